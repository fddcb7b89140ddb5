"""One error shape everywhere: RFC 9457 problem+json with type, title, status and detail."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

ERRORS = [
    ("GET", "/v1/releases/999999", 404),
    ("GET", "/v1/filings/999999", 404),
    ("GET", "/v1/filings/999999/raw", 404),
    ("GET", "/v1/metrics/999999", 404),
    ("GET", "/v1/operators/no-such-operator", 404),
    ("GET", "/v1/operators/no-such-operator/metrics", 404),
    ("GET", "/v1/alliances/no-such-alliance", 404),
    ("GET", "/v1/no-such-resource", 404),
    ("POST", "/v1/releases", 405),
    ("DELETE", "/v1/metrics", 405),
    ("GET", "/v1/releases?limit=100000", 422),
    ("GET", "/v1/releases?limit=0", 422),
    ("GET", "/v1/releases?sort=nonsense", 422),
    ("GET", "/v1/releases?since=not-a-date", 422),
    ("GET", "/v1/releases?cursor=garbage", 422),
    ("GET", "/v1/metrics?name=not_a_metric", 422),
    ("GET", "/v1/metrics?value_min=lots", 422),
    ("GET", "/v1/operators?country=Spain", 422),
    ("GET", "/v1/releases/abc", 422),
    ("GET", "/v1/search", 422),
    ("GET", "/v1/search?q=", 422),
    # A NUL character no stored text holds (PostgreSQL refuses it in any text value).
    ("GET", "/v1/metrics?name=customers&operator=%00", 422),
    ("GET", "/v1/releases?operator=o2%00uk", 422),
    ("GET", "/v1/search?q=%00", 422),
    ("GET", "/v1/operators/o2%00", 422),
]


@pytest.mark.parametrize(("method", "url", "status"), ERRORS)
def test_every_error_is_problem_json(
    client: TestClient, method: str, url: str, status: int
) -> None:
    response = client.request(method, url)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status
    assert body["type"].startswith("https://")
    assert body["title"]
    assert body["detail"]


def test_cursor_of_another_sort_is_refused(client: TestClient) -> None:
    cursor = client.get("/v1/releases?limit=1&sort=id").json()["next_cursor"]
    response = client.get(f"/v1/releases?limit=1&sort=-released_on&cursor={cursor}")
    assert response.status_code == 422
    assert "sort" in response.json()["detail"]
