"""Key-figure tables in the layouts press releases use: rows per subsidiary under date columns,
headers written on several lines, the unit in a line of its own or in a label, quarters as
columns beside change columns, footnote marks, dashes for no value, continental numbers, and
tables turned to text from HTML. Each case is the records an analyst would type in; change
columns, footnotes and rows outside the vocabulary (EBITDA, ARPU, churn) give none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.ingest.envelope import html_to_text
from tests.unit.invented import extract_body

REGISTRANT = "Veltra Communications S.A."
VELTRA = "veltra-communications"
OPENING = (
    "Veltra Communications S.A. today announced its results for the first quarter of 2006.\n\n"
)

Record = tuple[str, str, Decimal, str, date | None, str | None, str | None]


def stock(
    name: str, value: str, unit: str, day: date, segment: str | None = None, op: str = VELTRA
) -> Record:
    return op, name, Decimal(value), unit, day, None, segment


def flow(
    name: str, value: str, unit: str, period: str, segment: str | None = None, op: str = VELTRA
) -> Record:
    return op, name, Decimal(value), unit, None, period, segment


MAR06, DEC05, SEP05, JUN05, MAR05 = (
    date(2006, 3, 31), date(2005, 12, 31), date(2005, 9, 30), date(2005, 6, 30), date(2005, 3, 31)
)  # fmt: skip
DEC04 = date(2004, 12, 31)

CASES: dict[str, tuple[str, set[Record]]] = {
    # One row per subsidiary, one column per day, the scale in the title.
    "subsidiary_rows_under_days": (
        "Veltra Communications S.A. today announced its results for the fourth quarter of 2005. "
        'Its mobile subsidiaries, Ostravia Mobil S.A. ("Ostravia") and Kalnet Telecom Ltd. '
        '("Kalnet"), grew strongly.\n\n'
        "Subscribers by subsidiary (in thousands)\n\n"
        "                       Dec 31, 2005   Sep 30, 2005   Dec 31, 2004\n"
        "Ostravia                     1,842          1,790          1,601\n"
        "Kalnet                         655            640            598\n",
        {
            stock("customers", "1842000", "count", DEC05, op="ostravia-mobil"),
            stock("customers", "1790000", "count", SEP05, op="ostravia-mobil"),
            stock("customers", "1601000", "count", DEC04, op="ostravia-mobil"),
            stock("customers", "655000", "count", DEC05, op="kalnet-telecom"),
            stock("customers", "640000", "count", SEP05, op="kalnet-telecom"),
            stock("customers", "598000", "count", DEC04, op="kalnet-telecom"),
        },
    ),
    # Spans, then days, then years, then the scale: a header on four lines.
    "spans_over_days_over_years": (
        OPENING + "                                Three months ended          Year ended\n"
        "                                     March 31,              December 31,\n"
        "                                 2006          2005             2005\n"
        "                               --------      --------        --------\n"
        "(in thousands)\n"
        "Customers                         3,412         2,980           3,301\n"
        "Net additions                       111            95             416\n",
        {
            stock("customers", "3412000", "count", MAR06),
            stock("customers", "2980000", "count", MAR05),
            stock("customers", "3301000", "count", DEC05),
            flow("net_additions", "111000", "count", "Q1 2006"),
            flow("net_additions", "95000", "count", "Q1 2005"),
            flow("net_additions", "416000", "count", "2005"),
        },
    ),
    # "As at" over days over years, the scale above the header.
    "as_at_over_days_over_years": (
        OPENING + "KEY OPERATING DATA\n"
        "(000s)\n"
        "                          As at          As at          As at\n"
        "                       31 March    31 December       31 March\n"
        "                           2006           2005           2005\n"
        "Customers                   812            805            790\n"
        "Employees (number)        2,410          2,388          2,301\n",
        {
            stock("customers", "812000", "count", MAR06),
            stock("customers", "805000", "count", DEC05),
            stock("customers", "790000", "count", MAR05),
            stock("employees", "2410", "count", MAR06),
            stock("employees", "2388", "count", DEC05),
            stock("employees", "2301", "count", MAR05),
        },
    ),
    # Five quarters written "Q1 05", a "YoY %" column; churn and ARPU are no vocabulary.
    "quarters_with_a_yoy_column": (
        OPENING + "                     Q1 05    Q2 05    Q3 05    Q4 05    Q1 06    YoY %\n"
        "Subscribers ('000)   1,204    1,251    1,302    1,344    1,398     16.1\n"
        "Churn (%)              2.1      2.0      1.9      2.2      2.0\n"
        "ARPU (EUR)            21.4     22.0     22.3     21.9     21.1     -1.4\n",
        {
            stock("customers", "1204000", "count", MAR05),
            stock("customers", "1251000", "count", JUN05),
            stock("customers", "1302000", "count", SEP05),
            stock("customers", "1344000", "count", DEC05),
            stock("customers", "1398000", "count", MAR06),
        },
    ),
    # "q-o-q" between the quarters, "y-o-y" after them.
    "quarter_and_year_change_columns": (
        OPENING + "(in thousands)          1Q06      4Q05     q-o-q      1Q05     y-o-y\n"
        "Subscribers            5,610     5,480      2.4%     4,950     13.3%\n"
        "Net additions            130       122      6.6%       101     28.7%\n",
        {
            stock("customers", "5610000", "count", MAR06),
            stock("customers", "5480000", "count", DEC05),
            stock("customers", "4950000", "count", MAR05),
            flow("net_additions", "130000", "count", "Q1 2006"),
            flow("net_additions", "122000", "count", "Q4 2005"),
            flow("net_additions", "101000", "count", "Q1 2005"),
        },
    ),
    # "1Q 2006" headers under a caption "R$ million"; EBITDA is no vocabulary.
    "caption_currency_without_brackets": (
        OPENING + "R$ million              1Q 2006      1Q 2005     Var. %\n"
        "Net revenue             1,412.5      1,288.0       9.7\n"
        "EBITDA                    512.3        470.1       9.0\n"
        "Net income (loss)         (42.7)        18.3       n.m.\n"
        "Capex                     210.4        188.9      11.4\n",
        {
            flow("revenue", "1412500000", "BRL", "Q1 2006"),
            flow("revenue", "1288000000", "BRL", "Q1 2005"),
            flow("net_income", "-42700000", "BRL", "Q1 2006"),
            flow("net_income", "18300000", "BRL", "Q1 2005"),
            flow("investment", "210400000", "BRL", "Q1 2006"),
            flow("investment", "188900000", "BRL", "Q1 2005"),
        },
    ),
    # The currency and scale on a line of their own above the header.
    "unit_line_above_the_header": (
        OPENING + "R$ million\n"
        "                        1Q06         4Q05         1Q05\n"
        "Net revenue          1,412.5      1,398.2      1,288.0\n",
        {
            flow("revenue", "1412500000", "BRL", "Q1 2006"),
            flow("revenue", "1398200000", "BRL", "Q4 2005"),
            flow("revenue", "1288000000", "BRL", "Q1 2005"),
        },
    ),
    # Footnote marks on the labels; the footnotes under the table give nothing.
    "footnote_marks_and_footnotes": (
        OPENING + "                                   Dec. 31, 2005    Dec. 31, 2004\n"
        "Customers (1)                          2,318,400        2,011,900\n"
        "Employees*                                 3,905            3,870\n"
        "Market share (%) (2)                        38.2             36.9\n"
        "\n"
        "(1) Excluding customers inactive for more than 90 days.\n"
        "(2) Company estimate.\n"
        "* Full-time equivalents.\n",
        {
            stock("customers", "2318400", "count", DEC05),
            stock("customers", "2011900", "count", DEC04),
            stock("employees", "3905", "count", DEC05),
            stock("employees", "3870", "count", DEC04),
            stock("market_share", "38.2", "percent", DEC05),
            stock("market_share", "36.9", "percent", DEC04),
        },
    ),
    # A footnote mark run into the label: "Customers(1)".
    "footnote_mark_run_into_the_label": (
        OPENING + "                          March 31, 2006    March 31, 2005\n"
        "Customers(1)                    1,118,300           998,200\n"
        "Employees(2)                        1,911             1,874\n",
        {
            stock("customers", "1118300", "count", MAR06),
            stock("customers", "998200", "count", MAR05),
            stock("employees", "1911", "count", MAR06),
            stock("employees", "1874", "count", MAR05),
        },
    ),
    # A dash, "n.a." or "--" where a column has no figure.
    "dashes_for_no_value": (
        OPENING + "(thousands)                Q1 2006   Q4 2005   Q1 2005\n"
        "Prepaid customers            2,104     2,050     1,880\n"
        "Postpaid customers             611       598       570\n"
        "Net additions                   67      n.a.        44\n"
        "Employees (number)           1,540         -     1,498\n"
        "Market share (%)              31.5        --      29.8\n",
        {
            stock("customers", "2104000", "count", MAR06, "prepaid"),
            stock("customers", "2050000", "count", DEC05, "prepaid"),
            stock("customers", "1880000", "count", MAR05, "prepaid"),
            stock("customers", "611000", "count", MAR06, "contract"),
            stock("customers", "598000", "count", DEC05, "contract"),
            stock("customers", "570000", "count", MAR05, "contract"),
            flow("net_additions", "67000", "count", "Q1 2006"),
            flow("net_additions", "44000", "count", "Q1 2005"),
            stock("employees", "1540", "count", MAR06),
            stock("employees", "1498", "count", MAR05),
            stock("market_share", "31.5", "percent", MAR06),
            stock("market_share", "29.8", "percent", MAR05),
        },
    ),
    # Continental numbers under days written with dots.
    "continental_numbers_under_dotted_days": (
        OPENING + "                              31.03.2006     31.12.2005     31.03.2005\n"
        "Customers                      1.234.567      1.198.020      1.087.443\n"
        "Market share (%)                    34,2           33,9           32,5\n"
        "Employees                          2.114          2.087          2.010\n",
        {
            stock("customers", "1234567", "count", MAR06),
            stock("customers", "1198020", "count", DEC05),
            stock("customers", "1087443", "count", MAR05),
            stock("market_share", "34.2", "percent", MAR06),
            stock("market_share", "33.9", "percent", DEC05),
            stock("market_share", "32.5", "percent", MAR05),
            stock("employees", "2114", "count", MAR06),
            stock("employees", "2087", "count", DEC05),
            stock("employees", "2010", "count", MAR05),
        },
    ),
    # Money with decimal commas; revenue per user is no revenue, EBITDA no vocabulary.
    "continental_money_and_a_revenue_per_user_row": (
        OPENING + "(EUR million)                   Q1 2006       Q1 2005      Change\n"
        "Revenues                          312,4         298,7        4,6%\n"
        "Revenue per user (EUR)            23,10         22,85        1,1%\n"
        "EBITDA                            121,0         110,3        9,7%\n"
        "Capital expenditure                45,2          51,0      -11,4%\n",
        {
            flow("revenue", "312400000", "EUR", "Q1 2006"),
            flow("revenue", "298700000", "EUR", "Q1 2005"),
            flow("investment", "45200000", "EUR", "Q1 2006"),
            flow("investment", "51000000", "EUR", "Q1 2005"),
        },
    ),
    # Month-year headers ("Mar-06") under a caption naming the count and its scale.
    "month_year_headers_under_a_counted_caption": (
        OPENING + "Subscribers (000s)        Mar-06     Dec-05     Mar-05\n"
        "Mobile                     4,512      4,430      4,011\n"
        "Fixed                      1,203      1,210      1,224\n",
        {
            stock("customers", "4512000", "count", MAR06, "mobile"),
            stock("customers", "4430000", "count", DEC05, "mobile"),
            stock("customers", "4011000", "count", MAR05, "mobile"),
            stock("customers", "1203000", "count", MAR06, "fixed_line"),
            stock("customers", "1210000", "count", DEC05, "fixed_line"),
            stock("customers", "1224000", "count", MAR05, "fixed_line"),
        },
    ),
    # A table of subsidiaries whose columns name the metric and its unit.
    "subsidiary_rows_with_units_in_column_labels": (
        "Veltra Communications S.A. today announced its results for the first quarter of 2006. "
        'Its subsidiaries are Ostravia Mobil S.A. ("Ostravia") and Kalnet Telecom Ltd. '
        '("Kalnet").\n\n'
        "At March 31, 2006 the subsidiaries stood as follows:\n\n"
        "Subsidiary    Country           Customers ('000)    Market share (%)\n"
        "Ostravia      Czech Republic               1,842                22.4\n"
        "Kalnet        Slovakia                       655                 9.8\n",
        {
            stock("customers", "1842000", "count", MAR06, op="ostravia-mobil"),
            stock("customers", "655000", "count", MAR06, op="kalnet-telecom"),
            stock("market_share", "22.4", "percent", MAR06, op="ostravia-mobil"),
            stock("market_share", "9.8", "percent", MAR06, op="kalnet-telecom"),
        },
    ),
    # A header cell with a footnote mark: the year-ago column is restated.
    "year_ago_column_with_a_footnote_mark": (
        OPENING + "(in thousands)             1Q06       1Q05(1)    % chg\n"
        "Customers                 2,940        2,610     12.6\n"
        "Net additions                92           71     29.6\n"
        "\n"
        "(1) Restated for the sale of the paging business.\n",
        {
            stock("customers", "2940000", "count", MAR06),
            stock("customers", "2610000", "count", MAR05),
            flow("net_additions", "92000", "count", "Q1 2006"),
            flow("net_additions", "71000", "count", "Q1 2005"),
        },
    ),
    # "(in thousands, except employees)": the employees are counted one by one.
    "a_scale_with_an_exception": (
        OPENING + "(in thousands, except employees)      Q1 2006      Q1 2005\n"
        "Customers                                 3,120        2,874\n"
        "Employees                                 4,415        4,380\n",
        {
            stock("customers", "3120000", "count", MAR06),
            stock("customers", "2874000", "count", MAR05),
            stock("employees", "4415", "count", MAR06),
            stock("employees", "4380", "count", MAR05),
        },
    ),
}

HTML_TABLE = (
    "<p>" + OPENING.strip() + "</p><table>"
    "<tr><td>(US$ millions)</td><td colspan=2>Q1 2006</td><td colspan=2>Q1 2005</td>"
    "<td>% change</td></tr>"
    "<tr><td>Revenues</td><td>$</td><td>812.4</td><td>$</td><td>770.1</td>"
    "<td>5.5%</td></tr>"
    "<tr><td>Net income<sup>(1)</sup></td><td>$</td><td>(12.0)</td><td>$</td><td>8.3</td>"
    "<td>n.m.</td></tr>"
    "<tr><td>Subscribers (000)</td><td></td><td>1,120</td><td></td><td>1,001</td>"
    "<td>11.9%</td></tr>"
    "</table><p>(1) Attributable to shareholders.</p>"
)
CASES["html_table_with_dollar_cells"] = (
    html_to_text(HTML_TABLE),
    {
        flow("revenue", "812400000", "USD", "Q1 2006"),
        flow("revenue", "770100000", "USD", "Q1 2005"),
        flow("net_income", "-12000000", "USD", "Q1 2006"),
        flow("net_income", "8300000", "USD", "Q1 2005"),
        stock("customers", "1120000", "count", MAR06),
        stock("customers", "1001000", "count", MAR05),
    },
)


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_kpi_table_layout_gives_the_records_an_analyst_types_in(case: str) -> None:
    text, expected = CASES[case]
    metrics = extract_body(text, REGISTRANT).metrics
    got = {(m.operator, m.name, m.value, m.unit, m.as_of, m.period, m.segment) for m in metrics}
    assert got == expected
