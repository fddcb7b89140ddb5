"""Databases for the tests, built with the real migrations: SQLite and the real PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine, text

from app.db import make_engine, scratch_postgres_database
from app.migrate import upgrade

# Property tests judge behaviour, not speed: a per-example deadline only makes them fail
# when the machine is busy (CI shares its cores).
settings.register_profile("sixk", deadline=None)
settings.load_profile("sixk")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "filings"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
POSTGRES_URL = os.environ.get(
    "SIXK_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A fresh database on the PostgreSQL server for this test session, dropped at the end."""
    with scratch_postgres_database(POSTGRES_URL, "sixk_test_") as url:
        yield url


def _fresh_engine(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Engine:
    if backend == "sqlite":
        return make_engine(f"sqlite:///{tmp_path / 'sixk.sqlite3'}")
    url = request.getfixturevalue("postgres_server")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    return engine


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty, migrated database of each kind; one per test."""
    engine = _fresh_engine(request.param, tmp_path, request)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session", params=BACKENDS)
def seeded_engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """A migrated database of each kind holding the seed filings; tests must only read it."""
    from app.ingest.runner import load_files

    engine = _fresh_engine(request.param, tmp_path_factory.mktemp("seeded"), request)
    upgrade(engine)
    report = load_files(engine, seed_paths(), max_bytes=10 * 1024 * 1024)
    assert not report.rejected, report.rejected
    yield engine
    engine.dispose()
