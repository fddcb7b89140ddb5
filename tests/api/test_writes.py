"""POST and DELETE /v1/filings behind API keys: every status SPEC's write section names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app import models
from app.config import get_settings
from app.db import transaction
from app.keys import create_key, revoke_key
from app.main import create_app
from tests.conftest import seed_paths


@pytest.fixture
def writer(engine: Engine) -> Iterator[tuple[TestClient, dict[str, str]]]:
    with transaction(engine) as session:
        token = create_key(session, name="tests")
    with TestClient(create_app(engine=engine), raise_server_exceptions=False) as client:
        yield client, {"Authorization": f"Bearer {token}"}


def seed_text() -> bytes:
    return seed_paths()[0].read_bytes()


def count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_post_creates_then_repeats_without_duplicating(writer, engine: Engine) -> None:
    client, auth = writer
    headers = {**auth, "Content-Type": "text/plain"}
    created = client.post("/v1/filings", content=seed_text(), headers=headers)
    assert created.status_code == 201, created.text
    filing = created.json()
    assert created.headers["location"] == f"/v1/filings/{filing['id']}"
    assert filing["registrant"] and filing["release_ids"]
    again = client.post("/v1/filings", content=seed_text(), headers=headers)
    assert again.status_code == 200
    assert again.json()["id"] == filing["id"]
    assert count(engine, models.Filing) == 1
    events = [e.action for e in Session(engine).scalars(select(models.AuditEvent))]
    assert events == ["create:loaded", "create:skipped"]


def test_multipart_upload_keeps_only_the_file_name(writer) -> None:
    client, auth = writer
    files = {"file": ("../../etc/passwd/seed.txt", seed_text(), "text/plain")}
    response = client.post("/v1/filings", files=files, headers=auth)
    assert response.status_code == 201, response.text
    assert response.json()["source_name"] == "seed.txt"


def test_delete_removes_the_filing_and_its_facts(writer, engine: Engine) -> None:
    client, auth = writer
    headers = {**auth, "Content-Type": "text/plain"}
    filing_id = client.post("/v1/filings", content=seed_text(), headers=headers).json()["id"]
    assert count(engine, models.Metric) > 0
    assert client.delete(f"/v1/filings/{filing_id}", headers=auth).status_code == 204
    assert client.get(f"/v1/filings/{filing_id}").status_code == 404
    assert count(engine, models.Metric) == 0
    assert count(engine, models.Release) == 0
    assert client.delete(f"/v1/filings/{filing_id}", headers=auth).status_code == 404


@pytest.mark.parametrize(
    "authorization", [None, "Bearer", "Bearer sixk_nope_nope", "Basic dXNlcjpwYXNz", "sixk_x"]
)
def test_writes_without_a_good_key_are_401(writer, authorization: str | None) -> None:
    client, _ = writer
    headers = {"Content-Type": "text/plain"}
    if authorization:
        headers["Authorization"] = authorization
    response = client.post("/v1/filings", content=seed_text(), headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert client.delete("/v1/filings/1", headers=headers).status_code == 401


def test_a_revoked_key_is_401(writer, engine: Engine) -> None:
    client, auth = writer
    with transaction(engine) as session:
        revoke_key(session, name="tests")
    response = client.post(
        "/v1/filings", content=seed_text(), headers={**auth, "Content-Type": "text/plain"}
    )
    assert response.status_code == 401


def test_over_the_size_limit_is_413(writer) -> None:
    client, auth = writer
    body = b"x" * (get_settings().max_filing_bytes + 1)
    response = client.post(
        "/v1/filings", content=body, headers={**auth, "Content-Type": "text/plain"}
    )
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/octet-stream", b"FORM 6-K"),
        ("application/json", b'{"a": 1}'),
        ("text/plain", b"PK\x03\x04zipzipzip"),
        ("text/plain", b"FORM 6-K\x00\x00\x00binary"),
    ],
)
def test_not_text_is_415(writer, content_type: str, body: bytes) -> None:
    client, auth = writer
    response = client.post(
        "/v1/filings", content=body, headers={**auth, "Content-Type": content_type}
    )
    assert response.status_code == 415


def test_text_that_is_no_6k_is_422_saying_why(writer, engine: Engine) -> None:
    client, auth = writer
    response = client.post(
        "/v1/filings",
        content=b"Dear shareholders, here is our newsletter.\n",
        headers={**auth, "Content-Type": "text/plain"},
    )
    assert response.status_code == 422
    assert "6-K" in response.json()["detail"]
    assert count(engine, models.Filing) == 0
