"""Request dependencies: the read session, paging parameters, export format.

No `from __future__ import annotations` here: FastAPI must evaluate the annotations of the
closures page_params() builds, which refer to its local variables.
"""

import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, Query, Request
from pydantic import BaseModel, BeforeValidator
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.config import get_settings

MAX_LIMIT = get_settings().max_page_size
DEFAULT_LIMIT = get_settings().default_page_size


async def get_engine(request: Request) -> Engine:
    """The app's engine (async: no I/O, so no trip to a worker thread)."""
    engine: Engine = request.app.state.engine
    return engine


def read_session(engine: Engine) -> Session:
    """A session for reading; used as a context manager, it is simply closed at the end."""
    return Session(engine, expire_on_commit=False, autoflush=False)


def get_session(engine: Annotated[Engine, Depends(get_engine)]) -> Iterator[Session]:
    """A session for one request; reads only, so it is simply closed at the end."""
    with read_session(engine) as session:
        yield session


def _iso_date(value: object) -> object:
    """Query dates are ISO calendar dates only (pydantic would also take "0" as 1970-01-01)."""
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError("use an ISO date, YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    ndjson = "ndjson"


@dataclass(frozen=True)
class PageParams:
    """What every list takes: limit, cursor, an export format, fields and facets."""

    limit: int
    cursor: str | None
    format: ExportFormat | None
    fields: str | None
    facets: str | None


def _list_of(names: list[str]) -> str:
    """A pattern for a comma-separated list of ``names`` (so OpenAPI states the choices)."""
    choice = "|".join(re.escape(name) for name in names)
    return rf"^({choice})(,({choice}))*$"


def page_params(item: type[BaseModel], facets: list[str]) -> Callable[..., Awaitable[PageParams]]:
    """The paging dependency of one list, its `fields` and `facets` choices spelled out."""
    field_names = list(item.model_fields)
    facet_doc = ", ".join(facets) if facets else "none on this list"

    async def dependency(  # async: pure parsing, no trip to a worker thread
        limit: Annotated[
            int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page, 1-{MAX_LIMIT}")
        ] = DEFAULT_LIMIT,
        cursor: Annotated[
            str | None,
            Query(
                max_length=1000,
                pattern=r"^[A-Za-z0-9_-]+$",
                description="The `next_cursor` of the previous page (opaque)",
            ),
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
                pattern=_list_of(field_names),
                description=f"Comma-separated item fields to keep: {', '.join(field_names)}",
            ),
        ] = None,
        facets: Annotated[
            str | None,
            Query(
                pattern=_list_of(facets) if facets else "^$",
                description=f"Comma-separated facets to count over the filter: {facet_doc}",
            ),
        ] = None,
    ) -> PageParams:
        return PageParams(limit, cursor, format, fields, facets or None)

    return dependency


SessionDep = Annotated[Session, Depends(get_session)]
EngineDep = Annotated[Engine, Depends(get_engine)]
