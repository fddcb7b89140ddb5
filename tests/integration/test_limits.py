"""Limits that keep one client or one query from taking the service down."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from app.db import make_engine, transaction
from app.keys import create_key
from app.main import create_app
from app.ratelimit import RateLimiter
from tests.conftest import seed_paths

# A statement that runs for minutes on either database unless something stops it.
ENDLESS = text(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
    "SELECT count(*) FROM n"
)


def test_a_long_statement_is_cut_off(engine: Engine) -> None:
    limited = make_engine(
        engine.url.render_as_string(hide_password=False), statement_timeout_ms=200
    )
    try:
        with pytest.raises(OperationalError), limited.connect() as conn:
            conn.execute(ENDLESS)
        with limited.connect() as conn:  # the connection is usable again afterwards
            assert conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        limited.dispose()


def test_writes_are_rate_limited_per_key(engine: Engine) -> None:
    with transaction(engine) as session:
        token = create_key(session, name="burst")
    app = create_app(engine=engine)
    app.state.write_limiter = RateLimiter(capacity=2, period=60)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "text/plain"}
    with TestClient(app) as client:
        statuses = []
        for seed in seed_paths()[:3]:
            response = client.post("/v1/filings", content=seed.read_bytes(), headers=headers)
            statuses.append(response.status_code)
        assert statuses == [201, 201, 429]
        assert int(response.headers["retry-after"]) >= 1
        assert response.headers["ratelimit-remaining"] == "0"
        assert response.headers["content-type"] == "application/problem+json"


def test_a_database_that_is_gone_answers_503(tmp_path: Path) -> None:
    missing = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/nothing")
    with TestClient(create_app(engine=missing), raise_server_exceptions=False) as client:
        response = client.get("/v1/releases")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"]


def test_the_limiter_refills() -> None:
    now = [0.0]
    limiter = RateLimiter(capacity=1, period=10, clock=lambda: now[0])
    assert limiter.take("k").allowed
    refused = limiter.take("k")
    assert not refused.allowed and refused.reset_seconds == 10
    now[0] = 10.0
    assert limiter.take("k").allowed
    assert limiter.take("other").allowed
