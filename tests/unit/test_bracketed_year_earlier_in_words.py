"""A bracketed earlier figure may say in words how much earlier it is: "(2,104 a year
earlier)", "(2 104 un an plus tôt)", "(2.104 ein Jahr zuvor)"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.invented import extract_body


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel employed 2,310 people at 31 December 2008 (2,104 a year earlier).\n",
        "Kestrel employait 2\u00a0310\u00a0salariés au\n31 décembre 2008"
        " (2\u00a0104\u00a0un\u00a0an plus tôt).\n",
    ],
)
def test_the_bracket_is_the_headcount_a_year_earlier(sentence: str) -> None:
    metrics = extract_body(sentence, "Kestrel Telecom").metrics
    assert sorted((m.name, m.value, m.as_of) for m in metrics) == [
        ("employees", Decimal("2104"), date(2007, 12, 31)),
        ("employees", Decimal("2310"), date(2008, 12, 31)),
    ]
