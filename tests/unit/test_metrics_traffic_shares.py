"""Metrics from releases of carriers: the part of a country's calls a carrier
carries is its share of that market, a list of shares compared with an earlier list,
the networks its customers can roam on, the parts of a customer count by business and a
flow's running total; a count there were in a country is the market's; a round mark a
count surpassed is no figure of its own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.unit.test_metrics import run


def test_the_minutes_a_carrier_carried_are_its_fixed_line_market_share_over_a_period() -> None:
    text = (
        "Andesnet carried 22.4% of outgoing international minutes and 9.8% of domestic long\n"
        "distance minutes during 2Q01, according to its own statistics.\n"
    )
    got = {(m.name, m.value, m.period, m.segment) for m in run(text, date(2001, 8, 1))}
    assert got == {
        ("market_share", Decimal("22.4"), "Q2 2001", "fixed_line"),
        ("market_share", Decimal("9.8"), "Q2 2001", "fixed_line"),
    }


def test_a_part_of_the_minutes_no_carrier_carried_is_no_market_share() -> None:
    text = "About 35% of international minutes were made from payphones in 2Q01.\n"
    assert not [m for m in run(text, date(2001, 8, 1)) if m.name == "market_share"]


def test_a_list_compared_with_a_list_pairs_its_items_in_order() -> None:
    text = (
        "Andesnet carried 22.4% of outgoing international minutes and 9.8% of domestic long\n"
        "distance minutes during 2Q01, compared with 24.1% and 10.3% in 2Q00.\n"
    )
    got = {(m.value, m.period) for m in run(text, date(2001, 8, 1)) if m.name == "market_share"}
    assert got == {
        (Decimal("22.4"), "Q2 2001"),
        (Decimal("9.8"), "Q2 2001"),
        (Decimal("24.1"), "Q2 2000"),
        (Decimal("10.3"), "Q2 2000"),
    }


def test_a_second_figure_after_a_comparison_of_one_item_is_not_paired() -> None:
    text = (
        "Andesnet carried 22.4% of outgoing international minutes during 2Q01, compared with\n"
        "24.1% and 8.0% in 2Q00, the latter from its payphones.\n"
    )
    got = {m.value for m in run(text, date(2001, 8, 1))}
    assert Decimal("22.4") in got
    assert Decimal("8.0") not in got  # the earlier list had one item: nothing to pair with


def test_the_networks_customers_can_roam_on_are_roaming_partners() -> None:
    text = (
        "Baltcom covers 97% of the population, and its customers can roam on more than 188\n"
        "networks in 92 countries. They can also roam in 40 countries on GPRS.\n"
    )
    got = {(m.name, m.value, m.qualifier) for m in run(text, date(2003, 8, 1))}
    assert ("roaming_partners", Decimal(188), "more_than") in got
    assert not [m for m in run(text, date(2003, 8, 1)) if m.value == 40]  # countries


def test_the_parts_of_a_customer_count_by_business_after_of_whom() -> None:
    text = (
        "At 30 June 2004, Baltcom served 2,683,000 customers, of whom 1,412,000 were post-paid\n"
        "subscribers and 1,271,000 used the Zip pre-paid service.\n"
    )
    got = {(m.name, m.value, m.segment, m.as_of) for m in run(text, date(2004, 8, 1))}
    assert got == {
        ("customers", Decimal(2_683_000), None, date(2004, 6, 30)),
        ("customers", Decimal(1_412_000), "contract", date(2004, 6, 30)),
        ("customers", Decimal(1_271_000), "prepaid", date(2004, 6, 30)),
    }


def test_a_count_that_were_customers_of_a_business_outside_a_breakdown_is_not_one() -> None:
    text = "Of the 3,000 calls to the help desk, 1,200 were prepaid customers asking for credit.\n"
    # "of the" is no breakdown of a count the release reported as customers
    assert not [m for m in run(text, date(2004, 8, 1)) if m.value == 1200]


def test_a_running_total_after_a_flow_is_the_same_flow_over_the_longer_period() -> None:
    text = (
        "Capital expenditures in the second quarter were $51.2 million, bringing the total for\n"
        "the first six months to $98.4 million.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2004, 8, 1))}
    assert got == {
        ("investment", Decimal(51_200_000), "Q2 2004"),
        ("investment", Decimal(98_400_000), "H1 2004"),
    }


def test_a_count_there_were_in_a_country_is_the_market_s_not_the_operator_s() -> None:
    text = (
        "According to the regulator, there were 4.1 million mobile subscribers in Portugal at\n"
        "the end of June 2002. There are 310,000 prepaid customers on our network.\n"
    )
    got = {m.value for m in run(text, date(2002, 8, 1))}
    assert got == {Decimal(310_000)}


def test_a_round_mark_a_count_surpassed_then_the_count_itself_is_one_figure() -> None:
    text = (
        "During the quarter Baltcom's broadband subscribers surpassed two hundred thousand,\n"
        "reaching 203,415 at June 30, 2005.\n"
    )
    got = {(m.name, m.value, m.as_of, m.segment) for m in run(text, date(2005, 8, 1))}
    assert got == {("customers", Decimal(203_415), date(2005, 6, 30), "internet")}
