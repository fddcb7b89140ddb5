"""Time series, frames, facets, field selection, charts and search as an analyst uses them."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient


def test_amena_customers_over_time(client: TestClient) -> None:
    series = client.get("/v1/operators/amena/metrics?name=customers").json()["items"]
    assert [m["value"] for m in series] == [7_500_000, 8_475_000]
    assert series[0]["qualifier"] == "more_than"
    assert series[1]["as_of"] == "2004-03-31"
    assert series[1]["source"]["text"].startswith("8.475.000")


def test_metrics_filter_by_country_value_and_date(client: TestClient) -> None:
    spanish = client.get("/v1/metrics?country=ES&limit=500").json()["items"]
    assert spanish and {m["operator"]["slug"] for m in spanish} == {"amena"}
    ranged = client.get(
        "/v1/metrics?name=customers&since=2004-01-01&until=2004-12-31&limit=500"
    ).json()["items"]
    assert ranged
    assert all("2004-01-01" <= (m["as_of"] or "2004-06-30") <= "2004-12-31" for m in ranged)
    window = client.get("/v1/metrics?value_min=1000&value_max=2000&limit=500").json()["items"]
    assert window and all(1000 <= m["value"] <= 2000 for m in window)


def test_frame_gives_one_value_per_operator(client: TestClient) -> None:
    frame = client.get("/v1/frames/customers?period=2003").json()
    slugs = [m["operator"]["slug"] for m in frame["items"]]
    assert len(slugs) == len(set(slugs)) >= 5
    assert frame["start"] == "2003-01-01" and frame["end"] == "2003-12-31"
    values = [m["value"] for m in frame["items"]]
    assert values == sorted(values, reverse=True)
    quarter = client.get("/v1/frames/customers?period=2004-Q1").json()["items"]
    amena = next(m for m in quarter if m["operator"]["slug"] == "amena")
    assert amena["value"] == 8_475_000


@pytest.mark.parametrize("period", ["2003-Q5", "03", "2003-13", "all"])
def test_frame_rejects_bad_periods(client: TestClient, period: str) -> None:
    response = client.get(f"/v1/frames/customers?period={period}")
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_facets_count_and_link(client: TestClient) -> None:
    body = client.get("/v1/metrics?facets=operator,year&limit=1").json()
    operators = body["facets"]["operator"]
    total = len(client.get("/v1/metrics?limit=500").json()["items"])
    assert sum(f["count"] for f in operators) == total
    top = operators[0]
    narrowed = client.get(top["url"].replace("http://testserver", "")).json()
    assert narrowed["items"][0]["operator"]["slug"] == top["value"]
    years = {f["value"] for f in body["facets"]["year"]}
    assert {2003, 2004} <= years
    assert "since=" in urlsplit(body["facets"]["year"][0]["url"]).query


def test_fields_trim_items(client: TestClient) -> None:
    items = client.get("/v1/metrics?fields=id,name,value&limit=5").json()["items"]
    assert items and all(set(item) == {"id", "name", "value"} for item in items)
    assert client.get("/v1/metrics?fields=id,nonsense").status_code == 422
    assert client.get("/v1/metrics?facets=nonsense").status_code == 422


def test_chart_is_svg(client: TestClient) -> None:
    response = client.get("/v1/operators/amena/metrics/customers.svg")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.text.lstrip().startswith("<?xml") and "<svg" in response.text
    assert "Amena: customers" in response.text
    assert client.get("/v1/operators/amena/metrics/bogus.svg").status_code == 422
    assert client.get("/v1/operators/nobody/metrics/customers.svg").status_code == 404


def test_phrase_search_finds_the_two_alliance_releases(client: TestClient) -> None:
    hits = client.get('/v1/search?q="mobile alliance"').json()["items"]
    titles = [hit["release"]["title"] for hit in hits]
    assert len(titles) == 2
    assert all("ALLIANCE" in title for title in titles)


def test_search_operators_and_filters(client: TestClient) -> None:
    both = client.get("/v1/search?q=mms AND vodafone").json()["items"]
    either = client.get("/v1/search?q=mms OR alliance").json()["items"]
    without = client.get("/v1/search?q=mms NOT vodafone").json()["items"]
    assert len(both) >= 1 and len(either) > len(both)
    assert {h["release"]["id"] for h in without}.isdisjoint(h["release"]["id"] for h in both)
    dated = client.get("/v1/search?q=customers&since=2004-01-01").json()["items"]
    assert dated and all(h["release"]["released_on"] >= "2004-01-01" for h in dated)
