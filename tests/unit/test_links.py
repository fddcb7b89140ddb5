"""The next page's Link: the same URL Starlette's include_query_params would write."""

from __future__ import annotations

import random

import pytest
from starlette.datastructures import URL

from app.api.responses import with_cursor

# (query, whether it is plain: written here rather than by Starlette)
QUERIES = [
    ("", True),
    ("limit=50", True),
    ("name=customers&limit=50", True),
    ("cursor=abc&limit=5", True),
    ("limit=5&cursor=abc&sort=-id&cursor=def", True),
    ("a=&b=1", True),
    ("x=~._-", True),
    ("fields=id,name", False),
    ("q=two+words", False),
    ("q=%41", False),
    ("a=1&&b=2", False),
    ("flag", False),
    ("=x", False),
    ("a=b=c", False),
]


@pytest.mark.parametrize(("query", "plain"), QUERIES)
def test_with_cursor_writes_what_starlette_writes(query: str, plain: bool) -> None:
    url = URL("http://example.test:8000/v1/metrics" + (f"?{query}" if query else ""))
    cursor = "eyJzIjoiaWQiLCJ2Ijo1MCwiaSI6NTB9"
    expected = str(url.include_query_params(cursor=cursor))
    written = with_cursor(url.query, cursor)
    assert (written is not None) == plain
    if written is not None:
        assert url.components._replace(query=written).geturl() == expected


def test_with_cursor_matches_starlette_on_random_queries() -> None:
    chance = random.Random(6)
    alphabet = "ab_.~-=&%+,/ 1Z"
    plain = 0
    for _ in range(5000):
        query = "".join(chance.choice(alphabet) for _ in range(chance.randint(0, 12)))
        query = chance.choice(["", "cursor=old&", "a=1&cursor=z&"]) + query
        url = URL(f"http://h/v1/releases?{query}")
        cursor = "".join(chance.choice("AZaz09-_") for _ in range(10))
        written = with_cursor(url.query, cursor)
        if written is None:
            continue
        plain += 1
        assert url.components._replace(query=written).geturl() == str(
            url.include_query_params(cursor=cursor)
        )
    assert plain > 100
