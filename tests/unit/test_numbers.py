"""Figures in every written form: English and continental separators, scales, qualifiers."""

from __future__ import annotations

import re
import time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.ingest import numbers
from app.ingest.numbers import (
    FIGURE,
    FigureScan,
    Shape,
    figure_shapes,
    find_figures,
    normalised,
    parse_figure,
    parse_number,
    word_number,
)


@pytest.mark.parametrize(
    ("phrase", "value", "qualifier", "currency", "percent"),
    [
        ("7.5 million", "7500000", "exact", None, False),
        ("11,750", "11750", "exact", None, False),
        ("8.475.000", "8475000", "exact", None, False),
        ("13,9 million", "13900000", "exact", None, False),
        ("2.193 million euros", "2193000000", "exact", "EUR", False),
        ("2.715 million", "2715000", "exact", None, False),
        ("312.000", "312000", "exact", None, False),
        ("51.5 %", "51.5", "exact", None, True),
        ("GBP4.874 billion", "4874000000", "exact", "GBP", False),
        ("EUR 1.245 billion", "1245000000", "exact", "EUR", False),
        ("EUR619.7 million", "619700000", "exact", "EUR", False),
        ("640 million Euro's", "640000000", "exact", "EUR", False),
        ("up to 1.65 billion Euro's", "1650000000", "up_to", "EUR", False),
        ("99 per cent", "99", "exact", None, True),
        ("one million", "1000000", "exact", None, False),
        ("1558", "1558", "exact", None, False),
        ("10.2", "10.2", "exact", None, False),
        ("more than 7.5 million", "7500000", "more_than", None, False),
        ("over 98%", "98", "more_than", None, True),
        ("in excess of 200,000", "200000", "more_than", None, False),
        ("nearly 4.4 million", "4400000", "nearly", None, False),
        ("almost 35%", "35", "nearly", None, True),
        ("some 11,750", "11750", "approximately", None, False),
        ("about 6,000", "6000", "approximately", None, False),
        ("around EUR 1.245 billion", "1245000000", "approximately", "EUR", False),
        ("approximately 36%", "36", "approximately", None, True),
        ("less than 30%", "30", "less_than", None, True),
        ("under 5,000", "5000", "less_than", None, False),
        ("£5m", "5000000", "exact", "GBP", False),
        ("€2.5bn", "2500000000", "exact", "EUR", False),
        ("$300 million", "300000000", "exact", "dollar", False),  # the issuer's dollar
        ("250 million pounds", "250000000", "exact", "GBP", False),
        ("1,234.5 million", "1234500000", "exact", None, False),
        ("KRW 2,318.4 billion", "2318400000000", "exact", "KRW", False),
        ("1,204.7 billion won", "1204700000000", "exact", "KRW", False),
        ("JPY 4,095.1 billion", "4095100000000", "exact", "JPY", False),
        ("1.234,5 million", "1234500000", "exact", None, False),
        ("more\nthan 1.6 million", "1600000", "more_than", None, False),
        ("RMB 25,321 million", "25321000000", "exact", "CNY", False),
        ("Rmb3.2 billion", "3200000000", "exact", "CNY", False),
        ("HK$0.20", "0.2", "exact", "HKD", False),
        ("NIS 1,234 million", "1234000000", "exact", "ILS", False),
        ("ARS 410 million", "410000000", "exact", "ARS", False),
        ("YTL 2,508.1 million", "2508100000", "exact", "TRY", False),
        ("TRY 96 million", "96000000", "exact", "TRY", False),
        ("R$ 4.512,7 million", "4512700000", "exact", "BRL", False),
        ("approximately 312 million yuan", "312000000", "approximately", "CNY", False),
        ("2,1 billion reais", "2100000000", "exact", "BRL", False),
        ("half a million", "500000", "exact", None, False),
        ("EUR 71,3 mln", "71300000", "exact", "EUR", False),
        ("EUR 1,2 mld", "1200000000", "exact", "EUR", False),
        ("EUR 28,4 Mio", "28400000", "exact", "EUR", False),
        ("EUR 3,5 Mrd", "3500000000", "exact", "EUR", False),
        ("Ch$ 640,158 million", "640158000000", "exact", "CLP", False),
        ("US$\u00a01,058 million", "1058000000", "exact", "USD", False),
    ],
)
def test_written_forms(
    phrase: str, value: str, qualifier: str, currency: str | None, percent: bool
) -> None:
    figure = parse_figure(phrase)
    assert figure.value == Decimal(value)
    assert figure.qualifier == qualifier
    assert figure.currency == currency
    assert figure.percent is percent


