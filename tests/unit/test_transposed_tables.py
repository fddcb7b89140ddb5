"""Tables turned on their side: a column per metric, a row per period or day."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.invented import extract_body


def _facts(text: str, registrant: str) -> set[tuple[object, ...]]:
    return {
        (m.name, m.value, m.unit, m.period, m.as_of and m.as_of.isoformat(), m.segment)
        for m in extract_body(text, registrant).metrics
    }


def test_periods_as_rows_under_a_wrapped_header_and_a_titled_unit() -> None:
    text = (
        "Norrland Telekom AB today published its figures for the year.\n"
        "\n"
        "Results by quarter, SEK million (unaudited)\n"
        "\n"
        "Quarter        Net        Gross     Capital\n"
        "             sales       margin  expenditure\n"
        "------------------------------------------------\n"
        "1Q 2005      1,204.5      402.1      211.7\n"
        "2Q 2005      1,250.0      415.9      198.3\n"
        "------------------------------------------------\n"
        "2004         4,711.2    1,580.4      902.6\n"
    )
    facts = _facts(text, "Norrland Telekom AB")
    assert ("revenue", Decimal("1204500000"), "SEK", "Q1 2005", None, None) in facts
    assert ("net_income", Decimal("1580400000"), "SEK", "2004", None, None) not in facts
    assert ("revenue", Decimal("4711200000"), "SEK", "2004", None, None) in facts
    assert ("investment", Decimal("198300000"), "SEK", "Q2 2005", None, None) in facts


def test_days_as_rows_with_the_units_on_a_header_line_of_their_own() -> None:
    text = (
        "Baltica Wireless AS reported its counts at the end of each period.\n"
        "\n"
        "                  Mobile           Employees\n"
        "                  subscribers\n"
        "                  (thousands)      (persons)\n"
        "-------------------------------------------------\n"
        "30 September 2006    655.1           1,304\n"
        "31 March 2006        601.9           1,288\n"
        "-------------------------------------------------\n"
    )
    facts = _facts(text, "Baltica Wireless AS")
    assert ("customers", Decimal("655100"), "count", None, "2006-09-30", "mobile") in facts
    assert ("customers", Decimal("601900"), "count", None, "2006-03-31", "mobile") in facts
    assert ("employees", Decimal("1304"), "count", None, "2006-09-30", None) in facts
