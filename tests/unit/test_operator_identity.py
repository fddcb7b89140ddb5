"""Who a company is: the slug and the names a legal name gives it, on invented text."""

from __future__ import annotations

from datetime import date

from app.ingest.catalog import default_catalog, registrant_operator
from app.ingest.extract import extract_release
from app.ingest.records import Extraction, ParsedRelease, Section, Span


def _extract(text: str, registrant: str) -> Extraction:
    release = ParsedRelease(
        None, "RESULTS", date(2006, 5, 2), Span.of(text, 0, len(text)), None,
        (Section("body", None, 0, len(text)),), (), (),
    )  # fmt: skip
    return extract_release(
        text, release, registrant=registrant_operator(registrant), catalog=default_catalog()
    )


def test_a_short_name_after_a_legal_name_and_a_dash_is_an_alias() -> None:
    registrant = registrant_operator("Companhia Riograndense de Telefonia S.A. \u2013 CRTEL")
    assert registrant.slug == "companhia-riograndense-de-telefonia"
    assert registrant.aliases == ("CRTEL",)
    text = "Porto Alegre, May 2, 2006 - CRTEL reported 2.1 million lines in service.\n"
    extraction = _extract(text, "COMPANHIA RIOGRANDENSE DE TELEFONIA S.A. - CRTEL")
    assert [m.operator for m in extraction.mentions] == ["companhia-riograndense-de-telefonia"]


def test_a_dash_inside_a_name_before_its_legal_form_stays_in_the_name() -> None:
    assert registrant_operator("Northern Star - Blue Lines Ltd.").slug == "northern-star-blue-lines"
    assert registrant_operator("Northern Star - Blue").slug == "northern-star-blue"