def test_continental_hint_decides_the_ambiguous_dot() -> None:
    assert parse_number("2.193", scaled=True) == Decimal("2.193")
    assert parse_number("2.193", scaled=True, continental=True) == Decimal("2193")
    assert parse_figure("2.193 million", continental=True).value == Decimal("2193000000")
    assert parse_number("1,375", continental=True) == Decimal("1.375")


def test_find_figures_skips_codes_and_offsets_are_exact() -> None:
    text = "O2 runs 3G and 2.5G; it sends 35p texts, GBP3 bundles and 30.6\nmillion users."
    found = list(find_figures(text))
    assert [f.text for f in found] == ["GBP3", "30.6\nmillion"]
    for figure in found:
        assert text[figure.start : figure.end] == figure.text


def test_one_millionth_is_no_figure() -> None:
    assert list(find_figures("signed up its one-millionth customer")) == []


def test_word_numbers() -> None:
    assert word_number("Nine") == 9
    assert word_number("eleven") == 11
    assert word_number("11") == 11
    assert word_number("several") is None


def test_not_a_figure() -> None:
    with pytest.raises(ValueError):
        parse_figure("many")


def test_pattern_is_linear_on_near_miss_text() -> None:
    for chunk in ("1,2" * 200_000, "more than " * 100_000, "9." * 300_000, "GBP" * 300_000):
        started = time.perf_counter()
        list(FIGURE.finditer(chunk))
        assert time.perf_counter() - started < 5


def _english(number: int) -> str:
    return f"{number:,}"


def _continental(number: int) -> str:
    return f"{number:,}".replace(",", ".")


@given(st.integers(min_value=0, max_value=10**12))
def test_integers_round_trip_english(number: int) -> None:
    assert parse_figure(_english(number)).value == number


@given(st.integers(min_value=1000, max_value=10**12))
def test_integers_round_trip_continental(number: int) -> None:
    assert parse_figure(_continental(number)).value == number


@given(
    st.integers(min_value=0, max_value=999_999),
    st.integers(min_value=1, max_value=99),
    st.sampled_from(["million", "billion", "thousand"]),
)
def test_decimals_with_scale_round_trip(whole: int, fraction: int, scale: str) -> None:
    factor = {"thousand": 1000, "million": 10**6, "billion": 10**9}[scale]
    expected = Decimal(f"{whole}.{fraction:02d}") * factor
    english = f"{whole:,}.{fraction:02d} {scale}"
    continental = f"{_continental(whole)},{fraction:02d} {scale}"
    assert parse_figure(english).value == expected
    assert parse_figure(continental).value == expected


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_three_decimals_read_by_context(whole: int, fraction: int) -> None:
    written = f"{whole}.{fraction:03d}"
    assert parse_figure(f"{written} million").value == Decimal(written) * 10**6
    assert parse_figure(f"{written} million euros").value == (whole * 1000 + fraction) * 10**6
    assert parse_figure(written).value == whole * 1000 + fraction


