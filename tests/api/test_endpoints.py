"""Every endpoint through HTTP, on the four seed filings."""

from __future__ import annotations

import csv
import io

import orjson
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from app.ingest.runner import load_files
from app.main import create_app
from tests.conftest import seed_paths

LISTS = [
    "/v1/filings",
    "/v1/releases",
    "/v1/operators",
    "/v1/metrics",
    "/v1/contacts",
    "/v1/alliances",
]


def walk(client: TestClient, url: str, limit: int) -> list[dict]:
    """Every item of a list, page by page, following next_cursor and checking the Link header."""
    items: list[dict] = []
    separator = "&" if "?" in url else "?"
    response = client.get(f"{url}{separator}limit={limit}")
    while True:
        assert response.status_code == 200, response.text
        page = response.json()
        items.extend(page["items"])
        if page["next_cursor"] is None:
            assert "link" not in response.headers
            return items
        assert len(page["items"]) == limit
        link = response.headers["link"]
        assert link.endswith('>; rel="next"')
        response = client.get(link[1 : link.index(">")])


def test_filings_lists_the_four_seeds(client: TestClient) -> None:
    body = client.get("/v1/filings").json()
    assert len(body["items"]) == 4
    assert body["next_cursor"] is None
    first = min(body["items"], key=lambda f: f["report_date"])
    assert first["registrant"] == "mmO2 plc"
    assert first["form_type"] == "6-K"
    assert first["annual_report_form"] == "20-F"
    assert first["rule_12g3_2b"] is False
    assert first["report_date"] == "2003-03-28"
    assert first["signed_by"]["title"] == "Assistant Secretary"
    assert len(first["sha256"]) == 64
    assert first["accession_number"] is None
    assert first["release_ids"]


def test_releases_page_of_two_then_the_next_two(client: TestClient) -> None:
    response = client.get("/v1/releases?limit=2")
    body = response.json()
    assert len(body["items"]) == 2
    assert body["next_cursor"]
    assert 'rel="next"' in response.headers["link"]
    second = client.get(f"/v1/releases?limit=2&cursor={body['next_cursor']}").json()
    assert len(second["items"]) == 2
    first_ids = {item["id"] for item in body["items"]}
    assert first_ids.isdisjoint(item["id"] for item in second["items"])


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize("limit", [1, 3])
def test_walking_pages_gives_every_row_once(client: TestClient, url: str, limit: int) -> None:
    everything = client.get(f"{url}?limit=500").json()["items"]
    walked = walk(client, url, limit)
    key = "id" if "id" in everything[0] else "slug"
    assert [item[key] for item in walked] == [item[key] for item in everything]
    assert len({item[key] for item in walked}) == len(walked)


@pytest.mark.parametrize(
    "url", ["/v1/releases?sort=-released_on", "/v1/metrics?sort=-value", "/v1/metrics?sort=as_of"]
)
def test_sorted_walks_are_ordered_and_complete(client: TestClient, url: str) -> None:
    walked = walk(client, url, 2)
    everything = client.get(url + "&limit=500").json()["items"]
    assert [item["id"] for item in walked] == [item["id"] for item in everything]
    field = url.split("sort=")[1].lstrip("-")
    values = [item[field] for item in walked if item[field] is not None]
    assert values == sorted(values, reverse="sort=-" in url)


def test_release_detail_has_body_operators_metrics_contacts_quotes(client: TestClient) -> None:
    releases = client.get("/v1/releases?limit=500").json()["items"]
    details = [client.get(f"/v1/releases/{r['id']}").json() for r in releases]
    assert all(d["body"] for d in details)
    assert sum(len(d["operators"]) for d in details) >= 10
    assert sum(len(d["contacts"]) for d in details) >= 10
    assert sum(len(d["quotes"]) for d in details) >= 3


def test_seeds_give_operators_and_metrics(client: TestClient) -> None:
    assert len(client.get("/v1/operators?limit=500").json()["items"]) >= 10
    assert len(client.get("/v1/metrics?limit=500").json()["items"]) >= 30


def test_metric_sources_point_into_the_raw_text(client: TestClient) -> None:
    raws: dict[int, str] = {}
    for metric in client.get("/v1/metrics?limit=500").json()["items"]:
        filing_id = metric["filing_id"]
        if filing_id not in raws:
            response = client.get(f"/v1/filings/{filing_id}/raw")
            assert response.headers["content-type"].startswith("text/plain")
            raws[filing_id] = response.text
        source = metric["source"]
        assert raws[filing_id][source["start"] : source["end"]] == source["text"]


