"""Currencies of the Gulf, the Levant, Africa, Central Asia, the Pacific and the Andes, read by
code, symbol and word; a money several countries share is the issuer's country's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.ingest.numbers import DINAR, DIRHAM, RIAL, local_currency, parse_figure
from tests.unit.invented import extract_body


@pytest.mark.parametrize(
    ("phrase", "value", "currency"),
    [
        ("JD 120.5 million", "120500000", "JOD"),
        ("JOD 98.1 million", "98100000", "JOD"),
        ("KD 1.2 billion", "1200000000", "KWD"),
        ("SR 3.4 billion", "3400000000", "SAR"),
        ("QR 850 million", "850000000", "QAR"),
        ("RO 45.2 million", "45200000", "OMR"),
        ("BD 12.3 million", "12300000", "BHD"),
        ("LL 90 billion", "90000000000", "LBP"),
        ("AED 1.1 billion", "1100000000", "AED"),
        ("\u20a64.1 billion", "4100000000", "NGN"),
        ("GHS 310 million", "310000000", "GHS"),
        ("FJD 41.2 million", "41200000", "FJD"),
        ("F$ 41.2 million", "41200000", "FJD"),
        ("PGK 1.2 billion", "1200000000", "PGK"),
        ("120.5 million Jordanian dinars", "120500000", "JOD"),
        ("3.4 billion Saudi riyals", "3400000000", "SAR"),
        ("1.2 billion kina", "1200000000", "PGK"),
        ("2.1 billion bolivianos", "2100000000", "BOB"),
        ("12.4 billion soums", "12400000000", "UZS"),
        ("BDT 18.6 billion", "18600000000", "BDT"),
        ("HRK 740 million", "740000000", "HRK"),
        ("RON 1.3 billion", "1300000000", "RON"),
        ("TZS 96.5 billion", "96500000000", "TZS"),
        ("4.7 billion taka", "4700000000", "BDT"),
    ],
)
def test_regional_currency_codes_symbols_and_words(phrase: str, value: str, currency: str) -> None:
    figure = parse_figure(phrase)
    assert (figure.value, figure.currency) == (Decimal(value), currency)


def test_initials_that_are_words_count_in_capitals_only() -> None:
    with pytest.raises(ValueError):
        parse_figure("ro 45.2 million")
    with pytest.raises(ValueError):
        parse_figure("Ron 45.2 million")


def test_a_shared_money_is_the_country_s() -> None:
    assert parse_figure("12 billion dinars").currency == DINAR
    assert local_currency(DINAR, "JO") == "JOD"
    assert local_currency(DINAR, "KW") == "KWD"
    assert local_currency(RIAL, "OM") == "OMR"
    assert local_currency(DIRHAM, "MA") == "MAD"
    assert local_currency(DINAR, None) is None


def test_a_dinar_revenue_in_prose() -> None:
    text = "Orange Jordan said its revenue rose to JD 120.5 million in 2007.\n"
    metrics = extract_body(text, "Orange Jordan").metrics
    assert [(m.name, m.value, m.unit) for m in metrics] == [
        ("revenue", Decimal("120500000"), "JOD")
    ]