@given(
    st.sampled_from(["more than", "over", "nearly", "some", "up to", "less than", ""]),
    st.decimals(min_value=0, max_value=100, places=1, allow_nan=False),
    st.sampled_from(["%", " %", " per cent", " percent"]),
)
def test_percentages_round_trip(qualifier: str, value: Decimal, sign: str) -> None:
    phrase = f"{qualifier} {value}{sign}".strip()
    figure = parse_figure(phrase)
    assert figure.percent
    assert figure.value == value
    assert re.sub(r"\s+", " ", figure.text) == phrase


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("the group employs some 31 000 people", [("some 31 000", "31000")]),
        ("it added 312 000 net new customers", [("312 000", "312000")]),
        ("sales were GBP 2 012 millions.", [("GBP 2 012 millions", "2012000000")]),
        ("revenues of 8 743 millions euros", [("8 743 millions euros", "8743000000")]),
        ("turnover of EUR 1 474,1 million", [("EUR 1 474,1 million", "1474100000")]),
        ("1 000 000 users", [("1 000 000", "1000000")]),
        (
            "thin 45\u2009500, fixed 45\u00a0500",
            [("45\u2009500", "45500"), ("45\u00a0500", "45500")],
        ),
        # A year never opens a group; a line break never joins two numbers.
        ("in 2003 1 200 staff", [("2003", "2003"), ("1 200", "1200")]),
        ("page 12\n300 users", [("12", "12"), ("300", "300")]),
        ("rows 5 0000", [("5", "5"), ("0000", "0")]),
    ],
)
def test_space_grouped_thousands(text: str, figures: list[tuple[str, str]]) -> None:
    found = list(find_figures(text))
    assert [(f.text, str(f.value)) for f in found] == figures
    for figure in found:
        assert text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("sales of CHF 2'418.7 million", [("CHF 2'418.7 million", "2418700000")]),
        ("it served 73'900 lines", [("73'900", "73900")]),
        ("a staff of 1\u2019204", [("1\u2019204", "1204")]),
        ("1'000'000 users", [("1'000'000", "1000000")]),
        # A group is exactly three digits; an apostrophe elsewhere groups nothing.
        ("the 1990's and 12'5 units", [("1990", "1990"), ("12", "12"), ("5", "5")]),
    ],
)
def test_apostrophe_grouped_thousands(text: str, figures: list[tuple[str, str]]) -> None:
    found = list(find_figures(text))
    assert [(f.text, str(f.value)) for f in found] == figures


@given(st.integers(min_value=1000, max_value=10**12), st.sampled_from(["'", "\u2019"]))
def test_integers_round_trip_apostrophe_grouped(number: int, mark: str) -> None:
    assert parse_figure(f"{number:,}".replace(",", mark)).value == number


