"""Frozen records that flow from the parser and extractors to the loader.

Every offset is an index into the filing's stored text (``Document.text``), so that
``text[span.start:span.end] == span.text`` holds for every span the API shows.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

SectionKind = Literal["body", "notes", "about"]
OperatorKind = Literal["mobile_operator", "group", "other"]
Qualifier = Literal["exact", "approximately", "more_than", "less_than", "nearly", "up_to"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the stored text: ``text == document[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, document: str, start: int, end: int) -> Span:
        return cls(start=start, end=end, text=document[start:end])


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded filing: the text every offset refers to, and where it came from."""

    text: str
    sha256: str
    source_name: str
    accession_number: str | None = None


@dataclass(frozen=True, slots=True)
class Signatory:
    name: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class Cover:
    """The 6-K cover page and its signature block."""

    form_type: str
    registrant: str | None
    registrant_address: str | None
    report_date: date | None
    annual_report_form: Literal["20-F", "40-F"] | None
    rule_12g3_2b: bool | None
    enclosure: str | None
    signed_by: Signatory
    signed_on: date | None

    def columns(self) -> dict[str, object]:
        """The cover as the filing table's columns (the signatory flattened)."""
        return {
            "form_type": self.form_type,
            "registrant": self.registrant,
            "registrant_address": self.registrant_address,
            "report_date": self.report_date,
            "annual_report_form": self.annual_report_form,
            "rule_12g3_2b": self.rule_12g3_2b,
            "enclosure": self.enclosure,
            "signed_by_name": self.signed_by.name,
            "signed_by_title": self.signed_by.title,
            "signed_on": self.signed_on,
        }


@dataclass(frozen=True, slots=True)
class Section:
    """A part of a release: its body, its notes to editors, or an "about" block.

    ``heading`` is the line that opens an about block ("Amena", "About O2 UK", "mmO2");
    it names the subject that the block's sentences speak of.
    """

    kind: SectionKind
    heading: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str
    role: str | None
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    title: str | None
    organization: str | None
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class ParsedRelease:
    """One press release found in a filing, before entity extraction."""

    reference: str | None
    title: str | None
    released_on: date | None
    body: Span
    notes: Span | None
    sections: tuple[Section, ...]
    quotes: tuple[Quote, ...]
    contacts: tuple[Contact, ...]


@dataclass(frozen=True, slots=True)
class ParsedFiling:
    document: Document
    cover: Cover
    releases: tuple[ParsedRelease, ...]


@dataclass(frozen=True, slots=True)
class Operator:
    """A telecom operator, group or other company, identified by its slug."""

    slug: str
    name: str
    kind: OperatorKind = "other"
    country: str | None = None
    parent: str | None = None
    website: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    operator: str
    span: Span


class MentionIndex:
    """A stretch's mentions, found by where they start or end by bisection, each answer in
    the mentions' own order: asking about every item of a long list costs a logarithm per
    item, not a pass over every mention."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self._by_start = sorted(range(len(mentions)), key=lambda i: mentions[i].span.start)
        self._starts = [mentions[i].span.start for i in self._by_start]
        self._by_end = sorted(range(len(mentions)), key=lambda i: mentions[i].span.end)
        self._ends = [mentions[i].span.end for i in self._by_end]
        self._longest = max((m.span.end - m.span.start for m in mentions), default=0)

    def starting(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in ``[start, end)``."""
        low, high = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [self.mentions[i] for i in sorted(self._by_start[low:high])]

    def ending(self, start: int, end: int) -> list[Mention]:
        """The mentions ending in ``[start, end]``."""
        low, high = bisect_left(self._ends, start), bisect_right(self._ends, end)
        return [self.mentions[i] for i in sorted(self._by_end[low:high])]

    def covering(self, position: int) -> bool:
        """Whether a mention starts before ``position`` and ends at or after it."""
        return any(m.span.start < position for m in self.ending(position, position + self._longest))


@dataclass(frozen=True, slots=True)
class Metric:
    operator: str
    name: str
    value: Decimal
    unit: str
    qualifier: Qualifier
    as_of: date | None
    period: str | None
    segment: str | None
    span: Span


@dataclass(frozen=True, slots=True)
class Alliance:
    slug: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Membership:
    alliance: str
    operator: str
    country: str | None
    as_of: date | None
    span: Span


@dataclass(frozen=True, slots=True)
class Stake:
    owner: str
    owned: str
    percent: Decimal | None
    as_of: date | None
    span: Span


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractors found in one release."""

    operators: tuple[Operator, ...] = ()
    mentions: tuple[Mention, ...] = ()
    metrics: tuple[Metric, ...] = ()
    alliances: tuple[Alliance, ...] = ()
    memberships: tuple[Membership, ...] = ()
    stakes: tuple[Stake, ...] = ()


@dataclass(frozen=True, slots=True)
class Release:
    parsed: ParsedRelease
    extraction: Extraction = field(default_factory=Extraction)


@dataclass(frozen=True, slots=True)
class Filing:
    """A filing ready to load: cover, releases and everything extracted from them."""

    document: Document
    cover: Cover
    releases: tuple[Release, ...]
    registrant: Operator | None
