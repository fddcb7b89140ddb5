"""Engine and sessions: SQLite gets WAL, foreign keys and a busy timeout; PostgreSQL as is."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from psycopg_pool import AsyncConnectionPool
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.config import get_settings

# A serving connection older than this is closed and opened anew at its next checkout, so
# that idle connections a firewall or the server dropped meanwhile are rarely met.
SERVING_POOL_RECYCLE_S = 600
# The longest a request waits for a pooled connection (a database down or flooded), on the
# async pool and the threads' alike; then it answers 503.
READ_POOL_WAIT_S = 5.0
# The async pool's connections say who they are to the server (pg_stat_activity).
READ_POOL_NAME = "sixk-reads"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_time_limit(engine: Engine, limit_ms: int) -> None:
    """Abort any statement running longer than ``limit_ms`` (SQLite has no statement_timeout).

    A progress handler runs every few thousand VM steps; it interrupts the statement once the
    deadline stamped before it started has passed, which surfaces as an OperationalError.
    """

    def on_connect(dbapi_connection: Any, record: Any) -> None:
        state = {"deadline": float("inf"), "limit": limit_ms / 1000}
        dbapi_connection.set_progress_handler(
            lambda: 1 if time.monotonic() > state["deadline"] else 0, 10_000
        )
        record.info["sixk_deadline"] = state  # lives as long as the DBAPI connection

    def before_execute(conn: Any, _cursor: Any, *_args: Any) -> None:
        arm_time_limit(conn.connection)

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "before_cursor_execute", before_execute)


def arm_time_limit(pooled_connection: Any) -> None:
    """Start the time limit of the statements about to run on a pooled SQLite connection.

    SQLAlchemy's execute does this by itself; call it before running SQL on the DBAPI
    connection of ``engine.raw_connection()``. No-op for connections without a limit.
    """
    state = pooled_connection.info.get("sixk_deadline")
    if state is not None:
        state["deadline"] = time.monotonic() + state["limit"]


def make_engine(
    url: str, *, statement_timeout_ms: int | None = None, serving_pool: int | None = None
) -> Engine:
    """An engine for ``url``; for SQLite, the folder of the file is created if missing.

    ``statement_timeout_ms`` bounds every statement (the API's guard against runaway
    queries); the loader leaves it off. ``serving_pool`` makes a PostgreSQL engine for the
    API: that many connections per process and no more (connections opened for a burst and
    closed after it cost the server a process each: 400 in 20 s of load, and the requests
    that waited on them made the slowest percentile), and no ping before each checkout,
    which would cost every request a round trip; the hot reads retry once on a dropped
    connection instead (``app.api.responses``), anything else answers 503 once and the pool
    reconnects. Without it (the loader, the CLI) every checkout is pinged.
    """
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        if statement_timeout_ms:
            _sqlite_time_limit(engine, statement_timeout_ms)
        return engine
    connect_args = {}
    if statement_timeout_ms:
        connect_args["options"] = f"-c statement_timeout={int(statement_timeout_ms)}"
    if serving_pool:
        engine = create_engine(
            url,
            pool_size=serving_pool,
            max_overflow=0,
            pool_timeout=READ_POOL_WAIT_S,
            pool_recycle=SERVING_POOL_RECYCLE_S,
            connect_args=connect_args,
        )
    else:
        engine = create_engine(
            url, pool_pre_ping=True, pool_size=10, max_overflow=10, connect_args=connect_args
        )
    _CONNECT_ARGS[engine] = connect_args
    return engine


# The connection arguments each PostgreSQL engine was made with (the statement time limit), for
# the async pool that serves the same database beside it (``async_read_pool``).
_CONNECT_ARGS: WeakKeyDictionary[Engine, dict[str, Any]] = WeakKeyDictionary()


def async_read_pool(engine: Engine, size: int) -> AsyncConnectionPool | None:
    """An asyncio pool of up to ``size`` psycopg connections to ``engine``'s database, made the
    way the engine makes its own (same server, credentials, time limit), in autocommit: the
    API's hot reads (list pages, searches answered before) run on it from the event loop
    itself. None for other databases.

    Closed, not opened: open it in the event loop that will use it, and close it there.
    Reads on threads made the slowest percentile of a PostgreSQL list ten times its median
    (p99 570-850 ms against p50 15-20 ms at 32 connections on two cores): every read handed
    the GIL back and forth between the loop and a worker thread per round trip.
    """
    if engine.dialect.driver != "psycopg":
        return None
    _args, kwargs = engine.dialect.create_connect_args(engine.url)
    kwargs = {"application_name": READ_POOL_NAME, **kwargs, **_CONNECT_ARGS.get(engine, {})}
    kwargs["autocommit"] = True
    return AsyncConnectionPool(
        "",
        kwargs=kwargs,
        min_size=1,
        max_size=size,
        timeout=READ_POOL_WAIT_S,
        max_lifetime=SERVING_POOL_RECYCLE_S,
        open=False,
        name=READ_POOL_NAME,
    )


def has_idle_connection(engine: Engine) -> bool:
    """Whether the pool holds a connection nobody uses: work on the event loop must not wait
    for one (a wait there would stall every request of the process)."""
    checkedin = getattr(engine.pool, "checkedin", None)
    return bool(checkedin()) if callable(checkedin) else False


@lru_cache(maxsize=8)
def get_engine(url: str | None = None) -> Engine:
    return make_engine(url or get_settings().database_url)


def api_engine() -> Engine:
    """The serving engine: every statement bounded by SIXK_QUERY_TIMEOUT_MS."""
    settings = get_settings()
    return make_engine(
        settings.database_url,
        statement_timeout_ms=settings.query_timeout_ms,
        serving_pool=settings.db_pool_size,
    )


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work commits on success and rolls back on any error."""
    with session_factory(engine)() as session, session.begin():
        yield session


@contextmanager
def scratch_postgres_database(server_url: str, prefix: str) -> Iterator[str]:
    """A new database named ``prefix`` + a random suffix on the PostgreSQL server at
    ``server_url``; yields its URL and drops it afterwards (for tests and benchmarks)."""
    admin_url = make_url(server_url)
    name = f"{prefix}{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