def test_metric_filters_narrow(client: TestClient) -> None:
    customers = client.get("/v1/metrics?name=customers&limit=500").json()["items"]
    assert customers and all(m["name"] == "customers" for m in customers)
    big = client.get("/v1/metrics?name=customers&value_min=10000000&limit=500").json()["items"]
    assert big and all(m["value"] >= 10_000_000 for m in big)
    assert len(big) < len(customers)
    percent = client.get("/v1/metrics?unit=percent&limit=500").json()["items"]
    assert percent and all(m["unit"] == "percent" for m in percent)


def test_operator_detail_and_time_series(client: TestClient) -> None:
    operators = client.get("/v1/operators?limit=500").json()["items"]
    slug = operators[0]["slug"]
    detail = client.get(f"/v1/operators/{slug}")
    assert detail.status_code == 200
    assert detail.json()["slug"] == slug
    series = client.get(f"/v1/operators/{slug}/metrics").json()["items"]
    assert all(m["operator"]["slug"] == slug for m in series)


def test_operators_filter_by_country(client: TestClient) -> None:
    everyone = client.get("/v1/operators?limit=500").json()["items"]
    country = next(o["country"] for o in everyone if o["country"])
    narrowed = client.get(f"/v1/operators?country={country.lower()}&limit=500").json()["items"]
    assert narrowed and all(o["country"] == country for o in narrowed)
    assert len(narrowed) < len(everyone)


def test_alliances_have_members(client: TestClient) -> None:
    alliances = client.get("/v1/alliances").json()["items"]
    assert alliances
    assert max(len(a["members"]) for a in alliances) >= 7
    one = client.get(f"/v1/alliances/{alliances[0]['slug']}")
    assert one.status_code == 200


def test_search_ranks_and_marks(client: TestClient) -> None:
    body = client.get("/v1/search?q=interconnect").json()
    assert body["items"]
    assert "MMS" in body["items"][0]["release"]["title"]
    assert "<mark>" in body["items"][0]["snippet"]
    prefixed = client.get("/v1/search?q=interconn*").json()["items"]
    assert prefixed and prefixed[0]["release"]["id"] == body["items"][0]["release"]["id"]


@pytest.mark.parametrize(
    "q", ['"unbalanced', "((", "*", "a:b", "' OR 1=1 --", "NOT", "AND OR", ")", "NEAR(a b)"]
)
def test_search_never_fails_on_odd_text(client: TestClient, q: str) -> None:
    response = client.get("/v1/search", params={"q": q})
    assert response.status_code == 200, response.text


def test_csv_and_ndjson_carry_every_row(client: TestClient) -> None:
    total = len(client.get("/v1/metrics?limit=500").json()["items"])
    as_csv = client.get("/v1/metrics?format=csv")
    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert len(rows) == total
    assert {"operator.slug", "value", "source.text"} <= set(rows[0])
    as_ndjson = client.get("/v1/metrics", headers={"Accept": "application/x-ndjson"})
    lines = [orjson.loads(line) for line in as_ndjson.text.splitlines()]
    assert len(lines) == total


def test_etag_gives_304(client: TestClient) -> None:
    first = client.get("/v1/operators")
    etag = first.headers["etag"]
    again = client.get("/v1/operators", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""


def test_openapi_lists_every_resource(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in [*LISTS, "/v1/search", "/v1/filings/{filing_id}/raw"]:
        assert path in paths


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_load_nothing_from_another_host(client: TestClient, page: str) -> None:
    html = client.get(page).text
    assert "http://" not in html and "https://" not in html
    for asset in ("/docs-assets/swagger-ui-bundle.js", "/docs-assets/redoc.standalone.js"):
        if asset in html:
            assert client.get(asset).status_code == 200


def test_etag_changes_when_data_changes(engine: Engine) -> None:
    with TestClient(create_app(engine=engine)) as fresh:
        before = fresh.get("/v1/filings").headers["etag"]
        assert fresh.get("/v1/filings", headers={"If-None-Match": before}).status_code == 304
        load_files(engine, seed_paths()[:1], max_bytes=10 * 1024 * 1024)
        after = fresh.get("/v1/filings", headers={"If-None-Match": before})
        assert after.status_code == 200
        assert after.headers["etag"] != before
        assert len(after.json()["items"]) == 1


def test_exports_and_raw_text_have_etags(client: TestClient) -> None:
    for url in ("/v1/metrics?format=csv", "/v1/filings/1/raw", "/v1/search?q=mobile"):
        response = client.get(url)
        etag = response.headers["etag"]
        assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
