"""A count of pay television subscribers is no customer count (the vocabulary has no segment
for pay TV); a count of several businesses that include pay TV still is."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.invented import extract_body


def _customers(text: str) -> set[tuple[str, Decimal, str | None]]:
    return {
        (m.name, m.value, m.segment)
        for m in extract_body(text, "Riverbend Cable Corporation").metrics
        if m.name in ("customers", "net_additions")
    }


def test_pay_television_subscribers_are_no_customers() -> None:
    text = (
        "Riverbend's cable networks served 842,300 subscribers at June 30, 2004. Basic cable "
        "subscribers increased by 4,210 in the quarter. Riverbend is the region's largest cable "
        "television operator, with approximately 900,000 subscribers.\n"
    )
    assert _customers(text) == set()


def test_a_business_word_keeps_the_count() -> None:
    text = (
        "Riverbend's cable networks served 51,600 Internet subscribers at June 30, 2004. "
        "Riverbend provides cable television, Internet and telephone services to approximately "
        "1.1 million customers.\n"
    )
    assert _customers(text) == {
        ("customers", Decimal(51600), "internet"),
        ("customers", Decimal(1100000), None),
    }
