"""QuickRoute answers exactly as FastAPI's own handler does, only by a shorter road.

Each request is sent twice to the same app: once as is (the quick handler), once with a
dependency override set, which sends every request through FastAPI's general handler. The
status, the body and the headers that matter must be the same; and the quick handler must
really be the one answering the list routes.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from app.api import routing
from app.main import create_app

REQUESTS = [
    "/v1/metrics?name=customers&limit=3",
    "/v1/metrics?limit=2&sort=-as_of",
    "/v1/metrics?limit=2&sort=value&value_min=1000&since=2003-01-01",
    "/v1/metrics?limit=0",
    "/v1/metrics?limit=abc&since=2003&sort=nope&value_min=nan&release_id=0",
    "/v1/metrics?since=&name=&qualifier=about",
    "/v1/metrics?fields=id,bogus",
    "/v1/metrics?cursor=not+a+cursor",
    "/v1/metrics?limit=1&limit=2",
    "/v1/releases?sort=-released_on&limit=2",
    "/v1/releases?filing_id=x&until=31-12-2003",
    "/v1/search?q=customers&limit=2",
    "/v1/search",
    "/v1/search?q=&limit=501",
    "/v1/operators?kind=nope",
    "/v1/metrics/1",
    "/v1/metrics/0",
    "/healthz",
]


def _unused() -> None:  # pragma: no cover - only its identity matters
    """A dependency no route has: overriding it sends requests down FastAPI's handler."""


@pytest.fixture(scope="module")
def app(seeded_engine: Engine) -> FastAPI:
    return create_app(engine=seeded_engine)


@pytest.fixture
def general(app: FastAPI) -> Iterator[TestClient]:
    app.dependency_overrides[_unused] = _unused
    try:
        with TestClient(app, raise_server_exceptions=False) as client:
            yield client
    finally:
        app.dependency_overrides.clear()


def _answer(client: TestClient, url: str) -> tuple[int, bytes, str | None, str | None]:
    response = client.get(url)
    return (
        response.status_code,
        response.content,
        response.headers.get("content-type"),
        response.headers.get("link"),
    )


@pytest.mark.parametrize("url", REQUESTS)
def test_the_quick_handler_answers_as_fastapi_does(
    app: FastAPI, general: TestClient, url: str
) -> None:
    through_fastapi = _answer(general, url)
    app.dependency_overrides.clear()
    with TestClient(app, raise_server_exceptions=False) as quick:
        assert _answer(quick, url) == through_fastapi


def test_the_list_routes_take_the_quick_handler(
    app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    solved: list[object] = []
    original = routing._solve

    async def counting(plan: routing._Plan, *args: object) -> object:
        solved.append(plan.call)
        return await original(plan, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(routing, "_solve", counting)
    with TestClient(app) as client:
        for url in ("/v1/metrics?limit=1", "/v1/releases?limit=1", "/v1/search?q=customers"):
            assert client.get(url).status_code == 200
    names = {getattr(call, "__name__", "") for call in solved}
    assert {"list_metrics", "list_releases", "search"} <= names


def test_routes_it_does_not_cover_keep_fastapis_handler() -> None:
    from fastapi import APIRouter, Header

    router = APIRouter(route_class=routing.QuickRoute)

    @router.get("/with-header")
    async def with_header(x_token: str = Header()) -> dict[str, str]:
        return {"token": x_token}

    route = router.routes[0]
    assert routing.quick_handler(route.dependant) is None  # type: ignore[attr-defined]
