"""Metrics from release text: vocabulary, subject, date, qualifier and exact spans."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.ingest.catalog import default_catalog
from app.ingest.metrics import canonical_period, extract_metrics
from app.ingest.records import Metric, Operator, ParsedRelease, Section, SectionKind, Span

SEEDS = Path(__file__).resolve().parents[2] / "data" / "filings"
ABOUT_HEADINGS: tuple[str, ...] = ("mmO2", "Amena", "One", "Pannon GSM", "sunrise")
ABOUT_HEADINGS += ("About O2 UK", "Telenor Mobil", "Wind", "Eurotel", "ONE")
RELEASED = {
    "000": date(2003, 10, 1),
    "001": date(2004, 11, 11),
    "002": date(2003, 3, 28),
    "003": date(2003, 11, 17),
}
_MARK = re.compile(
    r"(?m)^[ \t]*(-\s?ends\s?-|Notes? to [Ee]ditors|"
    + "|".join(re.escape(h) for h in ABOUT_HEADINGS)
    + r")[ \t]*$"
)


def seed(prefix: str) -> tuple[str, ParsedRelease]:
    """A seed filing and its sections, found by heading lines (a stand-in for the parser)."""
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    start, stop = text.index("press release"), text.index("SIGNATURE")
    marks = [m for m in _MARK.finditer(text) if start < m.start() < stop]
    sections = [Section("body", None, start, marks[0].start())]
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else stop
        label = mark.group(1).strip()
        if "ends" not in label:
            kind: SectionKind = "notes" if label.lower().startswith("note") else "about"
            sections.append(Section(kind, label if kind == "about" else None, mark.start(), end))
    body = Span.of(text, start, marks[0].start())
    release = ParsedRelease(None, None, RELEASED[prefix], body, None, tuple(sections), (), ())
    return text, release


def release_of(text: str, released_on: date | None = date(2005, 6, 1)) -> ParsedRelease:
    """A one-section release over synthetic text; an about section when it opens with a heading."""
    heading, _, rest = text.partition("\n")
    if rest and len(heading.split()) <= 3 and not heading.endswith("."):
        section = Section("about", heading, 0, len(text))
    else:
        section = Section("body", None, 0, len(text))
    return ParsedRelease(
        None, None, released_on, Span.of(text, 0, len(text)), None, (section,), (), ()
    )


REGISTRANT = Operator(slug="mmo2", name="mmO2", kind="group", country="GB")


def metrics_of(prefix: str) -> tuple[str, tuple[Metric, ...]]:
    text, release = seed(prefix)
    return text, extract_metrics(text, release, registrant=REGISTRANT, catalog=default_catalog())


def find(metrics: tuple[Metric, ...], operator: str, name: str, value: str) -> Metric:
    hits = [m for m in metrics if (m.operator, m.name, m.value) == (operator, name, Decimal(value))]
    assert len(hits) == 1, f"{operator} {name} {value}: {hits}"
    return hits[0]


def row(m: Metric) -> tuple[object, ...]:
    return (m.unit, m.qualifier, m.as_of, m.period, m.segment)


# (seed, operator, name, value, unit, qualifier, as_of, period, segment)
EXPECTED = [
    ("000", "mmo2", "customers", "18700000", "count", "exact", None, None, None),
    ("000", "mmo2", "employees", "11750", "count", "approximately", None, None, None),
    ("000", "mmo2", "revenue", "4874000000", "GBP", "exact", None,
     "year ended 31 March 2003", None),
    ("000", "mmo2", "data_revenue_share", "18.2", "percent", "exact", None,
     "year ended 30 June 2003", None),
    ("000", "amena", "customers", "7500000", "count", "more_than", None, None, None),
    ("000", "amena", "market_share", "21", "percent", "exact", None, None, None),
    ("000", "amena", "net_additions", "770000", "count", "exact", None, "H1 2003", None),
    ("000", "amena", "revenue", "2193000000", "EUR", "exact", None, "2002", None),
    ("000", "one", "employees", "1400", "count", "approximately", date(2003, 6, 30), None, None),
    ("000", "one", "customers", "1600000", "count", "more_than", date(2003, 6, 30), None, None),
    ("000", "one", "customers", "1370000", "count", "exact", date(2003, 6, 30), None, "mobile"),
    ("000", "one", "customers", "145000", "count", "exact", date(2003, 6, 30), None, "fixed_line"),
    ("000", "one", "customers", "150000", "count", "exact", date(2003, 6, 30), None, "internet"),
    ("000", "one", "revenue", "619700000", "EUR", "exact", None, "2002", None),
    ("000", "one", "population_coverage", "98", "percent", "exact", None, None, None),
    ("000", "one", "investment", "1650000000", "EUR", "exact", None, None, None),
    ("000", "one", "investment", "99000000", "EUR", "exact", None, "2002", None),
    ("000", "pannon-gsm", "employees", "1558", "count", "exact", date(2003, 6, 30), None, None),
    ("000", "pannon-gsm", "customers", "2715000", "count", "exact", date(2003, 6, 30), None, None),
    ("000", "pannon-gsm", "territory_coverage", "99", "percent", "exact", None, None, None),
    ("000", "sunrise", "network_coverage", "98", "percent", "exact", None, None, None),
    ("000", "sunrise", "employees", "2500", "count", "approximately", None, None, None),
    ("000", "telenor-mobil", "customers", "2300000", "count", "exact", date(2003, 6, 30), None,
     None),
    ("000", "telenor-mobil", "market_share", "58", "percent", "exact", date(2003, 6, 30), None,
     None),
    ("000", "telenor-mobil", "roaming_partners", "200", "count", "exact", date(2003, 6, 30),
     None, None),
    ("000", "telenor-mobil", "employees", "1326", "count", "exact", date(2003, 6, 30), None, None),
    ("000", "wind", "base_stations", "6000", "count", "approximately", None, None, None),
    ("000", "wind", "customers", "30600000", "count", "exact", date(2003, 6, 30), None, None),
    ("000", "wind", "customers", "9200000", "count", "exact", date(2003, 6, 30), None, "mobile"),
    ("000", "wind", "customers", "7500000", "count", "exact", date(2003, 6, 30), None,
     "fixed_line"),
    ("000", "wind", "customers", "13900000", "count", "exact", date(2003, 6, 30), None,
     "internet"),
    ("001", "mmo2", "customers", "21000000", "count", "more_than", None, None, None),
    ("001", "amena", "customers", "8475000", "count", "exact", date(2004, 3, 31), None, None),
    ("001", "amena", "market_share", "22.2", "percent", "exact", date(2004, 3, 31), None, None),
    ("001", "amena", "net_additions", "312000", "count", "exact", None, "Q1 2004", None),
    ("001", "amena", "net_income", "183000000", "EUR", "exact", None, "2003", None),
    ("001", "eurotel", "customers", "4400000", "count", "nearly", date(2004, 9, 30), None, None),
    ("001", "eurotel", "population_coverage", "99", "percent", "exact", None, None, None),
    ("001", "one", "customers", "1800000", "count", "exact", None, None, None),
    ("001", "one", "population_coverage", "98", "percent", "exact", None, None, None),
    ("001", "one", "employees", "970", "count", "exact", None, None, None),
    ("001", "one", "revenue", "640000000", "EUR", "exact", None, "2003", None),
    ("001", "one", "investment", "1650000000", "EUR", "up_to", None, "2003", None),
    ("001", "pannon-gsm", "market_share", "36", "percent", "approximately", date(2003, 12, 31),
     None, None),
    ("001", "pannon-gsm", "roaming_partners", "280", "count", "exact", date(2004, 1, 31), None,
     None),
    ("001", "sunrise", "revenue", "1245000000", "EUR", "approximately", None, "2003", None),
    ("001", "sunrise", "customers", "2600000", "count", "more_than", None, None, None),
    ("001", "wind", "population_coverage", "98", "percent", "more_than", None, None, None),
    ("001", "wind", "customers", "28300000", "count", "exact", date(2004, 3, 31), None, None),
    ("001", "wind", "customers", "10200000", "count", "exact", date(2004, 3, 31), None, "mobile"),
    ("002", "o2-uk", "customers", "11500000", "count", "nearly", date(2002, 10, 31), None, None),
    ("002", "o2-uk", "data_revenue_share", "15.3", "percent", "exact", None, "last quarter",
     None),
    ("002", "o2-uk", "population_coverage", "99", "percent", "more_than", None, None, None),
    ("002", "o2-uk", "territory_coverage", "90", "percent", "approximately", None, None, None),
    ("002", "o2-uk", "base_stations", "9000", "count", "more_than", None, None, None),
    ("002", "o2-uk", "roaming_partners", "325", "count", "exact", None, None, None),
    ("003", "o2-uk", "customers", "12600000", "count", "exact", None, None, None),
    ("003", "mmo2", "customers", "19200000", "count", "exact", None, None, None),
    ("003", "mmo2", "employees", "12000", "count", "approximately", None, None, None),
    ("003", "mmo2", "revenue", "4874000000", "GBP", "exact", None,
     "year ended 31 March 2003", None),
    ("003", "mmo2", "data_revenue_share", "19.2", "percent", "exact", None,
     "Q3 2003", None),
]  # fmt: skip


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: f"{e[0]}-{e[1]}-{e[2]}-{e[3]}")
def test_seed_metrics(expected: tuple[object, ...]) -> None:
    prefix, operator, name, value, *rest = expected
    _, metrics = metrics_of(str(prefix))
    assert row(find(metrics, str(operator), str(name), str(value))) == tuple(rest)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_seed_metrics_are_exactly_the_expected_ones(prefix: str) -> None:
    text, metrics = metrics_of(prefix)
    expected = {(e[1], e[2], Decimal(str(e[3]))) for e in EXPECTED if e[0] == prefix}
    assert {(m.operator, m.name, m.value) for m in metrics} == expected
    assert len(metrics) == len(expected)
    for metric in metrics:
        assert text[metric.span.start : metric.span.end] == metric.span.text


def test_spans_are_the_figure_phrases() -> None:
    _, metrics = metrics_of("000")
    assert find(metrics, "amena", "customers", "7500000").span.text == (
        "more than 7.5 million customers"
    )
    assert find(metrics, "mmo2", "employees", "11750").span.text == "some 11,750 employees"
    assert find(metrics, "wind", "customers", "9200000").span.text == "9.2 million mobile\nusers"


def test_market_and_survey_figures_are_not_operator_metrics() -> None:
    for prefix in ("000", "001", "002", "003"):
        _, metrics = metrics_of(prefix)
        values = {(m.name, m.value) for m in metrics}
        for value in ("88", "42", "51.5", "74", "63", "32", "48", "78", "8", "40"):
            assert ("market_share", Decimal(value)) not in values
        assert all(m.value not in {Decimal(40_000_000), Decimal(53_000_000)} for m in metrics)


def run(text: str, released_on: date | None = date(2005, 6, 1)) -> tuple[Metric, ...]:
    release = release_of(text, released_on)
    metrics = extract_metrics(text, release, registrant=REGISTRANT, catalog=default_catalog())
    for metric in metrics:
        assert text[metric.span.start : metric.span.end] == metric.span.text
    return metrics


def test_another_issuer_with_continental_numbers() -> None:
    text = (
        "Vodafone Spain\n"
        "At the end of September, Vodafone Spain had 9.845.000 customers and a market share "
        "of 24,5%. In the third quarter of this year the company added 215.300 new customers. "
        "Revenues for the year ended 31 March 2005 amounted to 4.612 million euros. "
        "The company employs approximately 4.200 people employed in Spain."
    )
    metrics = run(text)
    got = {(m.name, m.value, m.qualifier, m.as_of, m.period, m.unit) for m in metrics}
    assert got == {
        ("customers", Decimal(9_845_000), "exact", date(2004, 9, 30), None, "count"),
        ("market_share", Decimal("24.5"), "exact", date(2004, 9, 30), None, "percent"),
        ("net_additions", Decimal(215_300), "exact", None, "Q3 2005", "count"),
        ("revenue", Decimal(4_612_000_000), "exact", None, "year ended 31 March 2005", "EUR"),
        ("employees", Decimal(4200), "approximately", None, None, "count"),
    }
    assert {m.operator for m in metrics} == {"vodafone-es"}


def test_body_subject_is_registrant_unless_named() -> None:
    text = (
        "The group now has 25 million customers. Vodafone UK's customer base of "
        "15.1 million grew. Orange has over 5,000 base stations in the mobile market."
    )
    metrics = run(text)
    assert [(m.operator, m.name, m.value) for m in metrics] == [
        ("mmo2", "customers", Decimal(25_000_000)),
        ("vodafone-uk", "customers", Decimal(15_100_000)),
        ("orange", "base_stations", Decimal(5000)),
    ]


def test_unknown_about_heading_is_the_subject() -> None:
    text = "Nordlink\nNordlink has 1.2 million subscribers and covers 97% of the population."
    metrics = run(text)
    assert {(m.operator, m.name) for m in metrics} == {
        ("nordlink", "customers"),
        ("nordlink", "population_coverage"),
    }


def test_a_country_heading_is_where_not_who() -> None:
    text = "Greece\nThe customer base reached 1.2 million and covers 97% of the population."
    metrics = run(text)
    assert {m.operator for m in metrics} == {REGISTRANT.slug}


def test_notice_without_figures_has_no_metrics() -> None:
    text = (
        "mmO2 plc announces that on 12 May 2004 it purchased shares for cancellation. "
        "The board meets on 3 June. Contact the press office on 01753 628402."
    )
    assert run(text) == ()


def test_implied_year_is_the_latest_before_the_release() -> None:
    text = "Wind\nAs of December 31, Wind boasted 12 million customers."
    assert run(text, date(2005, 2, 1))[0].as_of == date(2004, 12, 31)
    text = "Wind\nAt June 30 Wind had 8,000 employees."
    assert run(text, date(2005, 8, 1))[0].as_of == date(2005, 6, 30)


def test_a_release_about_one_operator_speaks_of_it() -> None:
    text = (
        "At the end of September, Kyivstar served 6.4 million customers. In the third quarter "
        "the company added 412.000 net new customers, of which 298.000 contract customers.\n\n"
        "Revenues in the third quarter were USD 263 million. The company employs approx. "
        "3.200 people."
    )
    release = release_of(text)
    titled = ParsedRelease(
        None, "KYIVSTAR PASSES SIX MILLION", release.released_on, release.body, None,
        release.sections, (), (),
    )  # fmt: skip
    metrics = extract_metrics(text, titled, registrant=REGISTRANT, catalog=default_catalog())
    got = {(m.operator, m.name, m.value, m.qualifier, m.segment) for m in metrics}
    assert got == {
        ("kyivstar", "customers", Decimal(6_400_000), "exact", None),
        ("kyivstar", "net_additions", Decimal(412_000), "exact", None),
        ("kyivstar", "net_additions", Decimal(298_000), "exact", "contract"),
        ("kyivstar", "revenue", Decimal(263_000_000), "exact", None),
        ("kyivstar", "employees", Decimal(3200), "approximately", None),
    }


def test_continental_release_reads_dot_thousands_before_a_scale() -> None:
    text = "Customers reached 19,1 million. The company has invested EUR 1.004 million."
    values = {(m.name, m.value) for m in run(text)}
    assert ("investment", Decimal(1_004_000_000)) in values
    # A release that also writes decimal points keeps "2.715 million" English.
    text = "It has 2.715 million subscribers and 13,9 million users; 18.2% of revenues."
    assert ("customers", Decimal(2_715_000)) in {(m.name, m.value) for m in run(text)}


def test_elliptical_counts_take_the_name_before_them() -> None:
    text = (
        "Vodafone Germany finished the quarter with 26.2 million customers, and Vodafone "
        "Italy with 24.8 million."
    )
    got = {(m.operator, m.name, m.value) for m in run(text)}
    assert got == {
        ("vodafone-de", "customers", Decimal(26_200_000)),
        ("vodafone-it", "customers", Decimal(24_800_000)),
    }


@pytest.mark.parametrize(
    ("sentence", "name", "value", "unit"),
    [
        ("Turnover rose by 4,1 % to EUR 1.474,1 million.", "revenue", "1474100000", "EUR"),
        ("Revenues grew by 12.5% to EUR 310 million.", "revenue", "310000000", "EUR"),
        ("Net profit for the year came to EUR 240,7 million.", "net_income", "240700000", "EUR"),
        ("Capital expenditure amounted to EUR 176,6 million.", "investment", "176600000", "EUR"),
        ("Capital expenditures in the quarter amounted to US$42.5 million.", "investment",
         "42500000", "USD"),
        ("The estimated share of the Danish mobile market reached 34,1 %.", "market_share",
         "34.1", "percent"),
        ("Its market share in Norway was approximately 36%.", "market_share", "36", "percent"),
        ("At year end the group employed 11,370 people.", "employees", "11370", "count"),
        ("The group employs some 31 000 people.", "employees", "31000", "count"),
        ("The number of employees stood at 1.672.", "employees", "1672", "count"),
        ("The number of fixed access lines was 2.9 million.", "customers", "2900000", "count"),
        ("Its network covers 98,5 % of the population.", "population_coverage", "98.5",
         "percent"),
        ("Revenues for the first half were GBP 2 012 millions.", "revenue", "2012000000", "GBP"),
    ],
)  # fmt: skip
def test_common_wordings(sentence: str, name: str, value: str, unit: str) -> None:
    got = [(m.name, m.value, m.unit) for m in run(sentence)]
    assert got == [(name, Decimal(value), unit)]


def test_a_change_rate_is_no_metric_and_owns_no_words() -> None:
    metrics = run("Turnover rose by 4,1 % to EUR 1.474,1 million.")
    assert [m.span.text for m in metrics] == ["Turnover rose by 4,1 % to EUR 1.474,1 million"]


def test_fixed_access_lines_take_their_segment() -> None:
    (metric,) = run("The number of fixed access lines was 2.9 million at the end of 2004.")
    assert (metric.segment, metric.as_of) == ("fixed_line", date(2004, 12, 31))


def test_market_wide_counts_and_date_years_are_not_metrics() -> None:
    text = (
        "The Danish mobile market counted 42,9 millions customers at 30 June. The French "
        "market's 55 million customers grew. From 1 April 2005 customers will pay less."
    )
    assert run(text) == ()


def test_passed_and_ended_the_year() -> None:
    text = "Its customer base passed 5 million at the end of 2004."
    (metric,) = run(text)
    assert (metric.value, metric.qualifier, metric.as_of) == (
        Decimal(5_000_000),
        "more_than",
        date(2004, 12, 31),
    )
    (metric,) = run("Nordlink ended 2004 with 2.968.400 active customers.")
    assert (metric.value, metric.as_of) == (Decimal(2_968_400), date(2004, 12, 31))


def test_a_sentence_opening_with_its_speaks_of_the_previous_subject() -> None:
    text = (
        "Vodafone Spain had 9.2 million customers. Its network covers 98 % of the population. "
        "The group has 25 million customers."
    )
    got = [(m.operator, m.name) for m in run(text)]
    assert got == [
        ("vodafone-es", "customers"),
        ("vodafone-es", "population_coverage"),
        ("mmo2", "customers"),
    ]


def test_a_figure_said_again_without_a_date_is_not_a_second_fact() -> None:
    text = (
        'Nordlink had 5 million customers at the end of 2004. "Five million customers show '
        'that we grow," said the chief executive.'
    )
    assert [m.value for m in run(text)] == [Decimal(5_000_000)]


def test_a_title_in_capitals_or_before_a_colon_names_the_subject() -> None:
    text = "Revenues for the first half amounted to 8 743 millions euros."
    release = release_of(text)
    for title in ("ORANGE: FIRST HALF 2004 RESULTS", "Orange: first half results"):
        titled = ParsedRelease(
            None, title, release.released_on, release.body, None, release.sections, (), ()
        )
        metrics = extract_metrics(text, titled, registrant=REGISTRANT, catalog=default_catalog())
        assert [(m.operator, m.value) for m in metrics] == [("orange", Decimal(8_743_000_000))]


def test_key_figures_table_in_thousands() -> None:
    text = (
        "Nordlink reports its key figures.\n\n"
        "Key operating indicators\n\n"
        "                                  Q2 2005      Q2 2004\n"
        "   (thousand)\n"
        "   Subscribers, end of period      1,288          982\n"
        "     of which regions                741          613\n"
        "   Net additions in the quarter      101           36\n"
        "   ARPU (EUR)                       10.4         12.5\n"
        "   Churn (quarterly)                8.6%         7.9%\n\n"
        "The company will report again in the autumn.\n"
    )
    got = {(m.name, m.value, m.as_of, m.period) for m in run(text)}
    assert got == {
        ("customers", Decimal(1_288_000), date(2005, 6, 30), None),
        ("customers", Decimal(982_000), date(2004, 6, 30), None),
        ("net_additions", Decimal(101_000), None, "Q2 2005"),
        ("net_additions", Decimal(36_000), None, "Q2 2004"),
    }


def test_a_table_without_period_columns_is_no_key_figures_table() -> None:
    text = "Tariffs\n\n   Subscribers, end of period      1,288          982\n"
    assert run(text) == ()


def test_a_row_label_carries_its_own_scale_and_currency() -> None:
    text = (
        "Nordlink reports its results.\n\n"
        "                                          H1 2006        H1 2005\n"
        "   Customers (million)                       12.4            9.7\n"
        "   Net adds in the half (thousand)            815            640\n"
        "   Revenues (US$ million)                 2,310.5        1,987.0\n"
        "   ARPU (US$)                                11.2           12.0\n\n"
        "The company will report again in the autumn.\n"
    )
    got = {(m.name, m.value, m.unit, m.as_of, m.period) for m in run(text)}
    assert got == {
        ("customers", Decimal(12_400_000), "count", date(2006, 6, 30), None),
        ("customers", Decimal(9_700_000), "count", date(2005, 6, 30), None),
        ("net_additions", Decimal(815_000), "count", None, "H1 2006"),
        ("net_additions", Decimal(640_000), "count", None, "H1 2005"),
        ("revenue", Decimal(2_310_500_000), "USD", None, "H1 2006"),
        ("revenue", Decimal(1_987_000_000), "USD", None, "H1 2005"),
    }


def test_short_period_columns_a_caption_and_a_change_column() -> None:
    text = (
        "Nordlink's turnover reached EUR 512,3 million in the first half.\n\n"
        "Key data of Orange      2Q06        2Q05       var.\n"
        "Subscribers (thousand)    4.107       3.882      5,8 %\n"
        "Churn (%)                 12,1        13,0\n\n"
        "The company will report again in the autumn.\n"
    )
    got = {(m.operator, m.name, m.value, m.as_of) for m in run(text) if m.name == "customers"}
    assert got == {
        ("orange", "customers", Decimal(4_107_000), date(2006, 6, 30)),
        ("orange", "customers", Decimal(3_882_000), date(2005, 6, 30)),
    }


def test_money_rows_under_a_unit_line_and_a_span_heading() -> None:
    text = (
        "HIGHLIGHTS\n"
        "                                   Nine months ended 30 September\n"
        "                                        2005            2004\n"
        "                                    HK$ million     HK$ million\n"
        "   Turnover                              7,115           6,843\n"
        "   EBITDA                                2,650           2,410\n"
        "   Profit attributable to shareholders   1,024             987\n\n"
        "The board is pleased to announce the results.\n"
    )
    got = {(m.name, m.value, m.unit, m.period) for m in run(text)}
    assert got == {
        ("revenue", Decimal(7_115_000_000), "HKD", "Q1-Q3 2005"),
        ("revenue", Decimal(6_843_000_000), "HKD", "Q1-Q3 2004"),
        ("net_income", Decimal(1_024_000_000), "HKD", "Q1-Q3 2005"),
        ("net_income", Decimal(987_000_000), "HKD", "Q1-Q3 2004"),
    }


def test_an_amount_per_user_or_share_is_no_total() -> None:
    text = (
        "Average revenue per user was EUR 31,5 per month. Revenues were EUR 210 million. "
        "The board declared a dividend of HK$0.35 per share."
    )
    assert [(m.name, m.value) for m in run(text)] == [("revenue", Decimal(210_000_000))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway now has more than 5.8 million mobile subscribers, a penetration of 118%.",
        "The Dutch mobile market had 16,2 million customers at 30 June 2005.",
        "At the end of March the Spanish market reached 39.1 million lines.",
        "In all, Austria had\n8.6 million mobile users at year end.",
    ],
)
def test_a_market_or_a_country_as_the_subject_has_no_operator_count(sentence: str) -> None:
    assert run(sentence) == ()


def test_a_country_inside_an_operators_name_is_still_the_operator() -> None:
    (metric,) = run("Vodafone Spain had 9.2 million customers at the end of June.")
    assert (metric.operator, metric.value) == ("vodafone-es", Decimal(9_200_000))


def test_an_operator_in_a_country_is_the_subject() -> None:
    (metric,) = run("Beyond its home market, Kyivstar in Ukraine reached 1,2 million customers.")
    assert (metric.operator, metric.value) == ("kyivstar", Decimal(1_200_000))


@pytest.mark.parametrize(
    ("sentence", "name", "value", "qualifier"),
    [
        ("Its customer base has now passed 3 million.", "customers", "3000000", "more_than"),
        ("The subscriber base had reached 1,45 million.", "customers", "1450000", "exact"),
        ("Its share of the Danish mobile market was estimated at 28%.", "market_share", "28",
         "exact"),
        ("The network covers 97,5 % of Norway's population.", "population_coverage", "97.5",
         "exact"),
        ("Its 3G network reaches 60% of the country\u2019s population.", "population_coverage",
         "60", "exact"),
    ],
)  # fmt: skip
def test_more_wordings(sentence: str, name: str, value: str, qualifier: str) -> None:
    got = [(m.name, m.value, m.qualifier) for m in run(sentence)]
    assert got == [(name, Decimal(value), qualifier)]


def test_a_figure_of_several_operators_together_is_nobodys_own() -> None:
    text = (
        "Its affiliates Kcell and Geocell had 3.1 million subscribers in total. "
        "Vodafone Spain and Vodafone Italy together served more than 30 million customers. "
        "Kyivstar, jointly owned by Telenor and Alfa, had 9.5 million customers."
    )
    got = [(m.operator, m.value) for m in run(text)]
    assert got == [("kyivstar", Decimal(9_500_000))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nordcell, our subsidiary in Latvia, had 1.1 million subscribers at June 30, 2005.",
        "Baltcom Mobile, the Group's largest subsidiary, served 4.2 million customers.",
        "Our affiliate Nordcell had 850,000 customers.",
        "In Estonia, our joint venture had 400,000 customers.",
    ],
)
def test_an_unknown_subsidiarys_figure_is_not_the_registrants(sentence: str) -> None:
    assert run(sentence) == ()


def test_a_known_subsidiarys_figure_is_its_own() -> None:
    (metric,) = run("Kyivstar, our affiliate in Ukraine, had 9.5 million customers.")
    assert (metric.operator, metric.value) == ("kyivstar", Decimal(9_500_000))


def test_the_reported_period_names_the_quarter_and_the_half() -> None:
    text = (
        "Nordlink today announced its results for the third quarter ended September 30, 2004. "
        "Revenues for the quarter were US$512.3 million. Net income in the quarter amounted "
        "to US$80.1 million. Nordlink ended the quarter with 4.2 million customers."
    )
    got = {(m.name, m.as_of, m.period) for m in run(text, date(2004, 10, 28))}
    assert got == {
        ("revenue", None, "Q3 2004"),
        ("net_income", None, "Q3 2004"),
        ("customers", date(2004, 9, 30), None),
    }
    text = (
        "Nordlink reports on the six months ended 30 June 2005. Nordlink ended the half with "
        "3,4 million customers, after net additions of 210.000 in the first half of the year."
    )
    got = {(m.name, m.as_of, m.period) for m in run(text, None)}
    assert got == {("customers", date(2005, 6, 30), None), ("net_additions", None, "H1 2005")}


def test_a_table_whose_column_names_the_metric_and_whose_rows_name_operators() -> None:
    text = (
        "Orange\n"
        "Orange's subsidiaries served 17.2 million subscribers at 30 June 2005:\n\n"
        "  Company             Market        Subscribers    Market share\n"
        "  Orange Spain        Spain          8.1 million          21%\n"
        "  Mobistar            Belgium        2,9 million          43%\n"
        "  Orange Denmark      Denmark          512,000             -\n\n"
        "Orange Spain will launch its 3G services in the autumn.\n"
    )
    got = {(m.operator, m.name, m.value, m.as_of) for m in run(text) if m.span.start > 80}
    june = date(2005, 6, 30)
    assert got == {
        ("orange-es", "customers", Decimal(8_100_000), june),
        ("orange-es", "market_share", Decimal(21), june),
        ("mobistar", "customers", Decimal(2_900_000), june),
        ("mobistar", "market_share", Decimal(43), june),
        ("orange-dk", "customers", Decimal(512_000), june),
    }


def test_an_operator_table_without_a_stated_date_has_none() -> None:
    text = (
        "Telenor\n"
        "Our mobile operations abroad\n\n"
        "  Operator     Country     Customers\n"
        "  Kyivstar     Ukraine     9.5 million\n"
        "  DiGi         Malaysia    4.3 million\n"
    )
    got = {(m.operator, m.value, m.as_of) for m in run(text)}
    assert got == {("kyivstar", Decimal(9_500_000), None), ("digi-my", Decimal(4_300_000), None)}


@pytest.mark.parametrize(
    ("sentence", "earlier", "segment"),
    [
        (
            "Mobistar had 2,9 million customers at 30 June 2005, up from 2,6 million a year "
            "earlier.",
            date(2004, 6, 30),
            None,
        ),
        (
            "DiGi served 620,000 broadband subscribers at March 31, 2005, compared with 410,000 "
            "at the end of 2004.",
            date(2004, 12, 31),
            "internet",
        ),
        (
            "Kyivstar had 6.4 million customers at 30 September 2004, up from 5.9 million in the "
            "previous quarter.",
            date(2004, 6, 30),
            None,
        ),
        (
            "At the end of June 2005 Kyivstar had 12.4 million customers against 7.9 million.",
            date(2004, 6, 30),
            None,
        ),
    ],
)
def test_the_figure_compared_with_is_the_same_metric_earlier(
    sentence: str, earlier: date, segment: str | None
) -> None:
    first, second = run(sentence)
    assert first.name == second.name == "customers"
    assert first.operator == second.operator != "mmo2"
    assert (second.as_of, second.segment) == (earlier, segment)
    assert first.segment == segment and first.as_of != earlier


def test_a_compared_flow_is_the_year_befores() -> None:
    (first, second) = run(
        "DiGi's revenues in 2004 were EUR 2.1 billion, compared with EUR 1.8 billion."
    )
    assert (second.operator, second.name, second.value) == (
        "digi-my",
        "revenue",
        Decimal(1_800_000_000),
    )
    assert (first.period, second.period) == ("2004", "2003")


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        (
            "Vodafone\nVodafone Spain had 10.4 million customers. "
            "Our Spanish network covers 98% of the population.",
            "vodafone-es",
        ),
        ("Vodafone\nThe Italian network reaches 99 per cent of the population.", "vodafone-it"),
        (
            "Mobilkom Austria\nVipnet had 1.4 million customers. "
            "The Croatian network covers 97% of the population.",
            "vipnet",
        ),
    ],
)
def test_a_countrys_network_is_the_operators_there(text: str, operator: str) -> None:
    coverage = [m for m in run(text) if m.name == "population_coverage"]
    assert [m.operator for m in coverage] == [operator]


def test_a_countrys_network_without_an_operator_there_is_nobodys() -> None:
    assert run("Vodafone\nThe Chilean network reaches 95% of the population.") == ()


def test_a_caption_unit_in_the_header_and_rule_lines_around_the_rows() -> None:
    # The caption's currency and scale are the money rows'; a count row takes its own scale
    # ("(000s)") or none ("(closing)"); dashed rule lines do not end the table.
    text = (
        "Nordlink reports its results.\n\n"
        "(CZK millions, unless stated otherwise)   Q3 2004    Q3 2005   Change (%)\n"
        "=========================================================================\n"
        "Revenues                                    8,210      8,544        4.1\n"
        "Capex                                       1,101        990      (10.1)\n"
        "Mobile subscribers (000s)                   3,020      3,410       12.9\n"
        "Number of employees (closing)               6,512      6,230       (4.3)\n"
        "-------------------------------------------------------------------------\n\n"
        "The company will report again in the autumn.\n"
    )
    got = {(m.name, m.value, m.unit, m.as_of, m.period, m.segment) for m in run(text)}
    assert got == {
        ("revenue", Decimal(8_210_000_000), "CZK", None, "Q3 2004", None),
        ("revenue", Decimal(8_544_000_000), "CZK", None, "Q3 2005", None),
        ("investment", Decimal(1_101_000_000), "CZK", None, "Q3 2004", None),
        ("investment", Decimal(990_000_000), "CZK", None, "Q3 2005", None),
        ("customers", Decimal(3_020_000), "count", date(2004, 9, 30), None, "mobile"),
        ("customers", Decimal(3_410_000), "count", date(2005, 9, 30), None, "mobile"),
        ("employees", Decimal(6_512), "count", date(2004, 9, 30), None, None),
        ("employees", Decimal(6_230), "count", date(2005, 9, 30), None, None),
    }


def test_a_second_amount_that_leaves_out_its_verb() -> None:
    text = (
        "In 2006, Nordlink's total revenues came to KRW 3,212.5 billion and "
        "its net profit to KRW 402.8 billion.\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text)}
    assert got == {
        ("revenue", Decimal(3_212_500_000_000), "KRW"),
        ("net_income", Decimal(402_800_000_000), "KRW"),
    }


def test_a_customer_base_in_a_country_and_an_amount_across_a_line() -> None:
    text = (
        "Mobistar's customer base in Belgium reached 3.204.118 at 31 March 2005. Its net\n"
        "profit for the quarter came to EUR\n12,7 million.\n"
    )
    got = {(m.operator, m.name, m.value, m.unit, m.as_of) for m in run(text)}
    assert got == {
        ("mobistar", "customers", Decimal(3_204_118), "count", date(2005, 3, 31)),
        ("mobistar", "net_income", Decimal(12_700_000), "EUR", None),
    }


def test_the_named_subsidiary_of_a_possessive_owner_is_the_subject() -> None:
    text = (
        "In Singapore, SingTel's mobile arm Optus counted 2,310,000 customers at 30 June 2005. "
        "KPN's German subsidiary, E-Plus, had 9.2 million customers at the end of June.\n"
    )
    got = {(m.operator, m.value) for m in run(text)}
    assert got == {("optus", Decimal(2_310_000)), ("e-plus", Decimal(9_200_000))}


def test_services_in_operation_count_customers() -> None:
    text = (
        "At 31 December 2005 Optus had 6,912,000 mobile services in operation and "
        "1.2 million SIOs in its fixed network.\n"
    )
    got = {(m.operator, m.name, m.value, m.segment) for m in run(text)}
    assert got == {
        ("optus", "customers", Decimal(6_912_000), "mobile"),
        ("optus", "customers", Decimal(1_200_000), None),
    }


def test_a_service_s_users_and_the_operators_together_are_no_operator_s_customers() -> None:
    text = (
        "Nearly 310,000 subscribers already use Optus Zoo, its mobile portal. "
        "About 1.5 million customers are using Sunrise's music service. "
        "Switzerland's three operators together served 6.9 million subscribers.\n"
    )
    assert run(text) == ()


def test_a_figure_after_the_next_operator_in_an_elliptical_list() -> None:
    text = (
        "At 31 March 2006, Proximus had 4,421,000 customers, Mobistar 2,996,000 "
        "and Base 1,811,000.\n"
    )
    got = {(m.operator, m.name, m.value) for m in run(text)}
    assert got == {
        ("proximus", "customers", Decimal(4_421_000)),
        ("mobistar", "customers", Decimal(2_996_000)),
        ("base", "customers", Decimal(1_811_000)),
    }


def test_the_quarter_a_lead_names_without_its_end_date() -> None:
    text = (
        "Nordlink today reported its results for the third quarter of 2005.\n\n"
        "Optus added 61,000 net new customers in the quarter and had 2,310,000 customers at "
        "the end of the quarter.\n"
    )
    got = {(m.name, m.value, m.as_of, m.period) for m in run(text, date(2005, 11, 2))}
    assert got == {
        ("net_additions", Decimal(61_000), None, "Q3 2005"),
        ("customers", Decimal(2_310_000), date(2005, 9, 30), None),
    }


def test_the_nine_months_a_lead_reports_on() -> None:
    text = (
        "Nordlink announces its results for the nine months ended 30 September 2005.\n\n"
        "Revenues for the nine months amounted to EUR 912,4 million.\n"
    )
    got = {(m.name, m.period) for m in run(text, date(2005, 11, 2))}
    assert got == {("revenue", "Q1-Q3 2005")}


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("three months ended June 30, 2005", "Q2 2005"),
        ("quarter ending 30 September 2003", "Q3 2003"),
        ("half-year ended 31 December 2004", "H2 2004"),
        ("six months  ended 30 June 2004", "H1 2004"),
        ("nine months ended September 30, 2006", "Q1-Q3 2006"),
        ("year ended December 31, 2004", "2004"),
        ("twelve months ended 31 December 2004", "2004"),
        # No calendar quarter, half or year: the words stay.
        ("year ended 31 March 2006", "year ended 31 March 2006"),
        ("six months ended 30 September 2004", "six months ended 30 September 2004"),
        ("quarter ended 15 March 2005", "quarter ended 15 March 2005"),
        ("fiscal year ended March 31, 2007", "year ended 31 March 2007"),
        ("12 months ended 31 March 2007", "year ended 31 March 2007"),
        ("six months ended September 30, 2004", "six months ended 30 September 2004"),
        ("the second quarter", "the second quarter"),
    ],
)
def test_a_period_has_one_label_however_it_is_worded(written: str, label: str) -> None:
    assert canonical_period(written) == label


def test_stocks_dated_by_the_end_of_a_month_half_or_year_the_text_names() -> None:
    text = (
        "Andesfon announces its results for the year ended December 31, 2006.\n\n"
        "Telcel ended September with 44.1 million subscribers. Vivo closed the first half "
        "of the year with 29,1 million customers. Vipnet served 1.4 million customers at the "
        "end of the year.\n"
    )
    got = {(m.operator, m.as_of) for m in run(text, date(2007, 1, 25)) if m.name == "customers"}
    assert got == {
        ("telcel", date(2006, 9, 30)),
        ("vivo", date(2006, 6, 30)),
        ("vipnet", date(2006, 12, 31)),
    }


def test_a_fiscal_year_s_end_and_its_flows() -> None:
    text = (
        "Kapa Telecom today announced its annual results for the year ended 31 March 2006.\n\n"
        "Revenue for the year increased 6.6% to R43 117 million. Kapa had 4 729 018 access "
        "lines at the end of the year. Revenues for the first nine months of 2005 were "
        "R30 000 million.\n"
    )
    got = {(m.name, m.value, m.as_of, m.period) for m in run(text, date(2006, 6, 12))}
    assert got == {
        ("revenue", Decimal("43117000000"), None, "year ended 31 March 2006"),
        ("customers", Decimal("4729018"), date(2006, 3, 31), None),
        ("revenue", Decimal("30000000000"), None, "Q1-Q3 2005"),
    }


def test_the_same_date_as_before_and_a_month_s_flow() -> None:
    text = (
        "At 31 January 2006, Proximus had 4,421,000 customers after adding 21,000 net new "
        "customers in January. Mobistar had 2,996,000 customers on the same date.\n"
    )
    got = {(m.operator, m.name, m.as_of, m.period) for m in run(text, date(2006, 2, 10))}
    assert got == {
        ("proximus", "customers", date(2006, 1, 31), None),
        ("proximus", "net_additions", None, "January 2006"),
        ("mobistar", "customers", date(2006, 1, 31), None),
    }


def test_a_pronoun_opening_speaks_of_the_previous_subject_though_others_follow() -> None:
    text = (
        "Mobistar had 2,996,000 customers at 30 June 2006. Its market share stood at 32.1% "
        "at the end of June, ahead of Base.\n"
    )
    got = {(m.operator, m.name) for m in run(text, date(2006, 8, 1))}
    assert got == {("mobistar", "customers"), ("mobistar", "market_share")}


def test_a_date_after_an_elliptical_list_dates_every_operator_in_it() -> None:
    text = "Proximus had 4,421,000 customers and Mobistar 2,996,000 at 31 March 2006.\n"
    got = {(m.operator, m.as_of) for m in run(text, date(2006, 5, 2))}
    assert got == {("proximus", date(2006, 3, 31)), ("mobistar", date(2006, 3, 31))}


def test_indented_line_break_between_verb_and_amount() -> None:
    text = "Fixed revenue amounted to\n        EUR 412,5 million in 2005.\n"
    got = {(m.name, m.value, m.unit) for m in run(text, date(2006, 2, 1))}
    assert got == {("revenue", Decimal(412_500_000), "EUR")}


def test_change_rate_before_the_new_level() -> None:
    text = (
        "Nordlink's consolidated revenue increased 4.2% to NZ$2,110 million in 2005, and "
        "profit attributable to shareholders climbed 9.1% to NZ$310 million in 2005.\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text, date(2006, 2, 1))}
    assert got == {
        ("revenue", Decimal(2_110_000_000), "NZD"),
        ("net_income", Decimal(310_000_000), "NZD"),
    }


def test_count_nouns_as_subjects_and_their_growth() -> None:
    text = (
        "Wireless subscriptions rose by 52,000 in the quarter to 2,404,000 at 30 June 2006. "
        "DSL connections, excluding resale, reached 188,000, an increase of 12,000 in the "
        "quarter. Local access lines were 980,000 at 30 June 2006.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2006, 8, 1))}
    assert got == {
        ("net_additions", Decimal(52_000), "mobile"),
        ("customers", Decimal(2_404_000), "mobile"),
        ("customers", Decimal(188_000), "internet"),
        ("net_additions", Decimal(12_000), None),
        ("customers", Decimal(980_000), "fixed_line"),
    }


def test_a_year_on_year_increase_is_no_net_addition() -> None:
    text = "Proximus had 4,421,000 customers, an increase of 310,000 over a year before.\n"
    got = {(m.name, m.value) for m in run(text)}
    assert ("net_additions", Decimal(310_000)) not in got


def test_forecasts_are_not_metrics() -> None:
    text = (
        "Capital expenditure in 2005 was EUR 310 million. For 2006 the company expects "
        "capital expenditure of about EUR 400 million.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2006, 2, 1))}
    assert got == {("investment", Decimal(310_000_000))}


def test_the_business_line_a_sentence_speaks_of_is_the_segment() -> None:
    text = (
        "Nordlink's wireless operation ended the year with 812,000 subscribers. Investments "
        "in the fixed-line business totaled EUR 88 million in 2005.\n"
    )
    got = {(m.name, m.segment) for m in run(text, date(2006, 2, 1))}
    assert got == {("customers", "mobile"), ("investment", "fixed_line")}


def test_share_of_connections_and_full_time_equivalents() -> None:
    text = (
        "Mobistar puts its share of Belgian mobile subscribers at roughly 33%. Mobistar "
        "had 1,650 full-time equivalent employees at 31 December 2005.\n"
    )
    got = {(m.operator, m.name, m.value, m.qualifier, m.segment) for m in run(text)}
    assert got == {
        ("mobistar", "market_share", Decimal(33), "approximately", "mobile"),
        ("mobistar", "employees", Decimal(1650), "exact", None),
    }


def test_the_same_quarter_of_last_year_and_an_increase_from() -> None:
    text = (
        "Nordlink announced its results for the second quarter of 2006, up on the second "
        "quarter of 2005.\n\n"
        "Revenues for the second quarter totaled EUR 420 million, a 3.1% increase from "
        "EUR 407 million in the second quarter of last year.\n"
    )
    got = {(m.value, m.period) for m in run(text, date(2006, 8, 1))}
    assert got == {(Decimal(420_000_000), "Q2 2006"), (Decimal(407_000_000), "Q2 2005")}


def test_a_subscriber_base_brought_to_a_level_as_of_end_quarter() -> None:
    text = (
        "Kcell added 0.4 million subscribers, bringing its subscriber base to 5.1 million "
        "as of end-Q2.\n"
    )
    got = {(m.name, m.value, m.as_of) for m in run(text, date(2006, 8, 1))}
    assert ("customers", Decimal(5_100_000), date(2006, 6, 30)) in got


def test_a_topic_heading_is_no_operator() -> None:
    text = "Broadband\nThe company had 310,000 DSL subscribers at 30 June 2005.\n"
    got = {(m.operator, m.segment) for m in run(text)}
    assert got == {("mmo2", "internet")}


def test_table_titled_with_its_unit_and_a_change_column_between_periods() -> None:
    text = (
        "Nordlink reports its results.\n\n"
        "KEY FIGURES (EUR thousand)\n"
        "                          2Q06        2Q05     Chg. %        6M06\n"
        "--------------------------------------------------------------------\n"
        "Total Operating Revenue   512.300     498.100      2,9%     1.020.600\n"
        "Capex                      61.000      58.500      4,3%       117.000\n"
        "--------------------------------------------------------------------\n"
    )
    got = {(m.name, m.value, m.unit, m.period) for m in run(text, date(2006, 8, 1))}
    assert got == {
        ("revenue", Decimal(512_300_000), "EUR", "Q2 2006"),
        ("revenue", Decimal(498_100_000), "EUR", "Q2 2005"),
        ("revenue", Decimal(1_020_600_000), "EUR", "H1 2006"),
        ("investment", Decimal(61_000_000), "EUR", "Q2 2006"),
        ("investment", Decimal(58_500_000), "EUR", "Q2 2005"),
        ("investment", Decimal(117_000_000), "EUR", "H1 2006"),
    }


def test_pesos_are_the_country_of_the_issuer_or_the_operator() -> None:
    # The issuer (mmO2, British) has no peso: Mexico's, Argentina's, the Philippines' peso,
    # as the operator's country says.
    text = (
        "Telcel's revenues for the quarter were 21,400 million pesos. Telecom Personal "
        "posted revenues of 1,250 million\n    pesos in the period. Smart Communications "
        "reported net income of 4.2 billion pesos.\n"
    )
    got = {(m.operator, m.name, m.value, m.unit) for m in run(text)}
    assert got == {
        ("telcel", "revenue", Decimal(21_400_000_000), "MXN"),
        ("telecom-personal", "revenue", Decimal(1_250_000_000), "ARS"),
        ("smart-communications", "net_income", Decimal(4_200_000_000), "PHP"),
    }


def test_pesos_of_no_known_country_are_no_metric() -> None:
    # An unknown issuer with no country: which peso is it? No currency anyone could check.
    text = "Nuevacel's revenues for the quarter were 900 million pesos.\n"
    nuevacel = Operator(slug="nuevacel", name="Nuevacel", kind="other", country=None)
    release = release_of(text)
    catalog = default_catalog().extended([nuevacel])
    found = extract_metrics(text, release, registrant=nuevacel, catalog=catalog)
    assert [m for m in found if m.name == "revenue"] == []
    chilean = replace(nuevacel, country="CL")  # the issuer's country decides
    found = extract_metrics(text, release, registrant=chilean, catalog=catalog)
    assert [(m.name, m.unit) for m in found] == [("revenue", "CLP")]


def test_operator_rows_under_a_title_that_names_the_count() -> None:
    # Rows named "Country (Brand)" under a title saying what they count and in what scale;
    # month-end columns written "Jun '07"; a label wrapped onto a second line; a region row
    # that names no operator gives nothing; the total row is the issuer's.
    text = (
        "Mobile customers by market\n\n"
        "    Mobile Customers at June 30, 2007 (thousands)\n\n"
        "    Market                    Jun '07     Jun '06    Chg.%\n"
        "    ------------------------------------------------------\n"
        "    Chile (Claro)                2,150       1,870    15.0%\n"
        "    Jamaica, Haiti and\n"
        "      the Caymans (Digicel)      3,310       2,640    25.4%\n"
        "    Caribbean (1)                  410         390     5.1%\n"
        "    Total Mobile Customers       5,870       4,900    19.8%\n"
    )
    found = {(m.operator, m.name, m.value, m.as_of) for m in run(text)}
    assert found == {
        ("claro-cl", "customers", Decimal(2_150_000), date(2007, 6, 30)),
        ("claro-cl", "customers", Decimal(1_870_000), date(2006, 6, 30)),
        ("digicel", "customers", Decimal(3_310_000), date(2007, 6, 30)),
        ("digicel", "customers", Decimal(2_640_000), date(2006, 6, 30)),
        (REGISTRANT.slug, "customers", Decimal(5_870_000), date(2007, 6, 30)),
        (REGISTRANT.slug, "customers", Decimal(4_900_000), date(2006, 6, 30)),
    }


def test_a_group_reports_its_subsidiaries_in_its_own_pesos() -> None:
    text = "Comcel's revenues for the quarter were 1,200 million pesos.\n"
    group = Operator(slug="america-movil", name="America Movil", kind="group", country="MX")
    found = extract_metrics(text, release_of(text), registrant=group, catalog=default_catalog())
    assert [(m.operator, m.unit) for m in found] == [("comcel", "MXN")]


def test_a_plan_or_business_line_in_another_clause_says_nothing_of_the_figure() -> None:
    text = (
        "Vodafone, which will publish its annual report in June, said revenue for the quarter "
        "was EUR 4,100 million. Vodafone, whose mobile business grew strongly, reported "
        "net income of EUR 900 million. Vodafone expects revenue of EUR 5,000 million next "
        "year. In the quarter, Vodafone's fixed-line business reported revenue of EUR 700 "
        "million. Vodafone expects 1,200 new hires and revenue of EUR 6,000 million.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text)}
    assert got == {
        ("revenue", Decimal(4_100_000_000), None),
        ("net_income", Decimal(900_000_000), None),
        ("revenue", Decimal(700_000_000), "fixed_line"),
    }


def test_figures_listed_respectively_go_to_the_operators_listed_before_them() -> None:
    text = (
        "Tigo El Salvador and Tigo Honduras, which are wholly owned, had 1.4 million and "
        "1.1 million customers respectively at the end of September. Telcel, Comcel and "
        "Claro Chile reported 44.1 million, 18.3 million and 5.2 million customers, "
        "respectively.\n"
    )
    got = {(m.operator, m.value, m.as_of) for m in run(text, date(2006, 10, 17))}
    assert got == {
        ("tigo-sv", Decimal("1400000"), date(2006, 9, 30)),
        ("tigo-hn", Decimal("1100000"), date(2006, 9, 30)),
        ("telcel", Decimal("44100000"), None),
        ("comcel", Decimal("18300000"), None),
        ("claro-cl", Decimal("5200000"), None),
    }


def test_a_list_that_does_not_pair_up_keeps_the_usual_subject() -> None:
    # Two figures, one operator: no pairing; "respectively" changes nothing.
    text = "Telcel had 44.1 million and 40.2 million customers in 2006 and 2005 respectively.\n"
    assert {m.operator for m in run(text, date(2006, 10, 17))} == {"telcel"}


def test_a_figure_of_the_members_together_is_nobody_s_own() -> None:
    text = (
        "The alliance brings together Personal (Argentina), TIM Brasil (Brazil) and Ancel "
        "(Uruguay). Together the six members serve more than 25 million customers.\n"
    )
    assert run(text, date(2005, 11, 1)) == ()


def test_a_rule_s_words_may_wrap_onto_an_indented_line_but_not_across_a_paragraph() -> None:
    text = (
        "  -  Broadband connections, including wholesale, reached 256,000, an increase\n"
        "     of 31,000 in the quarter.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2005, 5, 5))}
    assert ("net_additions", Decimal("31000")) in got
    apart = "Telcel reported strong growth, an increase\n\nof 31,000 connections.\n"
    assert not any(m.name == "net_additions" for m in run(apart, date(2005, 5, 5)))


def test_a_bracketed_number_is_the_same_figure_a_year_earlier() -> None:
    text = (
        "Nordtel today published its report for the second quarter of 2004.\n\n"
        "Net sales rose 1.5 percent to SEK 20,378 million (20,076). Net income was "
        "SEK 2,913 million (1,725), and the margin was 34.9 percent (32.4). Revenues "
        "grew to Rp 30.467,2 billion (9M04: Rp 24.923,5 billion). Nordtel served "
        "4,102,000 customers (1).\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text, date(2004, 7, 23))}
    assert got >= {
        ("revenue", Decimal("20378000000"), "SEK"),
        ("revenue", Decimal("20076000000"), "SEK"),
        ("net_income", Decimal("1725000000"), "SEK"),
        ("revenue", Decimal("24923500000000"), "IDR"),
        ("customers", Decimal("4102000"), "count"),
    }
    # A footnote mark is no earlier figure; the bracket's label dates its own figure only.
    assert ("customers", Decimal("1"), "count") not in got
    periods = {m.value: m.period for m in run(text, date(2004, 7, 23))}
    assert periods[Decimal("24923500000000")] == "Q1-Q3 2004"
    assert periods[Decimal("30467200000000")] != "Q1-Q3 2004"


def test_dotted_dates_are_dates_and_not_figures() -> None:
    text = "Nordtel had 30 060 000 customers as at 31.12.2005 and 448 000 in Estonia.\n"
    got = {(m.value, m.as_of) for m in run(text, date(2006, 1, 26))}
    assert (Decimal("30060000"), date(2005, 12, 31)) in got
    assert not any(value == Decimal("31122005") for value, _ in got)


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("revenues were Rp 7,5 trillion", Decimal("7500000000000"), "IDR"),
        ("revenue of Rs 1,234 crore", Decimal("12340000000"), "INR"),
        ("revenue of KRW 2.97 trillion", Decimal("2970000000000"), "KRW"),
        ("revenues of 4 512 million kronor", Decimal("4512000000"), "SEK"),
        ("revenue rose to RM 1.2 billion", Decimal("1200000000"), "MYR"),
        ("revenue reached S$ 850 million", Decimal("850000000"), "SGD"),
    ],
)
def test_more_currencies_and_scales(phrase: str, value: Decimal, unit: str) -> None:
    got = {(m.name, m.value, m.unit) for m in run(f"Nordtel's {phrase} in 2005.\n")}
    assert got == {("revenue", value, unit)}


def test_an_addition_an_estimate_and_a_colleague_s_headcount() -> None:
    text = (
        "Telkomsel had 22.356.000 subscribers, an addition of 6.065.000 subscribers in the "
        "first nine months of the year. Its share of the cellular market was an estimated "
        "53,6%. At 30 September 2005, Telkom employed 24.951 people, and Telkomsel 3.853.\n"
    )
    got = {(m.operator, m.name, m.value, m.qualifier) for m in run(text, date(2005, 10, 31))}
    assert ("telkomsel", "net_additions", Decimal("6065000"), "exact") in got
    assert ("telkomsel", "market_share", Decimal("53.6"), "approximately") in got
    assert ("telkomsel", "employees", Decimal("3853"), "exact") in got


def test_rows_of_business_lines_under_an_operator_s_line_in_a_table_of_counts() -> None:
    text = (
        "Nordtel reports its third quarter of 2006.\n\n"
        "Subscribers (in thousands)\n\n"
        "                                 3Q06         2Q06\n"
        "  ------------------------------------------------\n"
        "  Telia\n"
        "    Local telephone             4,102        4,200\n"
        "    Broadband (Bredband)        1,103        1,050\n"
        "  NetCom\n"
        "    Mobile                      1,215        1,176\n"
        "    of which 3G                    38           12\n"
        "  ------------------------------------------------\n"
    )
    got = {(m.operator, m.value, m.as_of, m.segment) for m in run(text, date(2006, 10, 27))}
    assert got == {
        ("teliasonera", Decimal("4102000"), date(2006, 9, 30), "fixed_line"),
        ("teliasonera", Decimal("4200000"), date(2006, 6, 30), "fixed_line"),
        ("teliasonera", Decimal("1103000"), date(2006, 9, 30), "internet"),
        ("teliasonera", Decimal("1050000"), date(2006, 6, 30), "internet"),
        ("netcom", Decimal("1215000"), date(2006, 9, 30), "mobile"),
        ("netcom", Decimal("1176000"), date(2006, 6, 30), "mobile"),
    }


def test_a_table_titled_in_billions_of_a_currency_word() -> None:
    text = (
        "Key financial data (non-consolidated, in billions of Korean won)\n\n"
        "                                 3Q06         2Q06\n"
        "  Operating revenues          2,967.4      2,998.1\n"
        "  Net income                    301.6        389.7\n"
    )
    got = {(m.name, m.value, m.unit, m.period) for m in run(text, date(2006, 10, 27))}
    assert ("revenue", Decimal("2967400000000"), "KRW", "Q3 2006") in got
    assert ("net_income", Decimal("389700000000"), "KRW", "Q2 2006") in got


def test_an_amount_per_user_is_no_revenue() -> None:
    text = (
        "Nordtel's average monthly revenue per user (ARPU) was KRW 41,920. Its revenues "
        "were KRW 312.6 billion in the quarter.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2006, 10, 27))}
    assert got == {("revenue", Decimal("312600000000"))}


def test_operator_rows_under_a_two_line_date_header_and_group_subheadings() -> None:
    text = (
        "Nordtel today published its interim report for the first half of 2004.\n\n"
        "Mobile subscriptions (thousands)            June 30,     June 30,\n"
        "                                                2004         2003\n"
        "-----------------------------------------------------------------\n"
        "Subsidiaries\n"
        "  Norway (NetCom)                              1,215        1,176\n"
        "  Latvia (LMT)                                   727          582\n"
        "-----------------------------------------------------------------\n"
        "Associated companies\n"
        "  Turkey (Turkcell)                           22,310       17,020\n"
        "-----------------------------------------------------------------\n"
    )
    got = {(m.operator, m.value, m.as_of) for m in run(text, date(2004, 7, 23))}
    assert got == {
        ("netcom", Decimal("1215000"), date(2004, 6, 30)),
        ("netcom", Decimal("1176000"), date(2003, 6, 30)),
        ("lmt", Decimal("727000"), date(2004, 6, 30)),
        ("lmt", Decimal("582000"), date(2003, 6, 30)),
        ("turkcell", Decimal("22310000"), date(2004, 6, 30)),
        ("turkcell", Decimal("17020000"), date(2003, 6, 30)),
    }


def test_numbered_rows_under_month_columns_and_numbered_groups() -> None:
    text = (
        "Nordtel announces its operational data for June 2006:\n\n"
        "                                                    June 2006     May 2006\n"
        "                                                    ---------     --------\n"
        "1.  GSM Business\n"
        "    Aggregate number of subscribers (million)         105.276      104.034\n"
        "2.  Total cellular subscribers (million)              140.729      139.161\n"
    )
    got = {(m.name, m.value, m.as_of) for m in run(text, date(2006, 7, 20))}
    assert got == {
        ("customers", Decimal("140729000"), date(2006, 6, 30)),
        ("customers", Decimal("139161000"), date(2006, 5, 31)),
    }


def test_a_title_naming_customers_over_rows_of_business_lines() -> None:
    text = (
        "Nordtel had 30 060 000 customers as at 31.12.2005.\n\n"
        "CUSTOMERS BY TYPE OF SERVICE\n\n"
        "                                   31.12.2005        31.12.2004\n"
        "   Mobile telephony                15 601 000        12 730 000\n"
        "   Internet                         3 347 000         3 074 000\n\n"
        "MOBILE CUSTOMERS BY MARKET\n"
    )
    got = {(m.value, m.as_of, m.segment) for m in run(text, date(2006, 1, 26))}
    assert got == {
        (Decimal("30060000"), date(2005, 12, 31), None),
        (Decimal("15601000"), date(2005, 12, 31), "mobile"),
        (Decimal("12730000"), date(2004, 12, 31), "mobile"),
        (Decimal("3347000"), date(2005, 12, 31), "internet"),
        (Decimal("3074000"), date(2004, 12, 31), "internet"),
    }


def test_subscribers_that_exceeded_a_figure() -> None:
    text = "At the end of June 2006, Nordtel's cellular subscribers exceeded 140 million.\n"
    got = {(m.name, m.value, m.qualifier) for m in run(text, date(2006, 7, 20))}
    assert got == {("customers", Decimal("140000000"), "more_than")}


def test_a_title_right_under_a_table_opens_the_next_table() -> None:
    text = (
        "Nordtel reports its third quarter of 2006.\n\n"
        "Key financial data (in billions of Korean won)\n\n"
        "                                 3Q06         2Q06\n"
        "  Operating revenues          2,967.4      2,998.1\n"
        "  ------------------------------------------------\n"
        "Subscribers (in thousands)\n\n"
        "                                 3Q06         2Q06\n"
        "  NetCom\n"
        "    Mobile                      1,215        1,176\n"
    )
    got = {(m.operator, m.name, m.value) for m in run(text, date(2006, 10, 27))}
    assert ("netcom", "customers", Decimal("1215000")) in got
    assert ("netcom", "customers", Decimal("1176000")) in got


def test_a_relative_clause_between_the_subject_and_its_figure_is_passed_over() -> None:
    text = (
        "Telenor ASA announced its results. Pannon, in which Telenor holds 100 percent, ended "
        "the quarter strongly, and Kyivstar, in which Telenor holds 56.5 percent, passed 10 "
        "million subscribers."
    )
    got = {(m.operator, m.name, m.value, m.qualifier) for m in run(text)}
    assert got == {("kyivstar", "customers", Decimal(10_000_000), "more_than")}


def test_the_figure_clause_names_its_subject_after_a_where_clause() -> None:
    text = (
        "Telenor ASA announced its results. In Hungary, where Telenor has operated since 1994 "
        "in a market with a combined population of about 10 million, Pannon added 120,000 "
        "subscribers in 2004 and reached a market share of 33 percent."
    )
    got = {(m.operator, m.name, m.value) for m in run(text)}
    assert got == {
        ("pannon-gsm", "net_additions", Decimal(120_000)),
        ("pannon-gsm", "market_share", Decimal(33)),
    }


def test_a_group_in_a_sentence_opening_on_a_country_is_its_operator_there() -> None:
    text = (
        "Telenor ASA announced its results. In Sweden, Telenor held 12 percent of the mobile "
        "market at the end of June. Telenor had 25 million subscribers in all."
    )
    got = {(m.operator, m.name, m.value) for m in run(text)}
    assert got == {
        ("telenor-se", "market_share", Decimal(12)),
        ("telenor", "customers", Decimal(25_000_000)),
    }


def test_half_a_million_and_net_new_customers_of_a_segment() -> None:
    text = (
        "Kcell passed half a million subscribers in May. The group had 310,000 net new "
        "mobile customers in 2005."
    )
    got = {(m.name, m.value, m.qualifier, m.segment, m.period) for m in run(text)}
    assert got == {
        ("customers", Decimal(500_000), "more_than", None, None),
        ("net_additions", Decimal(310_000), "exact", "mobile", "2005"),
    }


def test_a_bulleted_list_of_operators_under_a_dated_counted_title() -> None:
    text = (
        "Telenor ASA announced its results.\n\n"
        "MOBILE SUBSCRIBERS BY MARKET AT 30 JUNE 2005\n"
        "  -  Hungary (Pannon)                     2 800 000\n"
        "  -  Ukraine (Kyivstar)                   9 750 000\n"
        "  -  Other markets                          640 000\n\n"
        "Telenor will publish its report in July.\n"
    )
    got = {(m.operator, m.name, m.value, m.as_of) for m in run(text)}
    assert got == {
        ("pannon-gsm", "customers", Decimal(2_800_000), date(2005, 6, 30)),
        ("kyivstar", "customers", Decimal(9_750_000), date(2005, 6, 30)),
    }


def test_a_bracketed_earlier_figure_after_the_figures_own_date() -> None:
    text = (
        "Telenor ASA announced its results. The number of employees was 21,450 at "
        "September 30, 2005 (20,800 at December 31, 2004)."
    )
    got = {(m.name, m.value, m.as_of) for m in run(text)}
    assert got == {
        ("employees", Decimal(21_450), date(2005, 9, 30)),
        ("employees", Decimal(20_800), date(2004, 12, 31)),
    }


def test_a_count_placed_somewhere_before_its_verb() -> None:
    text = (
        "Telenor ASA announced its results. Mobile subscriptions in Scandinavia grew by 95,000 "
        "in the quarter. The number of broadband connections in the Nordic and Central "
        "European markets grew to 1,210,000."
    )
    got = {(m.name, m.value, m.segment) for m in run(text)}
    assert got == {
        ("net_additions", Decimal(95_000), "mobile"),
        ("customers", Decimal(1_210_000), "internet"),
    }


def test_the_total_of_a_groups_own_operators_is_the_groups() -> None:
    # The release's registrant is mmO2: O2 UK and O2 Germany are its own, Amena is not.
    text = (
        "mmO2 plc announced its results.\n\n"
        "Mobile subscriptions (thousands)         June 30,     June 30,\n"
        "                                             2005         2004\n"
        "  UK (O2 UK)                               15,100       14,200\n"
        "  Germany (O2 Germany)                      8,300        6,900\n"
        "Total                                      23,400       21,100\n\n"
        "Mobile subscriptions (thousands)         June 30,     June 30,\n"
        "                                             2005         2004\n"
        "  UK (O2 UK)                               15,100       14,200\n"
        "  Spain (Amena)                             9,800        8,500\n"
        "Total                                      24,900       22,700\n"
    )
    totals = {(m.operator, m.value) for m in run(text) if m.value in (23_400_000, 24_900_000)}
    assert totals == {("mmo2", Decimal(23_400_000))}


def test_a_possessive_in_an_apposition_is_not_the_figures_owner() -> None:
    text = (
        "Kyivstar, Telenor's 56.5%-owned Ukrainian subsidiary, had 9,750,000 subscribers at "
        "the end of June, an addition of 2,100,000 subscribers in the first half of the "
        "year, compared with 7,650,000 at the end of 2004.\n"
    )
    got = {(m.operator, m.name, m.value, m.as_of) for m in run(text, date(2005, 7, 20))}
    assert got == {
        ("kyivstar", "customers", Decimal(9_750_000), date(2005, 6, 30)),
        ("kyivstar", "net_additions", Decimal(2_100_000), None),
        ("kyivstar", "customers", Decimal(7_650_000), date(2004, 12, 31)),
    }


def test_up_by_a_rate_to_a_figure_and_a_bracketed_half_year() -> None:
    text = (
        "Highlights\n\n"
        "  *  Turnover up 12.5% to EUR 2,310 million (first half 2004: EUR 2,053\n"
        "     million)\n"
        "  *  Mobile customer base up 9% to 11.2 million\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2005, 8, 10))}
    assert got == {
        ("revenue", Decimal(2_310_000_000), None),
        ("revenue", Decimal(2_053_000_000), "H1 2004"),
        ("customers", Decimal(11_200_000), None),
    }


def test_a_figure_inside_a_relative_clause_does_not_move_the_subject() -> None:
    text = (
        "Kcell, which markets GSM services in Almaty and 14 regions in partnership with Telenor, "
        "had 730,000 customers at the end of June.\n"
    )
    got = {(m.operator, m.value) for m in run(text, date(2005, 8, 10))}
    assert got == {("kcell", Decimal(730_000))}


def test_the_group_under_a_country_heading_is_the_group() -> None:
    text = (
        "Germany\n"
        "The network had 1,200 staff at 30 June 2005. The Group employed approximately "
        "14,500 people at 30 June 2005.\n"
    )
    got = {(m.operator, m.name, m.value) for m in run(text, date(2005, 8, 10))}
    assert got == {
        ("o2-de", "employees", Decimal(1_200)),
        ("mmo2", "employees", Decimal(14_500)),
    }


def test_roaming_agreements_with_a_number_of_operators() -> None:
    text = (
        "Its international roaming service is available through agreements with more than "
        "240 operators in 110 countries. The company has supply agreements with 3 operators."
    )
    got = {(m.name, m.value, m.qualifier) for m in run(text)}
    assert got == {("roaming_partners", Decimal(240), "more_than")}


def test_the_others_shares_respectively_after_a_market_share() -> None:
    text = (
        "Kyivstar held a 48.0% share of the Ukrainian mobile market at the end of June. "
        "UMC and Astelit held 38.5% and 11.0%, respectively. Churn was 2.1%."
    )
    got = {(m.operator, m.name, m.value) for m in run(text)}
    assert got == {
        ("kyivstar", "market_share", Decimal("48.0")),
        ("umc", "market_share", Decimal("38.5")),
        ("astelit", "market_share", Decimal("11.0")),
    }


def test_a_key_figures_table_with_a_unit_line_sub_captions_and_short_rows() -> None:
    text = (
        "Key figures                            Q2 2004    Q2 2003    6M 2004    6M 2003\n"
        "(EUR mln, unless stated otherwise)\n"
        "--------------------------------------------------------------------------------\n"
        "Revenue                                   88,4       80,1      171,0      158,2\n"
        "Capital expenditure                       12,3       15,0       20,7       29,9\n"
        "\n"
        "Subscribers (x 1.000, end of period)\n"
        "  Broadband                              130,5       75,2\n"
        "\n"
        "Employees (FTE, end of period)           2.104      2.311\n"
        "--------------------------------------------------------------------------------\n"
    )
    got = {(m.name, m.value, m.as_of, m.period, m.segment) for m in run(text, date(2004, 8, 5))}
    assert got == {
        ("revenue", Decimal(88_400_000), None, "Q2 2004", None),
        ("revenue", Decimal(80_100_000), None, "Q2 2003", None),
        ("revenue", Decimal(171_000_000), None, "H1 2004", None),
        ("revenue", Decimal(158_200_000), None, "H1 2003", None),
        ("investment", Decimal(12_300_000), None, "Q2 2004", None),
        ("investment", Decimal(15_000_000), None, "Q2 2003", None),
        ("investment", Decimal(20_700_000), None, "H1 2004", None),
        ("investment", Decimal(29_900_000), None, "H1 2003", None),
        ("customers", Decimal(130_500), date(2004, 6, 30), None, "internet"),
        ("customers", Decimal(75_200), date(2003, 6, 30), None, "internet"),
        ("employees", Decimal(2_104), date(2004, 6, 30), None, None),
        ("employees", Decimal(2_311), date(2003, 6, 30), None, None),
    }


def test_a_headline_restating_a_table_figure_is_one_fact() -> None:
    text = (
        "REVENUE UP 10% TO EUR 88,4 MLN IN THE SECOND QUARTER OF 2004\n\n"
        "Revenue rose 10% to EUR 88,4 mln (EUR 80,1 mln). The company reported a net result "
        "for the first time: EUR 2,2 mln. It estimated its share of the Belgian business "
        "market at 4,5% at 30-06-2004.\n\n"
        "Key figures (EUR mln)                  Q2 2004    Q2 2003\n"
        "Revenue                                   88,4       80,1\n"
    )
    got = sorted((m.name, m.value, m.as_of, m.period) for m in run(text, date(2004, 8, 5)))
    assert got == sorted(
        [
            ("revenue", Decimal(88_400_000), None, "Q2 2004"),
            ("revenue", Decimal(80_100_000), None, "Q2 2003"),
            # No date of its own in a release on the second quarter: that quarter's.
            ("net_income", Decimal(2_200_000), None, "Q2 2004"),
            ("market_share", Decimal("4.5"), date(2004, 6, 30), None),
        ]
    )


def test_a_table_with_a_column_per_operator_and_dated_row_labels() -> None:
    text = (
        "Telenor ASA announced its results.\n\n"
        "    Key operating data                        Pannon          Kyivstar\n"
        "                                             (Hungary)        (Ukraine)\n"
        "    ------------------------------------------------------------------\n"
        "    Subscribers, June 30, 2005               2,810,000        9,752,000\n"
        "    Net additions, second quarter 2005          61,000          880,000\n"
        "    Estimated market share, June 30, 2005        33.9%            48.0%\n"
        "    Monthly churn, second quarter 2005            1.5%             2.2%\n"
        "    ------------------------------------------------------------------\n\n"
        "Telenor will publish its report in July.\n"
    )
    got = {(m.operator, m.name, m.value, m.as_of, m.period) for m in run(text, date(2005, 7, 20))}
    june = date(2005, 6, 30)
    assert got == {
        ("pannon-gsm", "customers", Decimal(2_810_000), june, None),
        ("kyivstar", "customers", Decimal(9_752_000), june, None),
        ("pannon-gsm", "net_additions", Decimal(61_000), None, "Q2 2005"),
        ("kyivstar", "net_additions", Decimal(880_000), None, "Q2 2005"),
        ("pannon-gsm", "market_share", Decimal("33.9"), june, None),
        ("kyivstar", "market_share", Decimal("48.0"), june, None),
    }


def test_a_rate_between_up_and_from_and_net_additions_were() -> None:
    text = (
        "Subscribers reached 2,810,000 at June 30, 2005, up 12% from 2,510,000 a year "
        "earlier. Net additions were 61,000 in the quarter, compared with 45,000 in the "
        "second quarter of 2004."
    )
    got = {(m.name, m.value) for m in run(text, date(2005, 7, 20))}
    assert got == {
        ("customers", Decimal(2_810_000)),
        ("customers", Decimal(2_510_000)),
        ("net_additions", Decimal(61_000)),
        ("net_additions", Decimal(45_000)),
    }


def test_a_members_table_with_a_header_over_three_lines_and_wrapped_names() -> None:
    text = (
        "The founding members of the alliance are:\n\n"
        "   Member                                  Country        Mobile customers\n"
        "                                                          at 31 March 2007\n"
        "                                                              (million)\n"
        "   -----------------------------------------------------------------------\n"
        "   Kyivstar GSM JSC                        Ukraine              19.2\n"
        "   Pannon GSM Telecommunications           Hungary               3.1\n"
        '     ("Pannon")\n'
        '   DiGi.Com Berhad ("DiGi")                 Malaysia              6.0\n'
        "   -----------------------------------------------------------------------\n"
        "   Total                                                        28.3\n"
    )
    got = {(m.operator, m.value, m.as_of) for m in run(text, date(2007, 5, 2))}
    end = date(2007, 3, 31)
    assert got == {
        ("kyivstar", Decimal(19_200_000), end),
        ("pannon-gsm", Decimal(3_100_000), end),
        ("digi-my", Decimal(6_000_000), end),
    }


def test_captions_in_words_and_a_day_for_year_columns() -> None:
    text = (
        "Millions of euros    2Q06    2Q05    % Chg.\n\n"
        "Revenues    41,002    38,950    5.3\n\n"
        "Majority net income    6,210    5,880    5.6\n\n"
        "Thousands, at June 30    2006    2005    % Chg.\n\n"
        "Lines in service    18,350    18,020    1.8\n\n"
        "Employees (units)    74,020    72,910    1.5\n"
    )
    got = {(m.name, m.value, m.unit, m.as_of, m.period) for m in run(text, date(2006, 7, 25))}
    assert got == {
        ("revenue", Decimal(41_002_000_000), "EUR", None, "Q2 2006"),
        ("revenue", Decimal(38_950_000_000), "EUR", None, "Q2 2005"),
        ("net_income", Decimal(6_210_000_000), "EUR", None, "Q2 2006"),
        ("net_income", Decimal(5_880_000_000), "EUR", None, "Q2 2005"),
        ("customers", Decimal(18_350_000), "count", date(2006, 6, 30), None),
        ("customers", Decimal(18_020_000), "count", date(2005, 6, 30), None),
        ("employees", Decimal(74_020), "count", date(2006, 6, 30), None),
        ("employees", Decimal(72_910), "count", date(2005, 6, 30), None),
    }


def test_a_group_with_its_subsidiaries_and_figures_lower_than_the_year_before() -> None:
    text = (
        "Operating revenues reached EUR 640 million, 2.1% lower than the EUR 653 million of "
        "2003. The Company held a 72.4% share of the lines in service in Chile at the end of "
        "the year. The Company and its subsidiaries had 3,812 employees at December 31, 2004."
    )
    got = {(m.name, m.value) for m in run(text, date(2005, 1, 26))}
    assert got == {
        ("revenue", Decimal(640_000_000)),
        ("revenue", Decimal(653_000_000)),
        ("market_share", Decimal("72.4")),
        ("employees", Decimal(3_812)),
    }


def test_operator_rows_under_a_counted_caption_inside_a_money_table() -> None:
    text = (
        "Key figures (EUR mln)                  Q2 2005    Q2 2004\n"
        "Revenue                                  410,2      380,9\n"
        "\n"
        "Subscribers (thousands)\n"
        "  Hungary (Pannon)                       2.810      2.650\n"
    )
    got = {(m.operator, m.name, m.value) for m in run(text, date(2005, 7, 20))}
    assert ("pannon-gsm", "customers", Decimal(2_810_000)) in got
    assert ("pannon-gsm", "customers", Decimal(2_650_000)) in got


def test_a_dollar_sign_is_the_issuers_own_dollar_unless_the_release_says_otherwise() -> None:
    # A Canadian issuer's "$" is Canadian dollars, in prose and under a "($ millions)" caption;
    # a release that says its amounts are US dollars keeps them US dollars; an issuer of no
    # dollar country writes US dollars.
    text = (
        "Bell Mobility's revenues for the quarter were $812.4 million.\n\n"
        "                                Quarters ended March 31\n"
        "    ($ millions)                     2007        2006\n"
        "    Operating revenues              812.4       774.0\n"
    )
    canadian = Operator(
        slug="bell-mobility", name="Bell Mobility", kind="mobile_operator", country="CA"
    )
    release = release_of(text)
    found = extract_metrics(text, release, registrant=canadian, catalog=default_catalog())
    # The prose figure is the table's 2007 column ("Quarters ended March 31": Q1).
    assert {(m.value, m.unit, m.period) for m in found} == {
        (Decimal("812400000"), "CAD", "Q1 2007"),
        (Decimal("774000000"), "CAD", "Q1 2006"),
    }
    stated = "All figures are expressed in U.S. dollars.\n" + text
    release = release_of(stated)
    found = extract_metrics(stated, release, registrant=canadian, catalog=default_catalog())
    assert {m.unit for m in found} == {"USD"}
    found = extract_metrics(
        text, release_of(text), registrant=REGISTRANT, catalog=default_catalog()
    )
    assert {m.unit for m in found} == {"USD"}


def test_a_canadian_dollar_amount_in_words() -> None:
    assert [
        (m.value, m.unit)
        for m in run("Vodafone reported revenues of 2.1 billion Canadian dollars in the quarter.\n")
    ] == [(Decimal("2100000000"), "CAD")]


def test_a_table_whose_spans_stand_over_a_line_of_days_and_a_line_of_years() -> None:
    # "Three months ended" over three columns and "Six months ended" over two, a caption
    # beside the rules under them, days with no year over the years; losses in brackets.
    text = (
        "Key figures\n\n"
        "                              Three months ended        Six months ended\n"
        "(EUR million)             ---------------------------  ------------------\n"
        "                          Jun. 30   Mar. 31   Jun. 30    Jun. 30   Jun. 30\n"
        "                            2006      2006      2005       2006      2005\n"
        "-------------------------------------------------------------------------\n"
        "Revenues                    210.4     205.1     198.7      415.5     390.2\n"
        "Net income (loss)           (12.5)      3.1     (20.4)     (9.4)    (31.0)\n"
        "-------------------------------------------------------------------------\n"
    )
    got = {(m.name, m.value, m.unit, m.period) for m in run(text)}
    assert got == {
        ("revenue", Decimal("210400000"), "EUR", "Q2 2006"),
        ("revenue", Decimal("205100000"), "EUR", "Q1 2006"),
        ("revenue", Decimal("198700000"), "EUR", "Q2 2005"),
        ("revenue", Decimal("415500000"), "EUR", "H1 2006"),
        ("revenue", Decimal("390200000"), "EUR", "H1 2005"),
        ("net_income", Decimal("-12500000"), "EUR", "Q2 2006"),
        ("net_income", Decimal("3100000"), "EUR", "Q1 2006"),
        ("net_income", Decimal("-20400000"), "EUR", "Q2 2005"),
        ("net_income", Decimal("-9400000"), "EUR", "H1 2006"),
        ("net_income", Decimal("-31000000"), "EUR", "H1 2005"),
    }


def test_an_operating_table_in_thousands_as_of_or_for_the_quarter() -> None:
    # The scale in a caption wrapped over two lines; stocks at each day, flows over the
    # quarter; the business named before the count; a figure ending a row is not the next
    # row's label's count.
    text = (
        "Operating data\n\n"
        "                                        As of / for the quarter ended\n"
        "(in thousands, except ARPU             ------------------------------\n"
        " and churn)                              Mar. 31,    Dec. 31,    Mar. 31,\n"
        "                                           2006        2005        2005\n"
        "-------------------------------------------------------------------------\n"
        "Mobile subscribers                        4,120       4,051       3,870\n"
        "Mobile net additions                         69          42          55\n"
        "Local telephony subscribers                 812         809         790\n"
        "-------------------------------------------------------------------------\n"
    )
    got = {(m.name, m.value, m.as_of, m.period, m.segment) for m in run(text)}
    assert got == {
        ("customers", Decimal(4_120_000), date(2006, 3, 31), None, "mobile"),
        ("customers", Decimal(4_051_000), date(2005, 12, 31), None, "mobile"),
        ("customers", Decimal(3_870_000), date(2005, 3, 31), None, "mobile"),
        ("net_additions", Decimal(69_000), None, "Q1 2006", "mobile"),
        ("net_additions", Decimal(42_000), None, "Q4 2005", "mobile"),
        ("net_additions", Decimal(55_000), None, "Q1 2005", "mobile"),
        ("customers", Decimal(812_000), date(2006, 3, 31), None, "fixed_line"),
        ("customers", Decimal(809_000), date(2005, 12, 31), None, "fixed_line"),
        ("customers", Decimal(790_000), date(2005, 3, 31), None, "fixed_line"),
    }


def test_lines_inside_a_table_that_name_an_operator_own_the_rows_below() -> None:
    # "Fixed line (Belgacom)" and "Wireless (Proximus)" inside a table of day columns: the
    # rows below are that operator's, of the business the line names (a mobile operator's
    # "Wireless" is all it does); a row in per cent is no count, a share row's bare cells are
    # per cents; a brand may stand before the business ("Skynet ADSL subscribers").
    text = (
        "KEY OPERATING DATA\n\n"
        "                                     31.03.2006     31.12.2005     31.03.2005\n"
        "--------------------------------------------------------------------------------\n"
        "Fixed line (Belgacom)\n"
        "  Lines in service (thousand)             4.301          4.320          4.410\n"
        "  Skynet ADSL subscribers               903.114        871.250        722.018\n"
        "Wireless (Proximus)\n"
        "  Clients                             4.512.300      4.470.120      4.302.661\n"
        "  Prepaid clients (%)                      55,2           55,9           57,0\n"
        "  Market share (%)                         46,1           46,3           47,0\n"
        "--------------------------------------------------------------------------------\n"
    )
    got = {(m.operator, m.name, m.value, m.as_of, m.segment) for m in run(text)}
    day, end, year_ago = date(2006, 3, 31), date(2005, 12, 31), date(2005, 3, 31)
    assert got == {
        ("belgacom", "customers", Decimal(4_301_000), day, "fixed_line"),
        ("belgacom", "customers", Decimal(4_320_000), end, "fixed_line"),
        ("belgacom", "customers", Decimal(4_410_000), year_ago, "fixed_line"),
        ("belgacom", "customers", Decimal(903_114), day, "internet"),
        ("belgacom", "customers", Decimal(871_250), end, "internet"),
        ("belgacom", "customers", Decimal(722_018), year_ago, "internet"),
        ("proximus", "customers", Decimal(4_512_300), day, None),
        ("proximus", "customers", Decimal(4_470_120), end, None),
        ("proximus", "customers", Decimal(4_302_661), year_ago, None),
        ("proximus", "market_share", Decimal("46.1"), day, None),
        ("proximus", "market_share", Decimal("46.3"), end, None),
        ("proximus", "market_share", Decimal("47.0"), year_ago, None),
    }


def test_accesses_by_service_in_a_table_of_thousands() -> None:
    # Column units under the dates, continental thousands; "of which" rows are parts.
    text = (
        "The Group's accesses:\n\n"
        "                                          31-03-2006      31-03-2005\n"
        "                                          (thousands)     (thousands)\n"
        "  Fixed telephony accesses                   12.310          12.702\n"
        "  Internet and data accesses                  3.204           2.611\n"
        "    of which: broadband                       2.950           2.204\n"
        "  Total accesses                             15.514          15.313\n"
    )
    got = {(m.value, m.as_of, m.segment) for m in run(text)}
    day, year_ago = date(2006, 3, 31), date(2005, 3, 31)
    assert got == {
        (Decimal(12_310_000), day, "fixed_line"),
        (Decimal(12_702_000), year_ago, "fixed_line"),
        (Decimal(3_204_000), day, "internet"),
        (Decimal(2_611_000), year_ago, "internet"),
        (Decimal(15_514_000), day, None),
        (Decimal(15_313_000), year_ago, None),
    }


def test_a_results_releases_figures_take_its_period_not_the_comparisons() -> None:
    # The lead names the quarter reported; a figure with no date of its own is of that
    # quarter; a date a change is measured against ("above 3Q05", "on 3Q05") dates the
    # compared figure only.
    text = (
        "Lisbon, 9 November 2006 - Vodafone Portugal today announced its results for the "
        "third quarter of 2006.\n\n"
        " * Revenues of EUR 412,5 million, 6,1% above 3Q05;\n"
        " * Net income of EUR 61,2 million, against EUR 55,0 million in 3Q05;\n\n"
        "Capital expenditures reached EUR 48,3 million, up 4,0% on 3Q05.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2006, 11, 9))}
    assert got == {
        ("revenue", Decimal("412500000"), "Q3 2006"),
        ("net_income", Decimal("61200000"), "Q3 2006"),
        ("net_income", Decimal("55000000"), "Q3 2005"),
        ("investment", Decimal("48300000"), "Q3 2006"),
    }
    # A half-year release: "in the quarter" and "since January" are spans of their own.
    text = (
        "Lisbon, 9 August 2006 - Vodafone Portugal today announced its results for the "
        "first half of 2006.\n\n"
        "Vodafone Portugal added 52,000 net customers in the quarter. It has invested "
        "EUR 95 million in its network since January.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2006, 8, 9))}
    assert got == {
        ("net_additions", Decimal("52000"), None),
        ("investment", Decimal("95000000"), None),
    }


def test_added_a_net_governs_the_counts_listed_after_it() -> None:
    # "added a net" is a verb of net additions; each listed count is one, of the business
    # its noun names.
    text = (
        "In the third quarter of 2007 the Company added a net 240,000 wireless\n"
        "customers and 85,000 DSL customers, while churn fell.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2007, 10, 30))}
    assert got == {
        ("net_additions", Decimal(240_000), "mobile"),
        ("net_additions", Decimal(85_000), "internet"),
    }


def test_prose_net_additions_without_a_business_restate_the_tables_row() -> None:
    text = (
        "Operating data\n\n"
        "                                        As of / for the quarter ended\n"
        "(in thousands)                           Mar. 31,    Dec. 31,\n"
        "                                           2006        2005\n"
        "-------------------------------------------------------------------------\n"
        "Cable broadband subscribers               1,120       1,051\n"
        "Broadband net additions                      69          42\n"
        "-------------------------------------------------------------------------\n\n"
        "Acme added a net 69 thousand subscribers, bringing its base to 1.12 million.\n"
    )
    got = [(m.name, m.value) for m in run(text, date(2006, 4, 28)) if m.value == 69_000]
    assert got == [("net_additions", Decimal(69_000))]


def test_a_bracketed_earlier_figure_after_a_change_a_period_or_a_numeric_date() -> None:
    text = (
        "Lisbon, 4 August 2006 - Atlantico Telecom today announced its results for the second "
        "quarter of 2006.\n\n"
        " * Net revenues of EUR 812,4 million, 7,2% above 2Q05 (EUR 757,8 million);\n\n"
        "Capital expenditures amounted to EUR 95,1 million in 2Q06 (2Q05: EUR 88,0 "
        "million). The Company had 3.104 employees as of 30.06.2006 (31.12.2005: 3.266).\n"
    )
    got = {(m.name, m.value, m.as_of, m.period) for m in run(text, date(2006, 8, 4))}
    assert got == {
        ("revenue", Decimal("812400000"), None, "Q2 2006"),
        ("revenue", Decimal("757800000"), None, "Q2 2005"),
        ("investment", Decimal("95100000"), None, "Q2 2006"),
        ("investment", Decimal("88000000"), None, "Q2 2005"),
        ("employees", Decimal(3104), date(2006, 6, 30), None),
        ("employees", Decimal(3266), date(2005, 12, 31), None),
    }


def test_the_business_a_sentence_names_is_the_figures_segment() -> None:
    text = (
        "Montreal, 3 August 2006 - Acme Telecom today announced its results for the second "
        "quarter of 2006.\n\n"
        "Revenues from the wireless segment rose 9.1 per cent to $842.0 million. Wireline "
        "revenues were $990.3 million. Acme added 61,200 net wireless subscribers in the "
        "quarter (Q2 2005: 58,900). High-speed Internet net additions were 21,400, for a "
        "total of 810,000 high-speed Internet subscribers. Acme had 21,500 team members.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2006, 8, 3))}
    assert got == {
        ("revenue", Decimal("842000000"), "mobile"),
        ("revenue", Decimal("990300000"), "fixed_line"),
        ("net_additions", Decimal(61_200), "mobile"),
        ("net_additions", Decimal(58_900), "mobile"),
        ("net_additions", Decimal(21_400), "internet"),
        ("customers", Decimal(810_000), "internet"),
        ("employees", Decimal(21_500), None),
    }


def test_a_share_for_another_operator_and_a_joint_share_at_the_end() -> None:
    # "for LG Dacom" names whose share it is, at the same date; only the last share is the
    # joint one "taken together".
    text = (
        "LG Powercom's share of the Korean broadband market stood at 14.2% at the end of "
        "June 2006, compared with 44.9% for LG Dacom and 12.1% for Telecom Italia and the "
        "cable system operators taken together.\n"
    )
    got = {(m.operator, m.value, m.as_of, m.segment) for m in run(text, date(2006, 7, 20))}
    assert got == {
        ("lg-powercom", Decimal("14.2"), date(2006, 6, 30), "internet"),
        ("lg-dacom", Decimal("44.9"), date(2006, 6, 30), "internet"),
    }


def test_the_market_a_share_is_of_gives_its_segment_but_a_mobile_operators_is_its_only() -> None:
    text = (
        "At the end of June 2006 LG Dacom held a 6.1% share of the fixed-line market. "
        "SFR held a 35.4% share of the French mobile market at the end of June 2006.\n"
    )
    got = {(m.operator, m.value, m.segment) for m in run(text, date(2006, 7, 20))}
    assert got == {
        ("lg-dacom", Decimal("6.1"), "fixed_line"),
        ("sfr", Decimal("35.4"), None),
    }


def test_a_span_of_months_a_nine_month_lead_and_a_bracket_after_more_than() -> None:
    text = (
        "Rome, 8 November 2006. The Board of Italtel Mobile approved the results for the "
        "first nine months of 2006.\n\n"
        "  - Revenues amounted to EUR 4.210,3 million in\n"
        "    January-September 2006, 8,2% more than in the same period of 2005\n"
        "    (EUR 3.891,0 million).\n"
        "  - Net income for the period was EUR 612,4 million, 11,0% higher than a\n"
        "    year earlier (EUR 551,7 million).\n"
        "  - Capital expenditures totalled EUR 702,9 million.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2006, 11, 8))}
    assert got == {
        ("revenue", Decimal("4210300000"), "Q1-Q3 2006"),
        ("revenue", Decimal("3891000000"), "Q1-Q3 2005"),
        ("net_income", Decimal("612400000"), "Q1-Q3 2006"),
        ("net_income", Decimal("551700000"), "Q1-Q3 2005"),
        ("investment", Decimal("702900000"), "Q1-Q3 2006"),
    }
    # "July to September" is the third quarter.
    got = {
        (m.name, m.period)
        for m in run(
            "Revenues amounted to EUR 1.402,1 million in July to September 2006.\n",
            date(2006, 11, 8),
        )
    }
    assert got == {("revenue", "Q3 2006")}


def test_bullets_are_sentences_and_a_bracket_after_an_increase_over_a_period() -> None:
    text = (
        "(Beijing, 20 August 2007) - Acme announced its results for the six months ended "
        "30 June 2007.\n\n"
        "  *  Operating revenues were RMB 21,410 million, an increase of 4.1% over the\n"
        "     first half of 2006 (RMB 20,567 million).\n"
        "  *  Profit attributable to shareholders increased 3.2% to RMB 3,120 million\n"
        "     (first half of 2006: RMB 3,023 million).\n"
        "  *  Capital expenditure was RMB 4,410 million, 9.0% lower than a year ago.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2007, 8, 20))}
    assert got == {
        ("revenue", Decimal("21410000000"), "H1 2007"),
        ("revenue", Decimal("20567000000"), "H1 2006"),
        ("net_income", Decimal("3120000000"), "H1 2007"),
        ("net_income", Decimal("3023000000"), "H1 2006"),
        ("investment", Decimal("4410000000"), "H1 2007"),
    }


def test_guidance_in_the_metrics_words_and_employees_who_left_are_no_facts() -> None:
    text = (
        "The one-off charge followed a voluntary retirement programme under which 212 "
        "employees left the Company. Acme confirms its full-year revenue guidance of "
        "approximately EUR 2.4 billion. Acme had 3,870 employees at 30 June 2007.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2007, 8, 20))}
    assert got == {("employees", Decimal(3870))}


def test_a_mark_passed_a_second_count_in_a_list_and_a_territory_with_a_possessive() -> None:
    text = (
        "Acme Movil passed the mark of three million clients on May 5, 2006.\n\n"
        "Acme Movil added 95 thousand net clients in the third quarter and 240 thousand in "
        "the nine months ended September 30, 2006. Its network covers 62% of the "
        "province's territory.\n"
    )
    got = {(m.name, m.value, m.qualifier, m.period) for m in run(text, date(2006, 10, 20))}
    assert got == {
        ("customers", Decimal(3_000_000), "more_than", None),
        ("net_additions", Decimal(95_000), "exact", "Q3 2006"),
        ("net_additions", Decimal(240_000), "exact", "Q1-Q3 2006"),
        ("territory_coverage", Decimal(62), "exact", None),
    }


def test_a_part_invested_by_a_subsidiary_and_dates_of_brackets_and_changes() -> None:
    # "(2Q05: ...)" labels the bracketed figure and "up 12,0% on 2Q05" dates the change's
    # base: neither is the period of the figures after or before them.
    text = (
        "Rio de Janeiro, August 10, 2006 - Brasil Mobile Holdings today announced its results "
        "for the second quarter of 2006.\n\n"
        "Wireline revenues totalled R$ 2.810,4 million in the quarter (2Q05: R$ 2.750,0 "
        "million), while Embratel's net revenues reached R$ 1.054,2 million, up 12,0% on 2Q05.\n\n"
        "Capital expenditures amounted to R$ 540,3 million in 2Q06 (2Q05: R$ 612,7\n"
        "million), of which R$ 201,5 million were invested by Embratel. Embratel added 650.112 net "
        "clients in 2Q06, against a net addition of 786.432 in 2Q05.\n"
    )
    got = {(m.operator, m.name, m.value, m.period) for m in run(text, date(2006, 8, 10))}
    assert ("embratel", "revenue", Decimal("1054200000"), "Q2 2006") in got
    assert ("embratel", "investment", Decimal("201500000"), "Q2 2006") in got
    assert ("embratel", "net_additions", Decimal(650_112), "Q2 2006") in got
    assert ("embratel", "net_additions", Decimal(786_432), "Q2 2005") in got


def test_a_two_word_brand_before_the_business_and_lines_in_service_rows() -> None:
    text = (
        "Operating data\n\n"
        "Thousands, at June 30    2007    2006    % Chg.\n\n"
        "Lines in service – Chile    2,183    2,240    (2.5)\n\n"
        "Banda Ancha broadband accesses – Chile    695    470    47.9\n"
    )
    got = {(m.name, m.value, m.as_of, m.segment) for m in run(text, date(2007, 7, 25))}
    assert got == {
        ("customers", Decimal(2_183_000), date(2007, 6, 30), "fixed_line"),
        ("customers", Decimal(2_240_000), date(2006, 6, 30), "fixed_line"),
        ("customers", Decimal(695_000), date(2007, 6, 30), "internet"),
        ("customers", Decimal(470_000), date(2006, 6, 30), "internet"),
    }


def test_net_additions_in_a_year_were_and_a_stock_on_the_year_an_operator_closed() -> None:
    text = (
        "Net additions in 2006 were 912,400, and prepaid subscribers made up 90% of the base. "
        "Acme closed 2006 with 2,415,276 fixed lines in service.\n"
    )
    got = {(m.name, m.value, m.as_of, m.period) for m in run(text, date(2007, 1, 20))}
    assert got == {
        ("net_additions", Decimal(912_400), None, "2006"),
        ("customers", Decimal(2_415_276), date(2006, 12, 31), None),
    }


def test_managed_customers_on_the_month_an_operator_closed() -> None:
    text = "Acme closed June with 31,4 million managed customers.\n"
    got = {(m.name, m.value, m.as_of) for m in run(text, date(2006, 7, 28))}
    assert got == {("customers", Decimal(31_400_000), date(2006, 6, 30))}


def test_counts_that_belong_to_an_operator_and_its_contribution_to_revenues() -> None:
    text = (
        "The remaining 2,3 million mobile accesses belong to Embratel, which the Group has "
        "consolidated since 1 July 2006. Embratel contributed EUR 301,2 million to Group "
        "revenues in the third quarter of 2006.\n"
    )
    got = {(m.operator, m.name, m.value, m.period) for m in run(text, date(2006, 11, 8))}
    assert got == {
        ("embratel", "customers", Decimal(2_300_000), None),
        ("embratel", "revenue", Decimal("301200000"), "Q3 2006"),
    }


def test_a_share_that_rose_to_a_figure_from_an_earlier_one() -> None:
    text = (
        "LG Dacom's share of the local telephony market rose to 7.2% at the end of June "
        "2006 from 6.1% a year earlier.\n"
    )
    got = {(m.operator, m.value, m.as_of) for m in run(text, date(2006, 7, 20))}
    assert got == {
        ("lg-dacom", Decimal("7.2"), date(2006, 6, 30)),
        ("lg-dacom", Decimal("6.1"), date(2005, 6, 30)),
    }


def test_a_count_raised_to_a_figure_and_a_date_after_a_coordinated_share() -> None:
    text = (
        "In Barbados, Embratel increased its mobile customers to 210,000 at 30 June 2006. "
        "LG Dacom had 412,000 broadband customers and a 12% share of the Korean broadband "
        "market at 30 June 2006.\n"
    )
    got = {(m.operator, m.name, m.value, m.as_of, m.segment) for m in run(text, date(2006, 8, 1))}
    assert got == {
        ("embratel", "customers", Decimal(210_000), date(2006, 6, 30), "mobile"),
        ("lg-dacom", "customers", Decimal(412_000), date(2006, 6, 30), "internet"),
        ("lg-dacom", "market_share", Decimal(12), date(2006, 6, 30), "internet"),
    }


def test_an_abbreviated_currency_point_ends_no_sentence() -> None:
    text = (
        "Net income for the year ended March 31, 2008 was Rs. 42.60 crore. Revenues for the "
        "year were S/. 812,4 million.\n"
    )
    got = {(m.name, m.value, m.unit) for m in run(text, date(2008, 5, 2))}
    assert ("net_income", Decimal("426000000"), "INR") in got
    assert ("revenue", Decimal("812400000"), "PEN") in got


def test_the_fourth_quarter_of_a_fiscal_year_ending_in_march() -> None:
    # "The fourth quarter" of a fiscal year ended March 31 is January to March: Q1 of the
    # calendar year; the lead names the fiscal year after a long headline and subtitle.
    text = (
        "                  NORDNET INDIA POSTS RECORD RESULTS FOR FISCAL 2008,\n"
        "                  WITH REVENUES UP 41 PER CENT AND NET INCOME UP 60 PER CENT\n\n"
        "        Data centre business doubles; broadband connections pass 2 lakh; the\n"
        "        enterprise network reaches 300 cities across the country this year\n\n"
        "Mumbai, India, Thursday, May 2, 2008: Nordnet India Limited (NASDAQ: NRDN), a "
        "leading provider of Internet, data centre, network and e-learning services to consumers "
        "and enterprises across India, today announced its "
        "audited results under US GAAP for the fourth quarter and the fiscal year ended "
        "March 31, 2008.\n\n"
        "Nordnet added 24,500 broadband connections during the fourth quarter.\n"
    )
    assert text.index("2008.\n\n") > 600
    (metric,) = [m for m in run(text, date(2008, 5, 2)) if m.name == "net_additions"]
    assert (metric.value, metric.period) == (Decimal("24500"), "Q1 2008")


def test_a_titled_table_of_quarter_and_year_columns_of_a_fiscal_year() -> None:
    # The title gives the unit ("Rs. in crore": ten million rupees), a line of spans
    # ("Quarter ended   Year ended") stands between it and the header of days over years.
    text = (
        "Key financials (Rs. in crore)\n\n"
        "                          Quarter ended          Year ended\n"
        "                      --------------------  --------------------\n"
        "                       Mar 31,    Mar 31,    Mar 31,    Mar 31,\n"
        "                         2008       2007       2008       2007\n"
        "Revenues                 88.40      61.75     310.20     228.65\n"
        "Net income                6.05       4.40      21.90      15.10\n"
    )
    got = {(m.name, m.value, m.unit, m.period) for m in run(text, date(2008, 5, 2))}
    assert ("revenue", Decimal("884000000"), "INR", "Q1 2008") in got
    assert ("revenue", Decimal("2286500000"), "INR", "year ended 31 March 2007") in got
    assert ("net_income", Decimal("219000000"), "INR", "year ended 31 March 2008") in got
    assert len(got) == 8


def test_a_table_with_a_wrapped_caption_and_change_header_and_a_bracketed_business() -> None:
    # The caption gives the scale ("(in thousands, unless" / "otherwise indicated)"), the
    # change column's header wraps onto two more lines, a brand names its business in
    # brackets, and the table's rounded count restates the exact one the text gave.
    text = (
        "Andeslink had 512.388 broadband customers as of 30.06.2006.\n\n"
        "OPERATING DATA\n"
        "(in thousands, unless               30.06.2006   31.03.2006   30.06.2005    Var. %\n"
        " otherwise indicated)                                                     Jun-06 /\n"
        "                                                                             Jun-05\n"
        "----------------------------------------------------------------------------------\n"
        "Fixed lines in service                  1.744,2      1.731,9      1.702,5      2,4\n"
        "Rapida (ADSL) connections                 512,4        488,0        401,7     27,6\n"
        "Employees (units)                         3.911        3.950        4.102     (4,7)\n"
        "----------------------------------------------------------------------------------\n"
    )
    got = {(m.name, m.value, m.as_of, m.segment) for m in run(text, date(2006, 8, 3))}
    assert ("customers", Decimal(1744200), date(2006, 6, 30), "fixed_line") in got
    assert ("customers", Decimal(488000), date(2006, 3, 31), "internet") in got
    assert ("customers", Decimal(512388), date(2006, 6, 30), "internet") in got
    assert not any(value == Decimal(512400) for _, value, _, _ in got)
    assert ("employees", Decimal(3911), date(2006, 6, 30), None) in got


def test_a_share_of_lines_in_service_in_a_country_and_of_exchange_lines() -> None:
    text = (
        "At the end of June Nordtel estimated its share of fixed lines in service in Chile at "
        "approximately 78%. Nordtel estimates that its share of business exchange lines "
        "stood at around 64% at June 30, 2006.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2006, 8, 1))}
    assert got == {
        ("market_share", Decimal(78), "fixed_line"),
        ("market_share", Decimal(64), "fixed_line"),
    }


def test_net_losses_are_negative_and_a_repeated_metric_is_the_earlier_one() -> None:
    text = (
        "Nordtel today announced its results for the third quarter ended September 30, 2005.\n\n"
        "The Company reported a net loss of EUR 6.3 million, compared with a net loss of "
        "EUR 12.9 million a year earlier. Capital expenditures totalled EUR 18.4 million in "
        "the quarter and EUR 47.0 million in the nine months ended September 30, 2005.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2005, 11, 2))}
    assert got == {
        ("net_income", Decimal("-6300000"), "Q3 2005"),
        ("net_income", Decimal("-12900000"), "Q3 2004"),
        ("investment", Decimal("18400000"), "Q3 2005"),
        ("investment", Decimal("47000000"), "Q1-Q3 2005"),
    }


def test_a_whole_and_a_fraction_in_words_roaming_networks_and_a_country_s_share() -> None:
    text = (
        "We passed two and a half million customers in April. Nordtel customers can roam on "
        "the networks of more than 310 operators in 120 countries. Its share of Norway's "
        "wireless subscribers stood at approximately 14% at the end of June.\n"
    )
    got = {(m.name, m.value, m.qualifier) for m in run(text, date(2005, 7, 20))}
    assert got == {
        ("customers", Decimal(2500000), "more_than"),
        ("roaming_partners", Decimal(310), "more_than"),
        ("market_share", Decimal(14), "approximately"),
    }


def test_a_vendor_s_deliveries_a_target_and_a_market_passing_a_mark_are_no_facts() -> None:
    # A network vendor's release: what it "will deliver" and what the expansion "is intended"
    # to reach are plans; "the Thai mobile market passed 30 million" is the market's. The
    # operator's own network today is a fact.
    text = (
        "Under the agreement, Nordvendor will supply approximately 800 base stations. "
        "The expansion is intended to take coverage to 97% of the population by 2009. "
        "The Thai mobile market passed 30 million subscriptions at the end of 2006. "
        "DTAC operates a network of some 6,100 base stations.\n"
    )
    got = {(m.operator, m.name, m.value) for m in run(text, date(2007, 3, 1))}
    assert got == {("dtac", "base_stations", Decimal(6100))}


def test_a_table_of_balances_as_at_days_with_scaled_group_lines_and_part_rows() -> None:
    text = (
        "Nordlink today announced its results for the six months ended September 30, 2007.\n\n"
        "Key operating statistics\n\n"
        "As at September 30, 2007    As at March 31, 2007\n\n"
        "Fixed Network Services (\u2018000)\n\n"
        "Exchange lines in service \u2013 business    810    822\n\n"
        "Exchange lines in service \u2013 residential    1,120    1,150\n\n"
        "Total exchange lines in service    1,930    1,972\n\n"
        "Wireless (thousands)\n\n"
        "Mobile customers    2,250    2,190\n\n"
        "Employees (number)    9,870    9,915\n\n"
        "The company will report again in the spring.\n"
    )
    got = {(m.name, m.value, m.as_of, m.segment) for m in run(text, date(2007, 11, 7))}
    assert got == {
        ("customers", Decimal(1_930_000), date(2007, 9, 30), "fixed_line"),
        ("customers", Decimal(1_972_000), date(2007, 3, 31), "fixed_line"),
        ("customers", Decimal(2_250_000), date(2007, 9, 30), "mobile"),
        ("customers", Decimal(2_190_000), date(2007, 3, 31), "mobile"),
        ("employees", Decimal(9_870), date(2007, 9, 30), None),
        ("employees", Decimal(9_915), date(2007, 3, 31), None),
    }


def test_lines_in_service_by_region_without_a_total_row_stay_counts() -> None:
    text = (
        "Nordlink reports its quarter.\n\n"
        "Thousands                              Q3 2007      Q3 2006\n"
        "Lines in service \u2013 North              5,410        5,380\n"
        "Lines in service \u2013 South              2,020        1,960\n\n"
        "The company will report again in the spring.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2007, 11, 7))}
    assert ("customers", Decimal(5_410_000)) in got and ("customers", Decimal(2_020_000)) in got


def test_a_lone_net_addition_of_a_named_fixed_business_keeps_it() -> None:
    text = (
        "Nordlink added 18,400 fixed-line connections in the first quarter, while its "
        "mobile arm added 120,000 wireless subscribers in the quarter.\n"
    )
    got = {(m.name, m.value, m.segment) for m in run(text, date(2007, 4, 24))}
    assert ("net_additions", Decimal(18_400), "fixed_line") in got
    assert ("net_additions", Decimal(120_000), "mobile") not in got


def test_pesos_abbreviated_ps_are_the_pesos_the_release_states() -> None:
    # An issuer of no known country: the release's own "stated in Chilean pesos" says which.
    text = (
        "Andes Fibra said all amounts are expressed in Chilean pesos. Revenues for the "
        "first quarter of 2009 were Ps. 45.3 million, and net income was Ps. 2.1 million."
    )
    issuer = Operator(slug="andes-fibra", name="Andes Fibra", kind="other", country=None)
    got = extract_metrics(text, release_of(text), registrant=issuer, catalog=default_catalog())
    assert {(m.name, m.value, m.unit) for m in got} == {
        ("revenue", Decimal("45300000"), "CLP"),
        ("net_income", Decimal("2100000"), "CLP"),
    }


def test_a_row_in_persons_under_a_caption_in_thousands_keeps_its_own_scale() -> None:
    text = (
        "Nordtel reports its operating data.\n\n"
        "                              2009       2008\n"
        "                                 (in thousands)\n"
        "Mobile subscribers            812.4      700.1\n"
        "Employees (persons)           3,215      3,102\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2010, 2, 1))}
    assert ("employees", Decimal("3215")) in got
    assert ("employees", Decimal("3102")) in got
    assert ("customers", Decimal("812400")) in got


def test_portuguese_metric_words_with_continental_figures() -> None:
    text = (
        "A Telemig Celular encerrou o ano de 2004 com 2.841.003 clientes. A Telemig Celular "
        "conta com 1.312 funcionários. Em 30 de setembro de 2004, a participação de mercado "
        "da Telemig Celular em sua área era de 61,2%, e sua rede cobria 71,5% da população "
        "do estado. A Telemig Celular deverá somar 3,4 milhões de clientes em 2005.\n"
    )
    got = {(m.operator, m.name, m.value, m.as_of) for m in run(text, date(2005, 1, 20))}
    assert got == {
        ("telemig-celular", "customers", Decimal(2_841_003), date(2004, 12, 31)),
        ("telemig-celular", "employees", Decimal(1_312), None),
        ("telemig-celular", "market_share", Decimal("61.2"), date(2004, 9, 30)),
        ("telemig-celular", "population_coverage", Decimal("71.5"), date(2004, 9, 30)),
    }


def test_spanish_metric_words_and_a_part_held_by_a_named_operator() -> None:
    text = (
        "CANTV cerró el ejercicio 2005 con 6.802.114 clientes, de los cuales 4.918.007 en "
        "Movilnet. CANTV emplea a 9.450 trabajadores. Al 31 de diciembre de 2005, la "
        "participación de mercado de Movilnet alcanzó el 38,5%. Movilnet sumó 2,1 millones "
        "de suscriptores.\n"
    )
    got = {(m.operator, m.name, m.value, m.as_of) for m in run(text, date(2006, 2, 1))}
    assert got == {
        ("cantv", "customers", Decimal(6_802_114), date(2005, 12, 31)),
        ("movilnet", "customers", Decimal(4_918_007), date(2005, 12, 31)),
        ("cantv", "employees", Decimal(9_450), None),
        ("movilnet", "market_share", Decimal("38.5"), date(2005, 12, 31)),
        ("movilnet", "customers", Decimal(2_100_000), None),
    }


def test_a_part_of_a_count_named_after_of_which_is_that_operators_own() -> None:
    text = "CANTV ended 2005 with 6.802.114 clients, of which 4.918.007 at Movilnet, its arm.\n"
    got = {(m.operator, m.value, m.span.text) for m in run(text, date(2006, 2, 1))}
    assert got == {
        ("cantv", Decimal(6_802_114), "6.802.114 clients"),
        ("movilnet", Decimal(4_918_007), "4.918.007"),
    }


def test_parts_of_a_count_said_with_of_them_or_listed_are_the_named_operators() -> None:
    # "of them" after the part, a part right after its whole, and the next part after "and".
    for text in (
        "CANTV ended 2005 with 6,802 thousand clients, 4,918 thousand of them at Movilnet in "
        "Caracas and 1,884 thousand at Telcel in Maracaibo.\n",
        "CANTV ended 2005 with 6,802 thousand clients, 4,918 thousand at Movilnet and 1,884 "
        "thousand at Telcel.\n",
    ):
        got = {(m.operator, m.value) for m in run(text, date(2006, 2, 1))}
        assert got == {
            ("cantv", Decimal(6_802_000)),
            ("movilnet", Decimal(4_918_000)),
            ("telcel", Decimal(1_884_000)),
        }


def test_a_figure_its_subject_estimates_is_approximate_a_stated_estimate_is_not() -> None:
    text = (
        "Movilnet estimates its market share at 41% in its area. Movilnet's estimated share "
        "of the mobile market was 39% a year ago, and the market share was estimated at 38%.\n"
    )
    got = {(m.value, m.qualifier) for m in run(text, date(2006, 2, 1))}
    assert (Decimal(41), "approximately") in got
    assert (Decimal(39), "exact") in got


def test_a_capital_on_opening_a_sentence_dates_it_across_a_line_break() -> None:
    text = (
        "Telemig Celular grew in the year. On September 30,\n"
        "2004, Telemig Celular's market share in its area was 61,2%.\n"
    )
    got = {(m.name, m.value, m.as_of) for m in run(text, date(2004, 11, 1))}
    assert got == {("market_share", Decimal("61.2"), date(2004, 9, 30))}


def test_a_year_earlier_of_a_fiscal_year_and_a_loss_compared_with_a_profit() -> None:
    text = (
        "Nordtel reported results for the year ended 30 June 2008. Turnover for the year rose "
        "8.1% to HK$910.4 million (FY2007: HK$842.0 million). Profit attributable to "
        "shareholders was HK$52.3 million, against a loss of HK$12.1 million a year earlier.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2008, 9, 10))}
    assert got == {
        ("revenue", Decimal(910_400_000), "year ended 30 June 2008"),
        ("revenue", Decimal(842_000_000), "year ended 30 June 2007"),
        ("net_income", Decimal(52_300_000), "year ended 30 June 2008"),
        ("net_income", Decimal(-12_100_000), "year ended 30 June 2007"),
    }


def test_a_count_that_passed_the_mark_is_more_than_the_mark() -> None:
    text = (
        "Nordtel said its broadband subscribers crossed the 5 million mark in May. Mobile "
        "subscribers passed the 2 million mark in June, and its fixed-line subscriptions "
        "passed the half-million mark for the first time in July.\n"
    )
    got = {(m.value, m.segment, m.qualifier, m.as_of) for m in run(text, date(2008, 9, 10))}
    assert got == {
        (Decimal(5_000_000), "internet", "more_than", None),
        (Decimal(2_000_000), "mobile", "more_than", None),
        (Decimal(500_000), "fixed_line", "more_than", None),
    }


def test_a_total_comprising_the_counts_of_several_business_lines_is_no_count_itself() -> None:
    text = (
        "At 30 June 2008 Nordtel served a total of 1,250,000 lines, consisting of 810,000 "
        "fixed-line, 300,000 broadband and 140,000 cable TV lines. Nordtel had 2,000 "
        "customers, comprising 1,200 business and 800 residential customers.\n"
    )
    got = {(m.value, m.segment, m.as_of) for m in run(text, date(2008, 9, 10))}
    assert got == {
        (Decimal(810_000), "fixed_line", date(2008, 6, 30)),
        (Decimal(300_000), "internet", date(2008, 6, 30)),
        (Decimal(2_000), None, None),
    }


def test_net_additions_that_name_what_they_count() -> None:
    text = (
        "Net subscriber additions were 18,400. The company reported 12,500 net customer adds.\n"
        "\n"
        "                                 2Q09        1Q09\n"
        "Net line additions (000s)        31.2        27.5\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2009, 7, 20))}
    assert got == {
        ("net_additions", Decimal(18_400)),
        ("net_additions", Decimal(12_500)),
        ("net_additions", Decimal(31_200)),
        ("net_additions", Decimal(27_500)),
    }


def test_an_indented_highlights_list_with_shares_parts_and_a_month_compared() -> None:
    text = (
        "Telemig Celular today announced its results for the second quarter of 2005 (2Q05).\n"
        "\n"
        "  - Data revenues represented 12.7% of net revenue in the\n"
        "    quarter, against 10.2% a year earlier.\n"
        "  - Movilnet ended the quarter with 318 thousand local lines in service, up from\n"
        "    290 thousand in March.\n"
        "  - Telemig Celular's share of outgoing roaming traffic was 44.5%.\n"
        "\n"
        "At June 30, 2005, Telemig Celular had 2,310 employees, including 412 at Movilnet.\n"
    )
    got = {(m.operator, m.name, m.value, m.as_of, m.period) for m in run(text, date(2005, 8, 1))}
    assert got == {
        ("mmo2", "data_revenue_share", Decimal("12.7"), None, "Q2 2005"),
        ("mmo2", "data_revenue_share", Decimal("10.2"), None, "Q2 2004"),
        ("movilnet", "customers", Decimal(318_000), date(2005, 6, 30), None),
        ("movilnet", "customers", Decimal(290_000), date(2005, 3, 31), None),
        ("telemig-celular", "market_share", Decimal("44.5"), None, None),
        ("telemig-celular", "employees", Decimal(2_310), date(2005, 6, 30), None),
        ("movilnet", "employees", Decimal(412), date(2005, 6, 30), None),
    }


def test_a_share_of_the_countrys_lines_and_an_industry_as_a_whole() -> None:
    text = (
        "According to the regulator, the industry as a whole served approximately 9.8 million "
        "subscribers at the end of June. At the end of June 2008 Telcel held some 72% of the "
        "country's mobile lines.\n"
    )
    got = {(m.operator, m.name, m.value, m.segment) for m in run(text, date(2008, 8, 1))}
    assert got == {("telcel", "market_share", Decimal(72), "mobile")}


def test_a_caption_before_spans_and_one_day_over_two_years() -> None:
    text = (
        "Nordtel announced results for the second quarter ended June 30, 2006.\n"
        "\n"
        "    Selected data\n"
        "    (in thousands of U.S. dollars,       Three months ended    Six months ended\n"
        "     except per share amounts)                June 30               June 30\n"
        "                                          2006       2005       2006       2005\n"
        "    ------------------------------------------------------------------------\n"
        "    Total revenues                      41,220     36,870     80,115     71,904\n"
        "    Capital expenditures                 5,310      4,020      9,870      8,115\n"
    )
    got = {(m.name, m.value, m.unit, m.period) for m in run(text, date(2006, 8, 1))}
    assert got == {
        ("revenue", Decimal(41_220_000), "USD", "Q2 2006"),
        ("revenue", Decimal(36_870_000), "USD", "Q2 2005"),
        ("revenue", Decimal(80_115_000), "USD", "H1 2006"),
        ("revenue", Decimal(71_904_000), "USD", "H1 2005"),
        ("investment", Decimal(5_310_000), "USD", "Q2 2006"),
        ("investment", Decimal(4_020_000), "USD", "Q2 2005"),
        ("investment", Decimal(9_870_000), "USD", "H1 2006"),
        ("investment", Decimal(8_115_000), "USD", "H1 2005"),
    }


def test_a_results_table_with_a_period_against_period_column() -> None:
    # The unit beside the quarter columns, a last column that sets one quarter against
    # another ("2Q05 x 2Q04"), a loss in brackets and "n.m." in the change column.
    text = (
        "KEY FINANCIALS\n"
        "(EUR thousand)              2Q05        1Q05        2Q04    2Q05 x 2Q04\n"
        "                        --------    --------    --------    -----------\n"
        "Net revenues             215,300     207,950     190,410          13.1%\n"
        "Net income (loss)         (4,120)      1,870       2,015           n.m.\n"
        "Capital expenditures      31,400      22,100      45,800         -31.4%\n"
    )
    got = {(m.name, m.value, m.unit, m.period) for m in run(text)}
    assert got == {
        ("revenue", Decimal("215300000"), "EUR", "Q2 2005"),
        ("revenue", Decimal("207950000"), "EUR", "Q1 2005"),
        ("revenue", Decimal("190410000"), "EUR", "Q2 2004"),
        ("net_income", Decimal("-4120000"), "EUR", "Q2 2005"),
        ("net_income", Decimal("1870000"), "EUR", "Q1 2005"),
        ("net_income", Decimal("2015000"), "EUR", "Q2 2004"),
        ("investment", Decimal("31400000"), "EUR", "Q2 2005"),
        ("investment", Decimal("22100000"), "EUR", "Q1 2005"),
        ("investment", Decimal("45800000"), "EUR", "Q2 2004"),
    }


def test_business_rows_set_in_under_a_count_row_and_an_estimated_share_row() -> None:
    # "Contract" and "Prepaid" set in under "Subscribers (thousand)": its parts of each
    # business, in thousands; "Estimated market share (%)": estimates. "Churn" ends the parts.
    text = (
        "OPERATING HIGHLIGHTS\n"
        "                                 2Q05        1Q05        2Q04     % Change\n"
        "Subscribers (thousand)          2,310       2,250       2,040        13.2%\n"
        "     Contract                     610         598         540        13.0%\n"
        "     Prepaid                    1,700       1,652       1,500        13.3%\n"
        "Estimated market share (%)       31.5        31.2        30.0      1.5 p.p.\n"
        "Churn (%)                         1.9         2.1         2.0     -0.1 p.p.\n"
        "Prepaid                            12          14          15        -20.0%\n"
    )
    got = {(m.name, m.value, m.as_of, m.segment, m.qualifier) for m in run(text)}
    assert got == {
        ("customers", Decimal("2310000"), date(2005, 6, 30), None, "exact"),
        ("customers", Decimal("2250000"), date(2005, 3, 31), None, "exact"),
        ("customers", Decimal("2040000"), date(2004, 6, 30), None, "exact"),
        ("customers", Decimal("610000"), date(2005, 6, 30), "contract", "exact"),
        ("customers", Decimal("598000"), date(2005, 3, 31), "contract", "exact"),
        ("customers", Decimal("540000"), date(2004, 6, 30), "contract", "exact"),
        ("customers", Decimal("1700000"), date(2005, 6, 30), "prepaid", "exact"),
        ("customers", Decimal("1652000"), date(2005, 3, 31), "prepaid", "exact"),
        ("customers", Decimal("1500000"), date(2004, 6, 30), "prepaid", "exact"),
        ("market_share", Decimal("31.5"), date(2005, 6, 30), None, "approximately"),
        ("market_share", Decimal("31.2"), date(2005, 3, 31), None, "approximately"),
        ("market_share", Decimal("30.0"), date(2004, 6, 30), None, "approximately"),
    }


def test_a_list_of_operators_counts_under_a_heading_that_dates_them() -> None:
    # The heading names the count and its day; each item a country, an operator and its
    # count, with or without the noun. The heading's "mobile" is a mobile operator's only
    # business; a blank line after the items ends the list.
    text = (
        "Our partners and their mobile subscribers as at 30 June 2004:\n"
        "\n"
        "  * Spain: Amena, 7,210,000\n"
        "  * Hungary: Pannon GSM, 2,815,000 subscribers\n"
        "  * Norway - Telenor Mobil, 2,400,000\n"
        "\n"
        "ONE, 1,950,000\n"
    )
    got = {(m.operator, m.value, m.as_of, m.segment) for m in run(text)}
    assert got == {
        ("amena", Decimal("7210000"), date(2004, 6, 30), None),
        ("pannon-gsm", Decimal("2815000"), date(2004, 6, 30), None),
        ("telenor-mobil", Decimal("2400000"), date(2004, 6, 30), None),
    }


def test_a_technology_set_in_under_a_business_row_is_not_a_business_part() -> None:
    # "Cable" set in under "Broadband subscribers": a part of that business, not a business
    # of its own, so no second count of broadband customers.
    text = (
        "KEY OPERATING DATA\n"
        "                                 2Q05        1Q05\n"
        "Broadband subscribers (thousand)   910         884\n"
        "     DSL                           640         630\n"
        "     Cable                         270         254\n"
    )
    got = {(m.value, m.segment) for m in run(text)}
    assert got == {(Decimal("910000"), "internet"), (Decimal("884000"), "internet")}


def test_italian_metric_words_scale_words_and_dates() -> None:
    text = (
        "Al 30 settembre 2008 la rete contava 212.000 clienti ADSL. Il gruppo impiega "
        "1.418 dipendenti. Nel 2008 il gruppo ha superato 1,2 milioni di abbonati.\n"
    )
    got = {(m.name, m.value, m.as_of) for m in run(text, date(2008, 11, 10))}
    assert ("customers", Decimal(212_000), date(2008, 9, 30)) in got
    assert ("employees", Decimal(1_418), None) in got
    assert any(name == "customers" and value == Decimal(1_200_000) for name, value, _ in got)


def test_italian_results_with_half_year_periods_and_a_bracketed_prior_figure() -> None:
    text = (
        "Risultati del gruppo:\n\n"
        "  * ricavi consolidati pari a 210,4 milioni di euro (190,1 milioni di euro\n"
        "    nel primo semestre 2007);\n"
        "  * perdita netta di 12,5 milioni di euro, rispetto alla perdita di 30,2\n"
        "    milioni di euro del primo semestre 2007;\n"
        "  * investimenti per 8,3 milioni di euro nel primo semestre 2008.\n\n"
        "Nel secondo trimestre 2008 il fatturato era pari a 99,1 milioni di euro.\n"
    )
    got = {(m.name, m.value, m.unit, m.period) for m in run(text, date(2008, 9, 12))}
    assert got >= {
        ("revenue", Decimal(190_100_000), "EUR", "H1 2007"),
        ("net_income", Decimal(-30_200_000), "EUR", "H1 2007"),
        ("investment", Decimal(8_300_000), "EUR", "H1 2008"),
        ("revenue", Decimal(99_100_000), "EUR", "Q2 2008"),
    }
    amounts = {(name, value, unit) for name, value, unit, _ in got}
    assert ("revenue", Decimal(210_400_000), "EUR") in amounts
    assert ("net_income", Decimal(-12_500_000), "EUR") in amounts


def test_italian_new_customers_and_a_share_of_the_market() -> None:
    text = (
        "Nel secondo trimestre 2008 il gruppo ha acquisito 51.000 nuovi abbonati. In Italia il "
        "gruppo detiene una quota del 7,2% del mercato della telefonia mobile. I costi sono "
        "pari al 40% dei ricavi.\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2008, 9, 12))}
    assert got == {
        ("net_additions", Decimal(51_000), "Q2 2008"),
        ("market_share", Decimal("7.2"), None),
    }


def test_profit_for_the_period_and_an_earlier_result_of_the_other_sign_in_brackets() -> None:
    text = (
        "Nordsat announces its unaudited results for the three months ended 30 June 2008.\n\n"
        "Financial highlights\n"
        "   >  Total revenues of US$56.1 million (Q2 2007: US$50.2 million)\n"
        "   >  Profit for the period of US$4.1 million (Q2 2007: loss of US$1.7 million)\n"
        "   >  Net loss of US$2.0 million (H1 2007: profit of US$1.5 million)\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2008, 8, 5))}
    assert got == {
        ("revenue", Decimal(56_100_000), "Q2 2008"),
        ("revenue", Decimal(50_200_000), "Q2 2007"),
        ("net_income", Decimal(4_100_000), "Q2 2008"),
        ("net_income", Decimal(-1_700_000), "Q2 2007"),
        ("net_income", Decimal(-2_000_000), "Q2 2008"),
        ("net_income", Decimal(1_500_000), "H1 2007"),
    }


def test_an_indented_angle_bullet_ends_a_sentence() -> None:
    text = (
        "Nordsat announces its results for the three months ended 30 June 2008.\n\n"
        "   >  Revenues of US$56.1 million (Q2 2007: US$50.2 million)\n"
        "   >  Airtime billed for the period rose by a tenth\n"
    )
    got = {(m.name, m.value, m.period) for m in run(text, date(2008, 8, 5))}
    assert got == {
        ("revenue", Decimal(56_100_000), "Q2 2008"),
        ("revenue", Decimal(50_200_000), "Q2 2007"),
    }


def test_a_count_noun_that_grew_to_a_figure_from_an_earlier_one() -> None:
    text = (
        "Nordsat satellite phone subscribers rose to more than 5,100 from 3,900 at the end of "
        "March.\n"
    )
    got = {(m.name, m.value, m.qualifier, m.as_of) for m in run(text, date(2008, 8, 5))}
    assert got == {
        ("customers", Decimal(5_100), "more_than", None),
        ("customers", Decimal(3_900), "exact", date(2008, 3, 31)),
    }


def test_a_count_held_by_states_or_a_region_is_the_market_s() -> None:
    text = (
        "Nordtel had 1,186 thousand clients. According to the regulator, the three states had "
        "5.1 million mobile lines at the same date, and the region had 7.3 million.\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2008, 10, 20))}
    assert got == {("customers", Decimal(1_186_000))}