@given(
    st.integers(min_value=1000, max_value=999_999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(["million", "billion"]),
)
def test_apostrophe_grouped_decimals_with_scale(whole: int, tenth: int, scale: str) -> None:
    factor = {"million": 10**6, "billion": 10**9}[scale]
    written = f"CHF {whole:,}.{tenth} {scale}".replace(",", "'")
    assert parse_figure(written).value == Decimal(f"{whole}.{tenth}") * factor


@pytest.mark.parametrize(
    "text",
    [
        "From 1 April 2005 customers will pay less.",
        "At June 30, 2004 customers numbered more.",
        "In Q3 2004 subscribers grew.",
        "Since March 2004 users can roam.",
    ],
)
def test_a_year_in_a_date_is_no_figure(text: str) -> None:
    assert all(not f.text.endswith(("2004", "2005")) for f in find_figures(text))


def test_an_english_word_spelled_like_a_code_is_no_currency() -> None:
    (figure,) = find_figures("customers try 5 times")
    assert (figure.value, figure.currency) == (Decimal(5), None)


def test_passed_is_more_than() -> None:
    assert parse_figure("passed 5 million").qualifier == "more_than"
    assert parse_figure("exceeded 2,000").qualifier == "more_than"


def test_a_windows_figures_come_from_its_sentence_scan_as_a_fresh_scan_finds_them() -> None:
    """FigureScan.window reuses the sentence's scan; it must equal scanning the piece alone."""
    text = (
        "Turnover rose by 4,1 % to EUR 640 million in 2003, with investments of 1.65 billion; "
        "at 30 June 2004 it had 7.5 million customers (up 12% on June 2003) and some 11,750 "
        "employees, 2.193 million euros, 31 000 users, five million lines, US$3bn and 58%."
    )
    scan = FigureScan(text, 0, len(text))
    starts = [shape.start for shape in figure_shapes(text)]
    assert len(starts) > 8
    for end in starts:
        for start in range(0, end + 1):
            fresh = [
                Shape(s.start + start, s.end + start, s.kind, s.scaled)
                for s in figure_shapes(text[start:end])
            ]
            assert scan.window(start, end) == fresh, (start, end)


def test_a_currency_at_a_line_end_and_its_amount_on_the_next_line() -> None:
    text = "and net profit came to USD\n  1,204.5 million. Capex amounted to CHF\r\n98 million."
    got = [(f.value, f.currency, f.text) for f in find_figures(text)]
    assert got == [
        (Decimal(1_204_500_000), "USD", "USD\n  1,204.5 million"),
        (Decimal(98_000_000), "CHF", "CHF\r\n98 million"),
    ]


@pytest.mark.parametrize(
    ("phrase", "value", "currency"),
    [
        ("NZ$1,348 million", "1348000000", "NZD"),
        ("A$ 82 million", "82000000", "AUD"),
        ("NT$4.86 billion", "4860000000", "TWD"),
        ("R12 480 million", "12480000000", "ZAR"),
        ("R1.2 billion", "1200000000", "ZAR"),
        ("ZAR 310 million", "310000000", "ZAR"),
        ("950 million rand", "950000000", "ZAR"),
    ],
)
def test_more_currencies(phrase: str, value: str, currency: str) -> None:
    figure = parse_figure(phrase)
    assert (figure.value, figure.currency) == (Decimal(value), currency)


def test_a_lone_capital_r_with_a_space_is_no_rand() -> None:
    figures = list(find_figures("Form R 12 was filed; release R 5 followed."))
    assert all(f.currency is None for f in figures)


def test_a_scale_word_on_the_next_indented_line() -> None:
    figures = list(find_figures("capex was EUR4.2\n      billion in total"))
    assert [(f.value, f.currency) for f in figures] == [(Decimal(4_200_000_000), "EUR")]


@pytest.mark.parametrize(
    ("written", "value"),
    [("7.5 MİLLİON", "7500000"), ("7.5 mıllıon", "7500000"), ("2 BİLLİON euros", "2000000000")],
)
def test_letters_case_blind_matching_takes_for_i_are_read(written: str, value: str) -> None:
    # Case-blind matching takes the Turkish "İ" and "ı" for "i": the word is still read, never
    # a KeyError that loses the filing.
    (figure,) = find_figures(written)
    assert figure.value == Decimal(value)


def test_a_capital_r_is_rand_only_before_an_amount() -> None:
    # "R5 206 million" and "R500 million" are rand; release names "R5" and "R99" are not.
    assert [(f.value, f.currency) for f in find_figures("revenue of R500 million")] == [
        (Decimal(500_000_000), "ZAR")
    ]
    assert [f.currency for f in find_figures("3GPP release R5 and R99 networks")] == []


def test_every_figure_opens_with_a_first_character() -> None:
    """FIGURE looks ahead for FIRST_CHARACTER: each way a figure can start must be one."""
    from app.ingest.numbers import (
        CURRENCY_PREFIXES,
        FIRST_CHARACTER,
        QUALIFIERS,
        WORD_NUMBERS,
    )

    openings = [*QUALIFIERS, *CURRENCY_PREFIXES, *WORD_NUMBERS, "0", "9", "\u0663"]
    assert all(re.match(FIRST_CHARACTER, word, re.IGNORECASE) for word in openings)


@pytest.mark.parametrize(
    ("written", "value", "currency"),
    [
        ("Rs. 212.35 crore", "2123500000", "INR"),
        ("Rs.48 lakh", "4800000", "INR"),
        ("S/. 64,8 million", "64800000", "PEN"),
        ("S/.\u00a02.310,5 million", "2310500000", "PEN"),
        ("S/ 15 million", "15000000", "PEN"),
    ],
)
def test_abbreviated_rupees_and_soles(written: str, value: str, currency: str) -> None:
    # Indian releases write "Rs." with a point, Peruvian ones "S/." for the nuevo sol.
    (figure,) = find_figures(f"income of {written} in the period")
    assert (figure.value, figure.currency) == (Decimal(value), currency)


def test_a_lower_case_s_slash_is_no_sol() -> None:
    assert [f.currency for f in find_figures("see items a/b and s/. 5 below")] == [None]


def test_peso_abbreviation_is_a_currency_in_its_own_case_only() -> None:
    # "Ps." / "Ps" before an amount is the issuer's peso; "PS 4" or "ps 4" is no money.
    got = [
        (f.value, f.currency) for f in find_figures("sales of Ps. 87.5 million and Ps 12 million")
    ]
    assert got == [(Decimal("87500000"), "peso"), (Decimal("12000000"), "peso")]
    assert [f.currency for f in find_figures("ps 4 units in PS 4 boxes")] == [None, None]


@pytest.mark.parametrize(
    ("phrase", "value", "qualifier"),
    [
        ("three hundred and twelve thousand", "312000", "exact"),
        ("nearly ninety-one thousand", "91000", "nearly"),
        ("about four thousand two hundred", "4200", "approximately"),
        ("Seven Hundred Thousand", "700000", "exact"),
        ("sixty thousand and forty", "60040", "exact"),
        ("a half-million", "500000", "exact"),
    ],
)
def test_counts_written_in_words_with_hundreds(phrase: str, value: str, qualifier: str) -> None:
    figures = list(find_figures(f"the group had {phrase} lines"))
    assert [(f.value, f.qualifier) for f in figures] == [(Decimal(value), qualifier)]


def test_a_whole_number_longer_than_the_decimal_context_is_kept_as_written() -> None:
    huge = Decimal("12345678901234567890123456789")  # 29 digits: quantize would raise
    assert normalised(huge) == huge
    assert normalised(Decimal("7500000.0")) == Decimal("7500000")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("4,7 milhões de clientes", "4700000"),
        ("1,2 milhão de acessos", "1200000"),
        ("R$ 3,25 bilhões", "3250000000"),
        ("2,35 millones de líneas", "2350000"),
        ("1 millón de suscriptores", "1000000"),
        ("3,4 milioni di utenti", "3400000"),
        ("2,15 miliardi di euro", "2150000000"),
    ],
)
def test_portuguese_and_spanish_scale_words(phrase: str, value: str) -> None:
    figures = list(find_figures(phrase))
    assert [f.value for f in figures] == [Decimal(value)]


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("37,5 milioni di euro", Decimal(37_500_000), "EUR"),
        ("1,2 milhões de reais", Decimal(1_200_000), "BRL"),
        ("3 millones de euros", Decimal(3_000_000), "EUR"),
    ],
)
def test_a_currency_after_di_or_de_following_a_scale_word(
    phrase: str, value: Decimal, unit: str
) -> None:
    figures = list(find_figures(phrase))
    assert [(f.value, f.currency) for f in figures] == [(value, unit)]


