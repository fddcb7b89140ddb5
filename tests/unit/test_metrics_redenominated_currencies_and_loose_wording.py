"""Metrics in older or local money and looser wording: the Turkish lira before and after its
redenomination, Swiss apostrophe grouping in a results sentence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from app.ingest.catalog import default_catalog
from app.ingest.metrics import extract_metrics
from app.ingest.pipeline import read_filing
from tests.unit.test_metrics import REGISTRANT, release_of, run


def test_turkish_lira_before_the_redenomination_is_the_old_lira() -> None:
    text = (
        "Net sales for the first half rose 14% to TL 312.7 trillion (US$ 214.0 million), and "
        "the net loss narrowed to TL 8.1 trillion.\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text, date(2003, 8, 12))}
    assert got == {
        ("revenue", Decimal(312_700_000_000_000), "TRL"),
        ("net_income", Decimal(-8_100_000_000_000), "TRL"),
    }


def test_turkish_lira_after_the_redenomination_is_the_new_lira() -> None:
    text = "Net sales for the first half rose 9% to TL 412.5 million.\n"
    got = {(m.name, m.value, m.unit) for m in run(text, date(2010, 8, 12))}
    assert got == {("revenue", Decimal(412_500_000), "TRY")}
    text = "Revenues reached 96.3 trillion Turkish lira in 2002.\n"
    got = {(m.name, m.value, m.unit) for m in run(text, date(2003, 2, 20))}
    assert got == {("revenue", Decimal(96_300_000_000_000), "TRL")}


def test_swiss_apostrophe_grouping_in_a_results_sentence() -> None:
    text = "Group sales grew 5.1% to CHF 2'418.7 million; the group employed 3'412 people.\n"
    got = {(m.name, m.value, m.unit) for m in run(text, date(2007, 3, 1))}
    assert got == {
        ("revenue", Decimal(2_418_700_000), "CHF"),
        ("employees", Decimal(3412), "count"),
    }


def test_a_count_by_the_month_is_a_pace_and_a_world_region_a_market() -> None:
    text = (
        "According to industry figures, the operators of Latin America added some 4 million "
        "wireless lines a month in 2005, and Western Europe had 410 million mobile "
        "subscribers. Andinacel added 85,000 customers in the quarter, against 60,000 a month "
        "earlier.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2005, 8, 1))}
    assert got == {("net_additions", Decimal(85_000)), ("net_additions", Decimal(60_000))}


def test_indian_total_income_and_a_profit_after_tax_that_shares_its_verb() -> None:
    text = (
        "For the quarter ended 31st December, 2005, its total income was Rs. 218.4 crore and "
        "its profit after tax Rs. 31.9 crore; the company had 21.7 lakh subscribers.\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text, date(2006, 1, 20))}
    assert got == {
        ("revenue", Decimal(2_184_000_000), "INR"),
        ("net_income", Decimal(319_000_000), "INR"),
        ("customers", Decimal(2_170_000), "count"),
    }


def test_a_capital_p_against_an_amount_is_the_issuer_s_peso() -> None:
    text = (
        "Revenues for the nine months rose 4.1% to P3.417 billion, and net income reached "
        "P402.6 million. Subscribers paid P450 a month on the P3 plan.\n"
    )
    registrant = replace(REGISTRANT, country="PH")
    release = release_of(text, date(2004, 11, 12))
    metrics = extract_metrics(text, release, registrant=registrant, catalog=default_catalog())
    got = {(m.name, m.value, m.unit) for m in metrics}
    assert got == {
        ("revenue", Decimal(3_417_000_000), "PHP"),
        ("net_income", Decimal(402_600_000), "PHP"),
    }


_PESO_FILING = """\
                                 FORM 6-K

                     REPORT OF FOREIGN PRIVATE ISSUER

                       For the month of November 2004

                    Mindanao Digital Lines Corporation
          (Exact name of registrant as specified in its charter)

           MDL Building, J.P. Laurel Avenue, Davao City 8000, Philippines
                 (Address of principal executive offices)

          Form 20-F   [X]                Form 40-F   [ ]

DAVAO CITY, Philippines, 10 November 2004 -- Mindanao Digital Lines Corporation
("MDL") today reported its results for the nine months ended 30 September 2004.

