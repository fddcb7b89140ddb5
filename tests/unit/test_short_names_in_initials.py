"""A company's short name written in its initials ("IIJ" of Internet Initiative Japan): the
company it abbreviates, slugged from its full name, not a new one. On invented text."""

from __future__ import annotations

from datetime import date

from app.ingest.catalog import abbreviates, default_catalog, registrant_operator
from app.ingest.extract import extract_release
from app.ingest.records import ParsedRelease, Section, Span
from tests.unit.invented import extract_body


def test_initials_abbreviate_a_name_small_words_skipped_or_kept() -> None:
    assert abbreviates("NFN", "Nordic Fibre Networks ASA")
    assert abbreviates("BTH", "Bank of Tokyo Holdings Inc.")
    assert abbreviates("BOTH", "Bank of Tokyo Holdings Inc.")
    assert not abbreviates("NF", "Nordic Fibre Networks ASA")
    assert not abbreviates("Nfn", "Nordic Fibre Networks ASA")
    assert not abbreviates("N", "Nordic Networks")


def test_an_about_heading_in_the_registrants_initials_is_the_registrant() -> None:
    text = (
        "OSLO, 3 March 2003 - NFN today opened its new backbone to Bergen.\n"
        "\n"
        "About NFN\n"
        "NFN had 2,410 business customers at 31 December 2002.\n"
    )
    about = text.index("About NFN")
    release = ParsedRelease(
        None, "NEW BACKBONE", date(2003, 3, 3), Span.of(text, 0, len(text)), None,
        (Section("body", None, 0, about), Section("about", "About NFN", about, len(text))),
        (), (),
    )  # fmt: skip
    registrant = registrant_operator("NORDIC FIBRE NETWORKS ASA")
    extraction = extract_release(text, release, registrant=registrant, catalog=default_catalog())
    assert {m.operator for m in extraction.mentions} == {"nordic-fibre-networks"}
    assert {m.operator for m in extraction.metrics} == {"nordic-fibre-networks"}


def test_initials_in_a_bracket_with_a_listing_define_a_short_name() -> None:
    text = (
        "Baltic Cable Networks AS (BCN, Oslo Bors: BCNO) today said that BCN had\n"
        "connected 120,000 homes by the end of June.\n"
    )
    extraction = extract_body(text, "Example Holdings S.A.")
    named = [(m.operator, m.span.text) for m in extraction.mentions]
    assert ("baltic-cable-networks", "BCN") in named
    assert all(operator != "bcn" for operator, _ in named)


def test_capitals_in_a_bracket_that_are_not_the_initials_define_nothing() -> None:
    text = (
        "Baltic Cable Networks AS (NASDAQ: BCNO) and the regulator (PTS) agreed\n"
        "on the new tariffs. PTS will publish them in May.\n"
    )
    extraction = extract_body(text, "Example Holdings S.A.")
    assert all(m.span.text != "PTS" for m in extraction.mentions)