def test_a_window_that_starts_inside_a_figure_equals_a_fresh_scan_of_the_piece() -> None:
    text = (
        "in 2003 1 200 staff, 1,234 5,678 9.012 at 31.12.2005, Q3 2004 3,456.7 two thousand six "
        "hundred 12 345 678 (8.9) 4,5 milhões 1.234,5 R$ 2.345 45% 6 June 2004 2004 7,890 "
    ) * 2
    scan = FigureScan(text, 0, len(text))
    starts = [shape.start for shape in figure_shapes(text)]
    for end in starts:
        for start in range(max(0, end - 60), end + 1):
            fresh = [
                Shape(s.start + start, s.end + start, s.kind, s.scaled)
                for s in figure_shapes(text[start:end])
            ]
            assert scan.window(start, end) == fresh, (start, end)


def test_a_window_into_a_run_on_list_rescans_only_until_it_meets_the_sentence_scan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A list of numbers with no full stop: each figure looks back 160 characters, which start
    # inside an earlier number; a fresh scan of the whole window for each figure costs the
    # window's figures each time.
    text = "1,234 5,678 " * 400
    scan = FigureScan(text, 0, len(text))
    starts = [shape.start for shape in figure_shapes(text)]
    shaped = 0
    real_shape = numbers._shape

    def counting_shape(match: re.Match[str]) -> Shape:
        nonlocal shaped
        shaped += 1
        return real_shape(match)

    monkeypatch.setattr(numbers, "_shape", counting_shape)
    windows = [scan.window(max(0, end - 160), end) for end in starts[20:]]
    assert all(len(w) >= 12 for w in windows)
    assert shaped <= 3 * len(windows)


