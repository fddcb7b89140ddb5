"""Figures in release text → Metric records: which metric, whose, when, and the exact span."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cache
from itertools import pairwise
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from app.ingest.catalog import Catalog, country_code
from app.ingest.metric_rules import (
    APPOSITION,
    APPOSITION_SHARES_OF,
    BEFORE_NOW,
    BRACKETED_AFTER,
    BRACKETED_BEFORE,
    BRACKETED_RATIO,
    BREAKDOWN,
    COMBINED_FIGURE,
    COMPARED,
    COMPARED_REACH,
    COMPRISED_ITEM,
    COMPRISED_LAST,
    COMPRISED_SEGMENTS,
    COMPRISING,
    CONTINUATION,
    COUNT_PACE,
    COUNTRY_OPENING,
    COUNTRY_SUBJECT,
    CUMULATIVE,
    DATE_RULES,
    ELLIPSIS_AFTER,
    ELLIPTICAL_COUNT,
    ELLIPTICAL_NAME,
    ELLIPTICAL_REACH,
    ESTIMATED,
    EXISTENTIAL,
    EXISTENTIAL_PLACE,
    FORECAST,
    GROUP_OPENING,
    HALF_WORDS,
    LATIN_SEGMENTS,
    LEAD_REACH,
    LIST_HEADING,
    LIST_ITEM,
    LIST_ITEM_TAIL,
    LIST_JOIN,
    MARKET_COUNTED,
    MARKET_PLACE_AFTER,
    MARKET_SUBJECT_KINDS,
    MARKET_VERB,
    MARKET_WORDS,
    MONTHS,
    NOT_OPERATOR_FIGURE,
    NOUN_SEGMENTS,
    OPERATORS_PLURAL,
    ORDINALS,
    OWNED_SUBSIDIARY,
    PART_FIRST,
    PART_NEXT,
    PART_OF,
    PART_OWNER,
    PAY_TV,
    PAY_TV_RULES,
    PER_UNIT,
    PER_UNIT_BEFORE,
    PESO_COUNTRIES,
    QUARTER_EARLIER,
    RELATIVE_CLAUSE,
    REPORTED_MONTHS,
    REPORTED_PERIOD,
    REPORTED_QUARTER_AND_YEAR,
    REPORTED_YEAR,
    RESPECTIVELY,
    RULES,
    SAME_DATE,
    SEGMENT_LIST_ITEM,
    SEGMENT_PART,
    SEGMENT_SUBJECT,
    SEGMENT_SUBJECT_RULES,
    SEGMENT_WORDS,
    SEGMENTS,
    SERVICE_USERS,
    SIGNED_METRICS,
    SOURCE_OPENING,
    STATED_PESOS,
    STOCK_DATE_AFTER,
    TABLE_BANNER_YEAR,
    TABLE_BARE_QUARTER,
    TABLE_CAPTION_UNIT,
    TABLE_CAPTION_WORDS,
    TABLE_CELL,
    TABLE_CHANGE_HEADER,
    TABLE_COMMENT_HEADER,
    TABLE_FIGURE_CELL,
    TABLE_FISCAL_PERIOD,
    TABLE_FISCAL_YEAR,
    TABLE_GROUP_TOTAL,
    TABLE_LABEL_UNIT,
    TABLE_LABEL_UNIT_AFTER,
    TABLE_LABEL_WRAPS,
    TABLE_LOCAL_PERIOD,
    TABLE_NOTE_MARK,
    TABLE_PART,
    TABLE_PAY_TV,
    TABLE_PERIOD_HEADING,
    TABLE_QUALIFIED_LABEL,
    TABLE_RATIO,
    TABLE_ROW_SPAN,
    TABLE_ROW_SPAN_MONTHS,
    TABLE_ROWS,
    TABLE_RULE_LINE,
    TABLE_SCALE,
    TABLE_SCALE_EXCEPT,
    TABLE_SEGMENT_PARENTS,
    TABLE_SEGMENT_PART,
    TABLE_SEGMENT_ROW,
    TABLE_SHORT_QUARTER,
    TABLE_SPAN,
    TABLE_SPAN_MONTHS,
    TABLE_SPAN_ORDINALS,
    TABLE_SUBJECT_HEADER,
    TABLE_TITLE_MONEY_UNIT,
    TABLE_TITLE_SCALE,
    TABLE_TITLE_UNIT,
    TABLE_TOTAL_ROW,
    TABLE_UNIT_CELL,
    TABLE_UNIT_HEADING,
    TABLE_UNIT_WORDS,
    THREE_AND,
    THRESHOLD_PASSED,
    THRESHOLD_THEN,
    TOPIC_HEADING,
    TRAFFIC_UNIT_AFTER,
    UNNAMED_SUBSIDIARY,
    UNNAMED_SUBSIDIARY_REACH,
    MetricRule,
    TableRow,
)
from app.ingest.numbers import (
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    DOLLAR,
    LIRA,
    LOCAL_CURRENCIES,
    PESO,
    QUALIFIERS,
    SCALES,
    Figure,
    FigureScan,
    dated_currency,
    local_currency,
    normalised,
    parse_figure,
    word_key,
)
from app.ingest.prefilter import might_match, required_words
from app.ingest.records import (
    Mention,
    Metric,
    Operator,
    ParsedRelease,
    Qualifier,
    Section,
    Span,
)

# A sentence ends at . ! ? before a capital/digit/quote, or at a blank line or a bullet
# ("-", "*", "\u2022", an indented ">").
# Abbreviations ("approx. 8.600", "Dr. Eick") do not end one.
# The look-behinds follow the mark (and include it), so the scan skips ahead to ". ! ? \n".
# The point of an abbreviated title or currency ("Mr.", "Rs. 551.72 crore", "Ps. 611.2", "S/. 71,4
# million") ends no sentence.
_SENTENCE_END = re.compile(
    r"[.!?](?<!\bapprox.)(?<!\bca.)(?<!\bDr.)(?<!\bMr.)(?<!\bNo.)"
    r"(?<!\bRs.)(?<!\bRS.)(?<!S/.)(?<!\bPs.)"
    # "NOK 4,512.3 mill. (1998: NOK 3,621.4 mill.)": the point of an abbreviated scale before
    # the year-earlier figure in brackets ends no sentence
    r"(?!(?<=\bmill.)[ \t\r\n]{1,8}\()"
    # German: "1.183,4 Mio. EUR", "6,08 Mio. Kunden", "2,4 Mrd. EUR", "1. Hj. 2004": an
    # abbreviated scale or half-year; "Zum 30. Juni 2005", "im 1. Halbjahr": a day's or an
    # ordinal's point before its month or period
    r"(?<!\b[Mm]io.)(?<!\b[Mm]rd.)(?<!\bTsd.)(?<!\bHj.)"
    r"(?!(?:(?<=\b\d.)|(?<=\b\d\d.))[ \t\r\n]{1,3}(?:Hj\.|(?:Halbjahr|Quartal|Januar"
    r"|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b))"
    r"[\"')]?(?=[ \t\r\n]{1,8}[A-Z0-9\"'(*\u2022-])|\n[ \t]*\n|\n[ \t]*[-*\u2022][ \t]"
    # an indented ">" bullet ("   >  Total revenues of ..."); one at the margin quotes a mail
    r"|\n[ \t]{1,8}>[ \t]"
    # an indented "o" bullet set off by two spaces ("  o  Net loss of PLN ..."), a Portuguese
    # or Italian word "o" wrapped onto a line is followed by one
    r"|\n[ \t]{1,8}o(?:[ \t]{2,4}|\t)(?=[A-Z0-9\"'(])"
)
_ABOUT = re.compile(r"^\s*(?:about|notes?\s+on)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# A possessive this close before the figure governs it: "O2 UK's customer base of 12.6 million".
_POSSESSIVE_REACH = 40
# "rose by", "up", "down": the percentage after these is a change, not a figure of its own.
# "increased 6.6% to R43 117 million": after a verb of change too.
_CHANGE_RATE = re.compile(
    r"(?<![\w-])(?:by|up|down|rose|grew|increased|climbed|fell|declined|decreased|dropped"
    # German: "ihre Umsatzerlöse um 9,6 % auf 1.183,4 Mio. EUR gesteigert"
    r"|reduced|um)[ \t\r\n]{1,3}$",
    re.IGNORECASE,
)
# A sentence that opens with a pronoun speaks of the previous sentence's subject.
# "Its network ...", French "Son réseau ...", "Sa part de marché ...", German "Ihr Umsatz ...",
# "Sein Netz ...": a sentence opened by a possessive speaks of the last one named
_PRONOUN_OPENING = re.compile(
    r"[ \t\r\n\"'\u00ab\u201c]{0,8}(?:its|their|son|sa|ses|leurs?"
    r"|(?-i:Ihr|Ihre|Ihren|Ihrem|Ihres|Sein|Seine|Seinen|Seinem|Seines))(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Dated:
    start: int
    end: int
    as_of: date | None
    period: str | None


# The period spans written over a table's columns: (the cell's column, its TABLE_SPAN match).
_Spans = list[tuple[int, re.Match[str]]]


@dataclass(frozen=True, slots=True)
class _Reported:
    """The period a results release reports on: its unit ("quarter", "half", or the span its
    lead names: "nine months", "year"), its end and its label."""

    unit: str
    end: date
    label: str
    # "results for the three and nine months ended 30 September 2004": the longer span the
    # lead names beside the quarter (its words, its label), for "for the nine months".
    longer: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class _Hit:
    figure: Figure
    rule: MetricRule
    start: int
    end: int
    segment: str | None
    earlier: _Hit | None = None  # "up from 3.7 million": the hit this one is compared with
    listed: bool = False  # "... and LG Telecom 7,034,000": the next item of a list
    # The segment is the market's the share is of ("share of the Korean broadband market").
    of_market: bool = False
    # An item continuing the previous one ("... in the third quarter and 412 thousand in the
    # nine months"): a date right after it is its own, one before it the previous item's.
    continued: bool = False
    # A part of the previous count that the operator named right after it holds ("3.012.458
    # clients, of which 512.304 at NBT"): that operator's own count.
    part: bool = False


# --- a sentence's patterns, scanned once ----------------------------------------------------
# A run-on sentence ("a net loss of $4.8 million compared with a net loss of $2 million, ..."
# for 200 KB) holds thousands of figures; a question asked of each figure by a scan from the
# sentence's start costs the sentence's length squared. Each pattern is scanned once per
# sentence instead, and each figure's question answered from those matches.

_UNBOUNDED = 1 << 30
_SINGLE = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _widest(items: Any) -> int:
    """The most characters a parsed pattern examines from where it starts: what it consumes and
    what its look-arounds read, as if they consumed too (an upper bound)."""
    total = 0
    for op, av in items:
        if op in _SINGLE:
            total += 1
        elif op is sre.BRANCH:
            total += max((_widest(branch) for branch in av[1]), default=0)
        elif op is sre.SUBPATTERN:
            total += _widest(av[-1])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            total += _widest(av[1])
        elif op in _REPEATS:
            most = av[1]
            total += _UNBOUNDED if most == sre.MAXREPEAT else most * _widest(av[2])
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            total += _widest(av)
        elif op is sre.GROUPREF_EXISTS:
            total += max(_widest(av[1]), _widest(av[2]) if av[2] is not None else 0)
        elif op is not sre.AT:
            return _UNBOUNDED  # a back reference, or what this does not know: no bound
    return min(total, _UNBOUNDED)


@cache
def _reach(pattern: re.Pattern[str]) -> int:
    """How far past the position a match attempt starts at it may read: an attempt at ``p``
    succeeds (and matches the same text) in ``text[:end]`` as in ``text`` when ``p + reach <=
    end``. One more than the widest match, for a boundary (``\\b``, ``$``) read just after it."""
    return min(_widest(sre_parse.parse(pattern.pattern, pattern.flags)) + 1, _UNBOUNDED)


class _Found:
    """Where ``pattern`` matches in ``text[start:end]``, found by one pass: every position a
    match starts at, and the matches ``finditer`` yields. ``search(a, b)`` and
    ``finditer(b)`` answer what the pattern's own ``search(text, a, b)`` and
    ``finditer(text, start, b)`` would, at the cost of a bisect and a scan of the pattern's
    reach before ``b``: an attempt that starts ``reach`` or more before ``b`` reads nothing at
    or past ``b``, so it fares the same in the sentence and in the piece that ends at ``b``."""

    __slots__ = ("_ends", "_matches", "_starts", "end", "pattern", "reach", "start", "text")

    def __init__(self, pattern: re.Pattern[str], text: str, start: int, end: int) -> None:
        self.pattern, self.text, self.start, self.end = pattern, text, start, end
        self.reach = _reach(pattern)
        self._starts: list[int] | None = None
        self._matches: list[re.Match[str]] | None = None
        self._ends: list[int] = []

    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = []
            position = self.start
            while (match := self.pattern.search(self.text, position, self.end)) is not None:
                self._starts.append(match.start())
                position = match.start() + 1
        return self._starts

    def first(self, a: int, b: int) -> re.Match[str] | None:
        """The match ``pattern.search(text, a, b)`` finds (its span and groups)."""
        if a < self.start or b > self.end or self.reach >= _UNBOUNDED:
            return self.pattern.search(self.text, a, b)
        starts = self.starts()
        index = bisect_left(starts, a)
        if index < len(starts) and starts[index] + self.reach <= b:
            return self.pattern.match(self.text, starts[index], b)
        return self.pattern.search(self.text, max(a, b - self.reach), b)

    def search(self, a: int, b: int) -> bool:
        """Whether ``pattern.search(text, a, b)`` finds a match."""
        if a < self.start or b > self.end or self.reach >= _UNBOUNDED:
            return self.pattern.search(self.text, a, b) is not None
        starts = self.starts()
        index = bisect_left(starts, a)
        if index < len(starts) and starts[index] + self.reach <= b:
            return True
        # No attempt that starts ``reach`` before ``b`` succeeds: only those after may.
        return self.pattern.search(self.text, max(a, b - self.reach), b) is not None

    def matches(self) -> list[re.Match[str]]:
        """``finditer(text, start, end)``."""
        if self._matches is None:
            self._matches = list(self.pattern.finditer(self.text, self.start, self.end))
            self._ends = [m.start() + self.reach for m in self._matches]
        return self._matches

    def agreed(self, b: int) -> int:
        """How many of the sentence's first matches ``finditer(text, start, b)`` yields too:
        those that start ``reach`` before ``b`` (each search from the last one's end finds
        the same)."""
        if b > self.end or self.reach >= _UNBOUNDED:
            return 0
        self.matches()
        return bisect_right(self._ends, b)

    def tail(self, b: int, agreed: int) -> list[re.Match[str]]:
        """What ``finditer(text, start, b)`` yields after its first ``agreed`` matches: each
        starts within ``reach`` of ``b`` (one before would be a match of the sentence too)."""
        matches = self.matches() if agreed else []
        last = matches[agreed - 1] if agreed else None
        if last is not None and last.end() == last.start():  # after an empty match: afresh
            return list(self.pattern.finditer(self.text, self.start, b))[agreed:]
        position = last.end() if last is not None else self.start
        if self.reach < _UNBOUNDED:
            position = max(position, b - self.reach)
        return list(self.pattern.finditer(self.text, position, b))

    def finditer(self, b: int) -> list[re.Match[str]]:
        """``list(pattern.finditer(text, start, b))``."""
        agreed = self.agreed(b)
        return self.matches()[:agreed] + self.tail(b, agreed)


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``text[start:end]``."""
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.start() + 1 if text[match.start()] in ".!?" else match.start()
        if text[cursor:stop].strip():
            yield cursor, stop
        cursor = match.end() if text[match.start()] not in ".!?" else stop
    if text[cursor:end].strip():
        yield cursor, end


def heading_subject(heading: str, catalog: Catalog) -> Operator:
    """The operator an about block is headed by ("About O2 UK" → O2 UK; unknown → discovered)."""
    name = _ABOUT.sub("", heading).strip()
    return catalog.resolve(name) or catalog.resolve(heading) or catalog.discover(name)


def section_subject(
    section: Section, catalog: Catalog, registrant: Operator | None
) -> Operator | None:
    """Whom a section's sentences speak of unless they name someone else."""
    if section.kind == "about" and section.heading and TOPIC_HEADING.fullmatch(section.heading):
        return registrant  # "Mobile", "Fixed Line", "Revenue": a topic, nobody's name
    if section.kind == "about" and section.heading:
        # A country heading ("Greece", "In Albania") is where, not who: the registrant there.
        code = country_code(_ABOUT.sub("", section.heading).strip())
        if code is not None:
            return catalog.localise(registrant, code) if registrant else None
        return heading_subject(section.heading, catalog)
    return registrant


def title_subject(release: ParsedRelease, catalog: Catalog) -> Operator | None:
    """The first operator a release's title names ("T-MOBILE DEUTSCHLAND PASSES ..."), if any."""
    if not release.title:
        return None
    # A title in capitals ("ORANGE: FIRST HALF RESULTS") names operators as they are written
    # in the text ("Orange").
    written = [release.title]
    if release.title.isupper():
        written.append(release.title.title())
    for title in written:
        for mention in catalog.find_mentions(title):
            return catalog.get(mention.operator)
    # "ORANGE: FIRST HALF 2004 RESULTS": the name before a headline's colon is its subject.
    head, colon, _ = release.title.partition(":")
    if colon and 0 < len(head.split()) <= 4:
        return catalog.resolve(head.strip())
    return None


def content_start(text: str, section: Section) -> int:
    """Where a section's sentences begin: after its heading line, when it opens with one."""
    if section.heading:
        line_end = text.find("\n", section.start, section.end)
        first_line = text[section.start : line_end if line_end != -1 else section.end]
        if first_line.strip() == section.heading.strip():
            return line_end + 1 if line_end != -1 else section.end
    return section.start


def _implied(
    month: int, day: int | None, year: str | None, released_on: date | None
) -> date | None:
    """A date whose year may be implied: the latest such date not after the release."""
    if year is None and released_on is None:
        return None
    candidate_year = int(year) if year else released_on.year  # type: ignore[union-attr]
    last = calendar.monthrange(candidate_year, month)[1]
    result = date(candidate_year, month, min(day or last, last))
    if year is None and released_on is not None and result > released_on:
        last = calendar.monthrange(candidate_year - 1, month)[1]
        result = date(candidate_year - 1, month, min(day or last, last))
    return result


def _quarter_end(quarter: int, year: int) -> date:
    month = quarter * 3
    return date(year, month, calendar.monthrange(year, month)[1])


def _full_year(text: str) -> int:
    """ "05" → 2005, "98" → 1998, "2005" → 2005."""
    year = int(text)
    return year if year >= 100 else year + (2000 if year < 50 else 1900)


def _day(text: str | None) -> int | None:
    return int(re.sub(r"\D", "", text)) if text else None


# How a lead names a span of a (fiscal) year.
_YEAR_PERIODS = ("year", "financial year", "fiscal year", "12 months", "twelve months")


def _span_words(written: str) -> str:
    """The span a "… ended <date>" period names, in lower case: "nine months", "year"."""
    span = re.sub(r"\s+", " ", _ENDED.split(word_key(written), 1)[0]).strip()
    return _MONTH_PERIOD.sub(r"\1 months", span)  # "three-month period": "three months"


_MONTH_PERIOD = re.compile(r"^(\w{1,6})-month period$")
_ENDED = re.compile(r"(?<!\s)\s+(?:end(?:ed|ing)|to)\b")  # from a run's start only: linear


def canonical_period(written: str) -> str:
    """A period as one label whatever its wording: "three months ended June 30, 2005" and
    "the quarter ended 30 June 2005" are "Q2 2005"; "nine months ended 30 September 2004" is
    "Q1-Q3 2004", "year ended December 31, 2004" is "2004". A period that is no calendar
    quarter, half or year ("year ended 31 March 2006") keeps its words."""
    text = re.sub(r"\s+", " ", written).strip()
    match = DATE_RULES[0].pattern.fullmatch(text)
    if match is None:
        return text
    g = match.groupdict()
    month = MONTHS[word_key(g["month"] or g["month2"]).rstrip(".")]
    year, day = int(g["year"] or g["year2"]), _day(g["day"] or g["day2"])
    if day != calendar.monthrange(year, month)[1]:
        return text
    what = _span_words(text)
    if what in ("quarter", "three months") and month % 3 == 0:
        return f"Q{month // 3} {year}"
    if what in ("half year", "half-year", "six months") and month % 6 == 0:
        return f"H{month // 6} {year}"
    if what == "nine months" and month == 9:
        return f"Q1-Q3 {year}"
    if what in _YEAR_PERIODS and month == 12:
        return str(year)
    # "fiscal year ended March 31, 2007", "12 months ended 31 March 2007": one label, the
    # "year ended 31 March 2007", whichever way the day is written.
    span = "year" if what in _YEAR_PERIODS else what
    return f"{span} ended {day} {calendar.month_name[month]} {year}"


def _months_label(first: int, last: int, year: int) -> str | None:
    """The label of a span of months of one year: January to September is "Q1-Q3", July to
    December "H2", July to September "Q3"; None for a span that is none of ours."""
    if first == 1 and last in (3, 6, 9, 12):
        return {3: f"Q1 {year}", 6: f"H1 {year}", 9: f"Q1-Q3 {year}", 12: str(year)}[last]
    if first == 7 and last == 12:
        return f"H2 {year}"
    if last == first + 2 and last % 3 == 0:
        return f"Q{last // 3} {year}"
    return None


def _fiscal_quarter(ordinal: int, reported: _Reported | None) -> str | None:
    """The calendar quarter a release on a fiscal year that ends in another month than
    December ("the fiscal year ended March 31, 2007") calls "the fourth quarter": "Q1 2007"."""
    if reported is None or reported.unit not in _YEAR_PERIODS or reported.end.month == 12:
        return None
    if reported.end.month % 3:
        return None
    months_before = 3 * (4 - ordinal)
    month, year = reported.end.month - months_before, reported.end.year
    if month <= 0:
        month, year = month + 12, year - 1
    return f"Q{month // 3} {year}"


