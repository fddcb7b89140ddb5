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
