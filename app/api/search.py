"""/v1/search: full-text search over releases, best first, with <mark>ed snippets."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from app.api.deps import DEFAULT_LIMIT, MAX_LIMIT, EngineDep, IsoDate, read_session
from app.api.responses import fresh_or_304, fresh_or_304_async, json_response, next_link
from app.api.routing import QuickRoute
from app.db import has_idle_connection
from app.errors import PROBLEM_RESPONSES, ProblemError
from app.queries.search import Hit, cached_search, search_releases
from app.schemas.common import Page
from app.schemas.search import SearchHit

router = APIRouter(
    route_class=QuickRoute,
    prefix="/v1/search",
    tags=["search"],
    responses=PROBLEM_RESPONSES,
)


def _encode(rank: float, last_id: int) -> str:
    payload = orjson.dumps({"s": "rank", "v": rank, "i": last_id})
    return base64.urlsafe_b64encode(payload).decode().rstrip("=")


def _decode(cursor: str) -> tuple[float, int]:
    try:
        payload = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        rank, last_id = payload["v"], payload["i"]
        if payload["s"] != "rank" or not isinstance(last_id, int):
            raise TypeError("cursor")
        return float(rank), last_id
    except (ValueError, TypeError, KeyError, binascii.Error, orjson.JSONDecodeError) as exc:
        raise ProblemError(
            422, "cursor: not a cursor this API issued", slug="invalid-cursor"
        ) from exc


@router.get("", response_model=Page[SearchHit], summary="Search releases")
async def search(
    request: Request,
    engine: EngineDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=500,
            description='Words, "phrases", prefixes (interconn*), AND / OR / NOT and '
            "parentheses. Text that is no valid query is searched as plain words.",
        ),
    ],
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description=f"Hits per page, 1-{MAX_LIMIT}")
    ] = DEFAULT_LIMIT,
    cursor: Annotated[
        str | None,
        Query(max_length=1000, description="The `next_cursor` of the previous page (opaque)"),
    ] = None,
    since: Annotated[IsoDate | None, Query(description="Released on or after")] = None,
    until: Annotated[IsoDate | None, Query(description="Released on or before")] = None,
    operator: Annotated[
        str | None, Query(max_length=120, description="Operator slug named")
    ] = None,
) -> Response:
    """Releases matching the query, best first (BM25 on SQLite, ts_rank on PostgreSQL)."""
    after = _decode(cursor) if cursor else None

    arguments: dict[str, Any] = {
        "limit": limit + 1,
        "after": after,
        "since": since,
        "until": until,
        "operator": operator,
    }

    def answer() -> Response:  # the ETag check and the search in one worker-thread trip
        with read_session(engine) as session:
            fresh_or_304(request, session)
            hits = search_releases(
                session,
                q,
                **arguments,
                data_version=getattr(request.state, "data_version", None),
            )
        return _page(hits)

    def cached() -> Response | None:
        with read_session(engine) as session:
            fresh_or_304(request, session)
            version = getattr(request.state, "data_version", None)
            if version is None:
                return None
            hits = cached_search(str(engine.url), q, **arguments, data_version=version)
        return None if hits is None else _page(hits)

    def _page(hits: list[Hit]) -> Response:
        last = hits[limit - 1] if len(hits) > limit else None
        next_cursor = _encode(last.rank, last.id) if last else None
        items = [
            {
                "release": {
                    "id": hit.id,
                    "reference": hit.reference,
                    "title": hit.title,
                    "released_on": hit.released_on,
                },
                "rank": hit.rank,
                "snippet": hit.snippet,
            }
            for hit in hits[:limit]
        ]
        headers = {"Link": next_link(request, next_cursor)} if next_cursor else None
        payload = {"items": items, "next_cursor": next_cursor, "facets": None}
        return json_response(request, payload, headers=headers)

    # The ETag check and an answer kept for this data version run on the event loop: on
    # SQLite they are microseconds of in-process work, on PostgreSQL one read of the app's
    # async pool. Only a search itself goes to a worker thread.
    pool = getattr(request.app.state, "read_pool", None)
    if pool is not None:
        version = await fresh_or_304_async(request, pool)
        hits = cached_search(str(engine.url), q, **arguments, data_version=version)
        if hits is not None:
            return _page(hits)
    elif engine.dialect.name == "sqlite" and has_idle_connection(engine):
        found = cached()
        if found is not None:
            return found
    return await run_in_threadpool(answer)
