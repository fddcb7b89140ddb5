"""Metrics from results releases worded as the eleventh group words them: older currencies
written as symbols ("IR£", "W"), bracketed year-earlier columns, losses written with a minus."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.ingest.numbers import find_figures
from tests.unit.test_metrics import run


def test_a_pound_sign_after_a_country_s_letters_is_that_country_s_pound() -> None:
    text = "Group turnover rose 6.2% to IR£845 million. Capital expenditure of IR£92 million.\n"
    got = {(m.name, m.value, m.unit) for m in run(text, date(1999, 11, 10))}
    assert got == {
        ("revenue", Decimal(845_000_000), "IEP"),
        ("investment", Decimal(92_000_000), "IEP"),
    }


def test_a_capital_w_against_an_amount_is_the_korean_won() -> None:
    text = "Revenue of W64.3 billion (US$49.1 million), up 12.0% from W57.4 billion.\n"
    got = {(m.name, m.value, m.unit) for m in run(text, date(2002, 5, 10))}
    assert got == {
        ("revenue", Decimal(64_300_000_000), "KRW"),
        ("revenue", Decimal(57_400_000_000), "KRW"),
    }
    # A "W" that stands alone or names a model is no money.
    assert all(f.currency is None for f in find_figures("Route W 12 and the W3 handset"))


def test_a_loss_written_with_a_minus_after_its_currency_and_in_the_bracket() -> None:
    text = (
        "Summary of the second quarter 2003 (the corresponding period of 2002 in brackets):\n"
        "  -  Net loss for the period was NOK -87 million (-142)\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text, date(2003, 8, 14))}
    assert got == {
        ("net_income", Decimal(-87_000_000), "NOK"),
        ("net_income", Decimal(-142_000_000), "NOK"),
    }


def test_an_amount_in_accountant_s_brackets_after_its_currency_is_negative() -> None:
    text = "Net income of EUR 41 million, compared with a net loss of EUR (23) million in 2003.\n"
    got = {(m.name, m.value) for m in run(text, date(2004, 11, 3))}
    assert got == {("net_income", Decimal(41_000_000)), ("net_income", Decimal(-23_000_000))}


def test_investments_that_amounted_or_totalled_and_an_amount_invested() -> None:
    text = (
        "Investments amounted to DKK 214 million in the quarter. For the half year investments "
        "totalled DKK 388 million. Capital expenditure of DKK 90 million was well below the "
        "DKK 151 million invested in the first half of 2002.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2003, 8, 20))}
    assert got == {
        ("investment", Decimal(214_000_000)),
        ("investment", Decimal(388_000_000)),
        ("investment", Decimal(90_000_000)),
        ("investment", Decimal(151_000_000)),
    }


def test_profit_after_tax_is_the_net_income() -> None:
    text = "Profit after taxation of £64.2 million (2001: £51.0 million).\n"
    got = {(m.name, m.value) for m in run(text, date(2002, 11, 14))}
    assert got == {("net_income", Decimal(64_200_000)), ("net_income", Decimal(51_000_000))}


def test_a_bracket_labelled_with_the_earlier_span_written_out() -> None:
    text = (
        "   *  Turnover up 8.1% to £2,410 million (twelve months to 31 March\n"
        "      2001: £2,229 million)\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2002, 5, 16))}
    assert got == {("revenue", Decimal(2_410_000_000)), ("revenue", Decimal(2_229_000_000))}


def test_a_count_noun_on_the_next_deeper_indented_line_of_a_bullet() -> None:
    text = (
        "Operating highlights\n"
        "   *  Mobile: the company had 812,000\n"
        "      subscribers at 31 December 2003\n"
    )
    got = {(m.name, m.value, m.as_of) for m in run(text, date(2004, 2, 12))}
    assert got == {("customers", Decimal(812_000), date(2003, 12, 31))}


def test_business_customers_and_dial_up_subscribers_are_customers() -> None:
    text = (
        "At 31 March the company had 12 840 business customers. Its internet service has "
        "more than 95,000 registered dial-up subscribers.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2002, 4, 25))}
    assert got == {
        ("customers", Decimal(12_840), None),
        ("customers", Decimal(95_000), "internet"),
    }


def test_market_shares_brought_to_held_of_connections_remained_and_just_under() -> None:
    text = (
        "Net additions of 88,000 brought its share of the Danish mobile market to about 31%. "
        "The company holds approximately 52% of the broadband connections in its region. "
        "Its share of international traffic remained stable at 47.5% in March. "
        "The company estimates its share of the corporate data market at just under 8 per "
        "cent.\n"
    )
    got = {(m.name, m.value, m.qualifier) for m in run(text, date(2004, 5, 6))}
    assert got == {
        ("net_additions", Decimal(88_000), "exact"),
        ("market_share", Decimal(31), "approximately"),
        ("market_share", Decimal(52), "approximately"),
        ("market_share", Decimal("47.5"), "exact"),
        ("market_share", Decimal(8), "nearly"),
    }


def test_lines_installed_are_plant_not_customers() -> None:
    text = (
        "OPERATING DATA\n"
        "(thousand)                      3Q05       3Q04\n"
        "Lines installed                 4,910      4,875\n"
        "Lines in service                4,402      4,311\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2005, 10, 27))}
    assert got == {("customers", Decimal(4_402_000)), ("customers", Decimal(4_311_000))}


def test_access_paths_count_a_fixed_network_s_lines() -> None:
    text = "The network carried 742,000 access paths at 31 March 2002.\n"
    got = {(m.name, m.value, m.segment) for m in run(text, date(2002, 5, 30))}
    assert got == {("customers", Decimal(742_000), "fixed_line")}


def test_parts_of_a_count_said_to_be_a_business_line_s_customers() -> None:
    text = (
        "Nordtel Mobil had 905,000 subscribers at 31 December 2002, of which 640,000 were\n"
        "      Kontant (pre-paid) subscribers and 265,000 were contract subscribers.\n"
    )
    got = {(m.name, m.value, m.segment, m.as_of) for m in run(text, date(2003, 2, 20))}
    assert got == {
        ("customers", Decimal(905_000), None, date(2002, 12, 31)),
        ("customers", Decimal(640_000), "prepaid", date(2002, 12, 31)),
        ("customers", Decimal(265_000), "contract", date(2002, 12, 31)),
    }


def test_a_count_of_two_words_of_one_business_or_of_two_businesses() -> None:
    text = (
        "At 30 June 2004 the company served some 212,000 ADSL and broadband subscribers. "
        "In all, the company had 1.9 million mobile and fixed-line customers.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2004, 8, 5))}
    assert got == {
        ("customers", Decimal(212_000), "internet"),
        ("customers", Decimal(1_900_000), None),
    }


def test_what_competitors_hold_together_is_nobody_s_share() -> None:
    text = (
        "Nordtel holds a market share of 58% in fixed telephony. The regulator reports that "
        "competitors now hold about 27% of the Danish international call market.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2003, 5, 15))}
    assert got == {("market_share", Decimal(58))}


def test_a_market_estimated_at_a_count_is_the_market_s_size() -> None:
    text = (
        "Nordtel had 212,000 broadband customers at 30 June 2004. Analysts estimate the "
        "whole Danish broadband market at some 1,100,000 connections.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2004, 8, 5))}
    assert got == {("customers", Decimal(212_000))}
