"""Metrics in a results review's own shorthand: local money codes ("LE", "NAf"), a label
with a colon before the amount, a data share of "the group's revenue", and a "respectively"
list whose names follow another operator's clause."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.unit.test_metrics import run


def test_egyptian_pound_written_le_and_antillean_guilder_written_naf() -> None:
    text = (
        "Third-quarter revenues were LE 41.7 million and net income LE 6.2 million. "
        "Sales for the half rose to NAf 12.4 million.\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text, date(2006, 11, 2))}
    assert got == {
        ("revenue", Decimal(41_700_000), "EGP"),
        ("net_income", Decimal(6_200_000), "EGP"),
        ("revenue", Decimal(12_400_000), "ANG"),
    }


def test_le_in_lower_case_is_no_money() -> None:
    text = "Revenues were le 41.7 million.\n"
    assert not {m.unit for m in run(text, date(2006, 11, 2))} & {"EGP"}


def test_capital_expenditure_written_as_a_label() -> None:
    text = "Capital expenditure: NAf 14,3 million (NAf 9,8 million), mostly on the new switch.\n"
    got = {(m.name, m.value, m.unit) for m in run(text, date(2006, 3, 1))}
    assert ("investment", Decimal(14_300_000), "ANG") in got
    assert ("investment", Decimal(9_800_000), "ANG") in got


def test_data_share_of_the_groups_revenue() -> None:
    text = "Data services accounted for 22.5% of the company's revenues, up from 17.0%.\n"
    got = {(m.name, m.value) for m in run(text, date(2006, 3, 1))}
    assert ("data_revenue_share", Decimal("22.5")) in got


def test_respectively_takes_the_names_listed_right_before_the_figures() -> None:
    text = (
        "Telkom Kenya reported about 9 000 broadband lines at the end of March, while the mobile "
        "operators Safaricom and Celtel, with some 2.1m and 1.6m customers respectively, are "
        "launching new tariffs.\n"
    )
    got = {(m.operator, m.name, m.value) for m in run(text, date(2006, 5, 1))}
    assert ("celtel", "customers", Decimal(1_600_000)) in got
    assert ("safaricom", "customers", Decimal(2_100_000)) in got
    assert not any(m[0].startswith("telkom") and m[2] == Decimal(1_600_000) for m in got)


def test_a_highlights_count_label_and_new_subscribers_of_a_business() -> None:
    text = (
        "Second quarter highlights\n\n"
        " - Broadband subscribers of 51,700, up 40% from 36,900 a year earlier\n"
        " - 3,100 new broadband subscribers in the quarter\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2006, 8, 2))}
    assert ("customers", Decimal(51_700), "internet") in got
    assert ("net_additions", Decimal(3_100), "internet") in got


def test_served_a_part_of_a_countrys_subscribers_is_a_market_share() -> None:
    text = "Andinacel estimates that it served about 31% of Peru's mobile subscribers.\n"
    got = {(m.name, m.value) for m in run(text, date(2006, 8, 2))}
    assert ("market_share", Decimal(31)) in got


def test_more_than_at_a_date_is_growth_and_its_bracket_no_earlier_growth() -> None:
    text = (
        "Andinacel had 88,400 customers at 31 March 2006. That is 12,100 more than at "
        "30 September 2005 (76,300).\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2006, 5, 2))}
    assert ("net_additions", Decimal(12_100)) in got
    assert ("net_additions", Decimal(76_300)) not in got


def test_network_sites_reach_of_a_people_and_a_confident_forecast() -> None:
    text = (
        "We commissioned 22 new base stations this half, which takes the network to 214 "
        "sites. Our network now covers 61 per cent of New Zealanders. We are confident of "
        "passing 90,000 customers by the end of the year.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2006, 5, 2))}
    assert ("base_stations", Decimal(214)) in got
    assert ("population_coverage", Decimal(61)) in got
    assert ("customers", Decimal(90_000)) not in got