Revenues for the nine months rose 4.1% to P1.417 billion, and net income reached
P202.6 million.
"""


def test_a_new_registrant_is_of_its_cover_address_s_country() -> None:
    filing = read_filing(_PESO_FILING.encode(), source_name="mdl.txt")
    assert filing.registrant is not None and filing.registrant.country == "PH"
    got = {
        (m.name, m.value, m.unit) for release in filing.releases for m in release.extraction.metrics
    }
    assert got == {
        ("revenue", Decimal(1_417_000_000), "PHP"),
        ("net_income", Decimal(202_600_000), "PHP"),
    }


def test_a_combining_word_in_a_later_clause_combines_only_the_later_figure() -> None:
    text = (
        "Telstra, with some 10.1 million fixed lines nationwide, remains the dominant carrier, "
        "while Optus and Vodafone together count over 9 million mobile subscribers.\n"
    )
    got = {(m.operator, m.name, m.value, m.qualifier) for m in run(text, date(2005, 8, 1))}
    assert got == {("telstra", "customers", Decimal(10_100_000), "approximately")}
    # A clause that names nobody new leaves the combining word to the figure before it.
    text = (
        "Optus and Vodafone, whose networks cover approximately 94% of the population, "
        "together added 210,000 customers.\n"
    )
    assert run(text, date(2005, 8, 1)) == ()


def test_a_sentence_that_opens_on_its_source_gives_the_market_s_counts() -> None:
    text = (
        "According to the national regulator, the mobile base reached 58.2 million lines in "
        "June. Segundo a Anatel, o Brasil tinha 9,1 milhões de assinantes de banda larga. "
        "According to IDC, Vodafone had 20.3 million customers in Germany.\n"
    )
    got = {(m.operator, m.name, m.value) for m in run(text, date(2006, 8, 1))}
    assert got == {("vodafone", "customers", Decimal(20_300_000))}


def test_a_spanish_penetration_rate_is_no_operator_s_count() -> None:
    text = (
        "Telmex mantiene alrededor de 17 millones de líneas; la penetración de telefonía fija "
        "en México es de 18 líneas por cada 100 habitantes.\n"
    )
    got = {(m.operator, m.value, m.qualifier) for m in run(text, date(2006, 8, 1))}
    assert got == {("telmex", Decimal(17_000_000), "approximately")}


def test_spanish_results_highlights_in_stated_pesos() -> None:
    text = (
        "Las cifras están expresadas en millones de pesos mexicanos ($).\n"
        "  -  Ingresos consolidados de $1,845 millones.\n"
        "  -  Utilidad neta de $142 millones, contra $88 millones en el 3T05.\n"
        "Las adiciones netas de clientes en el trimestre fueron 21,430. Maxcel estima su "
        "participación en el mercado de Guadalajara en alrededor de 12%.\n"
    )
    got = {(m.name, m.value, m.unit, m.qualifier) for m in run(text, date(2006, 10, 20))}
    assert got == {
        ("revenue", Decimal(1_845_000_000), "MXN", "exact"),
        ("net_income", Decimal(142_000_000), "MXN", "exact"),
        ("net_income", Decimal(88_000_000), "MXN", "exact"),
        ("net_additions", Decimal(21_430), "count", "exact"),
        ("market_share", Decimal(12), "percent", "approximately"),
    }


def test_portuguese_results_highlights_and_thousands_in_mil() -> None:
    text = (
        "Receita líquida de R$ 512,8 milhões no trimestre. Lucro líquido de R$ 18,3 milhões, "
        "contra prejuízo de R$ 9,6 milhões no 2T05. A operadora somou 41,2 mil novos "
        "assinantes de banda larga e encerrou o período com 388,5 mil clientes. A Companhia "
        "mantém a meta de encerrar 2006 com 450 mil clientes.\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text, date(2006, 8, 10))}
    assert got == {
        ("revenue", Decimal(512_800_000), "BRL"),
        ("net_income", Decimal(18_300_000), "BRL"),
        ("net_income", Decimal(-9_600_000), "BRL"),
        ("net_additions", Decimal(41_200), "count"),
        ("customers", Decimal(388_500), "count"),
    }


def test_rur_is_the_rouble_and_a_count_of_minutes_is_traffic() -> None:
    text = (
        "Net sales for 2005 rose by 9.1% to RUR 12,418.6 million. Local traffic of the "
        "company's subscribers grew by 4.2% to 3,112.5 million minutes, and the subscribers "
        "sent 41.3 million text messages.\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text, date(2006, 3, 14))}
    assert got == {("revenue", Decimal(12_418_600_000), "RUB")}


def test_a_bracketed_year_earlier_figure_after_people_or_at_year_end() -> None:
    text = (
        "All figures for 2005 in brackets. At 31 December 2006 the group employed 3,412 "
        "people (3,377). It served 412,600 fixed telephone lines at year-end (398,100).\n"
    )
    got = {(m.name, m.value, m.as_of) for m in run(text, date(2007, 3, 1))}
    assert got == {
        ("employees", Decimal(3412), date(2006, 12, 31)),
        ("employees", Decimal(3377), date(2005, 12, 31)),
        ("customers", Decimal(412_600), date(2006, 12, 31)),
        ("customers", Decimal(398_100), date(2005, 12, 31)),
    }
