"""Metrics from key-figure tables laid out as the twelfth group lays them out: days over their
years on two lines with a change column after them, set-in part rows, rows whose label names
the span each figure covers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.unit.test_metrics import run

KPI_TABLE = (
    "Corvalink today announced its results for the nine months ended 30 September 2004.\n\n"
    "KEY OPERATING DATA\n\n"
    "                           30 September   31 March   30 September    Change\n"
    "(in thousands)                     2004       2004           2003         %\n"
    "-------------------------  ------------   --------   ------------   -------\n"
    "Subscribers                         845        812            790       7.0\n"
    "  - Prepaid                         602        580            566       6.4\n"
    "  - Postpaid                        243        232            224       8.5\n"
    "Net additions in the quarter         33         22             41         -\n"
    "Employees (number)                2,310      2,295          2,240       3.1\n"
)


def test_days_over_years_with_a_change_column_date_each_column_at_its_day() -> None:
    got = {
        (m.name, m.value, m.as_of)
        for m in run(KPI_TABLE, date(2004, 11, 5))
        if m.name in {"customers", "employees"} and m.segment is None
    }
    assert got == {
        ("customers", Decimal(845_000), date(2004, 9, 30)),
        ("customers", Decimal(812_000), date(2004, 3, 31)),
        ("customers", Decimal(790_000), date(2003, 9, 30)),
        ("employees", Decimal(2_310), date(2004, 9, 30)),
        ("employees", Decimal(2_295), date(2004, 3, 31)),
        ("employees", Decimal(2_240), date(2003, 9, 30)),
    }


def test_dashed_part_rows_under_a_count_are_its_business_parts() -> None:
    got = {
        (m.value, m.as_of, m.segment)
        for m in run(KPI_TABLE, date(2004, 11, 5))
        if m.name == "customers" and m.segment is not None
    }
    assert got == {
        (Decimal(602_000), date(2004, 9, 30), "prepaid"),
        (Decimal(580_000), date(2004, 3, 31), "prepaid"),
        (Decimal(566_000), date(2003, 9, 30), "prepaid"),
        (Decimal(243_000), date(2004, 9, 30), "contract"),
        (Decimal(232_000), date(2004, 3, 31), "contract"),
        (Decimal(224_000), date(2003, 9, 30), "contract"),
    }


def test_a_flow_row_naming_its_span_under_days_covers_that_span_ending_on_each_day() -> None:
    got = {
        (m.value, m.period) for m in run(KPI_TABLE, date(2004, 11, 5)) if m.name == "net_additions"
    }
    assert got == {
        (Decimal(33_000), "Q3 2004"),
        (Decimal(22_000), "Q1 2004"),
        (Decimal(41_000), "Q3 2003"),
    }


def test_a_line_naming_a_group_of_set_in_rows_does_not_end_the_table() -> None:
    text = (
        "Norvox today announced its results for the third quarter of 2006.\n\n"
        "                                   3Q06        3Q05     % Var.\n"
        "Customers\n"
        "   Residential                  412,100     398,000        3.5\n"
        "   Business                      61,300      57,900        5.9\n"
        "Employees (units)                 2,214       2,307       (4.0)\n"
    )
    got = {(m.name, m.value, m.as_of) for m in run(text, date(2006, 11, 2))}
    assert got == {
        ("employees", Decimal(2_214), date(2006, 9, 30)),
        ("employees", Decimal(2_307), date(2005, 9, 30)),
    }


def test_a_table_in_millions_of_constant_pesos_is_in_the_release_s_pesos() -> None:
    text = (
        "Pampacom today announced its results for the first quarter of 2006. Amounts are "
        "expressed in Argentine pesos unless otherwise noted.\n\n"
        "(in millions of constant pesos, except per share data)\n\n"
        "                                  1Q06        1Q05\n"
        "Capital expenditures              48.2        35.9\n"
    )
    got = {(m.name, m.value, m.unit, m.period) for m in run(text, date(2006, 5, 4))}
    assert got == {
        ("investment", Decimal(48_200_000), "ARS", "Q1 2006"),
        ("investment", Decimal(35_900_000), "ARS", "Q1 2005"),
    }


def test_a_row_of_local_lines_in_service_counts_fixed_line_customers() -> None:
    text = (
        "Regiotel today announced its results for the fourth quarter of 2005.\n\n"
        "                                   4Q05        4Q04\n"
        "Local lines in service (units)   48,915      31,204\n"
    )
    got = {(m.name, m.value, m.as_of, m.segment) for m in run(text, date(2006, 2, 9))}
    assert got == {
        ("customers", Decimal(48_915), date(2005, 12, 31), "fixed_line"),
        ("customers", Decimal(31_204), date(2004, 12, 31), "fixed_line"),
    }