def _resolve_date(
    kind: str, match: re.Match[str], released_on: date | None, reported: _Reported | None = None
) -> _Dated | None:
    """Turn one date-rule match into an as_of date and/or a period label."""
    g = match.groupdict()
    year_now = released_on.year if released_on else None
    if reported is not None:
        year_now = reported.end.year  # "the first half of the year": the reported year
    as_of: date | None = None
    period: str | None = None
    if kind == "period_ended":
        period = canonical_period(match.group("what"))
    elif kind == "quarter_of":
        year = int(g["year"]) if g.get("year") else year_now
        if g.get("last") and year is not None:
            year -= 1
        ordinal = ORDINALS[word_key(g["ord"])]
        if g.get("count") or g.get("months"):
            if ordinal != 1:
                return None  # "the second six months": no label of ours
            # "the first two quarters", "the first six months": H1; three or nine: Q1-Q3
            label = "H1" if word_key(g.get("count") or g["months"]) in ("two", "six") else "Q1-Q3"
        elif (g.get("unit") or "").lower() in HALF_WORDS:
            label = f"H{min(ordinal, 2)}"
        else:
            label = f"Q{ordinal}"
            # "the fourth quarter" alone, not "the third quarter of this year"
            bare = match.group(0).lower().endswith("quarter")
            fiscal = _fiscal_quarter(ordinal, reported) if bare else None
            if fiscal is not None:
                return _Dated(match.start(), match.end(), None, fiscal)
        period = f"{label} {year}" if year else label
        if year is not None and g.get("closing"):  # "closed the first half with": its end
            as_of = _quarter_end(int(label[-1]) * (2 if label[0] == "H" else 1), year)
    elif kind in ("end_quarter", "quarter"):
        year = int(g["year"]) if g.get("year") else year_now
        if year is not None:
            as_of = _quarter_end(int(g["q"]), year)
            period = f"Q{g['q']} {year}"
    elif kind == "quarter_short":
        year, quarter = _full_year(g["year"]), int(g.get("q") or g["q2"])
        as_of, period = _quarter_end(quarter, year), f"Q{quarter} {year}"
    elif kind == "months_short":
        year, months = _full_year(g["year"]), int(g["m"])
        labels = {3: f"Q1 {year}", 6: f"H1 {year}", 9: f"Q1-Q3 {year}"}
        as_of, period = _quarter_end(months // 3, year), labels[months]
    elif kind == "half":
        year, half = _full_year(g["year"]), int(g.get("h") or g["h2"])
        as_of, period = _quarter_end(half * 2, year), f"H{half} {year}"
        if g.get("split") and half == 1 and reported is not None and reported.unit == "six months":
            # "(H1 99/00: GBP279.4m)" beside a lead's "six months to 30 September 2000": the
            # first half of a financial year that is no calendar half, as the lead's ends
            end = reported.end
            end_year = year if end.month > 6 else year + 1
            last = min(end.day, calendar.monthrange(end_year, end.month)[1])
            as_of = date(end_year, end.month, last)
            period = canonical_period(
                f"six months ended {last} {calendar.month_name[end.month]} {end_year}"
            )
    elif kind in ("end_month", "month_day", "day_month"):
        day = _day(g.get("day")) if kind != "end_month" else None
        month = MONTHS[word_key(g["month"]).rstrip(".")]
        if day is not None and not 1 <= day <= 31:
            return None
        as_of = _implied(month, day, g.get("year"), released_on)
    elif kind == "numeric":
        year, month = int(g["year"]), int(g["month"] or g["smonth"])
        day = int(g["day"] or g["sday"])
        if day > calendar.monthrange(year, month)[1]:
            return None
        as_of = date(year, month, day)
    elif kind == "month_range":
        year = int(g["year"])
        first, last = MONTHS[word_key(g["first"])], MONTHS[word_key(g["last"])]
        period = _months_label(first, last, year)
        if period is None:
            return None
    elif kind in ("month_short", "month_year"):  # "Sep '06", "June 2006": the month's end
        year, month = _full_year(g["year"]), MONTHS[word_key(g["month"]).rstrip(".")]
        as_of = date(year, month, calendar.monthrange(year, month)[1])
        period = f"{calendar.month_name[month]} {year}"
    elif kind == "end_year":
        written = g.get("year") or g.get("year2")
        if written:
            as_of = date(int(written), 12, 31)
        elif reported is not None and reported.unit in _YEAR_PERIODS:
            as_of = reported.end  # "year ended 31 March 2006": its year ends in March
        else:
            as_of = _implied(12, None, None, released_on)
    elif kind == "in_month":
        month = MONTHS[word_key(g["month"])]
        implied = _implied(month, None, g.get("year"), released_on)
        if implied is None:
            return None
        period = f"{calendar.month_name[month]} {implied.year}"
    elif kind == "last_period":
        period = "last " + re.sub(r"\s+", " ", g["unit"].lower())
    elif kind == "year":
        period = g.get("year") or g.get("year2") or g.get("year3") or g.get("year4")
    return _Dated(match.start(), match.end(), as_of, period)


_DATE_WORDS = tuple(required_words(rule.pattern) for rule in DATE_RULES)


class _Claimed:
    """Stretches of text claimed so far, none overlapping another: whether one overlaps any
    (``start < d.end and d.start < end`` for one of them) by a bisect, not a pass over all.
    Of stretches apart and in order, one overlaps the last that starts before ``end`` if any
    does. An empty stretch (one that overlaps nothing it touches) is looked at one by one."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._empty: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        if start >= end or self._empty:
            spans = [*zip(self._starts, self._ends, strict=True), *self._empty]
            return any(start < e and s < end for s, e in spans)
        index = bisect_left(self._starts, end)
        return index > 0 and self._ends[index - 1] > start

    def add(self, start: int, end: int) -> None:
        if start >= end:
            self._empty.append((start, end))
            return
        index = bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)


def find_dates(
    text: str, start: int, end: int, released_on: date | None, reported: _Reported | None = None
) -> list[_Dated]:
    """Dates and periods in a sentence; earlier rules claim their text first."""
    found: list[_Dated] = []
    claimed = _Claimed()  # the found dates' stretches
    folded = word_key(text[start:end])
    for rule, words in zip(DATE_RULES, _DATE_WORDS, strict=True):
        if not might_match(words, folded):
            continue  # most sentences name no month, no quarter: most rules need no scan
        for match in rule.pattern.finditer(text, start, end):
            if claimed.overlaps(match.start(), match.end()):
                continue
            dated = _resolve_date(rule.kind, match, released_on, reported)
            if dated is not None:
                found.append(dated)
                claimed.add(dated.start, dated.end)
    for match in REPORTED_PERIOD.finditer(text, start, end) if reported else ():
        unit = re.sub(r"\s+", " ", match.group("unit").lower())
        if reported is None:
            continue
        label = reported.label
        if unit.endswith("months"):
            # "for the nine months": the period a lead names so, or a quarter or half.
            if reported.longer is not None and unit == reported.longer[0]:
                label = reported.longer[1]
            elif REPORTED_MONTHS.get(unit.split()[0]) != reported.unit and unit != reported.unit:
                # "EUR 42.6 million in the quarter and EUR 131.8 million in the nine months"
                # of a release on the third calendar quarter: the year to the quarter's end
                label = _year_to_date(unit, reported) or ""
                if not label:
                    continue
        elif unit == "year":  # "in the year": a lead's "year ended 31 March 2006"
            if reported.longer is not None and reported.longer[0] == "year":
                label = reported.longer[1]  # "the fourth quarter and the full year 1999"
            elif reported.unit not in _YEAR_PERIODS:
                continue
        elif (
            unit != "period"
            and unit[:4] != reported.unit[:4]
            # "in the quarter" of a lead's "the three months ended November 30, 2003"
            and unit[:4] != REPORTED_MONTHS.get(reported.unit.split()[0], "")[:4]
        ):
            continue
        if claimed.overlaps(match.start(), match.end()):
            continue
        as_of, period = (reported.end, None) if match.group("end") else (None, label)
        found.append(_Dated(match.start(), match.end(), as_of, period))
        claimed.add(match.start(), match.end())
    return sorted(found, key=lambda d: d.start)


_MONTH_COUNTS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
_YEAR_TO_DATE = {3: "Q1", 6: "H1", 9: "Q1-Q3"}


def _year_to_date(unit: str, reported: _Reported) -> str | None:
    """The label of "the nine months" in a release on a calendar quarter that ends the ninth
    month (a calendar year's first nine months); None for any other span."""
    months = _MONTH_COUNTS.get(unit.split()[0])
    if reported.unit != "quarter" or months is None or months != reported.end.month:
        return None
    if reported.label != f"Q{months // 3} {reported.end.year}":
        return None  # a fiscal quarter: its year does not start in January
    year = reported.end.year
    return f"{_YEAR_TO_DATE[months]} {year}" if months in _YEAR_TO_DATE else str(year)


def reported_period(text: str, release: ParsedRelease) -> _Reported | None:
    """The period a release's lead says it reports on ("the quarter ended June 30, 2005")."""
    start = release.body.start
    for match in DATE_RULES[0].pattern.finditer(text, start, start + LEAD_REACH):
        dated = _resolve_date(DATE_RULES[0].kind, match, release.released_on)
        g = match.groupdict()
        if dated is None or dated.period is None:
            continue
        month = MONTHS[word_key(g["month"] or g["month2"]).rstrip(".")]
        year, day = int(g["year"] or g["year2"]), _day(g["day"] or g["day2"])
        if day is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
            continue
        what = match.group("what").lower()
        if (
            month % 3 == 0
            and what.startswith(("six", "nine", "twelve", "12"))
            and THREE_AND.search(text, max(start, match.start() - 40), match.start())
        ):
            # "results for the three and nine months ended 30 September 2004": the quarter,
            # and the longer span beside it
            span = _span_words(what)
            return _Reported(
                "quarter", date(year, month, day), f"Q{month // 3} {year}", (span, dated.period)
            )
        if what.startswith(("quarter", "three")) and month % 3 == 0:
            return _Reported("quarter", date(year, month, day), f"Q{month // 3} {year}")
        if what.startswith(("half", "six")) and month % 6 == 0:
            return _Reported("half", date(year, month, day), f"H{month // 6} {year}")
        # "nine months", "year", "financial year": as the lead names the span
        return _Reported(_span_words(what), date(year, month, day), dated.period)
    both = REPORTED_QUARTER_AND_YEAR.search(text, start, start + LEAD_REACH)
    if both is not None:
        # "the fourth quarter and the full year 1999": the quarter of that year, and the year
        year, ordinal = int(both.group("year")), ORDINALS[word_key(both.group("ord"))]
        return _Reported(
            "quarter", _quarter_end(ordinal, year), f"Q{ordinal} {year}", ("year", str(year))
        )
    # "its results for the second quarter of 2006": a quarter or half named with its year;
    # the latest one named ("up 68.5% on the third quarter of 2006" compares with an earlier).
    quarter_of = next(rule for rule in DATE_RULES if rule.kind == "quarter_of")
    named: list[_Reported] = []
    for match in quarter_of.pattern.finditer(text, start, start + LEAD_REACH):
        g = match.groupdict()
        if not g["year"] or g["count"]:
            continue
        year, ordinal = int(g["year"]), ORDINALS[word_key(g["ord"])]
        if g["months"]:
            # "the first nine months of 2005", "the first six months of 2006"
            months = word_key(g["months"])
            if ordinal != 1:
                continue
            if months == "six":
                named.append(_Reported("half", _quarter_end(2, year), f"H1 {year}"))
            else:
                named.append(_Reported("nine months", _quarter_end(3, year), f"Q1-Q3 {year}"))
        elif g["unit"].lower() in HALF_WORDS:
            half = min(ordinal, 2)
            named.append(_Reported("half", _quarter_end(half * 2, year), f"H{half} {year}"))
        else:
            named.append(_Reported("quarter", _quarter_end(ordinal, year), f"Q{ordinal} {year}"))
    if named:
        return max(named, key=lambda r: r.end)
    # "sus resultados del ejercicio 2001": a calendar year named by its number.
    named_year = REPORTED_YEAR.search(text, start, start + LEAD_REACH)
    if named_year is not None:
        number = named_year.group("year")
        return _Reported("year", date(int(number), 12, 31), number)
    return None


# How far before a figure its sentence is searched for words a rule requires: a sentence is
# never this long, and a run of figures with no full stop must not cost its length squared.
SENTENCE_REACH = 400


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    """``_Sentence.clause_start`` by a scan back from ``position``."""
    end = position
    while (
        cut := max(text.rfind(",", sentence_start, end), text.rfind(";", sentence_start, end))
    ) >= 0:
        if not (text[cut - 1 : cut].isdigit() and text[cut + 1 : cut + 2].isdigit()):
            return cut + 1
        end = cut  # "1,200": a digit group, not a clause
    return sentence_start


_CLAUSE_CUT = re.compile(r"[,;]")
# Longer than this, a sentence's patterns are scanned once for all its figures (characters).
_SHORT_SENTENCE = 600


def _ascending(values: list[int]) -> bool:
    return all(a <= b for a, b in pairwise(values))


class _Sentence:
    """A sentence of ``text``, its figures (in the order found) and the mentions of operators in
    it, with what the questions asked of each figure need found once per sentence: where its
    clauses start, where each pattern asked about matches, where its figures start and end."""

    def __init__(
        self, text: str, start: int, end: int, figures: list[Figure], named: list[Mention]
    ) -> None:
        self.text, self.start, self.end, self.figures = text, start, end, figures
        self.named = named  # the operators it names
        # A sentence of ordinary length is searched afresh for each figure: indexing it
        # would cost more than it saves.
        self.short = end - start <= _SHORT_SENTENCE
        # Mentions in order of both start and end: those before a point are a prefix of them.
        self.ordered = (
            not self.short
            and _ascending([m.span.start for m in named])
            and _ascending([m.span.end for m in named])
        )
        self._found: dict[int, _Found] = {}
        self._named_at: dict[int, Mention] | None = None
        self._cuts: list[int] | None = None
        self._starts: list[int] = []
        self._in_order = False
        self._ends: list[int] | None = None
        self._scaled: list[Figure] = []
        self._scaled_ends: list[int] = []
        self._market_verb: int | None = None

    def named_at(self, position: int) -> Mention | None:
        """The first of the sentence's mentions that starts at ``position``, if one does
        (looked up, not searched: a run-on sentence asks it once per figure)."""
        if self._named_at is None:
            self._named_at = {}
            for mention in self.named:
                self._named_at.setdefault(mention.span.start, mention)
        return self._named_at.get(position)

    def _index(self) -> None:
        figures = self.figures
        self._starts = [f.start for f in figures]
        self._in_order = _ascending(self._starts) and _ascending([f.end for f in figures])
        self._ends = sorted(f.end for f in figures)
        self._scaled = [f for f in figures if f.scale is not None]
        self._scaled_ends = [f.end for f in self._scaled]

    def found(self, pattern: re.Pattern[str]) -> _Found:
        found = self._found.get(id(pattern))
        if found is None:
            found = self._found[id(pattern)] = _Found(pattern, self.text, self.start, self.end)
        return found

    def first(self, pattern: re.Pattern[str], a: int, b: int) -> re.Match[str] | None:
        """What ``pattern.search(text, a, b)`` finds, ``a`` and ``b`` inside."""
        if self.short:
            return pattern.search(self.text, a, b)
        return self.found(pattern).first(a, b)

    def search(self, pattern: re.Pattern[str], a: int, b: int) -> bool:
        """Whether ``pattern.search(text, a, b)`` finds a match, ``a`` and ``b`` inside."""
        if self.short:
            return pattern.search(self.text, a, b) is not None
        return self.found(pattern).search(a, b)

    def clause_start(self, position: int) -> int:
        """Where the clause holding ``position`` starts: after the last comma or semicolon
        before it in its sentence. "Vodafone, which will publish its report in June, said
        revenue was ...": the plan and the business line of another clause say nothing of this
        figure. "1,200": a digit group, not a clause."""
        if position > self.end or self.short:
            return _clause_start(self.text, self.start, position)
        if self._cuts is None:
            text = self.text
            self._cuts = [
                cut
                for match in _CLAUSE_CUT.finditer(text, self.start, self.end)
                if not (
                    text[(cut := match.start()) - 1 : cut].isdigit()
                    and text[cut + 1 : cut + 2].isdigit()
                )
            ]
        index = bisect_left(self._cuts, position)
        return self._cuts[index - 1] + 1 if index else self.start

    def next_start(self, position: int) -> int:
        """Where the first figure after ``position`` starts, else the sentence's end."""
        if self._ends is None and not self.short:
            self._index()
        if not self._in_order:
            return next((f.start for f in self.figures if f.start > position), self.end)
        index = bisect_right(self._starts, position)
        return self._starts[index] if index < len(self._starts) else self.end

    def previous_end(self, position: int) -> int:
        """Where the last figure that ends by ``position`` ends, else the sentence's start."""
        if self.short:
            return max((f.end for f in self.figures if f.end <= position), default=self.start)
        if self._ends is None:
            self._index()
        ends = self._ends or []
        index = bisect_right(ends, position)
        return ends[index - 1] if index else self.start

    def scaled_before(self, position: int) -> Figure | None:
        """The last figure (in order) with a scale of those that end by ``position``."""
        if self._ends is None and not self.short:
            self._index()
        if not self._in_order:
            ended = [f for f in self.figures if f.end <= position and f.scale is not None]
            return ended[-1] if ended else None
        index = bisect_right(self._scaled_ends, position)
        return self._scaled[index - 1] if index else None

    def market_verb(self, stop: int) -> bool:
        """Whether a verb before ``stop`` has a market or a country for its subject (what
        ``MARKET_VERB.finditer(text, start, stop)`` holds, its subject read before each)."""
        if self.short:
            verbs = MARKET_VERB.finditer(self.text, self.start, stop)
            return any(_market_verb_subject(self.text, self.start, verb) for verb in verbs)
        found = self.found(MARKET_VERB)
        if self._market_verb is None:
            self._market_verb = next(
                (
                    i
                    for i, verb in enumerate(found.matches())
                    if _market_verb_subject(self.text, self.start, verb)
                ),
                len(found.matches()),
            )
        agreed = found.agreed(stop)
        if self._market_verb < agreed:
            return True
        return any(
            _market_verb_subject(self.text, self.start, verb) for verb in found.tail(stop, agreed)
        )


def _classify(figure: Figure, sentence: _Sentence, scan: FigureScan) -> _Hit | None:
    """The first rule whose surroundings match this figure."""
    text, sentence_start = sentence.text, sentence.start
    window = max(sentence_start, figure.start - 160)
    before = text[window : figure.start]
    # Words before an earlier amount belong to it: "Turnover ... reached 640 million with
    # investments of 1.65 billion" must not read the second amount as turnover.
    # A change rate ("rose by 4,1 % to EUR ...") is no amount of its own: it owns no words.
    cut = 0
    for earlier in scan.window(window, figure.start):
        if earlier.kind == "percent" and _CHANGE_RATE.search(before, 0, earlier.start - window):
            continue
        if earlier.scaled or earlier.kind != "count":
            cut = earlier.end - window
    before = before[cut:]
    if figure.kind == "money" and (
        PER_UNIT.match(text, figure.end)
        or sentence.search(PER_UNIT_BEFORE, sentence.clause_start(figure.start), figure.start)
    ):
        return None
    if figure.kind == "count" and (
        COUNT_PACE.match(text, figure.end, sentence.end)
        or TRAFFIC_UNIT_AFTER.match(text, figure.end, sentence.end)
    ):
        return None
    folded = word_key(before)
    for rule, words in _KIND_RULES[figure.kind]:
        if rule.passed_only and figure.qualifier != "more_than":
            continue
        # The rule's words first: they rarely match, and what else it asks scans further.
        hit = _rule_hit(rule, text, figure, before if might_match(words, folded) else None)
        if hit is not None and _rule_admits(rule, text, figure, sentence_start):
            return hit
    return None


# The rules for each kind of figure, in order, with the words each rule's ``before`` cannot
# match without (see ``prefilter``).
_KIND_RULES = {
    kind: tuple(
        (r, required_words(r.before) if r.before else None) for r in RULES if r.accepts == kind
    )
    for kind in ("count", "money", "percent")
}


def _rule_hit(rule: MetricRule, text: str, figure: Figure, before: str | None) -> _Hit | None:
    """What ``rule``'s words make of ``figure``: its words right after it, else ending
    ``before`` it (the sentence's words since the previous amount; None: they hold none of
    the words the rule's ``before`` requires)."""
    if rule.after is not None:
        match = rule.after.match(text, figure.end)
        if match is not None and match.end() - figure.end < 200:
            segment = _matched_segment(match)
            market = None if segment else _market_segment(rule, match)
            return _Hit(
                figure, rule, figure.start, match.end(), segment or market, of_market=bool(market)
            )
    if rule.before is not None and before is not None:
        match = rule.before.search(before)
        if match is not None:
            offset = figure.start - len(before)
            segment = _matched_segment(match)
            market = None if segment else _market_segment(rule, match)
            start = offset + match.start()
            return _Hit(figure, rule, start, figure.end, segment or market, of_market=bool(market))
    return None


def _rule_admits(rule: MetricRule, text: str, figure: Figure, sentence_start: int) -> bool:
    """Whether the sentence lets ``rule`` take ``figure``: it says the words the rule
    requires before the figure, and not the words the rule refuses right after it."""
    if rule.requires is not None and not rule.requires.search(
        text, max(sentence_start, figure.start - SENTENCE_REACH), figure.start
    ):
        return False
    return rule.not_after is None or rule.not_after.match(text, figure.end) is None


_SEGMENT_WORD = re.compile(rf"(?<![\w-])(?:{SEGMENT_WORDS})(?![\w-])", re.IGNORECASE)


def _market_segment(rule: MetricRule, match: re.Match[str]) -> str | None:
    """The business of the market a share is of: "share of the Korean broadband market",
    "59% share of the Macau mobile market"."""
    if rule.name != "market_share":
        return None
    word = _SEGMENT_WORD.search(match.group(0))
    return _segment(word.group(0)) if word else None


def _matched_segment(match: re.Match[str]) -> str | None:
    """The segment a rule's words name: a segment word, else a count noun that implies one."""
    groups = match.groupdict()
    word = next((groups[k] for k in sorted(groups) if k.startswith("segment") and groups[k]), None)
    if word:
        also = groups.get("also_segment")
        if also and _segment(also) != _segment(word):
            return None  # "mobile and fixed-line customers": a total of two businesses
        return _segment(word)
    if latin := groups.get("lsegment") or groups.get("lsegment2"):
        return LATIN_SEGMENTS[re.sub(r"\s+", " ", word_key(latin))]
    return next((seg for noun, seg in NOUN_SEGMENTS if noun.search(match.group(0))), None)


def _segment(word: str | None) -> str | None:
    return SEGMENTS[re.sub(r"\s+", " ", word_key(word))] if word else None


# A metric with a rule for each side of zero ("net income of", "net loss of"): [profit, loss].
_SIGNED_RULES: dict[str, tuple[MetricRule, MetricRule]] = {
    name: (positive, negative)
    for name in {r.name for r in RULES if r.negative}
    for positive in [next(r for r in RULES if r.name == name and not r.negative)]
    for negative in [next(r for r in RULES if r.name == name and r.negative)]
}
_ARTICLE_END = re.compile(r"(?<![\w-])(?:an?|the)[ \t\r\n]{1,3}$", re.IGNORECASE)
_ARTICLE_REACH = _reach(_ARTICLE_END)


def _paired(hits: list[_Hit | None], i: int, gap: str) -> _Hit | None:
    """The item a figure is compared with when it continues a compared list ("18.3% and
    11.7% ..., compared with 19.6% and 12.4%"): the item at its place in the earlier list."""
    previous = hits[i - 1]
    if previous is None or previous.earlier is None or not CONTINUATION.fullmatch(gap):
        return None
    rule = previous.rule
    # The compared list so far: the hits of the rule before this figure that are compared.
    first = i - 1
    while first > 0 and (h := hits[first - 1]) is not None and h.earlier is not None:
        first -= 1
    # The earlier list: the run of the rule's own hits that ends right before the compared.
    last = first - 1
    head = hits[first]
    if last < 0 or head is None or hits[last] is not head.earlier:
        return None
    start = last
    while start > 0 and (h := hits[start - 1]) is not None and h.rule == rule and not h.earlier:
        start -= 1
    place = start + (i - first)
    pair = hits[place] if place <= last else None
    return pair if pair is not None and pair.rule == rule and pair.earlier is None else None


def _classify_sentence(sentence: _Sentence, scan: FigureScan) -> list[_Hit]:
    """Rules first; then list continuations backwards (segments) and forwards (";", "and")."""
    text, figures, sentence_start = sentence.text, sentence.figures, sentence.start
    hits: list[_Hit | None] = [_classify(f, sentence, scan) for f in figures]
    _added_list(text, figures, hits)
    # "6.4 million subscribers at 30 September 2004, up from 3.7 million a year earlier".
    # The last hit before each figure, and the last of a stock, carried along.
    compared, stock = None, None
    for i in range(1, len(figures)):
        if (last := hits[i - 1]) is not None:
            compared, stock = last, stock if last.rule.flow else last
        if compared is None or figures[i].kind != compared.figure.kind:
            continue
        own = hits[i]
        if own is not None:
            # "a net loss of $4.8 million, compared with a net loss of $21.7 million a year
            # earlier": the metric's words said again, the same metric earlier (a gap longer
            # than the reach and an article is too long with the article cut off)
            if (
                own.rule.name == compared.rule.name
                and own.start - compared.figure.end <= COMPARED_REACH + _ARTICLE_REACH
            ):
                gap = text[compared.figure.end : own.start]
                article = _ARTICLE_END.search(gap)  # "compared with a net loss of"
                gap = gap[: article.start()] if article else gap
                if len(gap) <= COMPARED_REACH and COMPARED.search(gap):
                    hits[i] = replace(own, earlier=compared)
            continue
        if figures[i].start - compared.end > COMPARED_REACH:
            continue  # the gap is longer
        gap = text[compared.end : figures[i].start]
        if (paired := _paired(hits, i, gap)) is not None:
            # "18.3% of international minutes and 11.7% of domestic minutes ..., compared
            # with 19.6% and 12.4%": a list compared with a list, item by item
            hits[i] = _Hit(
                figures[i], paired.rule, figures[i].start, figures[i].end, paired.segment,
                paired, of_market=paired.of_market,
            )  # fmt: skip
        elif comparison := COMPARED.search(gap):
            figure = figures[i]
            earlier = compared
            if compared.rule.flow and STOCK_DATE_AFTER.match(text, figure.end):
                # "had 22.356.000 subscribers ..., an addition of 6.065.000 ..., compared with
                # 16.291.000 at the end of 2004": a figure at a date is compared with the stock.
                earlier = stock or compared
            rule = earlier.rule
            if comparison.group("sign") and rule.name in _SIGNED_RULES:
                # "against a loss of HK$26.4 million": the same metric, on the loss side
                rule = _SIGNED_RULES[rule.name][word_key(comparison.group("sign")) == "loss"]
            hits[i] = _Hit(
                figure,
                rule,
                figure.start,
                figure.end,
                earlier.segment,
                earlier,
                of_market=earlier.of_market,
            )
    # "SEK 20,378 million (20,076)": the bracket is the figure a year (or a date) earlier.
    # A date between them may hold numbers of its own: "26,694 at June 30, 2004 (26,952 ...)".
    j = 0  # the last figure before this one with a hit (else the first)
    for i in range(1, len(figures)):
        if hits[i - 1] is not None:
            j = i - 1
        previous, figure = hits[j], figures[i]
        if hits[i] is not None or previous is None or previous.figure.start != figures[j].start:
            continue
        bracketed = _bracketed(text, previous, figure)
        if bracketed is not None:
            hits[i] = _Hit(
                bracketed, previous.rule, figure.start, figure.end, previous.segment, previous
            )
    # Backwards: "1.37 million mobile, 145,000 fixed line and 150,000 Internet customers".
    for i in range(len(figures) - 2, -1, -1):
        following = hits[i + 1]
        if hits[i] is not None or following is None:
            continue
        item = SEGMENT_LIST_ITEM.match(text[figures[i].end : figures[i + 1].start] + " ")
        if item and following.segment and figures[i].kind == following.figure.kind:
            end = figures[i].end + item.start("segment") + len(item.group("segment"))
            hits[i] = _Hit(
                figures[i], following.rule, figures[i].start, end, _segment(item.group("segment"))
            )
    # Forwards: "invested EUR1.65 billion; EUR99 million in 2002".
    for i in range(1, len(figures)):
        previous = hits[i - 1]
        if hits[i] is not None or previous is None or figures[i].kind != previous.figure.kind:
            continue
        gap = text[previous.end : figures[i].start]
        if previous.rule.flow and CUMULATIVE.match(gap):
            # "Capital expenditures of $187.6 million, bringing the total for the first six
            # months to $402.3 million": the same flow over a longer period
            hits[i] = _Hit(figures[i], previous.rule, figures[i].start, figures[i].end, None)
        elif CONTINUATION.search(gap) and figures[i].kind == "money":
            # "$31.5 million in the quarter and $58.0 million in the six months ended June
            # 30": a date right after the item is its own
            hits[i] = _Hit(
                figures[i], previous.rule, figures[i].start, figures[i].end, None, continued=True
            )
        elif (
            # "added 187 thousand net clients in the third quarter and 412 thousand in the
            # nine months": a count with its scale word and no noun of its own
            figures[i].kind == "count"
            and figures[i].scaled
            and previous.rule.name in ELLIPSIS_AFTER
            and len(gap) <= ELLIPTICAL_REACH
            and CONTINUATION.search(gap)
        ):
            hits[i] = _Hit(
                figures[i],
                previous.rule,
                figures[i].start,
                figures[i].end,
                previous.segment,
                continued=True,
            )
    # "and Vodafone Italy with 24.8 million": a bare scaled count after a customer figure.
    customers = next((r for r in RULES if r.name == "customers"), None)
    elliptic = False  # a hit of those rules before this figure
    for i in range(1, len(figures)):
        figure = figures[i]
        last = hits[i - 1]
        elliptic = elliptic or (last is not None and last.rule.name in ELLIPSIS_AFTER)
        if hits[i] is not None or not elliptic or customers is None:
            continue
        if (
            figure.kind == "count"
            and figure.scaled
            and ELLIPTICAL_COUNT.search(text[max(sentence_start, figure.start - 20) : figure.start])
        ):
            hits[i] = _Hit(figure, customers, figure.start, figure.end, None)
        previous = hits[i - 1]
        if previous is None and i >= 2 and hits[i - 2] is not None and figure.kind == "count":
            # "6.1 million customers at 30 June 2008: Pannon GSM 4.1 million": the day
            # of the count's date stands between it and the list
            between = figures[i - 1]
            dated = find_dates(text, between.start, figure.start, None)
            if any(d.start <= between.start and between.end <= d.end for d in dated):
                previous = hits[i - 2]
        if (
            figure.kind == "count"
            and previous is not None
            and previous.rule.name in ELLIPSIS_AFTER
            and figure.start - previous.end <= ELLIPTICAL_REACH
            and ELLIPTICAL_NAME.search(text, previous.end, figure.start)
        ):
            hits[i] = _Hit(
                figure, previous.rule, figure.start, figure.end, previous.segment, listed=True
            )
    # "of which" splits the previous flow: "412.000 net new customers, of which 298.000 contract".
    for i in range(1, len(figures)):
        previous, hit = hits[i - 1], hits[i]
        if previous is None or hit is None or not previous.rule.flow or hit.rule.flow:
            continue
        if hit.figure.kind == previous.figure.kind and BREAKDOWN.search(
            text[previous.end : hit.figure.start]
        ):
            hits[i] = _Hit(hit.figure, previous.rule, hit.start, hit.end, hit.segment)
    # "3.012.458 clients, of which 512.304 at NBT": a part of a count, with no words of its
    # own, that an operator named right after it holds.
    # "3,486 thousand clients, 2,917 thousand of them at Telerj and 569 thousand at Telest":
    # "of them" after the part says it is one, and a part's list goes on with "and".
    for i in range(1, len(figures)):
        previous, figure, own = hits[i - 1], figures[i], hits[i]
        if (
            (own is not None and (own.part or previous is None or own.rule != previous.rule))
            or previous is None
            or previous.rule.flow
            or figure.kind != "count"
            or previous.figure.kind != "count"
        ):
            continue
        owner = PART_OWNER.match(text, figure.end)
        if owner is None or sentence.named_at(owner.end()) is None:
            continue
        if (
            owner.group("them") is not None
            or (previous.part and PART_NEXT.search(text, previous.end, figure.start))
            or (not previous.part and PART_FIRST.fullmatch(text, previous.end, figure.start))
            or (own is None and PART_OF.search(text, previous.end, figure.start))
        ):
            hits[i] = _Hit(
                figure, previous.rule, figure.start, figure.end, previous.segment, part=True
            )
    # "2,312,000 customers, 864,000 of them on contract plans": the business line's part.
    # "1,640,000 customers at 30 September 2000, of which 1,110,000 were prepaid customers and
    # 530,000 were contract customers": after "of which", and the next part after "and".
    latest: _Hit | None = None  # the last hit before this figure ("30" of a date is none)
    for i in range(1, len(figures)):
        previous, figure = hits[i - 1], figures[i]
        latest = previous or latest
        if previous is None and PART_OF.search(text, figures[i - 1].end, figure.start):
            previous = latest  # "customers at 30 September 2000, of which 1,110,000 ..."
        if (
            hits[i] is not None
            or previous is None
            or previous.rule.flow
            or figure.kind != "count"
            or previous.figure.kind != "count"
        ):
            continue
        if not (
            PART_FIRST.fullmatch(text, previous.end, figure.start)
            or PART_OF.search(text, previous.end, figure.start)
            or (previous.segment and PART_NEXT.search(text, previous.end, figure.start))
        ):
            continue
        line = SEGMENT_PART.match(text, figure.end)
        if line is not None:
            end = line.end()
            segment = _segment(line["segment"] or line["segment2"])
            hits[i] = _Hit(figure, previous.rule, figure.start, end, segment)
    _comprised(text, figures, hits)
    # A percentage right after a flow is that flow's share of the market, not a market share.
    kept: list[_Hit] = []
    for i, hit in enumerate(hits):
        if hit is None:
            continue
        previous = hits[i - 1] if i else None
        if (
            hit.figure.kind == "percent"
            and previous is not None
            and previous.rule.name in APPOSITION_SHARES_OF
            and APPOSITION.search(text[previous.end : hit.figure.start])
        ):
            continue
        if (
            i + 1 < len(hits)
            and figures[i + 1].kind == hit.figure.kind
            and THRESHOLD_PASSED.search(text, max(sentence_start, hit.start - 60), hit.figure.end)
            and THRESHOLD_THEN.fullmatch(text, hit.end, figures[i + 1].start)
        ):
            # "surpassed one hundred thousand, reaching 101,362": a mark, then the count
            count = figures[i + 1]
            if hits[i + 1] is None:
                hits[i + 1] = _Hit(count, hit.rule, count.start, count.end, hit.segment)
            continue
        kept.append(hit)
    return kept


_COUNTED = next(r for r in RULES if r.name == "customers" and r.after is not None)


def _added_list(text: str, figures: list[Figure], hits: list[_Hit | None]) -> None:
    """A verb of net additions governs the counts listed after it: "added a net 1.69 million
    fixed-line subscribers and 2.74 million broadband subscribers" are both net additions,
    each of the business its noun names. A lone "added 31,210 broadband connections" is of
    the business its noun names too unless that is mobile: "added 7.2 million wireless
    subscribers" speaks of a mobile operator's (or group's) main business, no part of it."""
    for i, hit in enumerate(hits):
        if hit is None or hit.rule.name != "net_additions" or hit.start >= hit.figure.start:
            continue
        noun = _COUNTED.after.match(text, hit.figure.end) if _COUNTED.after else None
        if noun is None:
            continue
        unsegmented = hit.segment is None
        if unsegmented and (named := _matched_segment(noun)) not in {None, "mobile"}:
            hits[i] = hit = replace(hit, segment=named)
        end = noun.end()
        for j in range(i + 1, len(figures)):
            listed = hits[j]
            if (
                listed is None
                or listed.rule is not _COUNTED
                or listed.start != figures[j].start
                or not LIST_JOIN.fullmatch(text, end, figures[j].start)
            ):
                break
            if unsegmented:
                hits[i] = hit = replace(hit, end=noun.end(), segment=_matched_segment(noun))
                unsegmented = False
            hits[j] = replace(listed, rule=hit.rule)
            end = listed.end


_COLUMN_BEFORE = re.compile(r"[\d)%][ \t]{2,}")


def _comprised(text: str, figures: list[Figure], hits: list[_Hit | None]) -> None:
    """ "a total of 826 thousand subscriptions, comprising 504 thousand broadband, 215 thousand
    voice and 107 thousand IP-TV subscriptions": the parts that name a business line are its
    counts; the total, of several businesses, is no one count of customers."""
    for i, total in enumerate(hits):
        if total is None or total.rule.name != "customers" or total.figure is not figures[i]:
            continue
        if i + 2 >= len(figures) or not COMPRISING.search(text, total.end, figures[i + 1].start):
            continue
        # The parts: counts with no metric words of their own, each item's business word
        # before the next item, the last one's before the count noun they share.
        parts: list[tuple[int, re.Match[str]]] = []
        for j in range(i + 1, len(figures)):
            if hits[j] is not None or figures[j].kind != "count":
                break
            if j + 1 < len(figures):
                item = COMPRISED_ITEM.match(text, figures[j].end, figures[j + 1].start)
                if item is not None:
                    parts.append((j, item))
                    continue
            last = COMPRISED_LAST.match(text, figures[j].end)
            if last is not None:
                parts.append((j, last))
            break
        if len(parts) < 2 or parts[-1][1].re is not COMPRISED_LAST:
            continue
        segments = [COMPRISED_SEGMENTS.get(word_key(m.group("word"))) for _, m in parts]
        if len(set(segments) - {None}) < 2:
            continue
        hits[i] = None
        for (j, m), segment in zip(parts, segments, strict=True):
            if segment is not None:
                hits[j] = _Hit(figures[j], total.rule, figures[j].start, m.end("word"), segment)


def _pay_tv_only(text: str, start: int, hit: _Hit) -> bool:
    """Whether the pay television the sentence names before ``hit`` is the only business it
    gives the count: "providing cable television, Internet and satellite services to 2.9
    million customers" counts the customers of all of them."""
    first = PAY_TV.search(text, start, hit.end)
    return first is not None and _SEGMENT_WORD.search(text, first.end(), hit.figure.start) is None


def _row_end_figure(text: str, hit: _Hit) -> bool:
    """Whether the figure ends a table row ("... net additions   18   9   31") and the words
    that make it a metric are the next row's label ("Local telephony subscribers")."""
    line_end = text.find("\n", hit.figure.end, hit.end)
    if line_end < 0 or text[hit.figure.end : line_end].strip():
        return False
    reach = max(0, hit.figure.start - 24)
    line_start = text.rfind("\n", reach, hit.figure.start) + 1  # the line's, or 24 back
    before = text[max(line_start, reach) : hit.figure.start]
    if _COLUMN_BEFORE.search(before) is not None and before.endswith(("  ", "\t")):
        return True
    # "3. Quartal 2005   3. Quartal 2004" over "Kunden (in Tsd.)  ...": the figure closes a
    # short heading cell after a column of figures, not a phrase of its own.
    gap = _LAST_COLUMN_GAP.search(before)
    return (
        gap is not None
        and _COLUMN_BEFORE.search(before, 0, gap.end()) is not None
        and len(before) - gap.end() <= _SHORT_CELL
    )


# The last run of two or more blanks in a line's text before a figure, and the longest text
# after it that still reads as one column's heading ("1st half ", "3. Quartal ").
_LAST_COLUMN_GAP = re.compile(r"(?:[ \t]{2,}|\t)(?!.*(?:[ \t]{2,}|\t))")
_SHORT_CELL = 16


# A minus or an accountant's bracket the figure itself was written with ("SEK -612 million",
# "Ps. (61) million"): the figure is negative already.
_WRITTEN_SIGN = re.compile(r"[-\u2212(]\d")


_MORE_THAN = re.compile(r"(?<![\w-])(?:more|fewer|less)[ \t\r\n]{1,3}than(?![\w-])", re.I)


def _bracketed(text: str, hit: _Hit, figure: Figure) -> Figure | None:
    """``figure`` as the bracketed earlier value of ``hit``'s figure, in its unit and scale:
    "SEK 20,378 million (20,076)", "(9M04: Rp 24.923,5 billion)". None unless the bracket
    opens right after the hit and the two figures are of a like size."""
    earlier = hit.figure
    if figure.kind not in ("count", earlier.kind) or figure.qualifier != "exact":
        return None
    if figure.currency not in (None, earlier.currency):
        return None
    before = BRACKETED_BEFORE.fullmatch(text, max(hit.end, earlier.end), figure.start)
    if before is None:
        return None
    if _MORE_THAN.search(text, earlier.end, hit.end):
        # "27,300 more than at 30 June 2007 (121,300)": the bracket is the count compared
        # with, no earlier value of the change
        return None
    if not BRACKETED_AFTER.match(text, figure.end):
        return None
    if figure.scaled:  # written in full: its own scale
        # "71,4 milliards de FCFA (2006 : 52,9 milliards)": the currency said once
        twin, compared = figure, earlier.value
        if figure.currency is None:
            twin = replace(figure, currency=earlier.currency)
    else:
        scale = earlier.scale or Decimal(1)
        twin = replace(
            figure,
            value=normalised(figure.value * scale),
            currency=earlier.currency,
            percent=earlier.percent,
            scale=earlier.scale,
        )
        compared = earlier.value
    if before.group("minus") and not hit.rule.negative:
        # "SEK -112 million (-228)" is minus 228 million; after a loss ("net loss was SEK -612
        # million (-548)") the minus restates the loss the rule gives its figures
        twin = replace(twin, value=-twin.value)
    if not twin.value or not 1 / BRACKETED_RATIO <= abs(compared / twin.value) <= BRACKETED_RATIO:
        return None
    if before.group("sign") and ("loss" in before.group("sign").lower()) != hit.rule.negative:
        # "profit of $9.4 million (2004: loss of $3.2 million)": the earlier result has the
        # other sign from the one the rule gives its figures
        twin = replace(twin, value=-twin.value)
    return twin


def _respectively(
    text: str, figures: list[Figure], hits: list[_Hit], named: list[Mention], end: int
) -> tuple[list[_Hit], dict[int, str]]:
    """ "A and B had 1.4 million and 1.1 million customers respectively": every figure of the
    list takes the rule of its last, and the operators named before it, in order. Returns
    the hits and each listed figure's operator (by the figure's start)."""
    if not hits or not RESPECTIVELY.search(text, hits[0].figure.end, end):
        return hits, {}
    by_start = {h.figure.start: h for h in hits}
    for last_index in range(len(figures) - 1, 0, -1):
        last = by_start.get(figures[last_index].start)
        if last is None:
            continue
        first_index = last_index
        while first_index > 0 and (
            figures[first_index - 1].kind == last.figure.kind
            and LIST_JOIN.fullmatch(text, figures[first_index - 1].end, figures[first_index].start)
        ):
            first_index -= 1
        listed = figures[first_index : last_index + 1]
        before = [m for m in named if m.span.end <= listed[0].start]
        operators = list(dict.fromkeys(m.operator for m in before))
        if len(operators) > len(listed) >= 2:
            # "Telkom reported ..., while Vodacom and MTN, with some 11.5m and 7.4m customers
            # respectively": the names listed as the figures are, the last ones before them.
            operators = _listed_names(text, before, len(listed))
        if len(listed) < 2 or len(operators) != len(listed):
            continue
        for figure in listed:
            by_start[figure.start] = _Hit(
                figure, last.rule, figure.start, figure.end, last.segment, listed=True
            )
        return sorted(by_start.values(), key=lambda h: h.figure.start), {
            figure.start: operator for figure, operator in zip(listed, operators, strict=True)
        }
    return hits, {}


def _listed_names(text: str, mentions: list[Mention], count: int) -> list[str]:
    """The operators of the last ``count`` mentions when they are written as one list ("A, B
    and C"), else none."""
    last = mentions[-count:]
    if len(last) < count or len({m.operator for m in last}) != count:
        return []
    for previous, following in pairwise(last):
        if not LIST_JOIN.fullmatch(text, previous.span.end, following.span.start):
            return []
    return [m.operator for m in last]


def _count_value(hit: _Hit, sentence: _Sentence) -> Decimal | None:
    """Counts are whole: "10.2 mobile users" after "28.3 million" borrows that scale."""
    value = hit.figure.value
    if hit.figure.kind != "count" or value == value.to_integral_value():
        return value
    earlier = sentence.scaled_before(hit.figure.start)
    if earlier is not None and earlier.scale is not None:
        return normalised(value * earlier.scale)
    return None


def _mention_start(mention: Mention) -> int:
    return mention.span.start


def _mention_end(mention: Mention) -> int:
    return mention.span.end


def _starting_from(mentions: list[Mention], start: int, ordered: bool) -> list[Mention]:
    """``[m for m in mentions if m.span.start >= start]``: a slice of mentions in order."""
    if ordered:
        return mentions[bisect_left(mentions, start, key=_mention_start) :]
    return [m for m in mentions if m.span.start >= start]


def _subject(
    sentence: _Sentence,
    figure_start: int,
    default: Operator | None,
    catalog: Catalog,
    floor: int = 0,
) -> Operator | None:
    """Possessive right before the figure, else the sentence's first operator, else the default."""
    text, sentence_start, ordered = sentence.text, sentence.start, sentence.ordered
    # The sentence's mentions that end before the figure.
    if ordered:
        inside = sentence.named[: bisect_right(sentence.named, figure_start, key=_mention_end)]
    else:
        inside = [m for m in sentence.named if m.span.end <= figure_start]
    # "In Russia, where Tele2 operates ..., Tele2 Russia added": the figure's own clause names
    # its subject; "Turkcell, in which TeliaSonera holds 37.1 percent, passed": a relative
    # clause between them is passed over.
    own = _clause_subjects(sentence, inside, figure_start)
    if own:
        inside = own
    # "... 26.2 million customers, and Vodafone Italy with 24.8 million": a name after the
    # previous figure speaks of this one.
    fresh = _starting_from(inside, floor, ordered)
    if floor > sentence_start and fresh:
        inside = fresh
    # "Telstra's wholly owned subsidiary CSL served ...": the subsidiary, not its owner.
    first = 0
    while len(inside) - first > 1 and OWNED_SUBSIDIARY.fullmatch(
        text, inside[first].span.end, inside[first + 1].span.start
    ):
        first += 1
    if inside:
        last = inside[-1]
        # "Telkomsel, TELKOM's 65%-owned subsidiary, had": a possessive in an apposition is
        # not the figure's.
        if (
            _POSSESSIVE.match(text, last.span.end)
            and figure_start - last.span.end <= _POSSESSIVE_REACH
            and sentence.clause_start(figure_start) <= last.span.start
        ):
            return catalog.get(last.operator)
        return catalog.get(inside[first].operator)
    return default


_FOR_OWNER = re.compile(
    r"[ \t\r\n]{1,3}(?P<word>for|by|belong(?:s|ed)?[ \t\r\n]{1,3}to)[ \t\r\n]{1,3}"
)


def _owner_after(text: str, hit: _Hit, sentence: _Sentence) -> Mention | None:
    """The operator named right after a share or count with "for": "compared with 50.2% for
    KT" is KT's, whoever the sentence opened on; and after a passive verb with "by": "R$ 238,1
    million were invested by Oi"; "4,6 million mobile accesses belong to Cesky Telecom"."""
    if hit.part:
        gap = PART_OWNER.match(text, hit.figure.end)
        return sentence.named_at(gap.end()) if gap is not None else None
    gap = _FOR_OWNER.match(text, max(hit.end, hit.figure.end))
    if gap is None:
        return None
    if gap.group("word") == "for" and hit.figure.kind == "money":
        return None
    if gap.group("word") != "for" and hit.end <= hit.figure.end:
        return None  # "by" after the figure itself: a change ("up by"), no owner
    return sentence.named_at(gap.end())


def _clause_subjects(sentence: _Sentence, mentions: list[Mention], position: int) -> list[Mention]:
    """The mentions in the clause holding ``position``, or if it has none, in the clause before
    the relative clauses right before it ("Turkcell, in which X holds 37 percent, passed")."""
    text, sentence_start = sentence.text, sentence.start
    start = sentence.clause_start(position)
    ordered = sentence.ordered
    # A few relative clauses in a row are passed over, not a run-on sentence's every one
    # ("1,000 subscribers, of which 5 at O2, 1,000 subscribers, of which ...": each figure
    # stepped back over all the clauses before it, 40 KB took 6.6 s).
    for _ in range(_RELATIVE_CLAUSES_PASSED + 1):
        own = _starting_from(mentions, start, ordered)
        if own or start <= sentence_start:
            return own
        relative = sentence.clause_start(start - 1)
        if relative <= sentence_start or not RELATIVE_CLAUSE.match(text, relative):
            return []
        start = sentence.clause_start(relative - 1)
        mentions = [m for m in mentions if m.span.end <= relative or m.span.start >= position]
    return []


_RELATIVE_CLAUSES_PASSED = 3


def _operator_in(
    country: str, previous: Operator | None, group: Operator | None, catalog: Catalog
) -> Operator | None:
    """Whose "The UK network" is: the previous sentence's operator in that country, else the
    group's own operator there, else nobody's (never the group's)."""
    for operator in (previous, catalog.localise(group, country) if group else None):
        if operator is not None and operator.country == country and operator.kind != "group":
            return operator
    return None


_FIRST_DIGIT = re.compile(r"\d")


def _market_subject(sentence: _Sentence, mention_starts: list[int], figure: Figure) -> bool:
    """Whether a market or a country, not an operator, is what has the figure: no operator is
    named before it ("Mobistar in Belgium reached ..." is Mobistar's). The verb may be the
    figure's own qualifier ("the market passed 35 million subscriptions").
    ``mention_starts``: where the mentions of the section start, in order."""
    first = bisect_left(mention_starts, sentence.start)
    if first < len(mention_starts) and mention_starts[first] < figure.start:
        return False
    if SOURCE_OPENING.match(sentence.text, sentence.start, figure.start):
        return True
    digit = _FIRST_DIGIT.search(figure.text)
    return sentence.market_verb(figure.start + (digit.start() if digit else 0))


def _existing_in_country(text: str, start: int, hit: _Hit) -> bool:
    """Whether a count is one a sentence says exists in a country ("there were 6.32 million
    mobile subscribers in Hong Kong"): the market's, nobody's own."""
    if not EXISTENTIAL.search(text, max(start, hit.figure.start - 40), hit.figure.start):
        return False
    place = EXISTENTIAL_PLACE.match(text, hit.end)
    return place is not None and country_code(place.group("place")) is not None


def _market_verb_subject(text: str, start: int, verb: re.Match[str]) -> bool:
    """Whether the words before a verb (since ``start``) are a market's or a country's."""
    words = text[max(start, verb.start() - 40) : verb.start()].split()
    for count in (1, 2, 3):
        subject = " ".join(words[-count:]) if len(words) >= count else ""
        if subject.endswith((",", ";", ":", ")")):
            return False  # "Astelit, our subsidiary in Ukraine, had": not the subject
        if subject.lower() in MARKET_WORDS or (subject and country_code(subject)):
            return True
    return False


def _labels_bracket(text: str, after: int, dated: _Dated, figures: list[Figure]) -> bool:
    """Whether ``dated`` labels a figure in a bracket opened after ``after``: "Rp 30.467,2
    billion (9M04: Rp 24.923,5 billion)" dates the bracket's figure, not the first."""
    opened = text.rfind("(", after, dated.start)
    if opened < 0 or opened < text.rfind(")", after, dated.start):
        return False
    closed = text.find(")", dated.end)
    closed = len(text) if closed < 0 else closed
    return any(dated.end <= f.start < closed for f in figures)


_OWN_SPAN = re.compile(REPORTED_PERIOD.pattern + r"|\bsince\b", re.IGNORECASE)
# "9,8% above 2Q04", "up 38,2% on 2Q04", "over the first half of 2005": a date that a change
# is measured against, the period of no figure before it.
_COMPARED_DATE = re.compile(
    # "up 9,8% on 2Q04" compares; "On December 31, 2002, its market share was" opens a
    # sentence with the day it speaks of: a capital "On" is no comparison.
    r"\b(?:above|below|(?-i:on|ON)|over|versus|vs\.?|against|compared[ \t\r\n]{1,3}(?:with|to))"
    r"[ \t\r\n]{1,3}(?:the[ \t\r\n]{1,3})?$",
    re.IGNORECASE,
)


_COORDINATED = re.compile(r"[ \t\r\n]{1,3}and[ \t\r\n]{1,3}(?:an?[ \t\r\n]{1,3})?", re.IGNORECASE)
_BRACKET_LABEL = re.compile(r"[ \t]{0,3}:")
_CHANGED_AGAINST = re.compile(
    r"(?:%|percent|per[ \t]cent)[ \t\r\n]{1,3}(?:above|below|on|over|versus|vs\.?|against"
    r"|compared[ \t\r\n]{1,3}(?:with|to))[ \t\r\n]{1,3}(?:the[ \t\r\n]{1,3})?$",
    re.IGNORECASE,
)


def _dates_before(text: str, d: _Dated) -> bool:
    """Whether a date may scope a figure after it: "9,8% above 2Q04" before the figure is the
    compared figure's period, not this one's; nor is an earlier bracket's label ("(2Q04: R$
    488,3 million), of which ...")."""
    return not (
        _COMPARED_DATE.search(text, max(0, d.start - 24), d.start)
        or (
            _BRACKET_LABEL.match(text, d.end) is not None
            and text[max(0, d.start - 1) : d.start] == "("
        )
    )


def _dates_after(text: str, hit: _Hit, d: _Dated, figures: list[Figure]) -> bool:
    """Whether a date not before the hit may scope it, no figure between them ends before it
    (``_next_end``): not when it labels a later bracket, nor when it is the date of the
    change's base ("R$ 941,3 million, up 38,2% on 2Q04")."""
    return not (
        _labels_bracket(text, hit.end, d, figures)
        or _CHANGED_AGAINST.search(text, max(0, d.start - 40), d.start)
    )


def _next_end(text: str, hit: _Hit, figures: list[Figure]) -> int | None:
    """Where the first figure after the hit that is no next item of a coordination with it
    ends: "had 372,000 mobile customers and a 59% share ... at the same date": a date after
    the next item of a coordination dates both; one after any other later figure is that
    figure's."""
    ends = [
        f.end
        for f in figures
        if hit.end <= f.start and not _COORDINATED.fullmatch(text, hit.end, f.start)
    ]
    return min(ends, default=None)


def _date_for(
    text: str, hit: _Hit, dated: list[_Dated], figures: list[Figure]
) -> tuple[date | None, str | None]:
    """The nearest date (stocks) or period (flows) in the sentence that scopes this figure."""
    # A date after a later figure belongs to that figure; a leading date scopes the sentence.
    after = [d for d in dated if d.end > hit.start]
    next_end = _next_end(text, hit, figures) if after else None
    dated = [
        d
        for d in dated
        if (
            _dates_before(text, d)
            if d.end <= hit.start
            else (next_end is None or d.start < next_end) and _dates_after(text, hit, d, figures)
        )
    ]
    if hit.continued:
        after = [d for d in dated if d.start >= hit.end]
        dated = after or dated
    return _nearest(hit, dated)


_FEW_DATES = 4  # as many dates as this: each figure looks at all of them


class _SentenceDates:
    """A sentence's dates (in order) and figures, with what ``_date_for`` asks of each date
    whatever the figure found once: for each point, the last date before it that may scope a
    figure after it, of those with a period and of those with a day. A figure's date is then
    that or one of the few after the figure and before the next figure, not one of all the
    sentence's dates. Where the dates or the figures overlap: ``_date_for``."""

    def __init__(self, text: str, dated: list[_Dated], figures: list[Figure]) -> None:
        self.text, self.dated, self.figures = text, dated, figures
        self.starts = [d.start for d in dated]  # in order: sorted by start
        self._ends = [d.end for d in dated]
        self._figure_starts = [f.start for f in figures]
        self.ordered = (
            len(dated) > _FEW_DATES
            and _rising(self.starts)
            and _rising(self._ends)
            and _rising(self._figure_starts)
            and _rising([f.end for f in figures])
        )
        # For each prefix of the dates: the index of its last date with a period (with a day)
        # that may scope a figure after it, else -1.
        self._period: list[int] = [-1]
        self._stamp: list[int] = [-1]
        for i, d in enumerate(dated if self.ordered else ()):
            before = _dates_before(text, d)
            self._period.append(i if before and d.period else self._period[-1])
            self._stamp.append(i if before and d.as_of else self._stamp[-1])

    def date_for(self, hit: _Hit) -> tuple[date | None, str | None]:
        """``_date_for(text, hit, dated, figures)``."""
        text, dated, figures = self.text, self.dated, self.figures
        if not dated:
            return None, None  # no date to scope it
        if not self.ordered:
            return _date_for(text, hit, dated, figures)
        # The next figure that is no coordinated item: the first after the hit that is not
        # (those that start further on end later).
        next_end: int | None = None
        for i in range(bisect_left(self._figure_starts, hit.end), len(figures)):
            if not _COORDINATED.fullmatch(text, hit.end, figures[i].start):
                next_end = figures[i].end
                break
        first = bisect_right(self._ends, hit.start)  # those before end by the hit's start
        last = len(dated) if next_end is None else bisect_left(self.starts, next_end)
        after = [d for d in dated[first:last] if _dates_after(text, hit, d, figures)]
        if hit.continued and (later := [d for d in after if d.start >= hit.end]):
            return _nearest(hit, later)
        # Of the dates before, the last of each kind is the nearest of its kind.
        before = sorted({self._period[first], self._stamp[first]} - {-1})
        return _nearest(hit, [dated[i] for i in before] + after)


def _rising(values: list[int]) -> bool:
    return all(a < b for a, b in pairwise(values))


def _nearest(hit: _Hit, dated: list[_Dated]) -> tuple[date | None, str | None]:
    """Of the dates that may scope the hit, the nearest period (a flow's), else day."""

    def distance(d: _Dated) -> int:
        return d.start - hit.end if d.start >= hit.end else hit.start - d.end

    if hit.rule.flow:
        periods = [d for d in dated if d.period]
        if periods:
            return None, min(periods, key=distance).period  # a flow has a period, no date
    # "consolidated from 1 April 2006": a month's first day opens a span; no flow's amount
    # is at it
    stamps = [d for d in dated if d.as_of and not (hit.rule.flow and d.as_of.day == 1)]
    if stamps:
        stamp = min(stamps, key=distance).as_of
        if hit.rule.flow and stamp is not None and (stamp.month, stamp.day) == (12, 31):
            return None, str(stamp.year)  # "turnover end of 2003" is the 2003 turnover
        return stamp, None
    return None, None


def _months_before(day: date | None, months: int) -> date | None:
    """The same day ``months`` earlier; a month's last day stays a month's last day."""
    if day is None:
        return None
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    month_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return date(year, month + 1, last if month_end else min(day.day, last))


_PERIOD_LABEL = re.compile(r"(?:(?P<label>Q[1-4]|H[12]|Q1-Q3) )?(?P<year>(?:19|20)\d\d)")


# A period that keeps its words (``canonical_period``): "year ended 31 August 2007".
_ENDED_LABEL = re.compile(
    r"(?P<span>[\w -]{1,20} ended) (?P<day>\d{1,2}) (?P<month>[A-Z][a-z]{2,8}) (?P<year>\d{4})"
)


def _period_before(period: str | None, months: int) -> str | None:
    """ "Q3 2004" a year earlier is "Q3 2003", a quarter earlier "Q2 2004"; "year ended 31
    August 2007" a year earlier is "year ended 31 August 2006"; else unknown."""
    ended = _ENDED_LABEL.fullmatch(period or "")
    if ended is not None and months == 12:
        year, month = int(ended.group("year")), MONTHS.get(word_key(ended.group("month")))
        if month is None or not 1 <= int(ended.group("day")) <= calendar.monthrange(year, month)[1]:
            return None
        day = _months_before(date(year, month, int(ended.group("day"))), 12)
        if day is None:
            return None
        # a month's last day stays its last day ("29 February 2008": 28 February 2007)
        return f"{ended.group('span')} {day.day} {calendar.month_name[month]} {day.year}"
    match = _PERIOD_LABEL.fullmatch(period or "")
    if match is None:
        return None
    label, year = match.group("label"), int(match.group("year"))
    if months == 12:
        return f"{label} {year - 1}" if label else str(year - 1)
    if label and len(label) == 2 and label[0] == "Q":
        quarter = int(label[1]) - 1
        return f"Q{quarter or 4} {year if quarter else year - 1}"
    return None


_MONTH_LABEL = re.compile(r"(?P<month>[A-Z][a-z]{2,8}) (?P<year>(?:19|20)\d\d)")


def _month_end(period: str | None) -> date | None:
    """The last day of a month's period label ("June 2004"), else None."""
    match = _MONTH_LABEL.fullmatch(period or "")
    month = MONTHS.get(word_key(match.group("month"))) if match else None
    if match is None or month is None:
        return None
    year = int(match.group("year"))
    return date(year, month, calendar.monthrange(year, month)[1])


def _compared_date(
    text: str,
    hit: _Hit,
    dates: _SentenceDates,
    stop: int,
    as_of: date | None,
    period: str | None,
) -> tuple[date | None, str | None]:
    """A compared figure's date: its own right after it ("compared with 410,000 at the end of
    2004"), else a year (or "a quarter earlier") before the figure it is compared with's."""
    earlier_end = hit.earlier.end if hit.earlier is not None else hit.figure.start
    # A bracket's label ends before the figure; a date of its own starts within 40 after it.
    low = bisect_left(dates.starts, min(earlier_end, hit.figure.end))
    for d in dates.dated[low : bisect_left(dates.starts, hit.figure.end + 40, low)]:
        # "(9M04: Rp 24.923,5 billion)": the bracket's label before the compared figure
        labelled = earlier_end <= d.start and _labels_bracket(text, earlier_end, d, [hit.figure])
        if not labelled and not hit.figure.end <= d.start < min(stop, hit.figure.end + 40):
            continue
        if hit.rule.flow and d.period and not d.period.startswith("last"):
            return None, d.period
        if hit.rule.flow and d.as_of and (d.as_of.month, d.as_of.day) == (12, 31):
            return None, str(d.as_of.year)
        if not hit.rule.flow and d.as_of:
            return d.as_of, None
        if not hit.rule.flow and (month_end := _month_end(d.period)) is not None:
            return month_end, None  # "up from 391 thousand in June": at the end of June
    months = 3 if QUARTER_EARLIER.match(text, hit.figure.end) else 12
    return _months_before(as_of, months), _period_before(period, months)


# "19,1 million", "53,4%": a decimal comma; "18.2%", "7.5 million": a decimal point.
# Each opens with its digit, then looks behind it: a pattern that starts with a character
# class lets ``re`` skip to the next digit instead of trying every position.
_DECIMAL_COMMA = re.compile(r"\d(?<![\d.,]\d)\d{0,2},\d{1,2}(?![\d.,])")
_DECIMAL_POINT = re.compile(r"\d(?<![\d.,]\d)\d{0,2}\.\d{1,2}(?![\d.,])")


def continental_style(text: str, start: int, end: int) -> bool:
    """A stretch that writes decimal commas and never a decimal point: "1.004 million" there is
    one thousand and four million, as the writer's "1.004 millones" meant."""
    scans = _release_scans(text)
    if scans is not None and (start, end) in scans.continental:
        return scans.continental[(start, end)]
    found = bool(_DECIMAL_COMMA.search(text, start, end)) and not _DECIMAL_POINT.search(
        text, start, end
    )
    if scans is not None:
        scans.continental[(start, end)] = found
    return found


_TableLine = tuple[int, int, list[tuple[int, int]]]


@dataclass(slots=True)
class _ReleaseScans:
    """What the readers of one release's sections each ask of the same stretch, found once."""

    text: str
    lines: dict[tuple[int, int], tuple[_TableLine, ...]] = field(default_factory=dict)
    continental: dict[tuple[int, int], bool] = field(default_factory=dict)


# The scans of the release being read (see ``extract_metrics``): one per read, in the reader's
# own context, so threads reading other filings neither share nor see them.
_RELEASE_SCANS: ContextVar[_ReleaseScans | None] = ContextVar("sixk_release_scans", default=None)


def _release_scans(text: str) -> _ReleaseScans | None:
    """The scans of the release being read when ``text`` is its text; else None."""
    scans = _RELEASE_SCANS.get()
    return scans if scans is not None and scans.text is text else None


def extract_section_metrics(
    text: str,
    start: int,
    end: int,
    *,
    default: Operator | None,
    mentions: list[Mention],
    released_on: date | None,
    catalog: Catalog,
    reported: _Reported | None = None,
    lead: Operator | None = None,
) -> list[Metric]:
    """Metrics in one stretch of text whose unnamed subject is ``default``; a sentence whose
    subject is "The Group" speaks of the release's ``lead`` in a section on one of its own
    operators (a country heading), not in an about block of another company."""
    metrics: list[Metric] = []
    continental = True if continental_style(text, start, end) else None
    previous_subject: Operator | None = None
    shares: MetricRule | None = None  # the market-share rule of the last sentence's figures
    mention_starts = [m.span.start for m in mentions]
    in_order = _ascending(mention_starts)
    mention_starts.sort()
    for s_start, s_end in sentences(text, start, end):
        if in_order:  # those that start in the sentence, then those that end in it
            named = mentions[
                bisect_left(mention_starts, s_start) : bisect_right(mention_starts, s_end)
            ]
            named = [m for m in named if m.span.end <= s_end]
        else:
            named = [m for m in mentions if s_start <= m.span.start and m.span.end <= s_end]
        sentence_default = default
        # "Its market share ..., ahead of Pannon": names after the pronoun do not change it.
        if previous_subject is not None and _PRONOUN_OPENING.match(text, s_start):
            sentence_default = previous_subject
        if (
            lead is not None
            and (default is None or default.parent == lead.slug)
            and GROUP_OPENING.match(text, s_start, s_end)
        ):
            sentence_default = lead  # "The Group employed ..." under a country's heading
        unnamed = UNNAMED_SUBSIDIARY.search(text, s_start, min(s_end, s_start + 120))
        if (
            unnamed
            and len(text[s_start : unnamed.start()].split()) <= UNNAMED_SUBSIDIARY_REACH
            and not any(m.span.start < unnamed.end() for m in named)
        ):
            sentence_default = None  # a subsidiary the catalog does not know
        country = None if named else COUNTRY_SUBJECT.match(text, s_start, s_end)
        if country is not None and (code := country_code(country.group("country"))):
            sentence_default = _operator_in(code, previous_subject, default, catalog)
        previous_subject = catalog.get(named[0].operator) if named else sentence_default
        opening_group = GROUP_OPENING.match(text, s_start, s_end) if named else None
        if (
            opening_group is not None
            and sentence_default is not None
            and not _POSSESSIVE.search(opening_group.group(0))  # "The Company's subsidiary X"
        ):
            # "The Company estimates its market share at 63% in its region, where TIM
            # started ...": the sentence speaks of the company; "Its network" next is its own.
            previous_subject = sentence_default
        opening = COUNTRY_OPENING.match(text, s_start, s_end)
        opened_in = country_code(opening.group("country")) if opening else None
        scan = FigureScan(text, s_start, s_end)
        figures = scan.figures(continental=continental)
        if not figures:
            shares = None
            continue
        sentence = _Sentence(text, s_start, s_end, figures, named)
        dates: _SentenceDates | None = None
        made: dict[int, tuple[Operator, date | None, str | None]] = {}
        classified = _classify_sentence(sentence, scan)
        borrowed = False
        if not classified and shares is not None:
            # "... held a 32.1% share of the mobile market. SK Telecom and LG Telecom held
            # 50.5% and 17.4%, respectively.": the others' shares, by the last sentence's words.
            classified = [_Hit(f, shares, f.start, f.end, None) for f in figures if f.percent]
            borrowed = True
        shares = next((h.rule for h in classified if h.rule.name == "market_share"), None)
        hits, respective = _respectively(text, figures, classified, named, s_end)
        if borrowed and not respective:
            hits = []  # only a list of operators each with its share borrows the words
        several = len({m.operator for m in named}) > 1
        own_span: bool | None = None
        # "3,486 thousand clients, ... 569 thousand at Telest Celular, after net additions of
        # 92 thousand": after a count's parts, a figure that names nobody new is the whole's.
        whole: Operator | None = None  # the subject of the last count split into parts
        parts_end: int | None = None  # where the last part's operator's name ends
        for index, hit in enumerate(hits):
            if sentence.search(NOT_OPERATOR_FIGURE, s_start, hit.figure.start):
                continue
            if (
                hit.figure.kind == "count"
                and MARKET_COUNTED.search(
                    text, max(s_start, hit.figure.start - 40), hit.figure.start
                )
                and MARKET_PLACE_AFTER.match(text, hit.figure.end, s_end)
            ):
                continue  # "the regulator counted 2.9 million lines in the State": the market's
            clause = sentence.clause_start(hit.start)
            # "confirms its revenue guidance of approximately KRW 1.6 trillion": the words of
            # the rule may hold the forecast
            if sentence.search(FORECAST, clause, hit.figure.start):
                continue
            # "... 50.2% for KT and 12.9% for LG and the cable operators taken together": the
            # word that combines stands before the figure or between it and the next one.
            combined_end = sentence.next_start(hit.figure.start)
            # Not past a clause that names operators of its own: "PLDT, with some 2.1 million
            # lines, remains the leader, while Globe and Smart together count ..." combines
            # the next figure only ("Americel and Telet, whose networks cover 82% ...,
            # together added" names nobody new: the 82% is theirs together).
            cut = _CLAUSE_CUT.search(text, hit.figure.end, combined_end)
            if cut is not None and any(cut.start() < m.span.start < combined_end for m in named):
                combined_end = cut.start()
            if (
                several or sentence.search(OPERATORS_PLURAL, s_start, hit.figure.start)
            ) and sentence.search(COMBINED_FIGURE, s_start, combined_end):
                continue
            if hit.rule.name == "customers" and SERVICE_USERS.match(text, hit.end):
                continue
            if (
                hit.rule.name in PAY_TV_RULES
                and hit.segment is None
                and sentence.search(PAY_TV, s_start, hit.end)
                and _pay_tv_only(text, s_start, hit)
            ):
                continue
            if _row_end_figure(text, hit):
                continue
            if hit.figure.kind in MARKET_SUBJECT_KINDS and (
                _market_subject(sentence, mention_starts, hit.figure)
                or _existing_in_country(text, s_start, hit)
            ):
                continue
            previous_end = sentence.previous_end(hit.figure.start)
            owner = _owner_after(text, hit, sentence)
            subject = (
                catalog.get(respective[hit.figure.start])
                if hit.figure.start in respective
                else catalog.get(owner.operator)
                if owner is not None
                else _subject(sentence, hit.figure.start, sentence_default, catalog, previous_end)
            )
            if hit.part:
                parts_end = owner.span.end if owner is not None else parts_end
            elif (
                parts_end is not None
                and owner is None
                and hit.figure.start not in respective
                and not any(parts_end <= m.span.start < hit.figure.start for m in named)
            ):
                subject = whole
            if not hit.part:
                whole, parts_end = subject, None
            if subject is not None and subject.kind == "group" and opened_in:
                subject = catalog.branch(subject, opened_in, subject.name)
            value = _count_value(hit, sentence)
            signed = _WRITTEN_SIGN.search(hit.figure.text) is not None
            if hit.rule.negative and value is not None and not signed:
                # "a net loss of $4.8 million"; not "net loss was SEK -612 million", whose
                # minus restates the loss
                value = -value
            if hit.earlier is not None:
                if hit.earlier.figure.start not in made:
                    continue
                subject, as_of, period = made[hit.earlier.figure.start]
                if owner is not None:
                    subject = catalog.get(owner.operator)
            if subject is None or value is None:
                continue
            if dates is None:
                dated = find_dates(text, s_start, s_end, released_on, reported)
                # "at the same date": the last date the text gave before this sentence.
                if same_dates := list(SAME_DATE.finditer(text, s_start, s_end)):
                    given = find_dates(text, start, s_start, released_on, reported)
                    stamp = next((d.as_of for d in reversed(given) if d.as_of), None)
                    dated += [_Dated(m.start(), m.end(), stamp, None) for m in same_dates]
                dated.sort(key=lambda d: d.start)
                # A date after the list's last item dates every item of it.
                listed = {h.figure.start for h in hits if h.listed}
                unlisted = [f for f in figures if f.start not in listed]
                dates = _SentenceDates(text, dated, unlisted)
                # no date of the sentence is of the period the release reports
                unreported = reported is None or all(d.period != reported.label for d in dated)
            if hit.earlier is None:
                as_of, period = dates.date_for(hit)
                if own_span is None and reported is not None and hit.rule.flow:
                    own_span = _OWN_SPAN.search(text, s_start, s_end) is not None
                if (
                    reported is not None
                    and hit.rule.flow
                    # "Data contributed 11.6% of revenue, against 8.9% in 2006": a share of
                    # the revenue set against an earlier one is of the period reported
                    and (
                        hit.figure.kind != "percent"
                        or (
                            hit.rule.name == "data_revenue_share"
                            and any(h.earlier is hit for h in hits)
                        )
                    )
                    and (as_of, period) == (None, None)
                    and not own_span
                    and unreported
                ):
                    # "Operating revenues were RMB 42,197 million": a results release's
                    # figure with no date of its own is of the period the release reports.
                    # Not where the sentence names a span the lead does not ("in the
                    # quarter" in a half-year release, "since January"), nor where the
                    # sentence dates another figure by it ("(first half 2004: ...)").
                    period = reported.label
            elif owner is None:
                stop = hits[index + 1].figure.start if index + 1 < len(hits) else s_end
                as_of, period = _compared_date(text, hit, dates, stop, as_of, period)
                if (
                    (as_of, period) == (None, None)
                    and not hit.rule.flow
                    and reported is None
                    and (ago := BEFORE_NOW.match(text, hit.figure.end)) is not None
                ):
                    # "up from 2,650 a year ago" beside a figure of now in a release that
                    # reports no period: a year before the release's date (in a results
                    # release, a year before the period's end, which the figure lacks here)
                    months = 3 if ago.group("span").lower() == "quarter" else 12
                    as_of = _months_before(released_on, months)
            # else: another operator's figure compared with this one, at the same date
            made[hit.figure.start] = (subject, as_of, period)
            segment = hit.segment
            if segment is None and hit.rule.name in SEGMENT_SUBJECT_RULES:
                # "Brasil Telecom's mobile operation ended the quarter with ...": its segment.
                business = sentence.first(SEGMENT_SUBJECT, clause, hit.figure.start)
                segment = _segment(business.group("segment")) if business else None
            if hit.of_market and segment == "mobile" and subject.kind == "mobile_operator":
                segment = None  # a mobile operator's share of the mobile market: its only one
            unit = hit.figure.currency if hit.figure.kind == "money" else hit.figure.kind
            qualifier = hit.figure.qualifier
            # "estimates that its share was 9.5 per cent ..., against 9.8 per cent a year
            # earlier": the figure compared with is the same estimate's
            estimate_from = clause
            if hit.earlier is not None:
                estimate_from = min(clause, sentence.clause_start(hit.earlier.start))
            if qualifier == "exact" and sentence.search(ESTIMATED, estimate_from, hit.figure.start):
                qualifier = "approximately"
            metrics.append(
                Metric(
                    operator=subject.slug,
                    name=hit.rule.name,
                    value=value,
                    unit=unit or "count",
                    qualifier=qualifier,
                    as_of=as_of,
                    period=period,
                    segment=segment,
                    span=Span.of(
                        text, min(hit.start, hit.figure.start), max(hit.end, hit.figure.end)
                    ),
                )
            )
    return metrics


_TABLE_SCALES = {"thousand": 1_000, "thousands": 1_000, "000": 1_000, "000s": 1_000}
_TABLE_SCALES |= {"'000": 1_000, "million": 1_000_000, "millions": 1_000_000}
# "Employees (units)", "Employees (number)" in a table of thousands
_TABLE_SCALES |= {"unit": 1, "units": 1, "number": 1, "numbers": 1}
# "Number of employees (persons)", "Employees (#)"
_TABLE_SCALES |= {"person": 1, "persons": 1, "people": 1, "#": 1}
_TABLE_SCALES |= {"\u2018000": 1_000, "\u2019000": 1_000}
_TABLE_SCALES |= {"mil": 1_000}  # Portuguese and Spanish: "Assinantes (mil)"
# "(in Tsd.)", "(Md EUR)", "(k€)"
_TABLE_SCALES |= {"tsd": 1_000, "tsd.": 1_000, "md": 1_000_000_000, "mds": 1_000_000_000}
_TABLE_SCALES |= {"k": 1_000, "milliers": 1_000}
# "Exchange lines in service – business" over "Total exchange lines in service": a part of the
# total row, not a count of its own. The rows looked at for that total, around the part.
_PART_SEPARATORS = (" \u2013 ", " \u2014 ", " - ")
# The currency signs a table may write in a cell of their own ("$", "R$", "€"): codes in
# letters ("EUR") and single letters ("R") are left to be labels.
_SIGN_CELLS = frozenset(code for code in CURRENCY_PREFIXES if not code.isalpha())
_PART_REACH = 8


def _table_lines(text: str, start: int, end: int) -> tuple[_TableLine, ...]:
    """Each line of ``text[start:end]``: its start, its end and its cells (not to be changed:
    within ``extract_metrics`` the table readers of a section share them)."""
    scans = _release_scans(text)
    if scans is None:
        return _split_lines(text, start, end)
    lines = scans.lines.get((start, end))
    if lines is None:
        lines = scans.lines[(start, end)] = _split_lines(text, start, end)
    return lines


def _split_lines(text: str, start: int, end: int) -> tuple[_TableLine, ...]:
    return tuple(_each_line(text, start, end))


def _each_line(text: str, start: int, end: int) -> Iterator[_TableLine]:
    """``_table_lines`` one at a time, for a reader that may stop early."""
    position = start
    while position < end:
        line_end = text.find("\n", position, end)
        line_end = end if line_end == -1 else line_end
        line_start, position = position, line_end + 1
        yield line_start, line_end, _cells(text, line_start, line_end)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table line: runs of text split by two or more spaces."""
    return [(m.start(), m.end()) for m in TABLE_CELL.finditer(text, start, end)]


def _span_months(span: re.Match[str]) -> int:
    written = span.group("months") or span.group("todate")
    if span.group("year"):
        return 12
    if span.group("half"):
        return 6
    return 3 if written is None else TABLE_SPAN_MONTHS.get(written.lower()) or int(written)


_MONTHS_WORDS = {3: "three months", 6: "six months", 9: "nine months", 12: "year"}


def _span_label(months: int, day: date) -> str:
    """The period of ``months`` ending on ``day``: "Q2 2006", "H1 2005", "Q1-Q3 2005"."""
    year = day.year
    labels = {(3, 3): f"Q1 {year}", (3, 6): f"Q2 {year}", (3, 9): f"Q3 {year}"}
    labels |= {(3, 12): f"Q4 {year}", (6, 6): f"H1 {year}", (6, 12): f"H2 {year}"}
    labels |= {(9, 9): f"Q1-Q3 {year}", (12, 12): str(year)}
    span = _MONTHS_WORDS.get(months, f"{months} months")
    ended = f"{span} ended {day.day} {calendar.month_name[day.month]} {year}"
    return labels.get((months, day.month), ended)


# The day closing "six months ended 31 October 2005" (what follows its last " ended ").
_LABEL_DAY = re.compile(r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]{2,8}) (?P<year>\d{4})")
_LABEL_PART = re.compile(r"(?:(?P<part>Q[1-4]|H[12]|Q1-Q3) )?(?P<year>\d{4})")


def _period_end(label: str) -> date | None:
    """The day a period labelled as ``_span_label`` writes it ends on ("H1 2005": 30 June
    2005, "six months ended 31 October 2005": 31 October 2005); None for any other label."""
    _, said, day = label.rpartition(" ended ")
    if said and (ended := _LABEL_DAY.fullmatch(day)):
        month = MONTHS.get(ended.group("month").lower())
        try:
            return date(int(ended.group("year")), month, int(ended.group("day"))) if month else None
        except ValueError:
            return None  # "31 September": no such day
    if short := _LABEL_PART.fullmatch(label):
        part, year = short.group("part") or "Q4", int(short.group("year"))
        month = {"H1": 6, "H2": 12, "Q1-Q3": 9}.get(part) or 3 * int(part[1])
        return date(year, month, calendar.monthrange(year, month)[1])
    return None


def _row_span(label: str) -> int | None:
    """How many months a row label says each of its figures covers ("in the half-year": 6)."""
    written = TABLE_ROW_SPAN.search(label)
    if written is None:
        return None
    if written.group("months"):
        return TABLE_SPAN_MONTHS[written.group("months").lower()]
    return TABLE_ROW_SPAN_MONTHS.get(written.group("span").lower())


def _span_at(spans: _Spans, column: int) -> re.Match[str] | None:
    """The span written over the table column that ends at ``column``: the last span cell
    starting before that (a span cell stands over its columns, left-aligned or centred)."""
    chosen = spans[0][1] if spans else None
    for start, span in spans:
        if start < column:
            chosen = span
    return chosen


def _span_end_month(span: re.Match[str], spans: _Spans) -> int | None:
    """The month a span written without its day ends in: a quarter's by its ordinal ("Second
    quarter": June), a half's by its place, months from the year's start by the quarter
    named beside them ("Six months" by "Second quarter": June); None when nothing says."""
    if span.group("ordinal"):
        return 3 * TABLE_SPAN_ORDINALS[span.group("ordinal").lower()]
    if span.group("half"):
        return 6 * TABLE_SPAN_ORDINALS[span.group("half").lower()]
    if span.group("todate"):
        months = TABLE_SPAN_MONTHS[span.group("todate").lower()]
        quarters = {_span_end_month(s, []) for _, s in spans if s.group("ordinal")}
        return months if months in quarters else None
    return None


def _span_column(
    start: int, end: int, year: int, span: re.Match[str], spans: _Spans
) -> _Dated | None:
    """A year's column under "Six months ended 30 June": H1 of that year, ending June 30."""
    written = span.group("month") or span.group("month2")
    if written is None:
        # "Second quarter" over a year: its quarter; "Three months ended" over a line of
        # days: the days say which
        ends = _span_end_month(span, spans)
        if ends is None:
            return None
        ended = date(year, ends, calendar.monthrange(year, ends)[1])
        return _Dated(start, end, ended, _span_label(_span_months(span), ended))
    month = MONTHS[word_key(written)]
    day = _day(span.group("day") or span.group("day2"))
    if day is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    ended = date(year, month, day)
    return _Dated(start, end, ended, _span_label(_span_months(span), ended))


_AS_AT = re.compile(r"(?:as[ \t]{1,3}(?:at|of)|at)[ \t]{1,3}", re.IGNORECASE)
_LEAD_CELL = re.compile(r"(?:as[ \t]{1,3}(?:at|of)|at)", re.IGNORECASE)


def _header(
    text: str,
    cells: list[tuple[int, int]],
    released_on: date | None,
    spans: _Spans | None = None,
    year: int | None = None,
) -> list[_Dated]:
    """The period of each column when every cell of the line is one ("Q3 2004", "2003"); bare
    quarters ("Q1   Q2") are of ``year``, the year written once above them."""
    if len(cells) < 2:
        return []  # one cell (a line of prose) is never a header
    columns: list[_Dated] = []
    for c_start, c_end in cells:
        column = _period_cell(text, c_start, c_end, cells, released_on, spans)
        bare = TABLE_BARE_QUARTER.fullmatch(text, c_start, c_end) if year else None
        if column is None and bare is not None and year is not None:
            quarter = int(bare.group("q") or bare.group("tq"))
            column = _Dated(c_start, c_end, _quarter_end(quarter, year), f"Q{quarter} {year}")
        if column is None:
            return []
        columns.append(column)
    return columns if len(columns) >= 2 else []


def _period_cell(
    text: str,
    c_start: int,
    c_end: int,
    cells: list[tuple[int, int]],
    released_on: date | None,
    spans: _Spans | None = None,
) -> _Dated | None:
    """The period or day a table cell is ("Q3 2004", "2003", "30 June 2005"), else None."""
    if noted := TABLE_NOTE_MARK.search(text, c_start, c_end):
        c_end = max(noted.start(), c_start + 1)  # "1Q05(1)": a restated column's note
    cell = text[c_start:c_end]
    if TABLE_FISCAL_PERIOD.fullmatch(cell):
        return _fiscal_column(text, c_start, c_end, cells, released_on)
    if short := TABLE_SHORT_QUARTER.fullmatch(cell):
        quarter = int(short.group("q") or short.group("tq"))
        year = _full_year(short.group("year") or short.group("tyear"))
        ended = _quarter_end(quarter, year)
        return _Dated(c_start, c_end, ended, f"Q{quarter} {year}")
    if local := TABLE_LOCAL_PERIOD.fullmatch(cell):
        return _local_period(c_start, c_end, local)
    fiscal = TABLE_FISCAL_YEAR.fullmatch(cell)  # "FY 2007": the year it names
    if fiscal or re.fullmatch(r"(?:19|20)\d\d", cell):
        year = _full_year(fiscal.group("year")) if fiscal else int(cell)
        cell = str(year)
        span = _span_at(spans, _column(text, c_end)) if spans else None
        spanned = _span_column(c_start, c_end, year, span, spans or []) if span else None
        return spanned or _Dated(c_start, c_end, date(year, 12, 31), cell)
    if cell.endswith(","):  # "June 30," over its year on the next line
        c_end -= 1
    found = find_dates(text, c_start, c_end, released_on)
    # "As at June 30, 2006": a balance's day, headed as the day it stands at
    lead = _AS_AT.match(text, c_start, c_end)
    begin = lead.end() if lead and found and found[0].as_of else c_start
    if len(found) != 1 or (found[0].start, found[0].end) != (begin, c_end):
        return None
    return found[0]


def _local_period(start: int, end: int, local: re.Match[str]) -> _Dated:
    """A half or quarter as German and French tables head it ("1. Hj. 2005": H1 2005)."""
    if local.group("n"):
        number, year = int(local.group("n")), _full_year(local.group("year"))
        half = local.group("unit").lower().startswith("h")
    elif local.group("fn"):
        number, year = int(local.group("fn")), int(local.group("fyear"))
        half = local.group("funit").upper() == "S"
    else:
        number, year = int(local.group("sn")[0]), int(local.group("syear"))
        half = local.group("sunit").lower() == "semestre"
    months = 6 if half else 3
    month = months * number if number * months <= 12 else 12
    ended = date(year, month, calendar.monthrange(year, month)[1])
    return _Dated(start, end, ended, _span_label(months, ended))


_DEFINITION_REACH = 80  # how far before a label's definition its period may begin


def _fiscal_column(
    text: str,
    start: int,
    end: int,
    cells: list[tuple[int, int]],
    released_on: date | None,
) -> _Dated | None:
    """A fiscal period's column ("H1 00/01") by the day the text gives where it defines that
    label or another of the header's labels of the same part ('the six months to 30
    September 2000 ("H1 00/01")'), the years apart as the labels are; None if none is defined."""
    label = TABLE_FISCAL_PERIOD.fullmatch(text, start, end)
    if label is None:
        return None
    part = label.group("part").upper()
    for c_start, c_end in cells:
        other = TABLE_FISCAL_PERIOD.fullmatch(text, c_start, c_end)
        if other is None or other.group("part").upper() != part:
            continue
        defined = _defined_day(text, text[c_start:c_end], released_on)
        if defined is None:
            continue
        year = defined.year + _full_year(label.group("first")) - _full_year(other.group("first"))
        day = min(defined.day, calendar.monthrange(year, defined.month)[1])
        ended = date(year, defined.month, day)
        return _Dated(start, end, ended, _span_label(6 if part[0] == "H" else 3, ended))
    return None


def _defined_day(text: str, label: str, released_on: date | None) -> date | None:
    """The day a period the text defines as ``label`` ends on: '... to 30 September 2000
    ("H1 00/01")' gives 30 September 2000."""
    for opening in ('("', "(\u201c", "("):
        at = text.find(opening + label)
        if at != -1:
            dated = find_dates(text, max(0, at - _DEFINITION_REACH), at, released_on)
            # "as at 30 September 2000", or the end of "the six months to 30 September 2000"
            ends = [(d.as_of or _period_end(d.period or ""), d.end) for d in dated]
            days = [day for day, d_end in ends if day is not None and d_end >= at - 3]
            return days[-1] if days else None
    return None


def _span_cells(text: str, cells: list[tuple[int, int]]) -> _Spans:
    """The spans a line writes over a table's columns ("Six months ended 30 June", "Three
    months ended   Nine months ended"), each at its column; empty for any other line."""
    if not cells:
        return []
    whole = TABLE_SPAN.fullmatch(text, cells[0][0], cells[-1][1])
    if whole is not None:
        return [(_column(text, cells[0][0]), whole)]
    if len(cells) > 2 and not TABLE_SPAN.fullmatch(text, *cells[0]):
        # "(in millions of U.S. dollars,   Three months ended   Nine months ended": a caption
        # before the spans
        cells = cells[1:]
    if len(cells) < 2 or not TABLE_SPAN.fullmatch(text, *cells[0]):
        return []
    spans = [(_column(text, a), TABLE_SPAN.fullmatch(text, a, b)) for a, b in cells]
    return (
        [(at, span) for at, span in spans if span is not None] if all(s for _, s in spans) else []
    )


def _dated_years(
    text: str,
    upper: tuple[list[_Dated | None], list[tuple[int, int]], _Spans],
    header: list[_Dated | None],
    cells: list[tuple[int, int]],
) -> list[_Dated | None] | None:
    """A header of bare years under a line of days with no year ("June 30,"), column over
    column: each column's day in its year, and its period where a line of spans stands over
    the days ("Three months ended"). None when the two lines are no such pair."""
    days, day_cells, spans = upper
    year_cells = _column_cells(text, cells, len(header))
    if len(days) != len(day_cells) or not days or len(header) < len(days):
        return None
    # "September 30" over "2004   2003" in each span: one day over as many years as there are
    # columns under it (the same count under each), each year then under its day's stretch.
    # "March 31," over "2006   2005" beside "December 31," over "2005": each year under the
    # day whose cell's middle is nearest its own.
    each = len(header) // len(days)
    nearest = _nearest_cells(text, year_cells, day_cells) if len(header) % len(days) else None
    if len(header) % len(days) and nearest is None:
        return None
    owner = nearest or [i // each for i in range(len(header))]
    firsts = {d: i for i, d in reversed(list(enumerate(owner)))}
    lasts = {d: i for i, d in enumerate(owner)}
    ranges = [
        (_column(text, year_cells[firsts[d]][0]), _column(text, year_cells[lasts[d]][1]))
        for d in range(len(days))
    ]
    merged: list[_Dated | None] = []
    for i, (year, (y_start, y_end)) in enumerate(zip(header, year_cells, strict=True)):
        day, (d_start, d_end) = days[owner[i]], day_cells[owner[i]]
        if day is None or year is None:
            merged.append(None)
            continue
        written_year = text[y_start:y_end]
        if day.as_of is None or day.period is not None or not written_year.isdigit():
            return None
        d_col = _column(text, d_start)
        y_col, y_last = ranges[owner[i]]
        if _YEAR_IN.search(text, d_start, d_end) or not (
            d_col < y_last and y_col < d_col + (d_end - d_start)
        ):
            return None  # the day line names its own year, or the columns do not line up
        last = calendar.monthrange(int(written_year), day.as_of.month)[1]
        stamp = date(int(written_year), day.as_of.month, min(day.as_of.day, last))
        span = _span_at(spans, _column(text, d_end)) if spans else None
        period = _span_label(_span_months(span), stamp) if span else None
        merged.append(_Dated(y_start, y_end, stamp, period))
    return merged


def _label_words(written: str) -> frozenset[str]:
    """The words of a label or of a unit's exception, each without a plural's "s"."""
    return (
        frozenset(w.removesuffix("s") for w in re.findall(r"[a-z]{3,}", written.lower()))
        - _NOT_EXCEPTED
    )


_NOT_EXCEPTED = frozenset({"and", "per", "the", "for", "data", "where", "otherwise", "noted"})
_NOT_EXCEPTED |= {"stated", "indicated", "number", "amount", "figure", "percentage", "share"}
_NOT_EXCEPTED |= {"ratio", "total", "other", "wise", "note", "state"}


def _excepted(text: str, cell: tuple[int, int]) -> frozenset[str]:
    """The words of what a scale caption leaves out: "(in thousands, except employees and
    ARPU)" gives "employee" and "arpu"; empty when it leaves out nothing."""
    found = TABLE_SCALE_EXCEPT.search(text, *cell)
    return _label_words(found.group("what")) if found else frozenset()


def _nearest_cells(
    text: str, lower: list[tuple[int, int]], upper: list[tuple[int, int]]
) -> list[int] | None:
    """For each cell of a line, the cell of the line above whose middle is nearest its own; None
    unless that keeps their order and leaves no upper cell without one under it."""
    middles = [_column(text, a) + _column(text, b) for a, b in upper]  # twice the middle
    owner: list[int] = []
    for a, b in lower:
        middle = _column(text, a) + _column(text, b)
        owner.append(min(range(len(middles)), key=lambda k: abs(middles[k] - middle)))
    if owner != sorted(owner) or set(owner) != set(range(len(upper))):
        return None
    return owner


def _placed(text: str, values: list[tuple[int, int]], header_ends: list[int]) -> list[int] | None:
    """The header column each of a short row's figures stands under (right-aligned within
    two characters), or None when one stands under none."""
    placed: list[int] = []
    for _, end in values:
        column = _column(text, end)
        under = [i for i, e in enumerate(header_ends) if abs(e - column) <= 2]
        if len(under) != 1 or (placed and under[0] <= placed[-1]):
            return None
        placed.append(under[0])
    return placed or None


def _column(text: str, position: int) -> int:
    """How far ``position`` stands from the start of its line."""
    return position - (text.rfind("\n", 0, position) + 1)


_YEAR_IN = re.compile(r"(?:19|20)\d\d")
# A short line of words inside a table of operator rows names a group of rows, not prose.
_HEADING_WORDS = r"[^\W\d_][\w&,'() -]{0,38}[\w)]"
_SUBHEADING = re.compile(_HEADING_WORDS)
_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]")
_BULLET = re.compile(r"[o*\u2022\u00b7\u25aa-]")
# "1.  GSM Cellular Business": a numbered group of rows inside any table.
_NUMBERED_GROUP = re.compile(r"\d{1,2}\.[ \t]{1,4}" + _HEADING_WORDS)


def _cell_figure(
    cell: str,
    continental: bool | None,
    currency: str | None,
    rule: TableRow,
    percent: bool = False,
) -> Figure | None:
    """A table cell's figure when it is of the kind ``rule`` takes (a bare count under a money
    unit is money); None for "-", "n/a" or another kind. A loss in brackets ("(27.5)" on a
    "Net income (loss)" row) is negative."""
    negative = rule.name in SIGNED_METRICS and cell[:1] == "(" and cell[-1:] == ")"
    try:
        figure = parse_figure(cell[1:-1] if negative else cell, continental=continental)
    except ValueError:
        return None
    if negative:
        figure = replace(figure, value=-figure.value)
    kind = figure.kind
    if kind == "count" and (percent or currency):
        kind = "percent" if percent else "money"  # "24,3" on a "Market share (%)" row
    return figure if kind == rule.accepts else None


def _titles(
    text: str, start: int, end: int, cells: list[tuple[int, int]]
) -> tuple[tuple[str | None, Decimal] | None, tuple[TableRow, Decimal] | None]:
    """What a line above a table says of it: the money unit of a title ("SUMMARY OF RESULTS
    (R$ thousand)") and the count a title names ("Subscribers (in thousands)")."""
    if len(cells) != 1:
        return None, None
    start, end = cells[0]  # "(KRW billion)   ------": the rules under spans left out
    title = TABLE_TITLE_UNIT.search(text, start, end)
    titled = None
    if title is not None:
        titled = (
            _currency(title.group("currency") or title.group("wcurrency")),
            _table_scale(title.group("scale") or title.group("wscale")),
        )
    elif scaled := TABLE_SCALE.match(text[start:end]):
        titled = None, _table_scale(scaled.group("scale"))  # "(in thousands)" over the header
    elif unit := TABLE_UNIT_CELL.fullmatch(text, start, end):
        # "R$ million" over the header
        titled = (
            _currency(unit.group("currency") or unit.group("currency2")),
            _table_scale(unit.group("scale") or unit.group("scale2")),
        )
    return titled, _counted_title(text, start, end)


def _counted_title(text: str, start: int, end: int) -> tuple[TableRow, Decimal] | None:
    """A table title that names a count and its scale ("Wireless Subscribers as of ...
    (thousands)"): the count's row rule and the scale; None for any other line."""
    scaled = TABLE_TITLE_SCALE.search(text, start, end)
    title = text[start:end].strip()
    if scaled is None and (len(title) > _TITLE_LENGTH or title.endswith(".")):
        return None  # "CUSTOMERS BY TYPE OF SERVICE" is a title; a sentence is not
    rule = _table_row(title)
    if rule is None or rule.accepts != "count":
        return None
    return rule, _table_scale(scaled.group("scale") if scaled else None)


_TITLE_LENGTH = 60


def _owned_total(label: str, rows: list[Operator], subject: Operator | None) -> bool:
    """Whether ``label`` totals rows that are all ``subject``'s own operators."""
    return bool(
        subject is not None
        and rows
        and TABLE_TOTAL_ROW.match(label)
        and all(row.parent == subject.slug for row in rows)
    )


def _on_day(
    columns: list[_Dated | None], month: str | None, day: str | None
) -> list[_Dated | None]:
    """Year columns ("2007   2006") under a caption that names the day ("at March 31")."""
    if not (month and day):
        return columns
    number, dd = MONTHS[month.lower()], int(re.sub(r"\D", "", day))
    return [
        replace(c, as_of=date(c.as_of.year, number, dd))
        if c is not None and c.as_of is not None and c.period == str(c.as_of.year)
        else c
        for c in columns
    ]


def _dated_title(
    text: str,
    start: int,
    end: int,
    counted: tuple[TableRow, Decimal] | None,
    released_on: date | None,
) -> tuple[_Dated, tuple[TableRow, Decimal]] | None:
    """A counted title that gives a date ("... BY MARKET AS AT 31.12.2005"): that date, the one
    column of the operator rows below it, and the title's count."""
    if counted is None or counted[0].flow:
        return None
    dated = next((d for d in find_dates(text, start, end, released_on) if d.as_of), None)
    return (dated, counted) if dated is not None else None


_PERCENT_LABEL = re.compile(r"\((?:in[ \t])?%\)[ \t]{0,3}$")
_HEADING_REST = re.compile(
    rf"[ \t]{{0,3}}(?P<segment>{SEGMENT_WORDS})?[ \t]{{0,3}}\(?[ \t]{{0,3}}", re.IGNORECASE
)


_PLACE_AFTER = re.compile(r"[ \t]{1,3}\((?P<place>[^\W\d_][\w .'-]{1,30})\)[ \t]{0,3}")


def _row_heading(
    text: str, start: int, end: int, mentions: list[Mention], catalog: Catalog
) -> tuple[Operator, str | None] | None:
    """A line inside a table that names one operator and at most its business ("Wireless
    (Oi)", "Telemar"): that operator, and the business unless it is all the operator does
    (a mobile operator's "Wireless")."""
    named = [m for m in mentions if start <= m.span.start and m.span.end <= end]
    if len({m.operator for m in named}) != 1:
        return None
    first, last = named[0].span, named[-1].span
    rest = _HEADING_REST.fullmatch(text, start, first.start)
    tail = text[last.end : end].strip(" \t)")
    # "Angkor Mobile (Cambodia)": the country it operates in, written after it
    place = _PLACE_AFTER.fullmatch(text, last.end, end)
    if place is not None and country_code(place.group("place")) is not None:
        tail = ""
    if rest is None or tail or first is not last:
        return None
    operator = catalog.get(named[0].operator)
    if operator is None:
        return None
    segment = _segment(rest.group("segment"))
    if segment == "mobile" and operator.kind == "mobile_operator":
        segment = None
    return operator, segment


def _table_row(label: str) -> TableRow | None:
    for row in TABLE_ROWS:
        if matched := row.label.match(label):
            # "Revenue per user", "Net income per share": a ratio, not the total
            if TABLE_RATIO.match(label, matched.end()):
                return None
            return None if row.name == "customers" and TABLE_PAY_TV.search(label) else row
    return None


def _banner_year(text: str, cells: list[tuple[int, int]]) -> int | None:
    """The year a line writes alone over the columns below ("------ 2006 ------"), else None."""
    if len(cells) != 1:
        return None
    banner = TABLE_BANNER_YEAR.fullmatch(text, *cells[0])
    return int(banner.group("year")) if banner else None


def _table_header(
    text: str,
    cells: list[tuple[int, int]],
    released_on: date | None,
    span: _Spans | None,
    year: int | None = None,
) -> tuple[list[_Dated | None], tuple[int, int] | None, int]:
    """A header's period columns, its caption cell ("TMN key operating data") if it has one,
    and how many figures a row may carry (change columns such as "y.o.y." included).

    A change column between periods ("3Q05  3Q04  Var. %  9M05") is None in the list; after a
    column of comments ("FY 2007   FY 2006   Change   Comment") a row may carry any number of
    cells, its comment's words split by wide spaces."""
    width = len(cells)
    if len(cells) > 2 and TABLE_COMMENT_HEADER.fullmatch(text, *cells[-1]):
        cells, width = cells[:-1], _ANY_WIDTH
    while cells and TABLE_CHANGE_HEADER.fullmatch(text[cells[-1][0] : cells[-1][1]]):
        cells = cells[:-1]
    changes = [TABLE_CHANGE_HEADER.fullmatch(text[a:b]) is not None for a, b in cells]
    columns = _with_changes(
        _header(text, _periods(cells, changes), released_on, span, year), changes
    )
    if columns or len(cells) < 3:
        return columns, None, width
    changes = changes[1:]
    columns = _with_changes(
        _header(text, _periods(cells[1:], changes), released_on, span, year), changes
    )
    return columns, cells[0], width - 1


_ANY_WIDTH = 1_000  # the figures a row may carry before a column of comments


@dataclass(frozen=True, slots=True)
class _TextColumns:
    """A header with columns of words between its caption and its periods ("Operator
    Country   Network   2008   2007"), and perhaps one more after them ("Market share")."""

    figures_from: int  # how far in the first period column starts: cells ending before are words
    periods: list[tuple[int, int]]  # the period columns' cells
    trailing: tuple[int, int] | None  # the cell of a column after the periods, if any


def _text_column_header(
    text: str,
    cells: list[tuple[int, int]],
    released_on: date | None,
    spans: _Spans | None,
    year: int | None,
) -> tuple[list[_Dated | None], tuple[int, int], _TextColumns] | None:
    """A header whose caption is followed by columns of words before its periods, or whose
    periods are followed by one column of words ("Filiale   Pays   31/12/2008   31/12/2007
    Part de marché"): its period columns, its caption and its layout; None for any other."""
    if len(cells) < 4:
        return None
    for trailing in (0, 1):
        last = len(cells) - trailing
        if trailing and not _WORDS_CELL.fullmatch(text, *cells[-1]):
            continue
        for first in range(1 + (1 - trailing), last - 1):
            if not all(_WORDS_CELL.fullmatch(text, a, b) for a, b in cells[1:first]):
                break
            periods = cells[first:last]
            columns = _header(text, periods, released_on, spans, year)
            if columns:
                layout = _TextColumns(
                    _column(text, periods[0][0]), periods, cells[-1] if trailing else None
                )
                return list(columns), cells[0], layout
    return None


# "* Company estimates", "* estimation de la société au 31 décembre": a note saying a column
# marked with a star is estimated
_ESTIMATE_NOTE = re.compile(
    r"^[ \t]{0,4}\*[ \t]{0,3}(?:[^\W\d_]{1,20}[ \t]{1,3}){0,3}?"
    r"(?:estimat|estim[ée]|gesch[äa]tzt|sch[äa]tzung)",
    re.IGNORECASE | re.MULTILINE,
)
_NOTE_REACH = 2_000  # how far below a header its columns' notes may stand
_GROUP_WORD = re.compile(r"(?<![\w-])(?:group|groupe|gruppe|konzern)(?![\w-])", re.IGNORECASE)
# A header cell of words only ("Country", "Network", "Pays", "Market share (%)")
_WORDS_CELL = re.compile(r"[^\W\d_][^\W\d_ .'()/&*%-]*(?:[ .'()/&*%-]{1,3}[^\W\d_]*){0,5}")


def _column_cells(text: str, cells: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    """The cells of a header's ``count`` columns: its last cells but the change columns after
    them ("30 June   31 December   30 June   % change": the three days)."""
    if len(cells) > 2 and TABLE_COMMENT_HEADER.fullmatch(text, *cells[-1]):
        cells = cells[:-1]
    while cells and TABLE_CHANGE_HEADER.fullmatch(text[cells[-1][0] : cells[-1][1]]):
        cells = cells[:-1]
    return cells[-count:]


def _periods(cells: list[tuple[int, int]], changes: list[bool]) -> list[tuple[int, int]]:
    return [cell for cell, change in zip(cells, changes, strict=True) if not change]


def _with_changes(columns: list[_Dated], changes: list[bool]) -> list[_Dated | None]:
    """The period columns back in their places, None where a change column stands."""
    if not columns:
        return []
    periods = iter(columns)
    return [None if change else next(periods) for change in changes]


def _table_unit(text: str, cells: list[tuple[int, int]]) -> tuple[str | None, Decimal] | None:
    """A line that gives every column's unit ("RMB million   RMB million", "(EUR mln, unless
    stated otherwise)"), else None."""
    if len(cells) == 1 and (captioned := TABLE_CAPTION_UNIT.match(text, *cells[0])):
        return _currency(captioned.group("currency")), _table_scale(captioned.group("scale"))
    units = {
        (m.group("currency") or m.group("currency2"), m.group("scale") or m.group("scale2"))
        for m in (TABLE_UNIT_CELL.fullmatch(text[a:b]) for a, b in cells)
        if m is not None
    }
    matched = sum(TABLE_UNIT_CELL.fullmatch(text[a:b]) is not None for a, b in cells)
    if matched != len(cells) or len(units) != 1:
        return None
    currency, scale = units.pop()
    return _currency(currency), _table_scale(scale)


def _unit_cell(text: str, start: int, end: int) -> tuple[str | None, Decimal] | None:
    """A unit column's cell ("thousand", "persons", "EUR million"): its currency and scale;
    None for a unit of anything else ("EUR/month", "minutes")."""
    unit = TABLE_UNIT_WORDS.fullmatch(text, start, end)
    if unit is None:
        return None
    return _currency(unit.group("currency")), _table_scale(unit.group("scale"))


def _currency(written: str | None) -> str | None:
    """A table's currency as written: a code or symbol ("EUR", "R$"), or a word ("won")."""
    if not written:
        return None
    key = re.sub(r"\s+", " ", word_key(written))
    if key in CURRENCY_SUFFIXES:
        return CURRENCY_SUFFIXES[key][0]
    return CURRENCY_PREFIXES[key.upper()]


def _table_scale(written: str | None) -> Decimal:
    if not written:
        return Decimal(1)
    word = word_key(written)
    if word.startswith("x"):  # "(x 1.000)"
        return Decimal(re.sub(r"\D", "", word))
    return Decimal(_TABLE_SCALES.get(word) or SCALES[word])


def extract_table_metrics(
    text: str,
    start: int,
    end: int,
    *,
    default: Operator | None,
    mentions: list[Mention],
    released_on: date | None,
    catalog: Catalog,
) -> list[Metric]:
    """Figures in a key-figures text table: a row label names the metric, a column its period."""
    metrics: list[Metric] = []
    totals: set[Metric] = set()  # the figures of "Total ..." rows
    columns: list[_Dated | None] = []
    scale = Decimal(1)
    currency: str | None = None
    titled: tuple[str | None, Decimal] | None = None
    counted: tuple[TableRow, Decimal] | None = None
    operator_rows: tuple[TableRow, Decimal] | None = None
    owned: list[Operator] = []  # the operators of an operator table's rows so far
    table_subject, width = default, 0
    heading: Operator | None = None  # the operator whose line the rows below belong to
    heading_segment: str | None = None  # the business that line names ("Wireline (Telemar)")
    spans: _Spans = []  # "Three months ended   Nine months ended": the line's span cells
    last_header: tuple[list[_Dated | None], list[tuple[int, int]], _Spans] | None = None
    header_ends: list[int] = []  # where each header cell ends on its line
    header_tail = False  # no row read yet since the header: its wrapped cells may follow
    sub_scale: Decimal | None = None  # the scale of a caption inside the table
    # "(in thousands, except employees)": the rows the scale is not of, above and in the table
    excepted_above: frozenset[str] = frozenset()
    excepted: frozenset[str] = frozenset()
    # "Clients (thousand)" over "   Postpaid   1,213": the count row whose parts may follow,
    # with its label's column, its scale and its currency
    parent: tuple[int, TableRow, Decimal, str | None] | None = None
    # "Internet subscribers, end of period" over "  Dial-up ...  Total": the one business the
    # group heading names (its parts are technologies, its total that business's count)
    group_segment: str | None = None
    continental = True if continental_style(text, start, end) else None
    unit_column = False  # "Unit   9M 2004   9M 2003": each row gives its unit in a cell
    banner: int | None = None  # "----- 2006 -----": the year of the bare quarters below
    # "Total   294.8" over "  of which postpaid   71.2": the count whose parts may follow
    last_total: tuple[TableRow, Decimal, str | None] | None = None
    # "Capital expenditure" over "  (EUR m)   71.9   88.2": the label's first line, and the
    # index of the line that ends it
    wrapped_label: tuple[int, tuple[int, int]] | None = None
    text_columns: _TextColumns | None = None  # a header's columns of words and trailing column
    share_rule: TableRow | None = None  # the trailing column's, when it is a share
    share_qualifier: Qualifier = "exact"
    lines = _table_lines(text, start, end)
    index = 0
    while index < len(lines):
        line_start, line_end, cells = lines[index]
        index += 1
        if not cells or TABLE_RULE_LINE.fullmatch(text, line_start, line_end):
            continue
        if len(cells) > 1 and "---" in text[line_start:line_end]:
            # "(KRW billion)   -------   -------": rules under a header's spans rule nothing
            cells = [c for c in cells if not TABLE_RULE_LINE.fullmatch(text, *c)]
            if not cells:
                continue  # "-------   -------": rules only
        if len(cells) > 1 and _ITEM_NUMBER.fullmatch(text, *cells[0]):
            cells = [(cells[0][0], cells[1][1]), *cells[2:]]  # "3.  Total subscribers"
        elif len(cells) > 1 and _BULLET.fullmatch(text, *cells[0]):
            cells = cells[1:]  # "o  Sweden (Tele2 and Comviq)   3 684 000"
        above = spans
        spans = _span_cells(text, cells)
        span_line = bool(spans)
        if span_line and len(cells) > 2 and not TABLE_SPAN.fullmatch(text, *cells[0]):
            # the unit of a caption before the spans, as of a title above the table
            titled = _titles(text, line_start, line_end, cells[:1])[0] or titled
        year, banner = banner, _banner_year(text, cells)
        header, caption, row_width = _table_header(text, cells, released_on, above, year)
        layout: _TextColumns | None = None
        if not header and not span_line and len(cells) >= 4:
            # "Operator   Country   2007   2006   Market share": words between the caption and
            # the periods, or one column of words after them
            worded_header = _text_column_header(text, cells, released_on, above, year)
            if worded_header is not None:
                header, caption, layout = worded_header
                row_width = len(header) + (layout.trailing is not None)
        upper, last_header = last_header, None
        if header and upper is not None and layout is None:
            # "June 30,   June 30," over "2004   2003": one header written on two lines.
            dated = _dated_years(text, upper, header, cells)
            if dated is not None:
                if len(dated) != len(columns):
                    # one day over several years: the rows' figures stand under the years
                    header_ends = [
                        _column(text, end) for _, end in _column_cells(text, cells, len(header))
                    ]
                    width = row_width
                columns = dated
                # "(000s, unless otherwise stated)   2002   2001" under the days: the rows' scale
                scale, currency = _caption_unit(text, caption, scale, currency)
                continue
        if not header and not spans and len(cells) == 1:
            spans = above  # "(KRW billion)" between the spans and the header they date
        if header:
            header_cells = layout.periods if layout else _column_cells(text, cells, len(header))
            text_columns, share_rule, share_qualifier = layout, None, "exact"
            if layout is not None and layout.trailing is not None:
                share_rule = _table_row(text[layout.trailing[0] : layout.trailing[1]])
                if share_rule is not None and share_rule.name != "market_share":
                    share_rule = None
                elif "*" in text[layout.trailing[0] : layout.trailing[1]] and _ESTIMATE_NOTE.search(
                    text, line_end, min(end, line_end + _NOTE_REACH)
                ):
                    share_qualifier = "approximately"  # "* estimation de la société"
            last_header = header, header_cells, above
            header_ends = [_column(text, end) for _, end in header_cells]
            header_tail = True
            sub_scale = None
            parent, group_segment = None, None
            columns, scale, currency, width = header, Decimal(1), None, row_width
            unit_column = caption is not None and bool(TABLE_UNIT_HEADING.fullmatch(text, *caption))
            excepted = _excepted(text, caption) if caption else excepted_above
            excepted_above = frozenset()
            # "Wireless Subscribers ... (thousands)" above: rows naming operators count that.
            operator_rows, counted, heading, owned = counted, None, None, []
            heading_segment = None
            if operator_rows is not None:
                scale = operator_rows[1]
            if titled is not None:
                currency, scale = titled  # "SUMMARY OF RESULTS (R$ thousand)" above
            titled = None
            named = [m for m in mentions if caption and caption[0] <= m.span.start < caption[1]]
            table_subject = catalog.get(named[0].operator) if named else default
            # "Mobile subscriptions (thousands)   June 30,": a caption naming a count.
            counted_caption = _counted_title(text, *caption) if caption else None
            if operator_rows is None and counted_caption is not None:
                operator_rows = counted_caption
                scale = counted_caption[1]
            scale, currency = _caption_unit(text, caption, scale, currency)
            # "Millions of pesos   1Q07   1Q06", "Thousands, at March 31   2007   2006"
            worded = TABLE_CAPTION_WORDS.match(text, *caption) if caption else None
            if worded is not None:
                currency = _currency(worded.group("currency")) or currency
                scale = _table_scale(worded.group("scale"))
                columns = _on_day(columns, worded.group("month"), worded.group("day"))
            continue
        if not columns:
            if span_line or all(_LEAD_CELL.fullmatch(text, *c) for c in cells):
                # "Quarter ended   Year ended", "As at   As at": between a title and the
                # header it leads
                continue
            titled, counted = _titles(text, line_start, line_end, cells)
            excepted_above = _excepted(text, cells[0]) if titled else frozenset()
            # "MOBILE CUSTOMERS BY MARKET AS AT 31.12.2005" over "Sweden (Tele2)  3 684 000"
            if titled_date := _dated_title(text, line_start, line_end, counted, released_on):
                columns, width, operator_rows = [titled_date[0]], 2, titled_date[1]
                text_columns = None
                scale, currency, table_subject = operator_rows[1], None, default
                heading, owned = None, []
            continue
        scaled = TABLE_SCALE.match(text[line_start:line_end])
        if scaled is not None:
            scale = Decimal(_TABLE_SCALES[word_key(scaled.group("scale"))])
            excepted = _excepted(text, cells[0])
            continue
        unit = _table_unit(text, cells)
        if unit is not None:
            currency, scale = unit
            continue
        label_start, label_end = cells[0]
        if wrapped_label is not None and wrapped_label[0] == index - 1:
            label_start = wrapped_label[1][0]  # "Capital expenditure\n  (EUR m)": one label
        values = cells[1:]
        # "Revenues   $   812.4   $   770.1": a sign in a cell of its own (a table turned to
        # text from HTML) is the unit of the figure after it, no column of its own
        signs = {text[a:b] for a, b in values if text[a:b] in _SIGN_CELLS}
        if signs:
            values = [(a, b) for a, b in values if text[a:b] not in _SIGN_CELLS]
            cells = [cells[0], *values]
        share_cell: tuple[int, int] | None = None
        if text_columns is not None and len(cells) > 1:
            # "Digicel   Jamaica   GSM 900   2,150   1,870   No. 1 of 3": the cells that end
            # before the first period column are the columns of words, the one after the
            # periods the trailing column
            values = [v for v in values if _column(text, v[1]) > text_columns.figures_from]
            if text_columns.trailing is not None and len(values) == len(columns) + 1:
                share_cell, values = values[-1], values[:-1]
            cells = [cells[0], *values]
        # "Revenues   EUR million   812.4   770.1" under a "Unit" heading: the row's own unit
        cell_unit: tuple[str | None, Decimal] | None = None
        if unit_column and len(values) > len(columns):
            cell_unit = _unit_cell(text, *values[0])
            if cell_unit is None:
                continue  # "EUR per month", "min": a unit no metric is counted in
            values = values[1:]
            cells = [cells[0], *values]
        if len(cells) == 1 and TABLE_TITLE_SCALE.search(text, label_start, label_end):
            sub = _counted_title(text, label_start, label_end)
            if sub is not None:
                # "Customers (x 1.000, end of period)" inside a table: the rows below count it;
                # or it is the title of the next table, whose header comes next.
                operator_rows, counted, sub_scale, heading, owned = sub, sub, sub[1], None, []
                continue
        if (
            len(cells) == 1
            and (scaled_heading := TABLE_TITLE_SCALE.search(text, label_start, label_end))
            and _SUBHEADING.match(text, label_start, scaled_heading.start())
            and not _next_is_header(text, lines, index, released_on)
        ):
            # "Telecommunications Services ('000)" inside a table: the scale of the rows below
            scale = _table_scale(scaled_heading.group("scale"))
            continue
        if operator_rows is not None and len(cells) == 1:
            # "  KTF" over "    Mobile   12,823 ...": the operator of the rows below
            named = [m for m in mentions if label_start <= m.span.start and m.span.end <= label_end]
            if len(named) == 1 and named[0].span.text == text[label_start:label_end]:
                heading = catalog.get(named[0].operator)
                continue
            if _SUBHEADING.fullmatch(text, label_start, label_end):
                heading = None  # "Subsidiaries", "Associated companies": a group of rows
                continue
        if operator_rows is None and len(cells) == 1:
            # "Wireline (Telemar)" over "  Lines in service   14.824": whose the rows below are
            line_heading = _row_heading(text, label_start, label_end, mentions, catalog)
            if line_heading is not None:
                heading, heading_segment = line_heading
                continue
        # "Employees   1.462   1.807" under four period columns: each figure under its own.
        placed = _placed(text, values, header_ends) if len(values) < len(columns) else None
        if not (len(columns) <= len(values) <= width or placed) or not re.search(
            r"[^\W\d_]", text[label_start:label_end]
        ):
            wrapped = len(cells) == 1 and TABLE_LABEL_WRAPS.search(text, label_start, label_end)
            numbered = len(cells) == 1 and (
                _NUMBERED_GROUP.fullmatch(text, label_start, label_end) is not None
                or _group_heading(text, lines, index, cells[0], len(columns))
            )
            if len(cells) < 2 and header_tail and _column(text, label_start) >= header_ends[0]:
                continue  # "Mar-04" under "Var. %" / "Mar-05 /": a header cell wrapped
            if len(cells) == 1 and columns and _unit_follows(text, lines, index, label_start):
                wrapped_label = index, cells[0]  # "Capital expenditure" over "  (EUR m)  71.9"
                continue
            if len(cells) < 2 and not wrapped and not numbered:
                # Prose again, or the next table's title: this one has ended. The line is
                # read once more as a line outside any table.
                columns = []
                index -= 1
            elif numbered:
                # "Clients, end of period" over "   Postpaid   4,120": the count the rows
                # set in under it are the parts of
                parent = _group_parent(text, cells[0], scale, currency, excepted)
                named_business = _SEGMENT_WORD.search(text, *cells[0])
                group_segment = _segment(named_business.group(0)) if named_business else None
            continue
        row_columns = [columns[i] for i in placed] if placed else columns
        values = values[: len(columns)]
        subject = table_subject
        label = text[label_start:label_end]
        if noted := TABLE_NOTE_MARK.search(label):
            label = label[: noted.start()]  # "Customers (1)", "Market share (%) (2)"
        # "Subscribers (million)", "Revenues (US$ million)": the row's own unit.
        own = TABLE_LABEL_UNIT.search(label) or TABLE_LABEL_UNIT_AFTER.search(label)
        row_scale = _table_scale(own.group("scale")) if own and own.group("scale") else scale
        if excepted and not (own and own.group("scale")) and excepted & _label_words(label):
            row_scale = Decimal(1)  # "Employees" under "(in thousands, except employees)"
        row_currency = (_currency(own.group("currency")) if own else None) or currency
        if row_currency is None and len(signs) == 1:
            row_currency = _currency(signs.pop())
        rule = _table_row(label)
        if rule is not None and rule.accepts != "money" and currency and row_currency == currency:
            # A count row under a money caption ("HUF millions") takes none of its unit.
            row_scale = (
                _table_scale(own.group("scale")) if own and own.group("scale") else Decimal(1)
            )
            row_currency = None
        if _total_part(text, label, lines, index):
            continue  # "Lines in service – business" under "Total lines in service"
        total_above, last_total = last_total, None
        of_which: tuple[TableRow, re.Match[str], Decimal, str | None] | None = None
        if part_of := TABLE_PART.match(label):
            named = [m for m in mentions if label_start <= m.span.start and m.span.end <= label_end]
            business_part = TABLE_SEGMENT_PART.fullmatch(label[part_of.end() :])
            if not named and total_above is not None and business_part is not None:
                # "  of which postpaid   71.2" under "Total   294.8": the total's contract part
                last_total = total_above
                of_which = (total_above[0], business_part, total_above[1], total_above[2])
            elif not named:
                continue  # a geographic or product part: not a figure of its own
            else:
                subject = catalog.get(named[-1].operator)
                label = text[line_start:label_start] + "customers"
        rule = _table_row(label)
        if rule is None and operator_rows is not None:
            # "Mexico (Telcel)   44,052   37,231": the row is an operator's, the title's metric.
            named = [m for m in mentions if label_start <= m.span.start and m.span.end <= label_end]
            if len({m.operator for m in named}) == 1:
                rule, subject = operator_rows[0], catalog.get(named[0].operator)
                owned += [subject] if subject else []
            elif not named and _owned_total(label, owned, table_subject):
                # "Total, subsidiaries" under rows of the group's own operators: the group's.
                rule = operator_rows[0]
            elif (
                not named
                and TABLE_GROUP_TOTAL.fullmatch(label)
                and _GROUP_WORD.search(label)
                and table_subject is not None
                and table_subject.parent is None
            ):
                # "Total Groupe", "Group total" under operator rows: the group's own count,
                # whichever of its operators the catalog knows to be its own
                rule = operator_rows[0]
            elif not named and not owned and TABLE_GROUP_TOTAL.fullmatch(label):
                # "Total" under rows naming no operator ("GSM", "Kenya"): the parts of the
                # table's own subject's count by technology or country, and their sum
                rule = operator_rows[0]
        business = TABLE_SEGMENT_ROW.match(label) if rule is None and operator_rows else None
        if business is not None and operator_rows is not None:
            # "  Mobile   12,823" under "KTF" (else the table's own subject)
            rule, subject = operator_rows[0], heading or table_subject
        part = TABLE_SEGMENT_PART.fullmatch(label) if rule is None and parent else None
        total_segment = None
        if part is not None and parent is not None and group_segment is not None:
            continue  # "  ADSL" under "Internet subscribers": a technology, no business
        if part is not None and parent is not None and _column(text, label_start) > parent[0]:
            # "   Prepaid   4,255" set in under "Clients (thousand)": that count's prepaid part
            rule, business, row_scale, row_currency = parent[1], part, parent[2], parent[3]
        elif (
            rule is None
            and parent is not None
            and TABLE_GROUP_TOTAL.fullmatch(label)
            and _column(text, label_start) > parent[0]
        ):
            # "   Total   6,110" set in under "Clients, end of period": the count of every business
            rule, row_scale, row_currency = parent[1], parent[2], parent[3]
            total_segment = group_segment
        elif (
            rule is not None
            and rule.name in TABLE_SEGMENT_PARENTS
            and not _SEGMENT_WORD.search(label)
        ):
            # a total of every business ("ADSL" under "Broadband subscribers" is no business)
            parent = (_column(text, label_start), rule, row_scale, row_currency)
            group_segment = None
        elif rule is None and parent is not None and _column(text, label_start) > parent[0]:
            pass  # "   Cable broadband   54.7" set in under the group: a part, the group goes on
        else:
            parent, group_segment = None, None
        if of_which is not None:
            rule, business, row_scale, row_currency = of_which
        if rule is None or subject is None:
            continue
        if cell_unit is not None:
            row_currency, row_scale = cell_unit
            if (rule.accepts == "money") != (row_currency is not None):
                continue  # "thousand" on a money row, "EUR million" on a count's: no such row
        header_tail = False
        if (
            operator_rows is not None
            and rule is operator_rows[0]
            and sub_scale is not None
            and not (own and own.group("scale"))
        ):
            row_scale, row_currency = sub_scale, None  # a row counted by a caption inside
        # "Prepaid clients (%)": a mix, no count; "Market share (%)": the cells are percents
        percent_row = _PERCENT_LABEL.search(label) is not None
        if percent_row and rule.accepts != "percent":
            continue
        if heading is not None and operator_rows is None:
            subject = heading
        worded = business or rule.label.match(label)
        words = worded.groupdict() if worded else {}
        segment = words.get("segment") or words.get("bracketed")  # "Speedy (ADSL) connections"
        row_segment = _segment(segment) or (heading_segment if subject is heading else None)
        row_segment = row_segment or total_segment
        if row_segment is None and rule.name == "customers":
            # "Lines in service – Mexico": access lines count a fixed network's customers
            row_segment = next((seg for noun, seg in NOUN_SEGMENTS if noun.search(label)), None)
        # "2.715" under "(million)" is a decimal unless the release writes decimal commas.
        hint = False if continental is None and row_scale >= 1_000_000 else continental
        estimated = TABLE_QUALIFIED_LABEL.match(label)  # "Estimated market share (%)"
        qualifier = QUALIFIERS[estimated.group("qual").lower()] if estimated else "exact"
        spanned = _row_span(label) if rule.flow else None
        label_period = (
            next((d.period for d in find_dates(text, label_start, label_end, released_on)), None)
            if rule.flow
            else None
        )
        for column, (v_start, v_end) in zip(row_columns, values, strict=True):
            if column is None:
                continue  # a change column
            figure = _cell_figure(text[v_start:v_end], hint, row_currency, rule, percent_row)
            if figure is None:
                continue
            kind = rule.accepts
            value = figure.value if rule.accepts == "percent" else figure.value * row_scale
            as_of, period = (None, column.period) if rule.flow else (column.as_of, None)
            if rule.flow and period is None and column.as_of is not None and spanned:
                period = _span_label(spanned, column.as_of)  # "in the half-year" under days
            if rule.flow and period is None:
                period = label_period  # "Net additions, H1 2006" under a day: the row's own
            metrics.append(
                Metric(
                    operator=subject.slug,
                    name=rule.name,
                    value=normalised(value),
                    unit=(figure.currency or row_currency or "") if kind == "money" else kind,
                    qualifier=qualifier,
                    as_of=as_of,
                    period=period,
                    segment=row_segment,
                    span=Span.of(text, label_start, v_end),
                )
            )
            if TABLE_TOTAL_ROW.match(label):
                totals.add(metrics[-1])
                if rule.name in TABLE_SEGMENT_PARENTS and row_segment is None:
                    last_total = rule, row_scale, row_currency
        if share_cell is not None and share_rule is not None and operator_rows is not None:
            # "41 %" under "Part de marché" after the periods: the row's operator's share at
            # the table's latest day
            shared = _cell_figure(text[share_cell[0] : share_cell[1]], hint, None, share_rule, True)
            days = [c.as_of for c in columns if c is not None and c.as_of is not None]
            if shared is not None and days and rule is operator_rows[0] and subject is not heading:
                metrics.append(
                    Metric(
                        operator=subject.slug,
                        name=share_rule.name,
                        value=normalised(shared.value),
                        unit="percent",
                        qualifier=share_qualifier,
                        as_of=max(days),
                        period=None,
                        segment=None,
                        span=Span.of(text, label_start, share_cell[1]),
                    )
                )
    return _without_parts(metrics, totals)


_BRACKETED_CELL = re.compile(r"\([^()\r\n]{1,30}\)")


def _unit_follows(text: str, lines: Sequence[_TableLine], index: int, label: int) -> bool:
    """Whether the line at ``index`` ends a row label begun on the line before (at ``label``):
    set in further, it opens with the label's unit in brackets ("  ('000)   4,318   3,402")."""
    first = text[label : lines[index - 1][1]].strip()
    if index >= len(lines) or len(first) > _TITLE_LENGTH // 2 or first.endswith("."):
        return False  # a sentence, not a label's first line
    cells = lines[index][2]
    return (
        len(cells) > 1
        and _BRACKETED_CELL.fullmatch(text, *cells[0]) is not None
        and _column(text, cells[0][0]) > _column(text, label)
    )


def _without_parts(metrics: list[Metric], totals: set[Metric]) -> list[Metric]:
    """The table's figures but those of a row that is a part of a total row of the same
    business ("ADSL subscribers" beside "Total broadband subscribers"): the same metric of
    the same operator, business and date, with another value, is the total's part."""
    if not totals:
        return metrics
    total_values: dict[tuple[object, ...], set[Decimal]] = {}
    for total in totals:
        total_values.setdefault(_slot(total), set()).add(total.value)
    return [m for m in metrics if m in totals or m.value in total_values.get(_slot(m), {m.value})]


def _slot(metric: Metric) -> tuple[object, ...]:
    return metric.operator, metric.name, metric.unit, metric.segment, metric.as_of, metric.period


def _group_heading(
    text: str,
    lines: Sequence[_TableLine],
    index: int,
    label: tuple[int, int],
    count: int,
) -> bool:
    """Whether a one-cell line inside a table names a group of the rows set in under it
    ("Revenues" over "   Long distance   813.2   874.6"): a short line of words whose next
    line (``lines[index]``) is a row of at least ``count`` figures, its label further in."""
    if index >= len(lines) or not _SUBHEADING.fullmatch(text, *label):
        return False
    _, _, cells = lines[index]
    if len(cells) < count + 1 or not _SUBHEADING.fullmatch(text, *cells[0]):
        return False
    return _column(text, cells[0][0]) > _column(text, label[0])


def _group_parent(
    text: str,
    label: tuple[int, int],
    scale: Decimal,
    currency: str | None,
    excepted: frozenset[str],
) -> tuple[int, TableRow, Decimal, str | None] | None:
    """A group heading that is a count of every business ("Subscribers, end of period"): its
    column, its row rule and the scale of its parts; None for any other heading."""
    written = text[label[0] : label[1]]
    rule = _table_row(written)
    if rule is None or rule.name not in TABLE_SEGMENT_PARENTS:
        return None
    own = TABLE_LABEL_UNIT.search(written)
    if own and own.group("scale"):
        row_scale = _table_scale(own.group("scale"))
    elif currency or (excepted and excepted & _label_words(written)):
        row_scale = Decimal(1)  # a count under a money caption, or one the scale leaves out
    else:
        row_scale = scale
    return _column(text, label[0]), rule, row_scale, None


def _caption_unit(
    text: str, caption: tuple[int, int] | None, scale: Decimal, currency: str | None
) -> tuple[Decimal, str | None]:
    """The scale and currency a header's caption cell sets, else those given."""
    if caption is None:
        return scale, currency
    # "(HUF millions, unless stated otherwise)", "Key figures (EUR mln)": money rows' unit
    captioned = TABLE_CAPTION_UNIT.search(text, *caption)
    if captioned is not None:
        currency = _currency(captioned.group("currency"))
        scale = _table_scale(captioned.group("scale"))
    # "(in thousands, unless" over "otherwise indicated)": every count's scale
    caption_scale = TABLE_SCALE.match(text[caption[0] : caption[1]])
    if caption_scale is None and captioned is None:
        # "Selected operating data (in thousands, unless stated)": the scale after a name
        caption_scale = TABLE_TITLE_SCALE.search(text, *caption)
    if caption_scale is not None:
        scale = _table_scale(caption_scale.group("scale"))
    # "R$ million   1Q06   1Q05": the unit written without brackets
    if captioned is None and (unit := TABLE_UNIT_CELL.fullmatch(text, *caption)):
        currency = _currency(unit.group("currency") or unit.group("currency2"))
        scale = _table_scale(unit.group("scale") or unit.group("scale2"))
    return scale, currency


def _next_is_header(text: str, lines: Sequence[_TableLine], index: int, day: date | None) -> bool:
    """Whether the next line with cells after ``lines[index - 1]`` is a header of periods."""
    following = next((cells for _, _, cells in lines[index:] if cells), None)
    return following is not None and bool(_table_header(text, following, day, None)[0])


def _total_part(text: str, label: str, lines: Sequence[_TableLine], index: int) -> bool:
    """Whether a row label is one part of a total row near it ("Lines in service – business"
    by "Total lines in service")."""
    stem = ""
    for separator in _PART_SEPARATORS:
        before, found, _ = label.rpartition(separator)
        if found:
            stem = " ".join(before.split()).lower()
            break
    if not stem:
        return False
    total = "total " + stem
    for _, _, cells in lines[max(0, index - 1 - _PART_REACH) : index + _PART_REACH]:
        if cells and " ".join(text[cells[0][0] : cells[0][1]].split()).lower() == total:
            return True
    return False


def _metric_columns(
    text: str, cells: list[tuple[int, int]]
) -> dict[int, tuple[TableRow, Decimal, str | None]]:
    """An operator table's header ("Operator   Country   Customers"): each metric column's
    rule, scale and currency by position; empty when the line is no such header."""
    if len(cells) < 2 or not TABLE_SUBJECT_HEADER.fullmatch(text[cells[0][0] : cells[0][1]]):
        return {}
    columns: dict[int, tuple[TableRow, Decimal, str | None]] = {}
    for index, (c_start, c_end) in enumerate(cells[1:], 1):
        cell = text[c_start:c_end]
        rule, own = _table_row(cell), TABLE_LABEL_UNIT.search(cell)
        if rule is not None:
            scale = _table_scale(own.group("scale")) if own else Decimal(1)
            columns[index] = (rule, scale, _currency(own.group("currency")) if own else None)
    return columns


def extract_operator_table_metrics(
    text: str,
    start: int,
    end: int,
    *,
    mentions: list[Mention],
    released_on: date | None,
    catalog: Catalog,
) -> list[Metric]:
    """Figures in a table whose rows name operators and whose column headers name metrics,
    dated by the sentence that introduces the table ("... at the end of 2003:")."""
    metrics: list[Metric] = []
    columns: dict[int, tuple[TableRow, Decimal, str | None]] = {}
    width, stamp, label, rows = 0, None, None, 0
    continental = True if continental_style(text, start, end) else None
    lines = _table_lines(text, start, end)
    for index, (line_start, line_end, cells) in enumerate(lines):
        header = _metric_columns(text, cells)
        if header:
            columns, width, rows = header, len(cells), 0
            intro = list(sentences(text, start, line_start))
            dated = find_dates(text, *intro[-1], released_on) if intro else []
            stamp = next((d.as_of for d in reversed(dated) if d.as_of), None)
            label = next((d.period for d in reversed(dated) if d.period), None)
            continue
        if columns and not rows and len(cells) == 1:
            # "Mobile customers" over "at 30 June 2006" over "(million)": the header goes on
            dated = find_dates(text, line_start, line_end, released_on)
            stamp = next((d.as_of for d in dated if d.as_of), stamp)
            scaled = TABLE_SCALE.match(text[cells[0][0] : cells[0][1]])
            if scaled is not None:
                scale = _table_scale(scaled.group("scale"))
                columns = {i: (rule, scale, unit) for i, (rule, _, unit) in columns.items()}
            if dated or scaled:
                continue
        if TABLE_RULE_LINE.fullmatch(text, line_start, line_end) or (
            rows and _BRACKETS_ONLY.fullmatch(text, line_start, line_end)
        ):
            continue  # a rule, or the wrapped end of the row above ('  ("MobiFone")')
        if len(cells) == 1:
            columns = {}  # prose again: the table has ended
        if not columns or len(cells) != width:
            continue
        rows += 1
        named = [m for m in mentions if cells[0][0] <= m.span.start and m.span.end <= cells[0][1]]
        if not named and index + 1 < len(lines) and len(lines[index + 1][2]) == 1:
            # "Vietnam Mobile Telecom Services Company" over '  ("MobiFone")': a wrapped name
            wrapped_start, wrapped_end = lines[index + 1][2][0]
            named = [m for m in mentions if wrapped_start <= m.span.start < wrapped_end]
        subject = catalog.get(named[0].operator) if named else None
        if subject is None:
            continue
        for index, (rule, scale, currency) in columns.items():
            v_start, v_end = cells[index]
            hint = False if continental is None and scale >= 1_000_000 else continental
            # "22.4" under "Market share (%)": a column of shares is of percents
            figure = _cell_figure(
                text[v_start:v_end], hint, currency, rule, percent=rule.accepts == "percent"
            )
            if figure is None:
                continue
            kind = rule.accepts
            if rule.flow:
                as_of, period = None, label or (str(stamp.year) if stamp else None)
            else:
                as_of, period = stamp, None
            metrics.append(
                Metric(
                    operator=subject.slug,
                    name=rule.name,
                    value=normalised(figure.value if kind == "percent" else figure.value * scale),
                    unit=(figure.currency or currency or "") if kind == "money" else kind,
                    qualifier=figure.qualifier,
                    as_of=as_of,
                    period=period,
                    segment=None,
                    span=Span.of(text, cells[0][0], v_end),
                )
            )
    return metrics


_HEADER_INDENT = 16  # a header line set in this far leaves the labels' column empty


def _operator_columns(
    text: str, cells: list[tuple[int, int]], mentions: list[Mention], catalog: Catalog
) -> list[Operator]:
    """A header whose cells after the first each name one operator ("Key operating data
    MobiFon   Oskar"), or whose every cell does when the line is set in past the rows' labels
    ("                 Vltava Telekom   Dunaj Net"): those operators, in order; empty for any
    other line."""
    if len(cells) == 2 and _column(text, cells[0][0]) >= _HEADER_INDENT:
        cells = [(cells[0][0], cells[0][0]), *cells]  # no caption: an empty one before them
    if len(cells) < 3:
        return []
    # The mentions on the line only (they are in order): a table of a thousand rows, each
    # naming an operator, is not read a thousand times over.
    first = bisect_left(mentions, cells[1][0], key=_mention_start)
    on_line = mentions[first : bisect_left(mentions, cells[-1][1], first, key=_mention_start)]
    operators: list[Operator] = []
    for c_start, c_end in cells[1:]:
        named = {m.operator for m in on_line if c_start <= m.span.start and m.span.end <= c_end}
        operator = catalog.get(named.pop()) if len(named) == 1 else None
        if operator is None:
            return []
        operators.append(operator)
    return operators if len(operators) >= 2 else []


def extract_operator_column_metrics(
    text: str,
    start: int,
    end: int,
    *,
    mentions: list[Mention],
    released_on: date | None,
    catalog: Catalog,
) -> list[Metric]:
    """Figures in a table with a column per operator, whose row labels name the metric and
    its date ("Subscribers, September 30, 2004   4,412,000   2,627,000")."""
    metrics: list[Metric] = []
    operators: list[Operator] = []
    continental = True if continental_style(text, start, end) else None
    # "Customers at 30 June 2006" over "   Residential ..." and "   Total": the count whose parts
    # are set in under it, its label's column and its date; the parts are no figures of their own
    group: tuple[TableRow, int, _Dated] | None = None
    for line_start, line_end, cells in _table_lines(text, start, end):
        if not cells or TABLE_RULE_LINE.fullmatch(text, line_start, line_end):
            continue
        if len(cells) > 1 and "---" in text[line_start:line_end]:
            # "(KRW billion)   -------   -------": rules under a header's spans rule nothing
            cells = [c for c in cells if not TABLE_RULE_LINE.fullmatch(text, *c)]
            if not cells:
                continue  # "-------   -------": rules only
        header = _operator_columns(text, cells, mentions, catalog)
        if header:
            operators = header
            continue
        if not operators or _BRACKETS_ONLY.fullmatch(text, line_start, line_end):
            continue  # "(Romania)   (Czech Republic)" under the operators' names
        label_start, label_end = cells[0]
        rule = _table_row(text[label_start:label_end])
        dated = find_dates(text, label_start, label_end, released_on)
        stamp = next((d for d in dated if rule and (d.period if rule.flow else d.as_of)), None)
        if len(cells) == 1 and rule is not None and rule.name in TABLE_SEGMENT_PARENTS and stamp:
            group = rule, _column(text, label_start), stamp
            continue
        if len(cells) != len(operators) + 1:
            operators = []  # prose again: the table has ended
            continue
        set_in = group is not None and _column(text, label_start) > group[1]
        if group is not None and set_in and rule is None:
            if not TABLE_GROUP_TOTAL.fullmatch(text, label_start, label_end):
                continue  # "   Residential": a part of the count by customer type
            rule, stamp = group[0], group[2]  # "   Total": the count the group heading names
        elif not set_in:
            group = None
        if rule is None:
            continue
        if stamp is None and rule.accepts != "percent":
            continue  # a row must say when its figures are of; a share or coverage may not
        unit = TABLE_LABEL_UNIT.search(text, label_start, label_end)
        currency = _currency(unit.group("currency")) if unit else None
        for operator, (v_start, v_end) in zip(operators, cells[1:], strict=True):
            percent = rule.accepts == "percent"
            figure = _cell_figure(text[v_start:v_end], continental, currency, rule, percent)
            if figure is None:
                continue
            metrics.append(
                Metric(
                    operator=operator.slug,
                    name=rule.name,
                    value=figure.value,
                    unit=(figure.currency or currency or "")
                    if rule.accepts == "money"
                    else rule.accepts,
                    qualifier=figure.qualifier,
                    as_of=None if rule.flow or stamp is None else stamp.as_of,
                    period=stamp.period if rule.flow and stamp else None,
                    segment=None,
                    span=Span.of(text, label_start, v_end),
                )
            )
    return metrics


@dataclass(frozen=True, slots=True)
class _MeasureColumn:
    """A column of a table turned on its side: its place, its label's rule, unit and segment."""

    start: int
    end: int
    rule: TableRow | None
    scale: Decimal
    currency: str | None
    segment: str | None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _measure_columns(
    text: str,
    header: list[list[tuple[int, int]]],
    unit: tuple[str | None, Decimal] | None,
) -> list[_MeasureColumn]:
    """The columns of a header written over several lines ("Net" over "profit", "('000)"
    under both): each cell of a lower line joins the column of the first line it stands
    under. Empty unless a column's label names a metric."""
    first = header[0]
    pieces: list[list[str]] = [[text[a:b]] for a, b in first]
    places = [(_column(text, a), _column(text, b)) for a, b in first]
    for line in header[1:]:
        for a, b in line:
            place = (_column(text, a), _column(text, b))
            under = [i for i, p in enumerate(places) if _overlaps(p, place)]
            if len(under) != 1:
                return []  # a cell under two columns, or under none: no such header
            pieces[under[0]].append(text[a:b])
    columns: list[_MeasureColumn] = []
    for (c_start, c_end), words in zip(first, pieces, strict=True):
        label = " ".join(words)
        rule = _table_row(label)
        own = TABLE_LABEL_UNIT.search(label)
        scale = _table_scale(own.group("scale")) if own and own.group("scale") else None
        currency = _currency(own.group("currency")) if own else None
        if rule is not None and rule.accepts == "money" and unit is not None:
            currency = currency or unit[0]
            scale = unit[1] if scale is None else scale
        worded = rule.label.match(label) if rule is not None else None
        segment = _segment((worded.groupdict() if worded else {}).get("segment"))
        if segment is None and rule is not None and rule.name == "customers":
            segment = next((seg for noun, seg in NOUN_SEGMENTS if noun.search(label)), None)
        columns.append(_MeasureColumn(c_start, c_end, rule, scale or Decimal(1), currency, segment))
    return columns if any(c.rule is not None for c in columns) else []


def extract_transposed_table_metrics(
    text: str,
    start: int,
    end: int,
    *,
    default: Operator | None,
    released_on: date | None,
) -> list[Metric]:
    """Figures in a table turned on its side: a column per metric, a row per period or day
    ("Period   Revenue   Net profit" over "1Q 2004   7,612.3   998.1"). The header may run
    over several lines; a title above it may give the money unit ("Quarterly results, EUR
    million")."""
    if default is None:
        return []
    metrics: list[Metric] = []
    continental = True if continental_style(text, start, end) else None
    header: list[list[tuple[int, int]]] = []  # the header's lines so far
    columns: list[_MeasureColumn] = []
    unit: tuple[str | None, Decimal] | None = None  # the title's money unit
    for line_start, line_end, cells in _table_lines(text, start, end):
        if not cells or TABLE_RULE_LINE.fullmatch(text, line_start, line_end):
            continue
        row = _period_cell(text, *cells[0], cells[:1], released_on) if len(cells) > 2 else None
        if row is not None and header and not columns:
            columns = _measure_columns(text, header, unit)
            header = []
        if row is not None and columns:
            if len(cells) - 1 != len(columns):
                columns = []
                continue
            for column, (v_start, v_end) in zip(columns, cells[1:], strict=True):
                metric = _transposed_figure(text, v_start, v_end, column, row, continental)
                if metric is not None:
                    metrics.append(
                        replace(
                            metric,
                            operator=default.slug,
                            span=Span.of(text, cells[0][0], v_end),
                        )
                    )
            continue
        columns = []
        if header and not any(TABLE_FIGURE_CELL.fullmatch(text, a, b) for a, b in cells):
            # "subscribers" under "Mobile": the header goes on while its cells stand under it
            places = [(_column(text, a), _column(text, b)) for a, b in header[0]]
            if all(
                any(_overlaps((_column(text, a), _column(text, b)), p) for p in places)
                for a, b in cells
            ):
                header.append(cells)
                continue
        if len(cells) == 1:
            header = []
            title = TABLE_TITLE_MONEY_UNIT.search(text, line_start, line_end)
            unit = (
                (_currency(title.group("currency")), _table_scale(title.group("scale")))
                if title
                else None
            )
            continue
        if any(TABLE_FIGURE_CELL.fullmatch(text, a, b) for a, b in cells):
            header, unit = [], None  # a row of figures under no header of metrics
            continue
        if header or len(cells) >= 2:
            # "Period   Revenue   Net profit": the period's own heading is no measure
            header.append(
                cells[1:]
                if not header and TABLE_PERIOD_HEADING.fullmatch(text, *cells[0])
                else cells
            )
    return metrics


def _transposed_figure(
    text: str,
    v_start: int,
    v_end: int,
    column: _MeasureColumn,
    row: _Dated,
    continental: bool | None,
) -> Metric | None:
    rule = column.rule
    if rule is None:
        return None
    as_of, period = (None, row.period) if rule.flow else (row.as_of, None)
    if as_of is None and period is None:
        return None  # a day's row holds no flow, a period's row no balance
    hint = False if continental is None and column.scale >= 1_000_000 else continental
    figure = _cell_figure(text[v_start:v_end], hint, column.currency, rule)
    if figure is None:
        return None
    kind = rule.accepts
    return Metric(
        operator="",
        name=rule.name,
        value=normalised(figure.value if kind == "percent" else figure.value * column.scale),
        unit=(figure.currency or column.currency or "") if kind == "money" else kind,
        qualifier="exact",
        as_of=as_of,
        period=period,
        segment=column.segment,
        span=Span.of(text, v_start, v_end),
    )


_LIST_ROW = next(row for row in TABLE_ROWS if row.name == "customers")
_LIST_HEADING_LENGTH = 160
_LINE_COLON = re.compile(r":[ \t]{0,8}\r?$", re.MULTILINE)  # where a list's heading may end


def _list_items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The item lines from ``start`` (the line after a heading): one blank line may come
    first, the next blank line ends them (as does a line that is not an item)."""
    skipped = read = False
    for line_start, line_end, cells in _each_line(text, start, end):
        if not cells:
            if skipped or read:
                return
            skipped = True
            continue
        read = True
        yield line_start, line_end


def extract_list_metrics(
    text: str,
    start: int,
    end: int,
    *,
    mentions: list[Mention],
    released_on: date | None,
    catalog: Catalog,
) -> list[Metric]:
    """Counts in a list under a line that says what they count and when ("The members and
    their mobile customers at December 31, 2001:"), one operator's count an item ("- Estonia:
    EMT, 550,000"). A line that is not such an item ends the list."""
    metrics: list[Metric] = []
    for colon in _LINE_COLON.finditer(text, start, end):
        line_start = text.rfind("\n", start, colon.start()) + 1 or start
        line_end = colon.end()
        line = text[line_start:line_end].rstrip()
        if len(line) > _LIST_HEADING_LENGTH:
            continue
        heading = LIST_HEADING.fullmatch(text, line_start, line_start + len(line))
        if heading is None:
            continue
        dated = next(
            (d for d in find_dates(text, line_start, line_end, released_on) if d.as_of), None
        )
        if dated is None:
            continue
        for item_start, item_end in _list_items(text, line_end + 1, end):
            item_end = item_start + len(text[item_start:item_end].rstrip())
            if LIST_ITEM.fullmatch(text, item_start, item_end) is None:
                break
            figures = FigureScan(text, item_start, item_end).figures()
            if not figures or figures[-1].kind != _LIST_ROW.accepts:
                break
            figure = figures[-1]
            bare = text[figure.end : item_end] in ("", ".", ";")  # "- Estonia: EMT, 550,000"
            tail = None if bare else LIST_ITEM_TAIL.fullmatch(text, figure.end, item_end)
            named = {m.operator for m in mentions if item_start <= m.span.start < figure.start}
            if (tail is None and not bare) or len(named) != 1:
                break
            subject = catalog.get(named.pop())
            if subject is None:
                continue
            # the item's own word as a sentence's ("2,550,000 mobile customers"); the
            # heading's "mobile" of a mobile operator is its only business
            segment = _segment(tail.group("segment")) if tail else None
            if segment is None:
                segment = _segment(heading.group("segment"))
                if segment == "mobile" and subject.kind == "mobile_operator":
                    segment = None
            metrics.append(
                Metric(
                    operator=subject.slug,
                    name=_LIST_ROW.name,
                    value=normalised(figure.value),
                    unit=_LIST_ROW.accepts,
                    qualifier=figure.qualifier,
                    as_of=dated.as_of,
                    period=None,
                    segment=segment,
                    span=Span.of(text, item_start, item_end),
                )
            )
    return metrics


_BRACKETS_ONLY = re.compile(
    r"(?<![ \t])[ \t]*\([^()\n]{1,40}\)(?:[ \t]{2,}\([^()\n]{1,40}\))*[ \t]*"
)


class _Kept:
    """The metrics kept so far, indexed for ``_repeats`` and ``_rounds``: each new figure is
    compared with the few of its fact or its date, not with every one before it."""

    def __init__(self) -> None:
        self.metrics: list[Metric] = []
        self._by_fact: dict[tuple[str, str, Decimal, str, str | None], list[Metric]] = {}
        self._by_date: dict[tuple[str, str, str, date | None, str | None], list[Metric]] = {}

    def add(self, metric: Metric) -> None:
        self.metrics.append(metric)
        self._by_fact.setdefault(_fact(metric), []).append(metric)
        self._by_date.setdefault(_dated(metric), []).append(metric)

    def of_fact(self, metric: Metric) -> list[Metric]:
        return self._by_fact.get(_fact(metric), [])

    def at_date(self, metric: Metric) -> list[Metric]:
        return self._by_date.get(_dated(metric), [])


def _repeats(metric: Metric, found: _Kept) -> bool:
    """A figure said again ("Five million customers ... show", a headline restating the
    table) is the fact already found, not a second one: the same figure of the same
    operator, at the same date or period, or with no date of its own."""
    return any(
        _undated(metric) or (m.as_of, m.period) == (metric.as_of, metric.period)
        for m in found.of_fact(metric)
    )


def _rounds(metric: Metric, found: _Kept) -> bool:
    """A count written rounded ("309,5" thousand in a table) where the release gave it exactly
    ("309.457 customers as of 31.03.2005"): the same fact, written shorter. Only a figure of
    three significant digits or more, so "2 million" is never taken for "1.8 million"."""
    if metric.unit != "count" or metric.qualifier != "exact" or _undated(metric):
        return False
    digits = str(int(metric.value)) if metric.value == int(metric.value) else ""
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or len(digits) - zeros < 3:
        return False
    half_step = Decimal(10) ** zeros / 2
    return any(
        m.qualifier == "exact"
        and m.value != metric.value
        and abs(m.value - metric.value) <= half_step
        and (m.segment == metric.segment or None in (m.segment, metric.segment))
        for m in found.at_date(metric)
    )


def _fact(metric: Metric) -> tuple[str, str, Decimal, str, str | None]:
    return metric.operator, metric.name, metric.value, metric.unit, metric.segment


def _dated(metric: Metric) -> tuple[str, str, str, date | None, str | None]:
    return metric.operator, metric.name, metric.unit, metric.as_of, metric.period


def _undated(metric: Metric) -> bool:
    return metric.as_of is None and metric.period is None


# A release that says whose dollars its "$" are: "All amounts are in U.S. dollars unless
# otherwise indicated", "(in millions of Canadian dollars".
_DOLLARS_STATED = re.compile(
    r"\b(?:amounts|figures|expressed|stated|reported|presented|denominated"
    r"|(?:millions|thousands|billions)[ \t\r\n]{1,3}of)[ \t\r\n]{1,3}(?:are[ \t\r\n]{1,3})?"
    r"(?:in[ \t\r\n]{1,3})?(?P<whose>U\.[ \t]?S\.|US|United[ \t]States|Canadian|Australian"
    r"|New[ \t]Zealand)[ \t\r\n]{1,3}dollars\b",
    re.IGNORECASE,
)
_STATED_DOLLARS = {"canadian": "CAD", "australian": "AUD", "new zealand": "NZD"}


def _stated_dollar(text: str, release: ParsedRelease) -> str | None:
    """The currency a release says its bare "$" amounts are in, if it says."""
    stated = _DOLLARS_STATED.search(text, release.body.start, release.body.end)
    if stated is None:
        return None
    return _STATED_DOLLARS.get(re.sub(r"\s+", " ", stated.group("whose").lower()), "USD")


def _stated_peso(text: str, release: ParsedRelease) -> str | None:
    """The peso a release says its amounts are in ("stated in Mexican pesos"), if it says."""
    stated = STATED_PESOS.search(text, release.body.start, release.body.end)
    if stated is None:
        return None
    whose = stated.group("whose") or stated.group("cuyos")
    return local_currency(PESO, PESO_COUNTRIES[whose.lower()])


def extract_metrics(
    text: str, release: ParsedRelease, *, registrant: Operator | None, catalog: Catalog
) -> tuple[Metric, ...]:
    """Every operator metric in a release's body, notes and about sections."""
    token = _RELEASE_SCANS.set(_ReleaseScans(text))  # each section's readers share scans
    try:
        return _release_metrics(text, release, registrant=registrant, catalog=catalog)
    finally:
        _RELEASE_SCANS.reset(token)


def _release_metrics(
    text: str, release: ParsedRelease, *, registrant: Operator | None, catalog: Catalog
) -> tuple[Metric, ...]:
    kept = _Kept()
    seen: set[tuple[str, str, int, int]] = set()
    # "$1.2 billion": the dollar the release says, else the issuer's country's (a Canadian
    # issuer's "$" is Canadian dollars), else the US dollar.
    # (A registrant the catalog does not know is of the country its cover's address ends in,
    # "Dakar, Republic of Senegal": see pipeline._registrant.)
    country = registrant.country if registrant else None
    peso = _stated_peso(text, release)
    # "expresadas en millones de pesos mexicanos nominales ($)": the "$" is that peso.
    dollar = _stated_dollar(text, release) or peso or local_currency(DOLLAR, country) or "USD"
    # A release about one operator speaks of it in sentences that name nobody; else the issuer.
    lead = title_subject(release, catalog) or registrant
    reported = reported_period(text, release)
    for section in release.sections:
        default = section_subject(section, catalog, lead)
        known = catalog.extended([default]) if default is not None else catalog
        start = content_start(text, section)
        mentions = list(known.find_mentions(text, start, section.end))
        found = extract_section_metrics(
            text,
            start,
            section.end,
            default=default,
            mentions=mentions,
            released_on=release.released_on,
            catalog=known,
            reported=reported,
            lead=lead,
        )
        found += extract_table_metrics(
            text,
            start,
            section.end,
            default=default,
            mentions=mentions,
            released_on=release.released_on,
            catalog=known,
        )
        found += extract_operator_table_metrics(
            text,
            start,
            section.end,
            mentions=mentions,
            released_on=release.released_on,
            catalog=known,
        )
        found += extract_operator_column_metrics(
            text,
            start,
            section.end,
            mentions=mentions,
            released_on=release.released_on,
            catalog=known,
        )
        found += extract_transposed_table_metrics(
            text, start, section.end, default=default, released_on=release.released_on
        )
        found += extract_list_metrics(
            text,
            start,
            section.end,
            mentions=mentions,
            released_on=release.released_on,
            catalog=known,
        )
        for metric in found:
            if metric.unit == DOLLAR:
                metric = replace(metric, unit=dollar)
            elif metric.unit == LIRA:
                metric = replace(metric, unit=dated_currency(LIRA, release.released_on))
            elif metric.unit in LOCAL_CURRENCIES:
                # "8,121 million pesos": the issuer's peso (a group reports its subsidiaries in
                # its own money), else the operator's country's.
                # The release's own word on its pesos comes first.
                operator = known.get(metric.operator)
                code = peso if metric.unit == PESO else None
                if code is None:
                    code = local_currency(metric.unit, country)
                if code is None:
                    code = local_currency(metric.unit, operator.country if operator else None)
                if code is None:
                    continue
                metric = replace(metric, unit=code)
            key = (metric.operator, metric.name, metric.span.start, metric.span.end)
            if key in seen or _repeats(metric, kept) or _rounds(metric, kept):
                continue
            seen.add(key)
            kept.add(metric)
    metrics = kept.metrics
    # "EUR 62,2 mln" in prose before the table that dates it: the table's fact. (A dated twin
    # found earlier kept the undated one out already.)
    # "added a net 18 thousand broadband subscribers" restates the table's row of the
    # business even where the prose names no segment.
    dated = {_fact(m) for m in metrics if not _undated(m)}
    dated |= {(*fact[:4], None) for fact in dated}
    return tuple(m for m in metrics if not (_undated(m) and _fact(m) in dated))
