"""The API's PostgreSQL pools: the hot list reads run on an async pool of the event loop, with
no ping per request, yet a dropped connection costs no failed list read; the threads' pool
never lends out more connections than its size."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from app.db import (
    READ_POOL_NAME,
    READ_POOL_WAIT_S,
    async_read_pool,
    make_engine,
    scratch_postgres_database,
)
from app.ingest.runner import load_files
from app.main import create_app
from app.migrate import upgrade
from tests.conftest import POSTGRES_URL, seed_paths

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def database() -> Iterator[str]:
    """A database of its own holding the seeds (the tests here kill its connections)."""
    with scratch_postgres_database(POSTGRES_URL, "sixk_pool_") as url:
        loader = make_engine(url)
        upgrade(loader)
        assert not load_files(loader, seed_paths(), max_bytes=10 * 1024 * 1024).rejected
        loader.dispose()
        yield url


@pytest.fixture
def serving(database: str) -> Iterator[tuple[Engine, TestClient]]:
    """The API over an engine made as the API makes its own, with one pooled connection so
    that every request meets the same one."""
    engine = make_engine(database, statement_timeout_ms=5000, serving_pool=1)
    with TestClient(create_app(engine=engine), raise_server_exceptions=False) as client:
        yield engine, client
    engine.dispose()


def _reads_backends(engine: Engine) -> dict[int, tuple[str, str]]:
    """The async read pool's server processes: pid → its state and the last statement it ran."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT pid, state, query FROM pg_stat_activity"
                " WHERE datname = current_database() AND application_name = :name"
            ),
            {"name": READ_POOL_NAME},
        )
        return {pid: (state, query) for pid, state, query in rows}


def test_list_reads_run_on_the_async_pool_in_autocommit(
    serving: tuple[Engine, TestClient],
) -> None:
    engine, client = serving
    # The threads' pool has one connection: held here, a list read on a thread would wait.
    held = engine.raw_connection()
    try:
        answer = client.get("/v1/metrics", params={"name": "customers"})
    finally:
        held.close()
    assert answer.status_code == 200 and answer.json()["items"]
    backends = _reads_backends(engine)
    assert len(backends) == 1  # the pool is as large as the engine's
    ((state, last),) = backends.values()
    assert "FROM metric " in last
    assert state == "idle"  # not "idle in transaction": the read ran in autocommit


def test_a_search_answered_before_needs_no_thread_pool_connection(
    serving: tuple[Engine, TestClient],
) -> None:
    engine, client = serving
    first = client.get("/v1/search", params={"q": "alliance"})
    assert first.status_code == 200 and first.json()["items"]
    held = engine.raw_connection()  # the threads' pool's one connection
    try:
        again = client.get("/v1/search", params={"q": "alliance"})
        unchanged = client.get(
            "/v1/search", params={"q": "alliance"}, headers={"If-None-Match": first.headers["etag"]}
        )
    finally:
        held.close()
    assert again.status_code == 200
    assert again.json() == first.json()
    assert unchanged.status_code == 304


def test_a_dropped_connection_costs_no_failed_list_read(
    serving: tuple[Engine, TestClient], database: str
) -> None:
    engine, client = serving
    first = client.get("/v1/metrics", params={"name": "customers"})
    assert first.status_code == 200
    pids = set(_reads_backends(engine))
    assert pids
    killer = make_engine(database)
    with killer.connect() as conn:  # as a server restart or an idle-connection reaper would
        for pid in pids:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    killer.dispose()

    again = client.get("/v1/metrics", params={"name": "customers"})
    assert again.status_code == 200
    assert again.json()["items"] == first.json()["items"]
    assert set(_reads_backends(engine)).isdisjoint(pids)


def test_the_async_pool_keeps_the_engines_statement_time_limit(database: str) -> None:
    engine = make_engine(database, statement_timeout_ms=1234, serving_pool=1)

    async def limit() -> str:
        pool = async_read_pool(engine, 1)
        assert pool is not None
        await pool.open(wait=True)
        try:
            async with pool.connection() as connection:
                cursor = await connection.execute("SHOW statement_timeout")
                row = await cursor.fetchone()
                return str(row[0]) if row else ""
        finally:
            await pool.close()

    try:
        assert asyncio.run(limit()) == "1234ms"
    finally:
        engine.dispose()


