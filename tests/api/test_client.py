"""app.client.SixkClient against the real app, in-process (TestClient is an httpx.Client)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import islice

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from app.client import SixkClient, SixkError
from app.db import transaction
from app.keys import create_key
from app.main import create_app
from tests.conftest import seed_paths

ITERATORS = [
    "iter_filings",
    "iter_releases",
    "iter_operators",
    "iter_metrics",
    "iter_contacts",
    "iter_alliances",
]


@pytest.fixture(scope="module")
def sixk(client: TestClient) -> SixkClient:
    return SixkClient.from_httpx(client)


@pytest.mark.parametrize("method", ITERATORS)
def test_iterating_one_row_pages_yields_the_one_big_page(
    sixk: SixkClient, client: TestClient, method: str
) -> None:
    path = {
        "iter_filings": "/v1/filings",
        "iter_releases": "/v1/releases",
        "iter_operators": "/v1/operators",
        "iter_metrics": "/v1/metrics",
        "iter_contacts": "/v1/contacts",
        "iter_alliances": "/v1/alliances",
    }[method]
    one_page = client.get(path, params={"limit": 500}).json()
    assert one_page["next_cursor"] is None
    assert one_page["items"], f"{path} is empty on the seeds"
    walked = list(getattr(sixk, method)(limit=1))
    assert walked == one_page["items"]
    assert list(getattr(sixk, method)()) == one_page["items"]


def test_filters_are_sent_typed(sixk: SixkClient) -> None:
    releases = list(sixk.iter_releases(since=date(2003, 6, 1), until=date(2003, 12, 31)))
    assert releases
    assert all("2003-06-01" <= r["released_on"] <= "2003-12-31" for r in releases)
    customers = list(sixk.iter_metrics(name="customers", limit=2, operator=None))
    assert customers and {m["name"] for m in customers} == {"customers"}


def test_single_items_and_time_series(sixk: SixkClient) -> None:
    first = next(sixk.iter_releases(limit=1))
    release = sixk.get_release(first["id"])
    assert release["id"] == first["id"] and "body" in release
    filing = sixk.get_filing(release["filing_id"])
    assert release["id"] in filing["release_ids"]
    metric = next(sixk.iter_metrics(limit=1))
    raw = sixk.get_filing_text(metric["filing_id"])
    assert raw[metric["source"]["start"] : metric["source"]["end"]] == metric["source"]["text"]
    assert sixk.get_metric(metric["id"]) == metric
    slug = metric["operator"]["slug"]
    assert sixk.get_operator(slug)["slug"] == slug
    series = sixk.operator_metrics(slug, limit=1)
    assert series and all(m["operator"]["slug"] == slug for m in series)
    assert metric["id"] in {m["id"] for m in series}
    named = sixk.operator_metrics(slug, name=metric["name"])
    assert named and {m["name"] for m in named} == {metric["name"]}
    alliance = next(sixk.iter_alliances(), None)
    if alliance is not None:
        assert sixk.get_alliance(alliance["slug"])["slug"] == alliance["slug"]


def test_search_follows_pages_lazily(sixk: SixkClient) -> None:
    everything = list(sixk.search("mobile"))
    assert everything and "<mark>" in everything[0]["snippet"]
    paged = list(sixk.search("mobile", limit=1))
    assert [hit["release"]["id"] for hit in paged] == [hit["release"]["id"] for hit in everything]
    assert len(list(islice(sixk.search("mobile", limit=1), 1))) == 1


def test_errors_raise_with_the_problem(sixk: SixkClient) -> None:
    with pytest.raises(SixkError) as missing:
        sixk.get_release(999_999)
    assert missing.value.status == 404
    assert missing.value.problem["status"] == 404
    assert missing.value.type and missing.value.type.endswith("not-found")
    assert "999999" in str(missing.value)
    with pytest.raises(SixkError) as invalid:
        next(sixk.iter_releases(since="not-a-date"))
    assert invalid.value.status == 422
    assert invalid.value.problem["errors"]
    with pytest.raises(SixkError) as unknown:
        sixk.get_operator("no-such-operator")
    assert unknown.value.status == 404
    with pytest.raises(SixkError) as no_key:
        sixk.delete_filing(1)
    assert no_key.value.status == 401


@pytest.fixture
def writer(engine: Engine) -> Iterator[SixkClient]:
    with transaction(engine) as session:
        token = create_key(session, name="client-tests")
    with TestClient(create_app(engine=engine), raise_server_exceptions=False) as http:
        yield SixkClient.from_httpx(http, api_key=token)


def test_upload_then_delete_with_a_key(writer: SixkClient) -> None:
    data = seed_paths()[0].read_bytes()
    filing = writer.upload_filing(data, "seed.txt")
    assert filing["source_name"] == "seed.txt" and filing["release_ids"]
    assert writer.upload_filing(data, "again.txt")["id"] == filing["id"]
    assert [f["id"] for f in writer.iter_filings()] == [filing["id"]]
    writer.delete_filing(filing["id"])
    assert list(writer.iter_filings()) == []
    with pytest.raises(SixkError) as gone:
        writer.delete_filing(filing["id"])
    assert gone.value.status == 404
    with pytest.raises(SixkError) as not_a_6k:
        writer.upload_filing(b"hello, world\n", "note.txt")
    assert not_a_6k.value.status == 422


def test_own_transport_key_header_and_non_problem_errors() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/v1/filings/7":
            return httpx.Response(502, text="<html>bad gateway</html>")
        page = {"items": [{"id": 1}], "next_cursor": "same"}
        return httpx.Response(200, json=page)

    with SixkClient(
        "http://sixk.internal", api_key="sixk_k", transport=httpx.MockTransport(answer)
    ) as sixk:
        with pytest.raises(SixkError) as proxy:
            sixk.delete_filing(7)
        assert proxy.value.status == 502
        assert proxy.value.problem["title"] == "Bad Gateway"
        assert "bad gateway" in proxy.value.detail
        assert seen[-1].headers["authorization"] == "Bearer sixk_k"
        with pytest.raises(RuntimeError, match="repeated cursor"):
            list(sixk.iter_filings(rule_12g3_2b=False))
        assert "authorization" not in seen[-1].headers  # reads never send the key
        assert seen[-1].url.params["rule_12g3_2b"] == "false"
        assert seen[-1].url.params["cursor"] == "same"
