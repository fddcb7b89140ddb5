"""Metrics from results releases worded as the ninth and tenth groups word them: bottom lines
called a loss for the period, Spanish results prose, leads that report two spans at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.unit.test_metrics import run


def test_a_loss_for_the_quarter_that_narrowed_is_a_negative_net_income() -> None:
    text = (
        "Highlights\n\n"
        "Loss for the quarter narrowed to £12.7 million from £19.4 million\n\n"
        "Loss for the year of £48.2 million\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2007, 2, 20))}
    assert got == {
        ("net_income", Decimal(-12_700_000)),
        ("net_income", Decimal(-19_400_000)),
        ("net_income", Decimal(-48_200_000)),
    }


def test_a_spanish_net_loss_and_the_year_before_in_brackets() -> None:
    text = (
        "La pérdida neta del ejercicio ascendió a 41,3 millones de euros (2004: 55,9 millones "
        "de euros).\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2006, 3, 2))}
    assert got == {
        ("net_income", Decimal(-41_300_000)),
        ("net_income", Decimal(-55_900_000)),
    }


def test_spanish_results_prose_with_the_year_the_lead_reports() -> None:
    text = (
        "Ibercom ha presentado hoy sus resultados del ejercicio 2005.\n\n"
        "Los ingresos consolidados de Ibercom ascendieron a 74,2 millones de euros en 2005, un "
        "12,1 % más que los 66,2 millones de euros del año 2004. En el tercer trimestre, los "
        "ingresos se situaron en 19,5 millones de euros. Las inversiones del ejercicio "
        "alcanzaron 23,8 millones de euros.\n\n"
        "Según el regulador, los ingresos del mercado español de telefonía fija ascendieron a "
        "11.902,4 millones de euros en 2005.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2006, 2, 20))}
    assert got == {
        ("revenue", Decimal(74_200_000), "2005"),
        ("revenue", Decimal(66_200_000), "2004"),
        ("revenue", Decimal(19_500_000), "Q3 2005"),
        ("investment", Decimal(23_800_000), "2005"),
    }


def test_an_indented_o_bullet_ends_a_sentence_so_each_keeps_its_own_period() -> None:
    text = (
        "Baltel today announced its results for the second quarter of 2006.\n\n"
        "  o  Revenue of EUR 88.1 million, up 3.1% from EUR 85.4 million in the second\n"
        "     quarter of 2005;\n"
        "  o  Net loss of EUR 7.2 million, compared with a net loss of EUR 9.9 million a\n"
        "     year earlier;\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2006, 8, 10))}
    assert got == {
        ("revenue", Decimal(88_100_000), "Q2 2006"),
        ("revenue", Decimal(85_400_000), "Q2 2005"),
        ("net_income", Decimal(-7_200_000), "Q2 2006"),
        ("net_income", Decimal(-9_900_000), "Q2 2005"),
    }


def test_active_subscriber_lines_are_a_fixed_network_s_customers() -> None:
    text = "Baltel had 208,140 active subscriber lines at June 30, 2006.\n"
    got = {(m.name, m.value, m.as_of, m.segment) for m in run(text, date(2006, 8, 10))}
    assert got == {("customers", Decimal(208_140), date(2006, 6, 30), "fixed_line")}


def test_a_lead_reporting_three_and_six_months_reports_the_quarter_and_the_half() -> None:
    text = (
        "Nordtel today announced its results for the three and six months ended 30 June 2006."
        "\n\n"
        "Capital expenditure of £21.0 million in the quarter\n\n"
        "Loss for the period of £8.1 million\n\n"
        "Turnover of £230.2 million for the six months\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2006, 8, 1))}
    assert got == {
        ("investment", Decimal(21_000_000), "Q2 2006"),
        ("net_income", Decimal(-8_100_000), "Q2 2006"),
        ("revenue", Decimal(230_200_000), "H1 2006"),
    }


def test_a_figure_up_a_rate_on_an_earlier_one_compares_with_it() -> None:
    text = "Nordtel's turnover was €81.2 million, up 4.4% on the €77.8 million a year earlier.\n"
    got = {(m.name, m.value) for m in run(text, date(2007, 2, 1))}
    assert got == {("revenue", Decimal(81_200_000)), ("revenue", Decimal(77_800_000))}


def test_the_year_of_a_quarter_is_no_figure_between_an_item_and_the_next() -> None:
    text = (
        "Nordtel today announced its results for the three and nine months ended 30 September "
        "2006.\n\n"
        "Turnover of £110.4 million for the quarter, up 3.5% on the £106.7 million of the third "
        "quarter of 2005; £321.7 million for the nine months\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2006, 11, 2))}
    assert got == {
        ("revenue", Decimal(110_400_000), "Q3 2006"),
        ("revenue", Decimal(106_700_000), "Q3 2005"),
        ("revenue", Decimal(321_700_000), "Q1-Q3 2006"),
    }


def test_spanish_counts_with_their_business_after_the_noun_and_net_clients() -> None:
    text = (
        "A 30 de junio de 2006, Ibercom contaba con 48.210 clientes directos de voz, tras captar "
        "6.320 clientes netos en el semestre, y con 20.950 clientes de banda ancha.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2006, 7, 28))}
    assert got == {
        ("customers", Decimal(48_210), "fixed_line"),
        ("net_additions", Decimal(6_320), None),
        ("customers", Decimal(20_950), "internet"),
    }


def test_the_close_of_the_year_in_spanish_is_the_reported_year_s_end() -> None:
    text = (
        "Ibercom ha presentado hoy sus resultados del ejercicio 2005.\n\n"
        "La plantilla se situaba en 742 empleados al cierre del ejercicio.\n"
    )
    got = {(m.name, m.value, m.as_of) for m in run(text, date(2006, 2, 20))}
    assert got == {("employees", Decimal(742), date(2005, 12, 31))}


def test_italian_counts_and_share_with_their_business_after_the_noun() -> None:
    text = (
        "Al 31 dicembre 2005 gli utenti Internet attivi del gruppo erano 2.310.000, di cui "
        "188.000 clienti ADSL. Nel quarto trimestre il gruppo ha acquisito 21.000 nuovi "
        "clienti ADSL. Nordnet detiene una quota del 3,1% del mercato della banda larga.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2006, 3, 20))}
    assert got == {
        ("customers", Decimal(2_310_000), "internet"),
        ("customers", Decimal(188_000), "internet"),
        ("net_additions", Decimal(21_000), "internet"),
        ("market_share", Decimal("3.1"), "internet"),
    }


def test_its_after_a_sentence_opening_on_the_company_is_the_company_s() -> None:
    text = (
        "The Company estimates its market share at 41% in its region, where Vodafone started "
        "UMTS services in the quarter. Its network covers 92% of the population with 812 base "
        "stations.\n"
    )
    got = {(m.operator, m.name, m.value) for m in run(text, date(2006, 5, 10))}
    assert got == {
        ("mmo2", "market_share", Decimal(41)),
        ("mmo2", "population_coverage", Decimal(92)),
        ("mmo2", "base_stations", Decimal(812)),
    }


def test_a_figure_after_a_count_s_parts_is_the_whole_s() -> None:
    text = (
        "Vodafone ended June 2006 with 1,940 thousand clients, 1,210 thousand of them at "
        "Vodafone Spain and 730 thousand at Vodafone Italy, after net additions of 55 thousand "
        "in the quarter.\n"
    )
    got = {(m.operator, m.name, m.value) for m in run(text, date(2006, 8, 1))}
    assert ("vodafone", "net_additions", Decimal(55_000)) in got
    assert ("vodafone-it", "customers", Decimal(730_000)) in got


def test_an_operator_with_a_part_of_all_subscribers_holds_that_market_share() -> None:
    text = (
        "Vodafone remains the market leader with an estimated 44.2% of subscribers. Contract "
        "customers now make up 31% of customers at Vodafone.\n"
    )
    got = {(m.operator, m.name, m.value, m.qualifier) for m in run(text, date(2006, 8, 1))}
    assert got == {("vodafone", "market_share", Decimal("44.2"), "approximately")}


def test_a_part_of_a_count_on_a_business_line_is_that_line_s_count() -> None:
    text = (
        "At 30 June 2006 Vodafone served 1,204,000 customers, 388,000 of them on prepaid plans.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2006, 8, 1))}
    assert got == {
        ("customers", Decimal(1_204_000), None),
        ("customers", Decimal(388_000), "prepaid"),
    }


def test_a_second_amount_after_and_to_continues_the_first() -> None:
    text = (
        "Capital expenditures amounted to R$ 64.2 million in the quarter and to R$ 170.9 "
        "million in the first nine months of the year.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2005, 11, 1))}
    assert got == {
        ("investment", Decimal(64_200_000), None),
        ("investment", Decimal(170_900_000), "Q1-Q3 2005"),
    }


def test_a_country_that_closed_a_month_with_a_count_is_the_market_s() -> None:
    text = (
        "According to the regulator, Chile closed June 2006 with 11.2 million mobile lines. "
        "Vodafone closed June 2006 with 2.1 million customers.\n"
    )
    got = {(m.operator, m.name, m.value) for m in run(text, date(2006, 8, 1))}
    assert got == {("vodafone", "customers", Decimal(2_100_000))}


def test_a_loss_attributable_to_shareholders_is_a_negative_net_income() -> None:
    text = (
        "Results for the year ended 31 December 2003\n\n"
        "Loss attributable to equity holders widened to S$41.5 million, from S$30.2 million "
        "in 2002. The loss attributable to minority interests was S$1.1 million.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2004, 3, 1)) if m.name == "net_income"}
    assert got == {
        ("net_income", Decimal(-41_500_000)),
        ("net_income", Decimal(-30_200_000)),
    }


def test_amounts_stated_in_constant_pesos_of_a_country_are_that_country_s_pesos() -> None:
    text = (
        "Results for the third quarter of 2004. All figures are stated in millions of "
        'constant Argentine pesos ("Ps.") as of September 30, 2004.\n\n'
        "Revenues for the quarter were Ps. 312.5 million, compared with Ps. 287.9 million in "
        "the third quarter of 2003.\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text, date(2004, 11, 2))}
    assert got == {
        ("revenue", Decimal(312_500_000), "ARS"),
        ("revenue", Decimal(287_900_000), "ARS"),
    }


def test_a_second_amount_that_leaves_out_the_verb_keeps_its_own_metric() -> None:
    text = (
        "Nordlink today announced its results for the year ended December 31, 2002. All "
        "figures are in Canadian dollars.\n\n"
        "For the year, revenue was $412.8 million and the net loss $96.4 million. In the "
        "fourth quarter the net loss amounted to $21.3 million, and revenues to $118.6 "
        "million.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2003, 2, 12))}
    assert got == {
        ("revenue", Decimal(412_800_000), "2002"),
        ("net_income", Decimal(-96_400_000), "2002"),
        ("net_income", Decimal(-21_300_000), "Q4 2002"),
        ("revenue", Decimal(118_600_000), "Q4 2002"),
    }


def test_a_share_compared_with_an_estimated_share_is_an_estimate_too() -> None:
    text = (
        "Baltel estimates that its share of the Latvian mobile market was 31.5% at "
        "September 30, 2006, against 29.8% a year earlier.\n"
    )
    got = {(m.value, m.as_of, m.qualifier) for m in run(text, date(2006, 11, 2))}
    assert got == {
        (Decimal("31.5"), date(2006, 9, 30), "approximately"),
        (Decimal("29.8"), date(2005, 9, 30), "approximately"),
    }
