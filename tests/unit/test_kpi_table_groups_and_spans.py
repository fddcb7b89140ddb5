"""Key-figure tables written in more layouts: a scale caption with words after it ("('000
unless stated)", "(in thousands, at end of quarter, unless stated)"), a count row that heads a
group of business rows and their total, parts of a total row that name its business too,
spans named without their day ("Third quarter   Nine months"), and units glued to the
currency in a row label ("Sales (EURm)"). Each case is the records an analyst would type in."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import extract_body
from tests.unit.test_kpi_table_layouts import REGISTRANT, Record, flow, stock

MAR05, JUN05, SEP05, DEC05, DEC04 = (
    date(2005, 3, 31), date(2005, 6, 30), date(2005, 9, 30), date(2005, 12, 31),
    date(2004, 12, 31),
)  # fmt: skip

CASES: dict[str, tuple[str, set[Record]]] = {
    # A caption of thousands with words after it, quarters as columns beside a year-earlier
    # quarter and a change column, a count row heading its business rows and their total.
    "count_group_over_business_rows_and_total": (
        "Veltra Communications S.A. today reported its results for 2005.\n\n"
        "OPERATING DATA\n\n"
        "('000 unless stated)          Q1 05    Q2 05    Q3 05    Q4 05    Q4 04    YoY\n"
        "-----------------------------------------------------------------------------\n"
        "Customers, end of period\n"
        "   Postpaid                     410      415      421      430      402    +7.0%\n"
        "   Prepaid (Veltra Easy)        120      131      150      171      111   +54.1%\n"
        "   Total                        530      546      571      601      513   +17.2%\n"
        "Net additions in the quarter     17       16       25       30       22   +36.4%\n"
        "Churn (% per month)             1.2      1.1      1.3      1.4      1.2        -\n",
        {
            *(
                stock("customers", v, "count", d, "contract")
                for v, d in (
                    ("410000", MAR05),
                    ("415000", JUN05),
                    ("421000", SEP05),
                    ("430000", DEC05),
                    ("402000", DEC04),
                )
            ),
            *(
                stock("customers", v, "count", d, "prepaid")
                for v, d in (
                    ("120000", MAR05),
                    ("131000", JUN05),
                    ("150000", SEP05),
                    ("171000", DEC05),
                    ("111000", DEC04),
                )
            ),
            *(
                stock("customers", v, "count", d)
                for v, d in (
                    ("530000", MAR05),
                    ("546000", JUN05),
                    ("571000", SEP05),
                    ("601000", DEC05),
                    ("513000", DEC04),
                )
            ),
            *(
                flow("net_additions", v, "count", p)
                for v, p in (
                    ("17000", "Q1 2005"),
                    ("16000", "Q2 2005"),
                    ("25000", "Q3 2005"),
                    ("30000", "Q4 2005"),
                    ("22000", "Q4 2004"),
                )
            ),
        },
    ),
    # A caption that names the table before its scale, with more words after the scale; a
    # business row ("DSL subscribers") beside the total of that business is a part of it.
    "caption_words_around_the_scale_and_a_part_of_the_total": (
        "Veltra Communications S.A. today reported its results for the fourth quarter of "
        "2005.\n\n"
        "Key operating data (in thousands, at end of quarter, unless stated)   4Q05   3Q05   "
        "4Q04   q-o-q   y-o-y\n\n"
        "Fibre subscribers   41.2   38.0   30.5   8.4%   35.1%\n\n"
        "DSL subscribers   70.3   66.1   52.4   6.4%   34.2%\n\n"
        "Total broadband subscribers   111.5   104.1   82.9   7.1%   34.5%\n\n"
        "Homes passed   1,204   1,180   1,090   2.0%   10.5%\n",
        {
            stock("customers", "111500", "count", DEC05, "internet"),
            stock("customers", "104100", "count", SEP05, "internet"),
            stock("customers", "82900", "count", DEC04, "internet"),
        },
    ),
    # Spans named without their day over the years: the quarter's ordinal says which quarter,
    # and the months beside it run from the year's start to that quarter's end.
    "ordinal_quarter_and_months_to_date_over_years": (
        "Veltra Communications S.A. today reported its results for the third quarter and the "
        "nine months ended September 30, 2005.\n\n"
        "              (in millions of Australian dollars, except per share data)\n"
        "                              Third quarter            Nine months\n"
        "                             2005        2004        2005        2004\n"
        "                           --------    --------    --------    --------\n"
        "Revenues                      812.4       770.1     2,390.5     2,210.3\n"
        "Net income                     40.2        35.1       118.0       101.6\n"
        "  per share (basic)            0.21        0.18        0.61        0.52\n"
        "Capital expenditures           95.0        88.7       270.2       251.9\n",
        {
            flow("revenue", "812400000", "AUD", "Q3 2005"),
            flow("revenue", "770100000", "AUD", "Q3 2004"),
            flow("revenue", "2390500000", "AUD", "Q1-Q3 2005"),
            flow("revenue", "2210300000", "AUD", "Q1-Q3 2004"),
            flow("net_income", "40200000", "AUD", "Q3 2005"),
            flow("net_income", "35100000", "AUD", "Q3 2004"),
            flow("net_income", "118000000", "AUD", "Q1-Q3 2005"),
            flow("net_income", "101600000", "AUD", "Q1-Q3 2004"),
            flow("investment", "95000000", "AUD", "Q3 2005"),
            flow("investment", "88700000", "AUD", "Q3 2004"),
            flow("investment", "270200000", "AUD", "Q1-Q3 2005"),
            flow("investment", "251900000", "AUD", "Q1-Q3 2004"),
        },
    ),
    # Fiscal halves as columns ("H1 05/06"), defined in the text ('the six months to 31
    # October 2005 ("H1 05/06")'), the year before by its label; units glued to the currency
    # in the row labels; "Profit after tax" is the net income.
    "defined_fiscal_halves_and_glued_units": (
        "Veltra Communications S.A. today announces its interim results for the six months "
        'to 31 October 2005 ("H1 05/06").\n\n'
        "KEY FIGURES                          H1 05/06     H1 04/05     Change\n"
        "                                    ---------    ---------    -------\n"
        "Sales (EURm)                            612.8        540.1       +13%\n"
        "EBITDA (EURm)                           140.2        121.7       +15%\n"
        "Profit after tax (EURm)                  44.9         38.0       +18%\n"
        "Capital expenditure (EURm)               98.3         85.4       +15%\n"
        "Employees at 31 October                 2,104        1,987        +6%\n",
        {
            flow("revenue", "612800000", "EUR", "six months ended 31 October 2005"),
            flow("revenue", "540100000", "EUR", "six months ended 31 October 2004"),
            flow("net_income", "44900000", "EUR", "six months ended 31 October 2005"),
            flow("net_income", "38000000", "EUR", "six months ended 31 October 2004"),
            flow("investment", "98300000", "EUR", "six months ended 31 October 2005"),
            flow("investment", "85400000", "EUR", "six months ended 31 October 2004"),
            stock("employees", "2104", "count", date(2005, 10, 31)),
            stock("employees", "1987", "count", date(2004, 10, 31)),
        },
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_kpi_table_layout_gives_the_records_an_analyst_types_in(case: str) -> None:
    text, expected = CASES[case]
    metrics = extract_body(text, REGISTRANT).metrics
    got = {(m.operator, m.name, m.value, m.unit, m.as_of, m.period, m.segment) for m in metrics}
    assert got == expected
