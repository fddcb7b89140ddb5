"""The floor: a raw ASGI callable that runs the benchmark's SQL with sqlite3 and orjson.

No framework, no validation, no ORM: ``GET /<query>?param=...`` runs ``QUERIES[query]`` with
the query-string parameters bound by name and answers ``{"items": [...], "next_cursor": ...}``
(the page's last id). It is what serving these queries costs in Python at the least, so the
API's figures can be read against it. Run by bench/run.py as

    BENCH_DB=copy.sqlite3 uvicorn bare_asgi:app --app-dir bench --workers 2

``QUERIES`` is also what Datasette is asked (``?sql=`` with the same named parameters).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl

import orjson

PAGE = 50

_METRIC = """
SELECT m.id, o.slug AS operator_slug, o.name AS operator_name, m.name, m.value, m.unit,
       m.qualifier, m.as_of, m.period, m.segment, m.release_id, m.filing_id,
       m.source_start, m.source_end, m.source_text
FROM metric AS m JOIN operator AS o ON o.id = m.operator_id
"""

# The SQL the API runs for each benchmark target (SQLite dialect), fetching one row more
# than a page to know whether a next page exists.
QUERIES: dict[str, str] = {
    "metrics_by_name": _METRIC + "WHERE m.name = :name ORDER BY m.id LIMIT 51",
    "releases_by_date": (
        "SELECT id, filing_id, reference, title, released_on FROM release "
        "ORDER BY released_on DESC NULLS LAST, id DESC LIMIT 51"
    ),
    "search": (
        "SELECT r.id, r.reference, r.title, r.released_on, "
        "-bm25(release_fts, 10.0, 1.0, 2.0) AS rank, "
        "snippet(release_fts, -1, '<mark>', '</mark>', '…', 24) AS snippet "
        "FROM release_fts JOIN release AS r ON r.id = release_fts.rowid "
        "WHERE release_fts MATCH :q ORDER BY rank DESC, r.id ASC LIMIT 51"
    ),
    "metrics_first": _METRIC + "ORDER BY m.id LIMIT 51",
    "metrics_deep": _METRIC + "WHERE m.id > :after ORDER BY m.id LIMIT 51",
}

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_connection: sqlite3.Connection | None = None


def _db() -> sqlite3.Connection:
    global _connection
    if _connection is None:
        path = os.environ["BENCH_DB"]
        _connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    return _connection


def run(name: str, params: dict[str, str]) -> bytes:
    cursor = _db().execute(QUERIES[name], params)
    columns = [column[0] for column in cursor.description]
    rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    next_cursor = str(rows[PAGE - 1]["id"]) if len(rows) > PAGE else None
    return orjson.dumps({"items": rows[:PAGE], "next_cursor": next_cursor})


async def _answer(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        return
    name = scope["path"].strip("/")
    if name == "healthz":
        await _answer(send, 200, b'{"status":"ok"}')
        return
    if name not in QUERIES:
        await _answer(send, 404, b'{"detail":"no such query"}')
        return
    params = dict(parse_qsl(scope["query_string"].decode("latin-1")))
    try:
        body = run(name, params)
    except sqlite3.Error as exc:
        await _answer(send, 400, orjson.dumps({"detail": str(exc)}))
        return
    await _answer(send, 200, body)
