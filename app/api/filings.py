"""/v1/filings: the filings loaded, and each one's original text."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import PlainTextResponse
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, selectinload, undefer
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from app.api import convert
from app.api.auth import CallerDep
from app.api.deps import EngineDep, IsoDate, PageParams, SessionDep, page_params
from app.api.responses import EXPORT_CONTENT, conditional_get, json_response, list_response
from app.api.routing import QuickRoute
from app.api.sorting import sort_enum
from app.config import get_settings
from app.db import transaction
from app.errors import PROBLEM_RESPONSES, ProblemError, not_found, problem_doc, problem_example
from app.ingest.errors import RejectedFiling
from app.ingest.load import delete_filing, store_filing
from app.ingest.pipeline import read_filing
from app.keys import Caller
from app.models import AuditEvent, Filing, Release
from app.observability import count_loaded
from app.queries import resources
from app.queries.facets import facet_names
from app.queries.pagination import Ordering
from app.schemas.common import Page, sparse
from app.schemas.filing import FilingOut

router = APIRouter(
    route_class=QuickRoute,
    prefix="/v1/filings",
    tags=["filings"],
    responses=PROBLEM_RESPONSES,
    dependencies=[Depends(conditional_get)],
)
FilingSort = sort_enum("FilingSort", resources.FILING_SORTS)
FilingId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The filing's id")]

FilingItem = sparse(FilingOut)


@router.get("", response_model=Page[FilingItem], responses=EXPORT_CONTENT, summary="List filings")
def list_filings(
    request: Request,
    session: SessionDep,
    engine: EngineDep,
    page: Annotated[PageParams, Depends(page_params(FilingOut, facet_names(Filing)))],
    registrant: Annotated[
        str | None, Query(max_length=300, description="Registrant name, exact (any case)")
    ] = None,
    form_type: Annotated[str | None, Query(max_length=20, description="e.g. 6-K")] = None,
    accession_number: Annotated[
        str | None,
        Query(max_length=40, description="EDGAR accession number, e.g. 0001193125-23-123456"),
    ] = None,
    since: Annotated[IsoDate | None, Query(description="Report date on or after (ISO)")] = None,
    until: Annotated[IsoDate | None, Query(description="Report date on or before (ISO)")] = None,
    sort: Annotated[
        FilingSort, Query(description="Sort field; a leading - sorts descending")
    ] = FilingSort("id"),
) -> Response:
    """Filings in the database, with their cover fields and the ids of their releases."""
    statement = resources.filings(
        registrant=registrant,
        form_type=form_type,
        accession_number=accession_number,
        since=since,
        until=until,
    )
    ordering = Ordering.from_param(sort, keys=resources.FILING_SORTS, id_column=Filing.id)
    return list_response(
        request,
        session=session,
        engine=engine,
        statement=statement,
        ordering=ordering,
        page=page,
        to_item=convert.filing,
        item_type=FilingOut,
    )


@router.get("/{filing_id}", response_model=FilingOut, summary="Get one filing")
def get_filing(request: Request, session: SessionDep, filing_id: FilingId) -> Response:
    """One filing's cover: registrant, dates, check marks, enclosure, signature, releases."""
    row = session.scalars(
        select(Filing)
        .where(Filing.id == filing_id)
        .options(selectinload(Filing.releases).load_only(Release.id))
    ).first()
    if row is None:
        raise not_found("filing", filing_id)
    return json_response(request, convert.filing(row))


@router.get(
    "/{filing_id}/raw",
    response_class=PlainTextResponse,
    summary="Get a filing's text",
    responses={200: {"content": {"text/plain": {}}, "description": "The stored text"}},
)
def get_filing_raw(request: Request, session: SessionDep, filing_id: FilingId) -> Response:
    """The text every `source` span points into: `raw[start:end] == source.text`."""
    row = session.scalars(
        select(Filing).where(Filing.id == filing_id).options(undefer(Filing.raw_text))
    ).first()
    if row is None:
        raise not_found("filing", filing_id)
    return Response(
        row.raw_text.encode("utf-8"),
        media_type="text/plain; charset=utf-8",
        headers={"ETag": request.state.etag},
    )


WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: problem_doc(
        description, problem_example(status, detail, slug=slug, instance="/v1/filings")
    )
    for status, description, detail, slug in [
        (400, "A malformed multipart body", "the multipart body cannot be read", None),
        (401, "No API key, or a wrong or revoked one", "the API key is wrong or revoked", None),
        (
            413,
            "The filing is over the size limit",
            "the body is over the 10485760-byte limit",
            None,
        ),
        (
            415,
            "The body is not text/plain or multipart",
            "the body is not text (binary content)",
            None,
        ),
        (
            422,
            "The text is not a 6-K; `detail` says why",
            'not a 6-K: no "FORM 6-K" cover',
            "not-a-6k",
        ),
        (
            429,
            "Too many writes for this key; see Retry-After",
            "too many writes with this key; try again in 12 s",
            None,
        ),
    ]
}


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ProblemError(413, f"the body is {declared} bytes; the limit is {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ProblemError(413, f"the body is over the {limit}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


async def _filing_bytes(request: Request, limit: int) -> tuple[bytes, str]:
    """The uploaded filing and a display name, from a text/plain body or a multipart `file`."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in ("text/plain", "multipart/form-data"):
        raise ProblemError(
            415,
            f"send the filing as text/plain or multipart/form-data, not {media_type or 'nothing'}",
        )
    body = await _read_body(request, limit + 64 * 1024 if media_type != "text/plain" else limit)
    if media_type == "text/plain":
        return body, "upload.txt"
    request._body = body  # the form parser reads the buffered body, not the socket again
    form = await request.form(max_files=1, max_fields=10)
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise ProblemError(422, "multipart upload needs a file in the field named 'file'")
    data = await upload.read()
    if len(data) > limit:
        raise ProblemError(413, f"the file is over the {limit}-byte limit")
    # Only the last path segment of a client's file name is kept: it is a label, never a path.
    name = PurePosixPath((upload.filename or "upload.txt").replace("\\", "/")).name
    return data, name[:200] or "upload.txt"


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:65536] or data[:4] in (b"PK\x03\x04", b"%PDF", b"\x1f\x8b\x08\x00")


@router.post(
    "",
    status_code=201,
    response_model=FilingOut,
    summary="Load a filing",
    responses={200: {"description": "Already loaded: the existing filing"}, **WRITE_RESPONSES},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "text/plain": {"schema": {"type": "string"}},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"file": {"type": "string", "format": "binary"}},
                        "required": ["file"],
                        # The file and nothing else (a form of many parts answers 400).
                        "additionalProperties": False,
                    }
                },
            },
        }
    },
)
async def create_filing(request: Request, caller: CallerDep, engine: EngineDep) -> Response:
    """Parse and store a raw 6-K. The same content again answers 200 with the existing filing."""
    settings = get_settings()
    data, name = await _filing_bytes(request, settings.max_filing_bytes)
    if _looks_binary(data):
        raise ProblemError(415, "the body is not text (binary content)")
    try:
        filing = await run_in_threadpool(
            read_filing, data, source_name=name, max_bytes=settings.max_filing_bytes
        )
    except RejectedFiling as exc:
        count_loaded("rejected")
        raise ProblemError(422, exc.reason, slug="not-a-6k") from exc
    outcome, filing_id = await run_in_threadpool(store_filing, engine, filing)
    count_loaded(outcome)
    await run_in_threadpool(
        _audit, engine, caller=caller, action=f"create:{outcome}", filing_id=filing_id, detail=name
    )
    with Session(engine) as session:
        row = session.scalars(
            select(Filing)
            .where(Filing.id == filing_id)
            .options(selectinload(Filing.releases).load_only(Release.id))
        ).one()
        payload = convert.filing(row)
    status = 201 if outcome == "loaded" else 200
    headers = {"Location": f"/v1/filings/{filing_id}", **request.state.rate_limit_headers}
    return json_response(request, payload, status_code=status, headers=headers)


@router.delete(
    "/{filing_id}", status_code=204, summary="Delete a filing", responses=WRITE_RESPONSES
)
def remove_filing(
    request: Request, filing_id: FilingId, caller: CallerDep, engine: EngineDep
) -> Response:
    """Delete the filing and everything extracted from it."""
    with transaction(engine) as session:
        if not delete_filing(session, filing_id):
            raise not_found("filing", filing_id)
        session.add(
            AuditEvent(key_name=caller.key_name, action="delete", filing_id=filing_id, detail=None)
        )
    return Response(status_code=204, headers=request.state.rate_limit_headers)


def _audit(engine: Engine, *, caller: Caller, action: str, filing_id: int, detail: str) -> None:
    with transaction(engine) as session:
        session.add(
            AuditEvent(key_name=caller.key_name, action=action, filing_id=filing_id, detail=detail)
        )