def test_the_threads_pool_lends_no_connection_past_its_size(database: str) -> None:
    engine = make_engine(database, serving_pool=2)
    try:
        assert engine.pool.size() == 2  # type: ignore[attr-defined]
        assert engine.pool.overflow() <= 0  # type: ignore[attr-defined]
        # A request waits as long for it as for the async pool's, then answers 503.
        assert engine.pool.timeout() == READ_POOL_WAIT_S  # type: ignore[attr-defined]
        held = [engine.raw_connection() for _ in range(2)]
        try:
            engine.pool._timeout = 0.2  # type: ignore[attr-defined]
            with pytest.raises(Exception, match="QueuePool limit of size 2 overflow 0"):
                engine.raw_connection()
        finally:
            for connection in held:
                connection.close()
    finally:
        engine.dispose()


def test_a_failing_list_read_answers_problem_json_and_the_pool_recovers(
    serving: tuple[Engine, TestClient],
) -> None:
    engine, client = serving
    with engine.begin() as conn:  # the data version's table gone: every list read fails
        conn.execute(text("ALTER TABLE data_version RENAME TO data_version_gone"))
    try:
        answer = client.get("/v1/metrics")
        assert answer.status_code >= 500
        assert answer.headers["content-type"].startswith("application/problem+json")
    finally:
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE data_version_gone RENAME TO data_version"))
    assert client.get("/v1/metrics").status_code == 200


def test_a_list_page_is_tagged_with_the_data_version_read_beside_it(
    serving: tuple[Engine, TestClient],
) -> None:
    """The version and the page go to the server in one round trip: the ETag still follows
    the data, a client holding the page gets 304, and a new load answers 200 again."""
    engine, client = serving
    params = {"name": "customers"}
    first = client.get("/v1/metrics", params=params)
    assert first.status_code == 200 and first.json()["items"]
    tag = {"If-None-Match": first.headers["etag"]}
    assert client.get("/v1/metrics", params=params, headers=tag).status_code == 304
    with engine.begin() as conn:  # what a load does when it stores a filing
        conn.execute(text("UPDATE data_version SET version = version + 1 WHERE id = 1"))
    try:
        after = client.get("/v1/metrics", params=params, headers=tag)
        assert after.status_code == 200
        assert after.headers["etag"] != first.headers["etag"]
        assert after.json() == first.json()
    finally:
        with engine.begin() as conn:
            conn.execute(text("UPDATE data_version SET version = version - 1 WHERE id = 1"))


EMPTY = {"name": "customers", "since": "2999-01-01"}  # a page no row is on


def test_a_page_with_rows_costs_one_statement_an_empty_page_still_follows_the_data(
    serving: tuple[Engine, TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page that finds rows reads its data version in the same statement (one round trip
    on a remote server); an empty page has no row to carry it and reads it first."""
    engine, client = serving
    statements: list[str] = []
    execute = psycopg.AsyncCursor.execute

    async def counted(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
        statements.append(str(query))
        return await execute(self, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.AsyncCursor, "execute", counted)
    full = client.get("/v1/metrics", params={"name": "customers", "limit": 2})
    assert full.status_code == 200 and len(full.json()["items"]) == 2
    assert len(statements) == 1 and "data_version" in statements[0]

    statements.clear()
    empty = client.get("/v1/metrics", params=EMPTY)
    assert empty.status_code == 200 and empty.json()["items"] == []
    assert len(statements) == 3  # the tagged page, the version, the page
    tag = {"If-None-Match": empty.headers["etag"]}
    assert client.get("/v1/metrics", params=EMPTY, headers=tag).status_code == 304
    with engine.begin() as conn:
        conn.execute(text("UPDATE data_version SET version = version + 1 WHERE id = 1"))
    try:
        after = client.get("/v1/metrics", params=EMPTY, headers=tag)
        assert after.status_code == 200 and after.headers["etag"] != empty.headers["etag"]
    finally:
        with engine.begin() as conn:
            conn.execute(text("UPDATE data_version SET version = version - 1 WHERE id = 1"))
