"""Metrics from results prose written the Scandinavian way: amounts in "mill." with the year
before in brackets, highlight bullets that put the label right before the amount, a lead that
reports a quarter beside its full year, "at year-end", roaming counted by countries first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.ingest.numbers import find_figures
from tests.unit.test_metrics import run


def test_mill_with_its_point_is_a_million() -> None:
    found = [(f.value, f.currency) for f in find_figures("sales of DKK 2,118.4 mill. in total")]
    assert found == [(Decimal(2_118_400_000), "DKK")]
    # without the abbreviation's point, "mill" is no scale
    assert [f.value for f in find_figures("the 3 mill sites")] == [Decimal(3)]


def test_highlight_bullets_with_the_year_before_in_brackets() -> None:
    text = (
        "Sonofon today presented its results for the third quarter and the full year 2003.\n\n"
        " o  Net revenue grew 9.1 per cent to DKK 5,204.7 mill.\n"
        "    (2002: DKK 4,770.5 mill.)\n"
        " o  Net profit DKK 611.0 mill. (2002: DKK 402.3 mill.)\n"
        " o  Investments in the mobile network of DKK 733.2 mill. (2002: DKK 810.9 mill.)\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2004, 2, 3))}
    assert got == {
        ("revenue", Decimal(5_204_700_000)),
        ("revenue", Decimal(4_770_500_000)),
        ("net_income", Decimal(611_000_000)),
        ("net_income", Decimal(402_300_000)),
        ("investment", Decimal(733_200_000)),
        ("investment", Decimal(810_900_000)),
    }


def test_a_lead_with_a_quarter_and_its_full_year_dates_the_year_and_year_end() -> None:
    text = (
        "Sonofon today presented its results for the fourth quarter and the full year 2003.\n\n"
        "The customer base grew by 141,000 in the year. Fourth quarter revenues were DKK "
        "1,402.2 mill. At year-end Sonofon had 1,612 employees, against 1,590 a year earlier.\n"
    )
    got = {(m.name, m.value, m.as_of, m.period) for m in run(text, date(2004, 2, 3))}
    assert got == {
        ("net_additions", Decimal(141_000), None, "2003"),
        ("revenue", Decimal(1_402_200_000), None, "Q4 2003"),
        ("employees", Decimal(1612), date(2003, 12, 31), None),
        ("employees", Decimal(1590), date(2002, 12, 31), None),
    }


def test_roaming_networks_counted_after_the_countries() -> None:
    text = "Sonofon customers can roam in 95 countries on the networks of 203 operators.\n"
    got = {(m.name, m.value) for m in run(text, date(2004, 2, 3))}
    assert got == {("roaming_partners", Decimal(203))}


def test_an_argentine_peso_written_p_dollar() -> None:
    text = (
        "All amounts are in millions of Argentine pesos. Cablevisora's revenues reached "
        "P$1,284 million in the quarter.\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text, date(2007, 5, 9))}
    assert got == {("revenue", Decimal(1_284_000_000), "ARS")}


def test_a_release_naming_another_s_quarter_and_year_results_reports_no_quarter() -> None:
    text = (
        "Today Sonofon also published its fourth quarter and full year 2003 results.\n\n"
        "Sonofon had revenues of DKK 5,204.7 mill.\n"
    )
    got = {(m.name, m.period) for m in run(text, date(2004, 2, 3))}
    assert got == {("revenue", None)}
