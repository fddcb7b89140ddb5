"""Request ids, one JSON access line per request, Prometheus metrics."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable

import orjson
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from app.observability import JsonFormatter, clean_request_id, count_loaded, log_config

HEX32 = re.compile(r"[0-9a-f]{32}")


def etag_of(client: TestClient, url: str) -> str:
    return client.get(url).headers["etag"]


CASES: list[tuple[str, Callable[[TestClient], dict[str, str]], str, int]] = [
    ("ok", lambda c: {}, "/v1/releases?limit=1", 200),
    ("not found", lambda c: {}, "/v1/releases/999999", 404),
    ("unrouted", lambda c: {}, "/no/such/path", 404),
    ("invalid", lambda c: {}, "/v1/releases?since=not-a-date", 422),
    ("not modified", lambda c: {"If-None-Match": etag_of(c, "/v1/filings")}, "/v1/filings", 304),
]


@pytest.mark.parametrize(("case", "headers", "url", "status"), CASES, ids=[c[0] for c in CASES])
def test_request_id_is_echoed_or_generated(
    client: TestClient,
    case: str,
    headers: Callable[[TestClient], dict[str, str]],
    url: str,
    status: int,
) -> None:
    given = client.get(url, headers={**headers(client), "X-Request-ID": f"req-{case[:3]}.1_A"})
    assert given.status_code == status, given.text
    assert given.headers["x-request-id"] == f"req-{case[:3]}.1_A"
    generated = client.get(url, headers=headers(client))
    assert generated.status_code == status
    assert HEX32.fullmatch(generated.headers["x-request-id"])
    again = client.get(url, headers=headers(client))
    assert again.headers["x-request-id"] != generated.headers["x-request-id"]


@pytest.mark.parametrize(
    "bad", ["x" * 129, "has space", "semi;colon", 'quote"', "é", "a/b", "<script>"]
)
def test_an_unsafe_request_id_is_replaced(client: TestClient, bad: str) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": bad.encode()})
    assert response.status_code == 200
    assert HEX32.fullmatch(response.headers["x-request-id"])
    assert clean_request_id("x" * 128) == "x" * 128
    assert clean_request_id(bad) is None


def test_streamed_export_and_errors_carry_the_id(client: TestClient) -> None:
    exported = client.get("/v1/metrics?format=ndjson", headers={"X-Request-ID": "export-1"})
    assert exported.status_code == 200
    assert exported.headers["x-request-id"] == "export-1"
    assert exported.content.count(b"\n") >= 1
    post = client.post("/v1/filings", content=b"x", headers={"Content-Type": "text/plain"})
    assert post.status_code == 401
    assert HEX32.fullmatch(post.headers["x-request-id"])


def test_an_unhandled_error_is_a_500_with_the_id_counted_and_logged(
    seeded_engine, caplog: pytest.LogCaptureFixture
) -> None:
    from app.main import create_app

    app: FastAPI = create_app(engine=seeded_engine)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    caplog.set_level(logging.INFO, logger="sixk")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logging.getLogger("sixk.errors").addHandler(handler)
    try:
        with TestClient(app, raise_server_exceptions=False) as client:
            response = client.get("/boom", headers={"X-Request-ID": "boom-1"})
    finally:
        logging.getLogger("sixk.errors").removeHandler(handler)
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["x-request-id"] == "boom-1"
    access = [r for r in caplog.records if r.name == "sixk.access"]
    assert [(r.route, r.status, r.request_id) for r in access] == [("/boom", 500, "boom-1")]  # type: ignore[attr-defined]
    # Lines logged while serving a request carry its id (formatted at emit time).
    error_line = orjson.loads(stream.getvalue().splitlines()[0])
    assert error_line["logger"] == "sixk.errors" and error_line["request_id"] == "boom-1"
    assert "RuntimeError: boom" in error_line["exc_info"]


def sample(name: str, labels: dict[str, str]) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_metrics_endpoint_counts_requests_by_route_template(client: TestClient) -> None:
    labels = {"method": "GET", "route": "/v1/releases/{release_id}", "status": "404"}
    before = sample("sixk_http_requests_total", labels)
    for _ in range(3):
        assert client.get("/v1/releases/999998").status_code == 404
    client.get("/v1/releases?limit=1")
    assert sample("sixk_http_requests_total", labels) == before + 3
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert "sixk_http_requests_total{" in text
    assert 'route="/v1/releases/{release_id}"' in text
    assert re.search(r'^sixk_http_request_duration_seconds_bucket\{.*le="0\.1".*\} ', text, re.M)
    assert "sixk_http_request_duration_seconds_count{" in text
    assert not re.search(r"\{[^}]*999998[^}]*\}", text)  # raw paths never become labels
    assert "# TYPE sixk_loader_files_total counter" in text
    assert "/metrics" not in client.get("/openapi.json").json()["paths"]


def test_unmatched_paths_share_one_label(client: TestClient) -> None:
    labels = {"method": "GET", "route": "unmatched", "status": "404"}
    before = sample("sixk_http_requests_total", labels)
    client.get("/random/a")
    client.get("/random/b")
    assert sample("sixk_http_requests_total", labels) == before + 2


def test_loader_counter() -> None:
    before = sample("sixk_loader_files_total", {"outcome": "rejected"})
    count_loaded("rejected")
    assert sample("sixk_loader_files_total", {"outcome": "rejected"}) == before + 1
    with pytest.raises(ValueError):
        count_loaded("exploded")


def test_one_json_access_line_per_request(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="sixk.access")
    caplog.clear()
    client.get("/v1/releases?limit=2", headers={"X-Request-ID": "log-1"})
    client.get("/v1/releases/999999", headers={"X-Request-ID": "log-2"})
    client.get("/nowhere", headers={"X-Request-ID": "log-3"})
    records = [r for r in caplog.records if r.name == "sixk.access"]
    assert len(records) == 3
    lines = [orjson.loads(JsonFormatter().format(r)) for r in records]
    assert [(x["method"], x["route"], x["status"], x["request_id"]) for x in lines] == [
        ("GET", "/v1/releases", 200, "log-1"),
        ("GET", "/v1/releases/{release_id}", 404, "log-2"),
        ("GET", "unmatched", 404, "log-3"),
    ]
    for line in lines:
        assert line["logger"] == "sixk.access" and line["level"] == "info"
        assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
        assert isinstance(line["bytes"], int) and line["bytes"] > 0
        assert line["ts"].endswith("+00:00")
    assert lines[0]["path"] == "/v1/releases"


def test_configure_logging_config_is_valid_json_logging(capsys: pytest.CaptureFixture) -> None:
    config = log_config("debug")
    assert config["root"]["level"] == logging.DEBUG
    assert config["loggers"]["uvicorn.access"]["propagate"] is False
    assert log_config("trace")["root"]["level"] == 5
    with pytest.raises(ValueError):
        log_config("loud")
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "hi %s", ("there",), None)
    record.extra_field = {"a": 1}
    line = orjson.loads(JsonFormatter().format(record))
    assert line["msg"] == "hi there" and line["extra_field"] == {"a": 1}
    assert "request_id" not in line
