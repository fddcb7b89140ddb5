"""Property: walking the cursors returns exactly the rows of one unpaginated query."""

from __future__ import annotations

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.queries import resources

LISTS = {
    "/v1/filings": ("id", list(resources.FILING_SORTS)),
    "/v1/releases": ("id", list(resources.RELEASE_SORTS)),
    "/v1/operators": ("slug", list(resources.OPERATOR_SORTS)),
    "/v1/metrics": ("id", list(resources.METRIC_SORTS)),
    "/v1/contacts": ("id", list(resources.CONTACT_SORTS)),
    "/v1/alliances": ("slug", list(resources.ALLIANCE_SORTS)),
}


@st.composite
def list_queries(draw: st.DrawFn) -> tuple[str, str, str, int]:
    url = draw(st.sampled_from(sorted(LISTS)))
    key, sorts = LISTS[url]
    sort = draw(st.sampled_from(sorts))
    descending = draw(st.booleans())
    limit = draw(st.integers(min_value=1, max_value=7))
    return url, key, ("-" if descending else "") + sort, limit


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=list_queries())
def test_cursor_walk_equals_one_query(client: TestClient, query: tuple[str, str, str, int]) -> None:
    url, key, sort, limit = query
    everything = client.get(url, params={"sort": sort, "limit": 500}).json()["items"]
    walked: list[dict] = []
    params: dict[str, str | int] = {"sort": sort, "limit": limit}
    for _ in range(1000):
        page = client.get(url, params=params).json()
        assert len(page["items"]) <= limit
        walked.extend(page["items"])
        if page["next_cursor"] is None:
            break
        params["cursor"] = page["next_cursor"]
    assert [row[key] for row in walked] == [row[key] for row in everything]
