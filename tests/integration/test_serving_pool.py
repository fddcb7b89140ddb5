"""The API's PostgreSQL pool: no ping per request, yet a dropped connection costs no failed list
read, and a connection the fast list path used goes back to the pool transactional."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from app.db import make_engine, scratch_postgres_database
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


def _backend_pids(engine: Engine) -> set[int]:
    """The server processes of the connections the pool holds now."""
    pids = set()
    with engine.connect() as conn:
        pids.add(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())
    return pids


def test_a_dropped_connection_costs_no_failed_list_read(
    serving: tuple[Engine, TestClient], database: str
) -> None:
    engine, client = serving
    first = client.get("/v1/metrics", params={"name": "customers"})
    assert first.status_code == 200
    pids = _backend_pids(engine)
    killer = make_engine(database)
    with killer.connect() as conn:  # as a server restart or an idle-connection reaper would
        for pid in pids:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    killer.dispose()

    again = client.get("/v1/metrics", params={"name": "customers"})
    assert again.status_code == 200
    assert again.json()["items"] == first.json()["items"]
    assert _backend_pids(engine).isdisjoint(pids)


def test_the_fast_list_path_returns_its_connection_transactional(
    serving: tuple[Engine, TestClient],
) -> None:
    engine, client = serving
    assert client.get("/v1/releases", params={"sort": "-released_on"}).status_code == 200
    pooled = engine.raw_connection()  # the one connection of the pool, as the list left it
    try:
        assert pooled.dbapi_connection.autocommit is False
        cursor = pooled.cursor()
        cursor.execute("CREATE TEMPORARY TABLE probe (x int)")
        pooled.rollback()
        cursor.execute("SELECT to_regclass('pg_temp.probe')")
        assert cursor.fetchone() == (None,)  # rolled back: the work was in a transaction
        cursor.close()
    finally:
        pooled.close()


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
