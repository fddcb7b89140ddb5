"""A whole release through every extractor: what the loader receives."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.ingest.catalog import default_catalog, registrant_operator
from app.ingest.extract import extract_release
from app.ingest.records import Extraction, ParsedRelease, Section, SectionKind, Span

SEEDS = Path(__file__).resolve().parents[2] / "data" / "filings"
ABOUT_HEADINGS: tuple[str, ...] = ("mmO2", "Amena", "One", "Pannon GSM", "sunrise")
ABOUT_HEADINGS += ("About O2 UK", "Telenor Mobil", "Wind", "Eurotel", "ONE")
SEED_INFO = {
    "000": (date(2003, 10, 1), "THE 'MOBILE ALLIANCE' IS FORMED TO SERVE CUSTOMERS ACROSS EUROPE"),
    "001": (date(2004, 11, 11), "THE STARMAP MOBILE ALLIANCE UNVEILS NEW MULTI-COUNTRY "
            "CORPORATE PROPOSITION"),
    "002": (date(2003, 3, 28), "O2 FIRST TO PROVIDE MMS INTERCONNECT WITH ALL UK NETWORKS*"),
    "003": (date(2003, 11, 17), "O2 SIGNS UP ONE MILLION ONLINE CUSTOMERS"),
}  # fmt: skip
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
    released_on, title = SEED_INFO[prefix]
    body = Span.of(text, start, marks[0].start())
    release = ParsedRelease(None, title, released_on, body, None, tuple(sections), (), ())
    return text, release


def extract(prefix: str) -> tuple[str, Extraction]:
    text, release = seed(prefix)
    registrant = registrant_operator("mmO2 plc")
    return text, extract_release(text, release, registrant=registrant, catalog=default_catalog())


def check_integrity(text: str, extraction: Extraction) -> None:
    slugs = {o.slug for o in extraction.operators}
    assert len(slugs) == len(extraction.operators)
    spans = [m.span for m in extraction.mentions] + [m.span for m in extraction.metrics]
    spans += [m.span for m in extraction.memberships] + [s.span for s in extraction.stakes]
    for span in spans:
        assert text[span.start : span.end] == span.text
    used = {m.operator for m in extraction.mentions} | {m.operator for m in extraction.metrics}
    used |= {m.operator for m in extraction.memberships}
    used |= {slug for s in extraction.stakes for slug in (s.owner, s.owned)}
    assert used <= slugs
    assert {m.alliance for m in extraction.memberships} <= {a.slug for a in extraction.alliances}
    for operator in extraction.operators:
        assert operator.parent is None or operator.parent in slugs
    keys = [(m.operator, m.name, m.span.start) for m in extraction.metrics]
    assert len(keys) == len(set(keys))
    mention_keys = [(m.operator, m.span.start) for m in extraction.mentions]
    assert len(mention_keys) == len(set(mention_keys))


# seed → (metrics, memberships, stakes)
COUNTS = {"000": (31, 9, 10), "001": (19, 11, 11), "002": (6, 0, 1), "003": (5, 0, 4)}


@pytest.mark.parametrize("prefix", sorted(COUNTS))
def test_seed_extraction(prefix: str) -> None:
    text, extraction = extract(prefix)
    check_integrity(text, extraction)
    counts = (len(extraction.metrics), len(extraction.memberships), len(extraction.stakes))
    assert counts == COUNTS[prefix]
    assert "mmo2" in {o.slug for o in extraction.operators}


def test_mobile_alliance_release() -> None:
    _, extraction = extract("000")
    assert [a.slug for a in extraction.alliances] == ["starmap"]
    assert {m.operator for m in extraction.memberships} == {
        "amena", "o2-de", "o2-uk", "o2-ie", "one", "pannon-gsm", "sunrise", "telenor-mobil",
        "wind",
    }  # fmt: skip
    assert all(m.as_of == date(2003, 10, 1) for m in extraction.memberships)
    operators = {o.slug for o in extraction.operators}
    assert {"e-on", "telenor", "orange", "tdc", "manx-telecom", "o2-airwave", "auna"} <= operators
    stakes = {(s.owner, s.owned): s.percent for s in extraction.stakes}
    assert stakes[("e-on", "one")] == Decimal("50.1")
    assert stakes[("tdc", "sunrise")] == 100
    assert stakes[("mmo2", "o2-de")] == 100


def test_mentions_cover_every_section_once_per_occurrence() -> None:
    text, extraction = extract("002")
    names = [m.span.text for m in extraction.mentions]
    assert names.count("Vodafone") == 2
    assert "O2 (UK) Ltd" in names and "3" in names
    assert all(m.span.start >= text.index("press release") for m in extraction.mentions)


def test_mmo2_group_release_discovers_stake_target() -> None:
    _, extraction = extract("002")
    link = [o for o in extraction.operators if o.slug == "link-stores"]
    assert link and link[0].kind == "other"


def test_another_issuer_and_unknown_operators() -> None:
    text = (
        "Nordlink today joined the Baltic Mobile Alliance. The Baltic Mobile Alliance has "
        "four members: Nordlink (Latvia), Elisa (Finland), Tele2 (Sweden) and Mobitel "
        "(Slovenia).\n\n- ends -\n\nNordlink\nNordlink has 650,000 customers and covers "
        "96% of the population. Nordlink is owned 60% by Nordic Holdings AB.\n"
    )
    body_end = text.index("- ends -")
    about = text.index("Nordlink\nNordlink")
    release = ParsedRelease(
        None,
        "NORDLINK JOINS ALLIANCE",
        date(2006, 5, 2),
        Span.of(text, 0, body_end),
        None,
        (Section("body", None, 0, body_end), Section("about", "Nordlink", about, len(text))),
        (),
        (),
    )
    registrant = registrant_operator("Nordlink AS")
    extraction = extract_release(text, release, registrant=registrant, catalog=default_catalog())
    check_integrity(text, extraction)
    assert [a.slug for a in extraction.alliances] == ["baltic-mobile-alliance"]
    assert {(m.operator, m.country) for m in extraction.memberships} == {
        ("nordlink", "LV"), ("elisa", "FI"), ("tele2", "SE"), ("mobitel", "SI"),
    }  # fmt: skip
    assert {(m.operator, m.name, int(m.value)) for m in extraction.metrics} == {
        ("nordlink", "customers", 650_000),
        ("nordlink", "population_coverage", 96),
    }
    assert [(s.owner, s.owned, s.percent) for s in extraction.stakes] == [
        ("nordic-holdings", "nordlink", 60)
    ]


def test_release_without_sections_yields_only_the_registrant() -> None:
    text = "Nothing to see."
    release = ParsedRelease(None, None, None, Span.of(text, 0, len(text)), None, (), (), ())
    registrant = registrant_operator("Acme plc")
    extraction = extract_release(text, release, registrant=registrant, catalog=default_catalog())
    assert extraction == dataclasses.replace(Extraction(), operators=(registrant,))
