"""Metrics from interim and carrier releases: a financial half written "H1 03/04" beside a
lead's "six months to", shares of a country's call minutes or traffic, customers of a kind,
a partner's users, a country's part of turnover, a business line's contribution to revenue,
"three-month period", a lead naming the quarter beside the half, an ISP's access subscribers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.unit.test_metrics import run


def test_a_split_financial_half_beside_a_lead_s_six_months_to() -> None:
    text = (
        "Kingsway Telecom today announces its interim results for the six months to 31 October "
        ' 2003 ("H1 03/04").\n\n'
        "- Turnover up 12% to GBP88.4m (H1 02/03: GBP78.9m)\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2003, 12, 2))}
    assert got == {
        ("revenue", Decimal(88_400_000), "six months ended 31 October 2003"),
        ("revenue", Decimal(78_900_000), "six months ended 31 October 2002"),
    }


def test_shares_of_business_call_minutes_and_of_a_country_s_overseas_traffic() -> None:
    text = (
        "Kingsway Telecom today announces its results for the quarter ended 30 June 2003.\n\n"
        "Kingsway's own share of Irish business call minutes was approximately 4% at the end "
        "of the period. Kingsway estimates that it carried about 12% of Ireland's overseas "
        "traffic in the quarter.\n"
    )
    got = {(m.name, m.value, m.segment, m.qualifier) for m in run(text, date(2003, 8, 2))}
    assert got == {
        ("market_share", Decimal(4), "fixed_line", "approximately"),
        ("market_share", Decimal(12), "fixed_line", "approximately"),
    }


def test_customers_of_a_kind_and_the_users_of_partners() -> None:
    text = (
        "Kingsway served approximately 2.1 million residential and small-business customers "
        "at June 30, 2003. Its portal carried traffic for more than 1.4m registered users of "
        "its partners' ISP services. The number of corporate and business customers taking "
        "voice or data services from Kingsway grew to 7,400 at 30 June 2003.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2003, 8, 2))}
    assert got == {("customers", Decimal(2_100_000)), ("customers", Decimal(7400))}


def test_a_country_s_turnover_is_no_total_and_a_business_line_contributes_its_part() -> None:
    text = (
        "Turnover from Irish operations was GBP41.2m. Consolidated revenues reached GBP96.0 "
        "million, driven by the wireless business, which contributed GBP52.5 million.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2003, 8, 2))}
    assert got == {
        ("revenue", Decimal(96_000_000), None),
        ("revenue", Decimal(52_500_000), "mobile"),
    }


def test_a_three_month_period_and_a_lead_with_the_quarter_beside_the_half() -> None:
    text = (
        "Kingsway announced its results for the three-month period ended June 30, 2003. Net "
        "income for the quarter was GBP4.1 million.\n"
    )
    assert {(m.name, m.period) for m in run(text, date(2003, 8, 2))} == {("net_income", "Q2 2003")}
    text = (
        "Kingsway today reported its results for the second quarter and the six months ended "
        "June 30, 2003.\n\nCapital expenditures amounted to GBP8.8 million in the quarter.\n"
    )
    assert {(m.name, m.period) for m in run(text, date(2003, 8, 2))} == {("investment", "Q2 2003")}


def test_access_subscribers_of_an_internet_provider() -> None:
    text = "At June 30, 2003 Kingsway had 412,000 paying access subscribers.\n"
    got = {(m.name, m.value, m.segment) for m in run(text, date(2003, 8, 2))}
    assert got == {("customers", Decimal(412_000), "internet")}


def test_the_nine_months_of_a_third_quarter_release_are_the_year_to_date() -> None:
    text = (
        "Kingsway Telecom today announces its results for the quarter ended 30 September "
        "2003.\n\nCapital expenditure amounted to GBP18.4m in the quarter and GBP57.9m in the "
        "nine months.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2003, 11, 12))}
    assert got == {
        ("investment", Decimal(18_400_000), "Q3 2003"),
        ("investment", Decimal(57_900_000), "Q1-Q3 2003"),
    }


def test_the_quarter_of_a_lead_s_three_months_ended() -> None:
    text = (
        "Kingsway Telecom today announced its results for the first quarter of fiscal 2004, "
        "the three months ended November 30, 2003.\n\n"
        "Capital investment in the quarter totalled GBP10.3m.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2004, 1, 13))}
    assert got == {("investment", Decimal(10_300_000), "three months ended 30 November 2003")}


def test_subscribers_numbered() -> None:
    text = "Kingsway's broadband subscribers numbered 48,300 at June 30, 2003.\n"
    got = {(m.name, m.value, m.segment) for m in run(text, date(2003, 8, 1))}
    assert got == {("customers", Decimal(48_300), "internet")}
