"""Rendering: JSON with ETag / 304, keyset pages with Link headers, streamed CSV and NDJSON."""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import re
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar
from urllib.parse import quote_plus
from weakref import WeakKeyDictionary

import orjson
import psycopg
from fastapi import Request
from psycopg import AsyncCursor
from psycopg_pool import AsyncConnectionPool, PoolTimeout
from pydantic import BaseModel
from sqlalchemy import Engine, Select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response, StreamingResponse

from app.api.deps import ExportFormat, PageParams, SessionDep, read_session
from app.db import arm_time_limit, has_idle_connection
from app.errors import NotModified, ProblemError
from app.queries.facets import facet_counts, facet_names
from app.queries.pagination import (
    CompiledPage,
    Listing,
    Ordering,
    Projection,
    decode_cursor,
    encode_cursor,
    given,
    keyset_page,
)

T = TypeVar("T")

# A list's plain-row form: the columns it reads and the function making each row an item.
RowShape = tuple[Projection, Callable[[Any], dict[str, Any]]]

EXPORT_BATCH = 500
MEDIA_TYPES = {
    ExportFormat.csv: "text/csv; charset=utf-8",
    ExportFormat.ndjson: "application/x-ndjson",
}
CACHE_CONTROL = "public, max-age=0, must-revalidate"
# The data version (app.models.version), read as plain SQL: it is on every request's path.
_VERSION_SQL = "SELECT version FROM data_version WHERE id = 1"

# Lists also answer CSV and NDJSON (?format= or Accept); OpenAPI says so on each list route.
EXPORT_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/x-ndjson": {"schema": {"type": "string"}},
        }
    }
}


