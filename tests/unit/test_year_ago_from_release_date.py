"""An earlier figure said to be "a year ago" beside a figure of now (no date of its own) is
dated a year before the release's date; the figure of now keeps no date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.unit.invented import extract_body


def test_a_year_ago_counts_back_from_the_release_date() -> None:
    text = (
        "Kestrel Telecom's network now has more than 3,900 base stations, up from 2,480 a"
        " year ago, and covers most of the country.\n"
    )
    metrics = extract_body(text, "Kestrel Telecom").metrics
    assert sorted((m.name, m.value, m.as_of) for m in metrics) == [
        ("base_stations", Decimal("2480"), date(2005, 5, 2)),
        ("base_stations", Decimal("3900"), None),
    ]


def test_a_quarter_ago_counts_back_three_months() -> None:
    text = "Kestrel Telecom now has 1,210 employees, up from 1,150 a quarter ago.\n"
    metrics = extract_body(text, "Kestrel Telecom").metrics
    assert sorted((m.name, m.value, m.as_of) for m in metrics) == [
        ("employees", Decimal("1150"), date(2006, 2, 2)),
        ("employees", Decimal("1210"), None),
    ]
