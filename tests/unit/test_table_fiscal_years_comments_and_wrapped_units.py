"""Key-figure tables headed by fiscal years ("FY 2009"), with a column of comments after the
change column, a short million after a spaced currency ("(EUR m)") and row labels whose unit
wraps onto the next line ("Capital expenditure" over "  (EUR m)   61.2   70.4")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.unit.invented import extract_body
from tests.unit.test_kpi_table_layouts import Record, flow, stock

REGISTRANT = "Veltra Communications S.A."
OPENING = "Veltra Communications S.A. today announced its results for the year 2009.\n\n"
DEC09, DEC08 = date(2009, 12, 31), date(2008, 12, 31)

CASES: dict[str, tuple[str, set[Record]]] = {
    # "FY 2009" and "FY08" head the year's columns as "2009" and "2008" would.
    "fiscal_year_columns": (
        OPENING + "                        FY 2009      FY 2008    Change\n"
        "Revenues (EUR million)    512.7        468.0     +9.6%\n"
        "Employees                 3,204        3,118     +2.8%\n",
        {
            flow("revenue", "512700000", "EUR", "2009"),
            flow("revenue", "468000000", "EUR", "2008"),
            stock("employees", "3204", "count", DEC09),
            stock("employees", "3118", "count", DEC08),
        },
    ),
    "short_fiscal_year_columns": (
        OPENING + "Key data                   FY09        FY08\n"
        "Employees                 3,204       3,118\n",
        {stock("employees", "3204", "count", DEC09), stock("employees", "3118", "count", DEC08)},
    ),
    # A comment column after the change: its words are no figures, and a row's comment may
    # be split by wide spaces; "(EUR m)" is millions of euros.
    "comment_column_and_spaced_short_million": (
        OPENING + "HIGHLIGHTS          2009     2008   Change   Comment\n"
        "------------------  -------  -------  ------  -----------------------------\n"
        "Revenue (EUR m)      512.7    468.0   +9.6%   two months of Ostrava   included\n"
        "Net profit (EUR m)    61.9     40.2  +54.0%\n"
        "Employees            3,204    3,118   +2.8%   incl. 96 trainees\n",
        {
            flow("revenue", "512700000", "EUR", "2009"),
            flow("revenue", "468000000", "EUR", "2008"),
            flow("net_income", "61900000", "EUR", "2009"),
            flow("net_income", "40200000", "EUR", "2008"),
            stock("employees", "3204", "count", DEC09),
            stock("employees", "3118", "count", DEC08),
        },
    ),
    # A label's unit on its own line, set in under it: one row; the table goes on after it.
    "label_unit_wrapped_onto_the_next_line": (
        OPENING + "                          2009       2008\n"
        "Capital expenditure\n"
        "  (EUR m)                 61.2       70.4\n"
        "Subscribers at year-end\n"
        "  ('000)                 2,815      2,410\n"
        "Employees                3,204      3,118\n",
        {
            flow("investment", "61200000", "EUR", "2009"),
            flow("investment", "70400000", "EUR", "2008"),
            stock("customers", "2815000", "count", DEC09),
            stock("customers", "2410000", "count", DEC08),
            stock("employees", "3204", "count", DEC09),
            stock("employees", "3118", "count", DEC08),
        },
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_key_figure_table_gives_the_records_an_analyst_types_in(case: str) -> None:
    text, expected = CASES[case]
    metrics = extract_body(text, REGISTRANT).metrics
    got = {(m.operator, m.name, m.value, m.unit, m.as_of, m.period, m.segment) for m in metrics}
    assert got == expected


def test_a_bracket_after_prose_is_no_wrapped_label() -> None:
    # A line of prose after the table is no label's first line, even over a bracket.
    text = (
        OPENING + "                          2009       2008\n"
        "Employees                3,204      3,118\n"
        "Customers of the group were served by new shops in every one of its markets.\n"
        "  (see page 4)             12         14\n"
    )
    metrics = extract_body(text, REGISTRANT).metrics
    assert {(m.name, m.value) for m in metrics} == {
        ("employees", Decimal("3204")),
        ("employees", Decimal("3118")),
    }


def test_an_operator_line_with_its_country_in_brackets_heads_the_rows_below() -> None:
    # A table turned to text from HTML: blank lines between rows, each operator's line
    # naming its country after it.
    text = (
        "Veltra Communications S.A. today announced its results for the third quarter of 2008. "
        'Its subsidiaries, Ostravia Mobil S.A. ("Ostravia") and Kalnet Telecom Ltd. '
        '("Kalnet"), grew strongly.\n\n'
        "Operating data by operator\n\n"
        "3Q08   3Q07   Change\n\n"
        "Ostravia Mobil (Czech Republic)\n\n"
        "Subscribers at period end ('000)   2,184   1,452   50.4%\n\n"
        "Kalnet Telecom (Slovakia)\n\n"
        "Subscribers at period end ('000)   812   596   36.2%\n\n"
        "Net additions ('000)   61   48   27.1%\n"
    )
    sep08, sep07 = date(2008, 9, 30), date(2007, 9, 30)
    metrics = extract_body(text, REGISTRANT).metrics
    got = {(m.operator, m.name, m.value, m.unit, m.as_of, m.period, m.segment) for m in metrics}
    assert got == {
        stock("customers", "2184000", "count", sep08, op="ostravia-mobil"),
        stock("customers", "1452000", "count", sep07, op="ostravia-mobil"),
        stock("customers", "812000", "count", sep08, op="kalnet-telecom"),
        stock("customers", "596000", "count", sep07, op="kalnet-telecom"),
        flow("net_additions", "61000", "count", "Q3 2008", op="kalnet-telecom"),
        flow("net_additions", "48000", "count", "Q3 2007", op="kalnet-telecom"),
    }
