"""A registrant the catalog does not know is of the country its cover's address ends in: its
CFA francs, dinars or pesos are that country's."""

from __future__ import annotations

from decimal import Decimal

from app.ingest.catalog import default_catalog
from app.ingest.pipeline import read_filing
from tests.unit.invented import COVER_QUESTIONS

_COVER = (
    "FORM 6-K\n\n"
    "REPORT OF FOREIGN PRIVATE ISSUER\n\n"
    "For the month of April 2009\n\n"
    "KORITE TELECOMMUNICATIONS S.A.\n"
    "(Exact name of registrant as specified in its charter)\n\n"
    "Boulevard du Fleuve, B.P. 1200\n"
    "{city}\n"
    "(Address of principal executive offices)\n\n" + COVER_QUESTIONS + "\n"
    "PRESS RELEASE\n\n"
    "Korite posts higher results\n\n"
    "{dateline}, 2 April 2009 - Korite Telecommunications S.A. said revenue for 2008 rose to\n"
    "{amount}.\n"
)


def _revenue(city: str, dateline: str, amount: str) -> list[tuple[str, Decimal, str]]:
    text = _COVER.format(city=city, dateline=dateline, amount=amount)
    filing = read_filing(text.encode(), source_name="t.txt", catalog=default_catalog())
    return [
        (m.name, m.value, m.unit)
        for release in filing.releases
        for m in release.extraction.metrics
        if m.name == "revenue"
    ]


def test_cfa_francs_of_a_republic_named_in_full() -> None:
    assert _revenue("Bamako, Republic of Mali", "Bamako", "CFAF 84.2 billion") == [
        ("revenue", Decimal("84200000000"), "XOF")
    ]


def test_central_african_cfa_francs() -> None:
    assert _revenue("Douala, Republic of Cameroon", "Douala", "CFAF 84.2 billion") == [
        ("revenue", Decimal("84200000000"), "XAF")
    ]


def test_dinars_of_a_kingdom() -> None:
    assert _revenue("Manama, Kingdom of Bahrain", "Manama", "42.6 million dinars") == [
        ("revenue", Decimal("42600000"), "BHD")
    ]
