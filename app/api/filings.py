"""/v1/filings: the filings loaded, and each one's original text."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import PlainTextResponse
from sqlalchemy import select
from sqlalchemy.orm import selectinload, undefer
from starlette.responses import Response

from app.api import convert
from app.api.deps import EngineDep, PageDep, SessionDep
from app.api.responses import client_has, etag_for, json_response, list_response
from app.api.sorting import sort_enum
from app.errors import PROBLEM_RESPONSES, not_found
from app.models import Filing, Release
from app.queries import resources
from app.queries.pagination import Ordering
from app.schemas.common import Page
from app.schemas.filing import FilingOut

router = APIRouter(prefix="/v1/filings", tags=["filings"], responses=PROBLEM_RESPONSES)
FilingSort = sort_enum("FilingSort", resources.FILING_SORTS)
FilingId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The filing's id")]


@router.get("", response_model=Page[FilingOut], summary="List filings")
def list_filings(
    request: Request,
    session: SessionDep,
    engine: EngineDep,
    page: PageDep,
    registrant: Annotated[str | None, Query(max_length=300, description="Registrant name, exact (any case)")] = None,
    form_type: Annotated[str | None, Query(max_length=20, description="e.g. 6-K")] = None,
    accession_number: Annotated[str | None, Query(max_length=40)] = None,
    since: Annotated[date | None, Query(description="Report date on or after (ISO)")] = None,
    until: Annotated[date | None, Query(description="Report date on or before (ISO)")] = None,
    sort: Annotated[FilingSort, Query(description="Sort field; a leading - sorts descending")] = FilingSort("id"),  # type: ignore[valid-type]
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
    body = row.raw_text.encode("utf-8")
    etag = etag_for(body)
    if client_has(request, etag):
        return Response(status_code=304, headers={"ETag": etag})
    return Response(body, media_type="text/plain; charset=utf-8", headers={"ETag": etag})
