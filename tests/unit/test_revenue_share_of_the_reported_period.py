"""A share of revenue that a results release sets against an earlier, dated one ("contributed
12.5% of revenue, against 9.1% in 2007") is of the period the release reports; one standing
alone keeps no period."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.invented import extract_body

REGISTRANT = "Veltra Communications S.A."
LEAD = (
    "Veltra Communications S.A. today announced its results for the year ended 31 December 2008.\n"
)


def _shares(text: str) -> set[tuple[str, Decimal, str | None]]:
    metrics = extract_body(LEAD + text, REGISTRANT).metrics
    return {(m.name, m.value, m.period) for m in metrics if m.unit == "percent"}


def test_a_revenue_share_set_against_an_earlier_year_is_of_the_year_reported() -> None:
    text = "Data services contributed 12.5% of revenue, against 9.1% in 2007.\n"
    assert _shares(text) == {
        ("data_revenue_share", Decimal("12.5"), "2008"),
        ("data_revenue_share", Decimal("9.1"), "2007"),
    }


def test_a_revenue_share_standing_alone_keeps_no_period() -> None:
    text = "Data represented 13.0% of service revenues.\n"
    assert _shares(text) == {("data_revenue_share", Decimal("13.0"), None)}
