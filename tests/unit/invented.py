"""Helpers for tests on invented text: a filing parsed from text, a one-section release
extracted as a registrant's."""

from __future__ import annotations

from datetime import date

from app.ingest.catalog import default_catalog, registrant_operator
from app.ingest.decode import decode
from app.ingest.envelope import unwrap
from app.ingest.extract import extract_release
from app.ingest.parse import parse_filing
from app.ingest.records import Extraction, ParsedFiling, ParsedRelease, Section, Span


def parse_text(text: str) -> ParsedFiling:
    """``text`` as a filing: decoded, unwrapped and parsed as the loader does."""
    return parse_filing(unwrap(decode(text.encode(), source_name="t.txt")))


def extract_body(text: str, registrant: str) -> Extraction:
    """``text`` as the one body section of a release of ``registrant``, extracted."""
    release = ParsedRelease(
        None, "RESULTS", date(2006, 5, 2), Span.of(text, 0, len(text)), None,
        (Section("body", None, 0, len(text)),), (), (),
    )  # fmt: skip
    return extract_release(
        text, release, registrant=registrant_operator(registrant), catalog=default_catalog()
    )


# The check-mark questions of a 6-K cover, Form 20-F and no 12g3-2(b) exemption marked.
COVER_QUESTIONS = (
    "Indicate by check mark whether the registrant files or will file annual\n"
    "reports under cover of Form 20-F or Form 40-F.\n"
    "\n"
    "              Form 20-F      X                Form 40-F\n"
    "\n"
    "Indicate by check mark whether the registrant by furnishing the information\n"
    "contained in this Form is also thereby furnishing the information to the\n"
    "Commission pursuant to Rule 12g3-2(b) under the Securities Exchange Act of\n"
    "1934.\n"
    "\n"
    "              Yes                             No       X\n"
    "\n"
)
