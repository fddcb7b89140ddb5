"""Request dependencies: the read session, paging parameters, export format."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.config import get_settings

MAX_LIMIT = get_settings().max_page_size
DEFAULT_LIMIT = get_settings().default_page_size


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def get_session(engine: Annotated[Engine, Depends(get_engine)]) -> Iterator[Session]:
    """A session for one request; reads only, so it is simply closed at the end."""
    with Session(engine, expire_on_commit=False, autoflush=False) as session:
        yield session


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    ndjson = "ndjson"


class PageParams:
    """``limit`` (1..500) and the opaque ``cursor`` every list takes."""

    def __init__(
        self,
        limit: Annotated[
            int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page, 1-{MAX_LIMIT}")
        ] = DEFAULT_LIMIT,
        cursor: Annotated[
            str | None,
            Query(max_length=1000, description="The `next_cursor` of the previous page"),
        ] = None,
        format: Annotated[
            ExportFormat | None,
            Query(
                description="json (paged), or csv / ndjson: every matching row, streamed "
                "(also chosen by the Accept header)"
            ),
        ] = None,
        fields: Annotated[
            str | None,
            Query(
                max_length=500,
                description="Comma-separated item fields to keep, e.g. id,name,value",
            ),
        ] = None,
        facets: Annotated[
            str | None,
            Query(
                max_length=200,
                description="Comma-separated facets to count over the current filter, e.g. "
                "operator,year (metrics: operator, country, name, unit, year; releases: "
                "operator, year; operators: country, kind; filings: registrant, year; "
                "contacts: organization)",
            ),
        ] = None,
    ) -> None:
        self.fields = fields
        self.facets = facets
        self.limit = limit
        self.cursor = cursor
        self.format = format


SessionDep = Annotated[Session, Depends(get_session)]
EngineDep = Annotated[Engine, Depends(get_engine)]
PageDep = Annotated[PageParams, Depends()]