def test_a_scandinavian_mill_abbreviation_is_million() -> None:
    text = "Sales rose to DKK 1,207.9 mill. (2004: DKK 988.0 mill.)"
    values = [f.value for f in find_figures(text)]
    assert Decimal("1207900000") in values and Decimal("988000000") in values


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("alrededor de 3,2 millones", "approximately"),
        ("aproximadamente 41%", "approximately"),
        ("cerca de 1,8 milhões", "approximately"),
        ("em torno de 12%", "approximately"),
        ("casi 900.000", "nearly"),
        ("quase 2 milhões", "nearly"),
        ("más de 5 millones", "more_than"),
        ("Mais de 700.000", "more_than"),
    ],
)
def test_spanish_and_portuguese_qualifiers(phrase: str, qualifier: str) -> None:
    assert parse_figure(phrase).qualifier == qualifier


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9))
def test_portuguese_thousands_in_mil(whole: int, tenth: int) -> None:
    figure = next(find_figures(f"{whole},{tenth} mil assinantes"))
    assert figure.value == Decimal(f"{whole}.{tenth}") * 1000
    # An English "mil" is no thousand: "a 10 mil film" holds a 10.
    assert next(find_figures(f"a {whole} mil film")).value == whole


@pytest.mark.parametrize(
    ("phrase", "value", "currency"),
    [
        # Czech and Slovak "mil." after a koruna amount is a million (milion), with
        # space-grouped thousands and a decimal comma.
        ("CZK 3 417,9 mil.", "3417900000", "CZK"),
        ("SKK 58,2 mil.", "58200000", "SKK"),
        ("Kč 906,5 mil.", "906500000", "CZK"),
        ("CZK 12,4 mld.", "12400000000", "CZK"),
        # ... and written after the amount: "mil. Kč", "mil. Sk", "mld. Kč".
        ("2 761,3 mil. Kč", "2761300000", "CZK"),
        ("433,7 mil. Sk", "433700000", "SKK"),
        ("1,8 mld. Kč", "1800000000", "CZK"),
        # The Kenya shilling, as a code, an abbreviation or words.
        ("KSh 3.7 billion", "3700000000", "KES"),
        ("Kshs 815 million", "815000000", "KES"),
        ("KES 2,406 million", "2406000000", "KES"),
        ("9.3 billion Kenya shillings", "9300000000", "KES"),
    ],
)
def test_koruna_and_kenya_shilling_amounts(phrase: str, value: str, currency: str) -> None:
    figure = parse_figure(phrase)
    assert (figure.value, figure.currency) == (Decimal(value), currency)


def test_a_koruna_mil_in_prose_is_a_million_and_the_portuguese_mil_a_thousand() -> None:
    text = "Sales were CZK 3 417,9 mil. against CZK 2 950,0 mil.; Vendas de R$ 12 mil novos."
    values = [(f.value, f.currency) for f in find_figures(text)]
    assert values == [
        (Decimal("3417900000"), "CZK"),
        (Decimal("2950000000"), "CZK"),
        (Decimal("12000"), "BRL"),
    ]
    # Outside a koruna amount a "mil." is no scale: not a million, not a thousand.
    assert [f.value for f in find_figures("grew by EUR 7 mil. and R$ 10 mil.")] == [7, 10]
    # A lower-case "sk" after a number is no Slovak koruna.
    assert next(find_figures("the 40 sk runs")).currency is None
