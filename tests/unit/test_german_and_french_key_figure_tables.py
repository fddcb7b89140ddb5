"""Key-figure tables of German and French releases: the row labels in those languages
("Umsatzerlöse", "Konzernergebnis", "Chiffre d'affaires", "Effectifs"), halves and quarters
headed as those languages write them ("1. Hj. 2005", "S1 2007", "T3 2008"), the change
column ("Veränderung", "Variation"), units written scale first ("(Mio. EUR)", "(M€)") and a
caption of thousands ("Kunden (in Tsd., per 30.6.)"). A ratio ("Umsatz je Kunde",
"Chiffre d'affaires par client") and EBITDA give none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.invented import extract_body
from tests.unit.test_kpi_table_layouts import Record, flow, stock

REGISTRANT = "Veltra Communications S.A."
JUN05, JUN04 = date(2005, 6, 30), date(2004, 6, 30)

CASES: dict[str, tuple[str, set[Record]]] = {
    "german_half_years": (
        "Die Veltra Communications S.A. meldet ihre Zahlen für das erste Halbjahr.\n\n"
        "Kennzahlen                      1. Hj. 2005   1. Hj. 2004   Veränderung\n"
        "-----------------------------------------------------------------------\n"
        "Umsatzerlöse (Mio. EUR)            1.183,4       1.079,7        +9,6 %\n"
        "EBITDA (Mio. EUR)                    431,7         388,2       +11,2 %\n"
        "Konzernergebnis (Mio. EUR)           142,6          98,1       +45,4 %\n"
        "Investitionen (Mio. EUR)             167,9         151,3       +11,0 %\n"
        "Mitarbeiter (per 30.6.)              4.862         4.715        +3,1 %\n"
        "Umsatz je Kunde (EUR)                33,40         32,10        +4,0 %\n"
        "Marktanteil (%)                       38,2          37,5             -\n",
        {
            flow("revenue", "1183400000", "EUR", "H1 2005"),
            flow("revenue", "1079700000", "EUR", "H1 2004"),
            flow("net_income", "142600000", "EUR", "H1 2005"),
            flow("net_income", "98100000", "EUR", "H1 2004"),
            flow("investment", "167900000", "EUR", "H1 2005"),
            flow("investment", "151300000", "EUR", "H1 2004"),
            stock("employees", "4862", "count", JUN05),
            stock("employees", "4715", "count", JUN04),
            stock("market_share", "38.2", "percent", JUN05),
            stock("market_share", "37.5", "percent", JUN04),
        },
    ),
    "german_quarters_and_customers_in_thousands": (
        "Die Veltra Communications S.A. meldet ihre Zahlen.\n\n"
        "                                3. Quartal 2005   3. Quartal 2004\n"
        "Kunden (in Tsd.)                        6.080,4           5.468,0\n"
        "Nettozugänge (in Tsd.)                    111,2              95,3\n",
        {
            stock("customers", "6080400", "count", date(2005, 9, 30)),
            stock("customers", "5468000", "count", date(2004, 9, 30)),
            flow("net_additions", "111200", "count", "Q3 2005"),
            flow("net_additions", "95300", "count", "Q3 2004"),
        },
    ),
    "french_half_years": (
        "Veltra Communications S.A. publie ses résultats semestriels.\n\n"
        "Chiffres clés                      S1 2007     S1 2006   Variation\n"
        "Chiffre d'affaires (M€)              512,7       468,0      +9,6 %\n"
        "Résultat net (M€)                     61,9        40,2     +54,0 %\n"
        "Investissements (M€)                  70,4        61,2     +15,0 %\n"
        "Effectifs                            3 204       3 118      +2,8 %\n"
        "Chiffre d'affaires par client (€)     21,4        20,9      +2,4 %\n",
        {
            flow("revenue", "512700000", "EUR", "H1 2007"),
            flow("revenue", "468000000", "EUR", "H1 2006"),
            flow("net_income", "61900000", "EUR", "H1 2007"),
            flow("net_income", "40200000", "EUR", "H1 2006"),
            flow("investment", "70400000", "EUR", "H1 2007"),
            flow("investment", "61200000", "EUR", "H1 2006"),
            stock("employees", "3204", "count", date(2007, 6, 30)),
            stock("employees", "3118", "count", date(2006, 6, 30)),
        },
    ),
    "french_quarters": (
        "Veltra Communications S.A. publie ses résultats.\n\n"
        "                           T3 2008     T3 2007   Évolution\n"
        "Abonnés (milliers)           2 815       2 410     +16,8 %\n"
        "Chiffre d'affaires (k€)     61 200      55 800      +9,7 %\n",
        {
            stock("customers", "2815000", "count", date(2008, 9, 30)),
            stock("customers", "2410000", "count", date(2007, 9, 30)),
            flow("revenue", "61200000", "EUR", "Q3 2008"),
            flow("revenue", "55800000", "EUR", "Q3 2007"),
        },
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_german_or_french_key_figure_table_gives_the_records(case: str) -> None:
    text, expected = CASES[case]
    metrics = extract_body(text, REGISTRANT).metrics
    got = {(m.operator, m.name, m.value, m.unit, m.as_of, m.period, m.segment) for m in metrics}
    assert got == expected


def test_a_pro_forma_row_is_no_ratio() -> None:
    text = (
        "Veltra Communications S.A. today announced its results for the year 2009.\n\n"
        "                              2009       2008\n"
        "Revenues pro forma (EUR m)    512.7      468.0\n"
    )
    got = {(m.name, m.value, m.period) for m in extract_body(text, REGISTRANT).metrics}
    assert got == {
        ("revenue", Decimal("512700000"), "2009"),
        ("revenue", Decimal("468000000"), "2008"),
    }


def test_a_german_caption_of_thousands_over_country_rows_and_their_group_total() -> None:
    # "Kunden (in Tsd., per 30.6.)" inside the table: its rows by country are parts, and
    # "Gruppe gesamt" is the group's own count.
    text = (
        "Die Veltra Communications S.A. meldet ihre Zahlen.\n\n"
        "                                 1. Hj. 2005   1. Hj. 2004   Veränderung\n"
        "Mitarbeiter (per 30.6.)               4.862         4.715        +3,1 %\n"
        "Kunden (in Tsd., per 30.6.)\n"
        "  Österreich                        3.214,6       3.058,2        +5,1 %\n"
        "  Slowenien                           602,3         531,8       +13,3 %\n"
        "  Gruppe gesamt                     3.816,9       3.590,0        +6,3 %\n"
    )
    metrics = extract_body(text, REGISTRANT).metrics
    got = {(m.operator, m.name, m.value, m.unit, m.as_of, m.period, m.segment) for m in metrics}
    assert got == {
        stock("employees", "4862", "count", JUN05),
        stock("employees", "4715", "count", JUN04),
        stock("customers", "3816900", "count", JUN05),
        stock("customers", "3590000", "count", JUN04),
    }