def etag_for(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


def header(request: Request, name: bytes) -> str | None:
    """The request's first ``name`` header (lower case), as ``request.headers.get`` reads
    it, without the KeyError that Mapping.get costs for a header the request lacks."""
    for key, value in request.scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def client_has(request: Request, etag: str) -> bool:
    """Whether If-None-Match names ``etag``."""
    header_value = header(request, b"if-none-match")
    if not header_value:
        return False
    # Weak comparison (RFC 9110 8.8.3.2): W/ prefixes do not matter for If-None-Match.
    candidates = {part.strip().removeprefix("W/") for part in header_value.split(",")}
    return "*" in candidates or etag.removeprefix("W/") in candidates


def conditional_get(request: Request, session: SessionDep) -> None:
    """ETag from the data version and the request: a client holding it gets a 304 at once.

    Every load and delete bumps the version, so the tag changes exactly when any answer may.
    Lists and search do the same inside their one trip to the database (``fresh_or_304``).
    """
    fresh_or_304(request, session)


def fresh_or_304(request: Request, session: Session) -> None:
    """Stamp ``request.state.etag`` (once per request); raise NotModified if the client has it."""
    if request.method not in ("GET", "HEAD") or hasattr(request.state, "etag"):
        return
    current = session.connection().exec_driver_sql(_VERSION_SQL).scalar() or 0
    stamp_etag(request, current)


def stamp_etag(request: Request, current: int) -> None:
    """The ETag of this request at data version ``current``; NotModified if the client has it."""
    accept = header(request, b"accept") or ""
    request.state.data_version = current
    fingerprint = f"{current}|{request.url.path}|{request.url.query}|{accept}"
    etag = 'W/"' + hashlib.blake2b(fingerprint.encode(), digest_size=12).hexdigest() + '"'
    request.state.etag = etag
    if client_has(request, etag):
        raise NotModified(etag)


def json_response(
    request: Request,
    payload: BaseModel | dict[str, Any],
    *,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> Response:
    """The payload as JSON with an ETag; a 304 when the client already holds this version."""
    if isinstance(payload, BaseModel):
        body = payload.model_dump_json().encode()
    else:
        body = orjson.dumps(payload)
    etag = getattr(request.state, "etag", None) or etag_for(body)
    all_headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL, **(headers or {})}
    if request.method in ("GET", "HEAD") and status_code == 200 and client_has(request, etag):
        return Response(status_code=304, headers=all_headers)
    return Response(
        body, status_code=status_code, media_type="application/json", headers=all_headers
    )


def export_format(request: Request, page: PageParams) -> ExportFormat:
    if page.format is not None:
        return page.format
    accept = header(request, b"accept") or ""
    if "text/csv" in accept:
        return ExportFormat.csv
    if "application/x-ndjson" in accept:
        return ExportFormat.ndjson
    return ExportFormat.json


def next_link(request: Request, cursor: str) -> str:
    """``Link`` to the next page: this URL with ``cursor`` replaced (``include_query_params``)."""
    url = request.url
    query = with_cursor(url.query, cursor)
    if query is None:
        return f'<{url.include_query_params(cursor=cursor)}>; rel="next"'
    return f'<{url.components._replace(query=query).geturl()}>; rel="next"'


# A query parameter that parse_qsl and urlencode give back unchanged: name=value of the
# characters quote_plus leaves as they are.
_PLAIN_PARAM = re.compile(r"[A-Za-z0-9_.~-]+=[A-Za-z0-9_.~-]*")


def with_cursor(query: str, cursor: str) -> str | None:
    """``query`` with its cursor replaced, as ``URL.include_query_params(cursor=...)`` writes
    it (every other parameter kept in order, the cursor last), for a query of plain
    parameters only; None for any other query (the caller then asks Starlette)."""
    params = query.split("&") if query else []
    if not all(_PLAIN_PARAM.fullmatch(param) for param in params):
        return None
    kept = [param for param in params if not param.startswith("cursor=")]
    kept.append("cursor=" + quote_plus(cursor))
    return "&".join(kept)


def list_response(
    request: Request,
    *,
    session: Session,
    engine: Engine,
    statement: Select[Any],
    ordering: Ordering,
    page: PageParams,
    to_item: Callable[[Any], BaseModel],
    item_type: type[BaseModel],
    rows: RowShape | None = None,
) -> Response:
    """A keyset page as JSON, or — for csv/ndjson — every matching row streamed at once.

    With ``rows``, the JSON page is read as plain rows of just the columns it shows and
    each row becomes a dict directly (no ORM objects, no model validation): the hot path.
    """
    fresh_or_304(request, session)
    fmt = export_format(request, page)
    if fmt is not ExportFormat.json:
        exported = _export_rows(engine, statement, ordering, to_item)
        chunks = (
            _csv_chunks(exported, item_type)
            if fmt is ExportFormat.csv
            else _ndjson_chunks(exported)
        )
        headers = {"ETag": request.state.etag} if hasattr(request.state, "etag") else None
        return StreamingResponse(chunks, media_type=MEDIA_TYPES[fmt], headers=headers)
    model = statement.column_descriptions[0]["entity"]
    fields = _selected_fields(page.fields, item_type)
    facets = _selected_facets(page.facets, model)
    if rows is None:
        found, next_cursor = keyset_page(
            session, statement, ordering=ordering, limit=page.limit, cursor=page.cursor
        )
        items = [to_item(row).model_dump(mode="json", include=fields) for row in found]
    else:
        projection, to_dict = rows
        found, next_cursor = keyset_page(
            session,
            projection.of(statement),
            ordering=ordering,
            limit=page.limit,
            cursor=page.cursor,
            plain_rows=True,
        )
        items = [to_dict(row) for row in found]
        if fields:
            items = [{k: v for k, v in item.items() if k in fields} for item in items]
    payload: dict[str, Any] = {"items": items, "next_cursor": next_cursor}
    if facets:
        payload["facets"] = _facets(request, session, statement, model, facets)
    headers = {"Link": next_link(request, next_cursor)} if next_cursor else None
    return json_response(request, payload, headers=headers)


async def list_page(
    request: Request,
    *,
    engine: Engine,
    listing: Listing,
    filters: dict[str, Any],
    statement: Callable[[], Select[Any]],
    ordering: Ordering,
    page: PageParams,
    to_item: Callable[[Any], BaseModel],
    item_type: type[BaseModel],
    to_dict: Callable[[Any], dict[str, Any]],
) -> Response:
    """A list page for async routes: the ETag check, the page and its JSON in one call.

    A JSON page without facets runs its shape's compiled SQL (``quick_page``); the rest
    build ``statement()`` and go through ``list_response``. On SQLite, a quick page whose
    filters an index serves runs right here on the event loop: it is a few hundred
    microseconds of in-process work that a worker thread would only add a hand-over (and a
    contest for the GIL) to. On PostgreSQL, a quick page runs on the loop too, by the app's
    async pool (``quick_page_async``): its waits are the socket's, and the loop serves other
    requests meanwhile. Anything else (every other page that may scan, and the general path)
    runs in a worker thread, so the loop never waits on it.
    """
    quick = not page.facets and export_format(request, page) is ExportFormat.json
    plan = _quick_plan(listing, filters, ordering, page, item_type, engine) if quick else None
    reply: dict[str, Any] = {"ordering": ordering, "page": page, "to_dict": to_dict}

    def answer() -> Response:
        if plan is not None:
            return quick_page(request, engine, plan, **reply)
        with read_session(engine) as session:
            return list_response(
                request,
                session=session,
                engine=engine,
                statement=statement(),
                ordering=ordering,
                page=page,
                to_item=to_item,
                item_type=item_type,
                rows=(listing.rows, to_dict),
            )

    pool: AsyncConnectionPool | None = getattr(request.app.state, "read_pool", None)
    if plan is not None and pool is not None:
        return await quick_page_async(request, pool, plan, **reply)
    sqlite = engine.dialect.name == "sqlite"
    if plan is not None and sqlite and listing.seeks(filters) and has_idle_connection(engine):
        return answer()
    return await run_in_threadpool(answer)


@dataclass(frozen=True)
class _QuickPlan:
    """A quick page's compiled SQL with its parameters, and the fields asked for."""

    compiled: CompiledPage
    params: dict[str, Any]
    fields: set[str] | None


def _quick_plan(
    listing: Listing,
    filters: dict[str, Any],
    ordering: Ordering,
    page: PageParams,
    item_type: type[BaseModel],
    engine: Engine,
) -> _QuickPlan | None:
    """The page's compiled SQL and parameters; None if its shape has no compiled form."""
    wanted = given(filters)
    names = tuple(name for name in listing.filters if name in wanted)
    fields = _selected_fields(page.fields, item_type)
    position = decode_cursor(page.cursor, ordering) if page.cursor else None
    compiled = listing.page(names, ordering, position, engine.dialect)
    if compiled is None:
        return None
    params = {f"f_{name}": listing.filters[name].normalize(wanted[name]) for name in names}
    if position is not None:
        params["k_value"], params["k_id"] = position
    return _QuickPlan(compiled, params, fields)


def _quick_answer(
    request: Request,
    plan: _QuickPlan,
    rows: list[Any],
    *,
    ordering: Ordering,
    page: PageParams,
    to_dict: Callable[[Any], dict[str, Any]],
) -> Response:
    """The JSON page of ``rows`` (up to one more than the page holds: then a next cursor)."""
    next_cursor = None
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        last = rows[-1]
        value = last[plan.compiled.sort_index]
        next_cursor = encode_cursor(ordering, value, last[plan.compiled.id_index])
    items = [to_dict(row) for row in rows]
    if plan.fields:
        items = [{k: v for k, v in item.items() if k in plan.fields} for item in items]
    payload = {"items": items, "next_cursor": next_cursor}
    headers = {"Link": next_link(request, next_cursor)} if next_cursor else None
    return json_response(request, payload, headers=headers)


def quick_page(
    request: Request,
    engine: Engine,
    plan: _QuickPlan,
    *,
    ordering: Ordering,
    page: PageParams,
    to_dict: Callable[[Any], dict[str, Any]],
) -> Response:
    """The JSON page by its shape's compiled SQL on the DBAPI connection: no statement is
    built, no ORM session opened, rows read as tuples. PostgreSQL's pages take
    ``quick_page_async`` when the app's async pool is open (it always is under a server)."""
    iso_dates = engine.dialect.name == "sqlite"
    with _read_connection(engine) as cursor:
        cursor.execute(_VERSION_SQL)
        version = cursor.fetchone()
        stamp_etag(request, (version[0] if version else 0) or 0)
        rows = plan.compiled.fetch(cursor, plan.params, limit=page.limit, iso_dates=iso_dates)
    return _quick_answer(request, plan, rows, ordering=ordering, page=page, to_dict=to_dict)


async def quick_page_async(
    request: Request,
    pool: AsyncConnectionPool,
    plan: _QuickPlan,
    *,
    ordering: Ordering,
    page: PageParams,
    to_dict: Callable[[Any], dict[str, Any]],
) -> Response:
    """``quick_page`` on the event loop, by ``pool``'s async psycopg connections: no worker
    thread, no hand-over of the GIL per round trip.

    The page's statement also selects the data version its ETag is made of, so a page costs
    one round trip; a client that holds that ETag gets its 304 after the read. An empty page
    carries no version: then the version is read first and the page after it, so the page is
    at least as new as its tag. Either way no transaction is needed, and none saves the
    BEGIN and ROLLBACK round trips (see ``pooled_read`` for dropped connections)."""

    async def read(cursor: AsyncCursor[Any]) -> list[Any]:
        tagged = await plan.compiled.fetch_versioned_async(cursor, plan.params, limit=page.limit)
        if tagged is not None:
            version, rows = tagged
            stamp_etag(request, version)
            return rows
        await stamp_etag_async(request, cursor)
        return await plan.compiled.fetch_async(cursor, plan.params, limit=page.limit)

    rows = await pooled_read(pool, read, sql=plan.compiled.queries[0].sql)
    return _quick_answer(request, plan, rows, ordering=ordering, page=page, to_dict=to_dict)


async def fresh_or_304_async(request: Request, pool: AsyncConnectionPool) -> int:
    """``fresh_or_304`` on ``pool``: the data version, stamped on the request."""
    await pooled_read(pool, partial(stamp_etag_async, request), sql=_VERSION_SQL)
    version: int = request.state.data_version
    return version


async def stamp_etag_async(request: Request, cursor: AsyncCursor[Any]) -> None:
    """``fresh_or_304`` by an async cursor."""
    await cursor.execute(_VERSION_SQL)
    version = await cursor.fetchone()
    stamp_etag(request, (version[0] if version else 0) or 0)


async def pooled_read(
    pool: AsyncConnectionPool, read: Callable[[AsyncCursor[Any]], Awaitable[T]], *, sql: str
) -> T:
    """``read`` on a cursor of one of ``pool``'s connections. A read that meets a dropped
    connection (a database restart, an idle-connection reaper) has the pool check its idle
    ones and runs once more: reads are safe to repeat, and the pool does not ping connections
    before handing them out. Errors are raised as SQLAlchemy raises them (``sql`` names the
    statement), so the error handlers answer them as they answer the threads' ones."""
    attempts = 2
    for attempt in range(1, attempts + 1):
        broken = False
        try:
            async with pool.connection() as connection:
                try:
                    return await read(connection.cursor())
                finally:
                    broken = connection.broken or connection.closed
        except PoolTimeout as exc:
            raise SQLAlchemyTimeoutError(f"no database connection: {exc}") from exc
        except psycopg.Error as exc:
            if broken and attempt < attempts:
                await _check_once(pool)  # the others went with it, most likely: a restart
                continue
            raise DBAPIError.instance(
                sql, None, exc, psycopg.Error, connection_invalidated=broken
            ) from exc
    raise AssertionError("unreachable: the last attempt returns or raises")


# The pool check running now, per pool: the reads that meet dropped connections meanwhile
# wait for it rather than each pinging every idle connection again.
_CHECKS: WeakKeyDictionary[AsyncConnectionPool, asyncio.Future[None]] = WeakKeyDictionary()


async def _check_once(pool: AsyncConnectionPool) -> None:
    """``pool.check()``, shared by the reads that ask while it runs."""
    task = _CHECKS.get(pool)
    if task is None or task.done():
        task = _CHECKS[pool] = asyncio.ensure_future(pool.check())
    await asyncio.shield(task)


@contextmanager
def _read_connection(engine: Engine) -> Iterator[Any]:
    """A cursor on a pooled DBAPI connection, armed with the statement time limit; its
    errors raised as SQLAlchemy raises them, so the error handlers see the same ones."""
    dbapi_error = engine.dialect.loaded_dbapi.Error
    try:
        pooled = engine.raw_connection()
    except dbapi_error as exc:  # as SQLAlchemy's connect() raises it
        raise DBAPIError.instance(None, None, exc, dbapi_error) from exc
    try:
        arm_time_limit(pooled)
        cursor = pooled.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
    except dbapi_error as exc:
        invalidated = engine.dialect.is_disconnect(exc, pooled.dbapi_connection, None)
        if invalidated:
            pooled.invalidate(exc)
        raise DBAPIError.instance(
            None, None, exc, dbapi_error, connection_invalidated=invalidated
        ) from exc
    finally:
        pooled.close()


def _selected_fields(fields: str | None, item_type: type[BaseModel]) -> set[str] | None:
    if not fields:
        return None
    wanted = {name.strip() for name in fields.split(",") if name.strip()}
    unknown = wanted - set(item_type.model_fields)
    if unknown or not wanted:
        raise ProblemError(
            422,
            f"fields: unknown {', '.join(sorted(unknown)) or 'nothing'}; "
            f"choose from {', '.join(item_type.model_fields)}",
            slug="invalid-parameters",
        )
    return wanted


def _selected_facets(facets: str | None, model: type) -> list[str]:
    if not facets:
        return []
    wanted = list(dict.fromkeys(name.strip() for name in facets.split(",") if name.strip()))
    allowed = facet_names(model)
    unknown = [name for name in wanted if name not in allowed]
    if unknown:
        raise ProblemError(
            422,
            f"facets: unknown {', '.join(unknown)}; this list has {', '.join(allowed) or 'none'}",
            slug="invalid-parameters",
        )
    return wanted


def _facets(
    request: Request, session: Session, statement: Select[Any], model: type, names: list[str]
) -> dict[str, list[dict[str, Any]]]:
    """Each facet's values with counts and the URL that narrows the list to that value."""
    base = request.url.remove_query_params(["cursor", "facets"])
    return {
        name: [
            {"value": value, "count": count, "url": str(base.include_query_params(**applies))}
            for value, count, applies in values
        ]
        for name, values in facet_counts(session, statement, model=model, names=names).items()
    }


def _export_rows(
    engine: Engine,
    statement: Select[Any],
    ordering: Ordering,
    to_item: Callable[[Any], BaseModel],
) -> Iterator[dict[str, Any]]:
    """Every row, fetched in keyset batches so memory stays flat whatever the table size."""
    cursor: str | None = None
    with Session(engine) as session:
        while True:
            batch, cursor = keyset_page(
                session, statement, ordering=ordering, limit=EXPORT_BATCH, cursor=cursor
            )
            for row in batch:
                yield to_item(row).model_dump(mode="json")
            session.expunge_all()
            if cursor is None:
                return


def _ndjson_chunks(rows: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    buffer: list[bytes] = []
    for row in rows:
        buffer.append(orjson.dumps(row) + b"\n")
        if len(buffer) >= EXPORT_BATCH:
            yield b"".join(buffer)
            buffer.clear()
    if buffer:
        yield b"".join(buffer)


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become dotted columns; lists become JSON, so a CSV cell stays one cell."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list):
            out[name] = orjson.dumps(value).decode()
        else:
            out[name] = value
    return out


def csv_columns(model: type[BaseModel], prefix: str = "") -> list[str]:
    columns: list[str] = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        nested = _model_in(annotation)
        if nested is not None:
            columns.extend(csv_columns(nested, f"{prefix}{name}."))
        else:
            columns.append(f"{prefix}{name}")
    return columns


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def _csv_chunks(rows: Iterator[dict[str, Any]], item_type: type[BaseModel]) -> Iterator[str]:
    columns = csv_columns(item_type)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for count, row in enumerate(rows, start=1):
        writer.writerow(flatten(row))
        if count % EXPORT_BATCH == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def single(request: Request, payload: BaseModel | None, missing: Exception) -> Response:
    if payload is None:
        raise missing
    return json_response(request, payload)


def ids(values: Sequence[Any]) -> list[int]:
    return [value.id for value in values]
