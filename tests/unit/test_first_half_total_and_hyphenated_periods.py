"""A running total named by its span before "total" ("bringing the first-half total to") is
the same flow over the longer span; a period written as a compound with a hyphen
("first-half", "third-quarter") is the period as written apart."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.invented import extract_body


def test_the_first_half_total_after_the_quarters_investment() -> None:
    text = (
        "Capital expenditure in the second quarter of 2006 was EUR 41.3 million, bringing the"
        " first-half total to EUR 77.9 million.\n"
    )
    metrics = extract_body(text, "Kestrel Telecom").metrics
    assert sorted((m.name, m.value, m.period) for m in metrics) == [
        ("investment", Decimal("41300000"), "Q2 2006"),
        ("investment", Decimal("77900000"), "H1 2006"),
    ]


def test_a_third_quarter_compound_dates_the_revenue() -> None:
    text = "Kestrel Telecom reported third-quarter 2005 revenue of EUR 212.4 million.\n"
    metrics = extract_body(text, "Kestrel Telecom").metrics
    assert [(m.name, m.value, m.period) for m in metrics] == [
        ("revenue", Decimal("212400000"), "Q3 2005")
    ]
