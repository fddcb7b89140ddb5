"""Member lists however written: one reading for the layouts press releases use.

A list is a run of members, each a name with or without its country, set apart in prose by
commas, semicolons and "and", or written one a line (bulleted, or after a line ending in a
colon). A member's country may come after its name ("Example (Spain)", "Example of Spain",
"Example in Spain", "Example, Spain", "Example - Spain", "Example ..... Spain") or before it
("Spain: Example", "Spain - Example", "Spain      Example"). A list whose members carry no
country is read only when the text introduces it as a list of members ("members", "partners",
"comprises", "together with" ...); those members are in the country the table knows for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.ingest.catalog import (
    Catalog,
    country_code,
    ends_in_legal_form,
    is_company_name,
    strip_legal_forms,
)
from app.ingest.records import Mention, MentionIndex, Operator

_MIN_MEMBERS = 3
# A member is a name of a few words: longer segments are prose.
_LONGEST_MEMBER = 160
_LONGEST_NAME_WORDS = 9
# Words that may join a name's capitalised words ("Cable & Wireless", "Instituto ... de ...").
_PARTICLES = frozenset(
    {"&", "and", "de", "del", "da", "do", "dos", "di", "la", "of", "y", "e", "der", "van", "von"}
)
# A line's bullet: "-", "*", "o", "•", "·", an en dash, "1.", "3)", "a)".
_BULLET = re.compile(
    r"[ \t]{0,12}(?:[-\u2013\u2022*\u00b7>]|o(?=[ \t])|\d{1,2}[.)]|[a-z]\))[ \t]{1,6}(?=\S)"
)
# Between two members in prose: a comma or semicolon (maybe with "and"), or "and".
_PROSE_JOIN = re.compile(
    r"[ \t]{0,3}[,;](?:[ \t\r\n]{1,3}and)?[ \t\r\n]{1,3}|[ \t\r\n]{1,3}and[ \t\r\n]{1,3}"
    # the colon closing a lead-in starts a list: "The members are: Example, ..."
    r"|[ \t]{0,3}:[ \t\r\n]{1,3}"
)
# Where a sentence ends: a full stop, "!" or "?" before a capital, or a blank line. A full stop
# closing a legal form ("S.A. and", "Inc. (Japan)") is no end: the checks below say so.
_PROSE_STOP = re.compile(r"[.!?][\"')\u201d]?[ \t\r\n]{1,8}(?=[A-Z\"\u201c])|\r?\n[ \t]{0,40}\r?\n")
# A clause placing the company before its country: "Example, which operates in Chad".
_PLACING_CLAUSE = (
    r",[ \t\r\n]{1,3}(?:which|that)[ \t\r\n]{1,3}(?:operates|is[ \t\r\n]{1,3}based|trades)"
    r"[ \t\r\n]{1,3}in[ \t\r\n]{1,3}(?:the[ \t\r\n]{1,3})?"
)
_RELATIVE_PLACING = re.compile(_PLACING_CLAUSE)
# What sets a member's country after its name.
_COUNTRY_AFTER = re.compile(
    _PLACING_CLAUSE + r"|[ \t\r\n]{1,3}(?:of|in|from)[ \t\r\n]{1,3}(?:the[ \t\r\n]{1,3})?"
    r"|[ \t]{0,3}[\u2013\u2014][ \t]{0,3}|[ \t]{1,3}-{1,2}[ \t]{1,3}|,[ \t\r\n]{1,3}"
    r"|[ \t]{2,40}|\t[ \t]{0,40}|[ \t]{0,3}\.{3,100}[ \t]{0,3}"
)
# A member's country before its name: "Spain: Example", "Spain - Example", "Spain    Example",
# "for Spain, Example" (a sentence naming each member after the country it is for).
_COUNTRY_BEFORE = re.compile(
    r"(?:(?:for|in)[ \t\r\n]{1,3})?(?P<country>[A-Z][A-Za-z.' -]{1,40}?)"
    r"(?:[ \t]{0,3}(?::|[\u2013\u2014]|-{1,2}(?=[ \t]))[ \t]{1,40}|(?=[ \t]{2}|\t)[ \t]{1,40}"
    r"|[ \t]{1,3}\.{3,100}[ \t]{1,40}|,[ \t\r\n]{1,6})(?=\S)"
)
# The same, closing the words that introduce a list: "The members are, for Spain, ".
_COUNTRY_CLOSING = re.compile(
    r"(?<![\w-])(?:for|in)[ \t\r\n]{1,3}(?P<country>[A-Z][A-Za-z.' -]{1,40}?)[ \t]{0,3}[,:]"
    r"[ \t\r\n]{1,6}$"
)
# A note in brackets after a name ('(Jadran)', '("Example")'), no country.
_TRAILING_BRACKET = re.compile(r"[ \t\r\n]{0,3}\((?P<inside>[^()]{1,80})\)[ \t]{0,3}$")
# Between the countries of a bracket ("Germany, the UK and Ireland"). Bounded whitespace
# runs: an unbounded "\s*," rescans a long blank run from every position.
_COUNTRY_JOIN = re.compile(
    r"[ \t\r\n]{0,3},[ \t\r\n]{0,3}(?:and[ \t\r\n]{1,3})?|[ \t\r\n]{1,3}and[ \t\r\n]{1,3}"
)
_WORD = re.compile(r"\S+")
# A table's rule: dashes, equals signs or underscores, in one run or one a column.
_RULE = re.compile(r"[ \t]{0,40}[-=_]{3,200}(?:[ \t]{1,20}[-=_]{3,200}){0,12}[ \t]{0,40}\r?")
_FIGURE = re.compile(r"\d")
# Words that set a country after a name ("in", "of", "from"): the clause has not begun.
_PLACING = frozenset({"in", "of", "from", "the"})
_CLAUSE_WORD = re.compile(r"[ \t\r\n]{1,3}(?P<word>[a-z][a-z-]{0,20})(?![\w-])")
# Two spaces or a tab between words of a line: another column, no name.
_COLUMN_GAP = re.compile(r"\S(?: {2}|\t)[ \t]{0,40}\S")
# Words that introduce the members of a list: "The members are", "comprises", "together with".
MEMBER_CUE = re.compile(
    r"(?<![\w-])(?:members?|membership|partners?|founders?|compris(?:es|ed|ing|e)"
    r"|consists?[ \t\r\n]{1,3}of|made[ \t\r\n]{1,3}up[ \t\r\n]{1,3}of|brings?[ \t\r\n]{1,3}together"
    r"|unites?|together[ \t\r\n]{1,3}with|along[ \t\r\n]{1,3}with|joined[ \t\r\n]{1,3}by"
    r"|founded[ \t\r\n]{1,3}by|signatories)(?![\w-])",
    re.IGNORECASE,
)
# Cues that name one member before them, the sentence's subject: "Entel was joined by ...".
_COMPANION_CUE = re.compile(
    r"(?<![\w-])(?:together|along)[ \t\r\n]{1,3}with|joined[ \t\r\n]{1,3}by(?![\w-])",
    re.IGNORECASE,
)
_SUBJECT_REACH = 40
# The last word of a grouping's name: the alliance a list is of, never one of its members.
_GROUPINGS = frozenset({"Alliance", "Club", "Association", "Forum"})
# The words introducing a list stand right before it: "The members of the alliance are".
_CUE_REACH = 80
_CUE_SCAN = _CUE_REACH + 40  # the reach and the longest cue ("made up of" with wide spaces)
# Words saying a name is a telecom company's ("Cedar Mobile", "Niger Telecom").
TELECOM_WORDS = re.compile(
    r"mobil|telecom|telekom|tele|cell|wireless|phone|fon|net|communication|gsm|comm",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ListedMember:
    """One member of a list: where its name is written, where the member ends, who it is and
    the countries it is named with (None: the list names none)."""

    name_start: int
    name_end: int
    end: int
    operator: Operator
    countries: tuple[str | None, ...]
    placed: bool = True  # the list writes the country (else it is the table's)


def member_lists(
    text: str, start: int, end: int, mentions: list[Mention], catalog: Catalog
) -> list[list[ListedMember]]:
    """Every member list in ``text[start:end]``, one a line or in running prose."""
    reader = _Reader(text, mentions, catalog)
    lists = reader.line_lists(start, end)
    taken = [(group[0].name_start, group[-1].end) for group in lists]
    for group in reader.prose_lists(start, end):
        if not any(a < group[-1].end and group[0].name_start < b for a, b in taken):
            lists.append(group)
    return sorted(lists, key=lambda group: group[0].name_start)


@dataclass
class _Reader:
    text: str
    mentions: list[Mention]
    catalog: Catalog
    index: MentionIndex = field(init=False)

    def __post_init__(self) -> None:
        self.index = MentionIndex(sorted(self.mentions, key=lambda m: m.span.start))

    def _within(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in ``[start, end)``, found by bisection: a segment's cost
        does not grow with the section's."""
        return self.index.starting(start, end)

    # --- one a line ----------------------------------------------------------------------

    def line_lists(self, start: int, end: int) -> list[list[ListedMember]]:
        """Members one a line: bulleted lines, or the lines after one ending in a colon."""
        lists: list[list[ListedMember]] = []
        run: list[ListedMember] = []
        run_open = False  # the lines under a lead-in ending in a colon are rows
        lines = list(_lines(self.text, start, end))
        index = 0
        while index < len(lines):
            a, b = lines[index]
            line = self.text[a:b]
            if not line.strip():
                index += 1
                continue
            if _RULE.fullmatch(line):
                if run:  # a rule under a table's rows closes them
                    lists += self._accepted(run, start)
                    run, run_open = [], False
                index += 1
                continue
            if not run and _is_table_head(self.text, lines, index):
                run_open = True  # the column heads over a rule: the rows follow
                index += 1
                continue
            bullet = _BULLET.match(self.text, a, b)
            member = None
            if bullet is not None or run_open or run:
                body = bullet.end() if bullet else a + len(line) - len(line.lstrip())
                stop, index = self._wrapped(lines, index, body - a, bullet is not None)
                member = self.member(body, stop, lead=False)
            else:
                index += 1
            if member is not None:
                run.append(member)
                continue
            lists += self._accepted(run, start)
            run = []
            run_open = line.rstrip().endswith(":")
        lists += self._accepted(run, start)
        return lists

    def _wrapped(
        self, lines: list[tuple[int, int]], index: int, column: int, bulleted: bool
    ) -> tuple[int, int]:
        """Where a row ends, with the lines its name wraps onto (indented under its text, no
        bullet of their own), and the index of the next row."""
        stop = lines[index][1]
        following = index + 1
        while bulleted and following < len(lines) and following - index <= 2:
            a, b = lines[following]
            line = self.text[a:b]
            indent = len(line) - len(line.lstrip(" \t"))
            if not line.strip() or indent < column or _BULLET.match(self.text, a, b):
                break
            stop = b
            following += 1
        return stop, following

    # --- in prose ------------------------------------------------------------------------

    def prose_lists(self, start: int, end: int) -> list[list[ListedMember]]:
        """Members set apart by commas, semicolons and "and" within a sentence."""
        lists: list[list[ListedMember]] = []
        listed_before = False  # the sentence before this one closed with a list
        for s_start, s_end in self._sentences(start, end):
            segments = list(_segments(self.text, s_start, s_end))
            listed, listed_before = listed_before, False
            if len(segments) < 2:
                continue
            # members written alone first; the words introducing a run are read only before
            # one (most segments of prose are no members: the reading stays cheap)
            plain = [self.member(a, b, lead=False) for a, b in segments]
            index = 0
            while index < len(segments):
                if plain[index] is None:
                    index += 1
                    continue
                after = index
                while after < len(segments) and plain[after] is not None:
                    after += 1
                run = [m for m in plain[index:after] if m is not None]
                opening = self.member(*segments[index - 1], lead=True) if index else None
                # the last member, the sentence going on after it ("Porta of Ecuador in
                # founding the alliance"): the list ends with it
                closing = (
                    self._member_before_clause(*segments[after]) if after < len(plain) else None
                )
                run = [m for m in (opening, *run, closing) if m is not None]
                accepted = self._accepted(run, start, s_start)
                if not accepted and listed and _continues(run):
                    # "... were the first to sign. The two others are Example, which
                    # operates in Chad, and Other in Niger": the list goes on
                    lists[-1] = [*lists[-1], *run]
                    accepted = [lists[-1]]
                else:
                    lists += accepted
                listed_before = listed_before or bool(accepted)
                index = after
        return lists

    def _member_before_clause(self, start: int, end: int) -> ListedMember | None:
        """A member opening the segment, lower-case words going on after it. A country may
        close the name before the clause ("Example Mobile in Chad were the first to sign"):
        the reading that places the member wins over the bare name."""
        bare = None
        for word in _CLAUSE_WORD.finditer(self.text, start, min(end, start + _LONGEST_MEMBER)):
            if word.group("word") in _PARTICLES:
                continue
            member = self.member(start, word.start(), lead=False)
            if member is not None and member.placed:
                return member
            if member is not None and bare is None:
                bare = member
            elif bare is not None and member is None and word.group("word") not in _PLACING:
                break  # past the bare name and its country's word: the clause has begun
        return bare

    def _sentences(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        cursor = start
        for stop in _PROSE_STOP.finditer(self.text, start, end):
            at = stop.start()
            if self.text[at] == "." and _closes_legal_form(self.text, cursor, at):
                continue
            yield cursor, at + (1 if self.text[at] in ".!?" else 0)
            cursor = stop.end()
        yield cursor, end

    # --- a list and its members ----------------------------------------------------------

    def _accepted(
        self, run: list[ListedMember], start: int, sentence: int | None = None
    ) -> list[list[ListedMember]]:
        """The run as a member list: three members or more, and when some carry no country, a
        lead-in that introduces members (with its subject when it says "together with")."""
        if len(run) < _MIN_MEMBERS - 1:
            return []
        lead_start = _lead_start(self.text, start, run[0].name_start, sentence)
        lead = (lead_start, run[0].name_start)
        if not all(m.placed for m in run) and not self._introduced(run, lead):
            return []
        companion = _COMPANION_CUE.search(self.text, *lead)
        if companion is not None:
            subject = self._subject(lead_start, companion.start())
            if subject is not None and all(m.operator.slug != subject.operator.slug for m in run):
                run = [subject, *run]
        return [run] if len(run) >= _MIN_MEMBERS else []

    def _introduced(self, run: list[ListedMember], lead: tuple[int, int]) -> bool:
        """A list naming no countries is one of members when the words right before it say so
        ("has four members:", "together with") and most of its names are companies': known
        to the table, or closing in a legal form, or saying telecom."""
        # Only a cue ending within reach counts: no need to scan a long sentence before it.
        cues = list(MEMBER_CUE.finditer(self.text, max(lead[0], lead[1] - _CUE_SCAN), lead[1]))
        if not cues or lead[1] - cues[-1].end() > _CUE_REACH:
            return False
        companies = sum(
            1
            for m in run
            if m.operator.kind != "other"
            or ends_in_legal_form(m.operator.name)
            or TELECOM_WORDS.search(m.operator.name)
            or self._within(m.name_start, m.name_end)
        )
        return 2 * companies > len(run)

    def _subject(self, start: int, end: int) -> ListedMember | None:
        """The member a sentence opens with before "together with" / "was joined by"."""
        begin = start + len(self.text[start:end]) - len(self.text[start:end].lstrip())
        whole = self.member(begin, _trimmed_end(self.text, begin, end), lead=False)
        if whole is not None:
            return whole
        opening = self._within(begin, begin + _SUBJECT_REACH)
        if not opening or opening[0].span.end > end:
            return None
        operator = self.catalog.get(opening[0].operator)
        if operator is None:
            return None
        span = opening[0].span
        return ListedMember(span.start, span.end, span.end, operator, (operator.country,))

    def member(self, start: int, end: int, *, lead: bool) -> ListedMember | None:
        """The member written in ``text[start:end]``: a name, with its country before or after
        it or none. With ``lead`` the segment may open with the words introducing the list."""
        text = self.text
        end = _trimmed_end(text, start, end)
        start = _opened(text, start, end)
        if end - start < 2 or end - start > _LONGEST_MEMBER + (200 if lead else 0):
            return None
        countries: tuple[str | None, ...] = (None,)
        name_end = end
        note = None
        bracket = _TRAILING_BRACKET.search(text, start, end)
        if bracket is not None:
            codes = bracket_countries(bracket.group("inside"))
            name_end = bracket.start()
            if codes is not None:
                countries = codes
            elif _FIGURE.search(bracket.group("inside")):
                return None  # "E.ON (50.10%)": a holder and its stake, no member
            else:
                note = bracket.group("inside")
        if countries == (None,):
            after = self._country_after(start, name_end)
            if after is not None:
                name_end, countries = after[0], (after[1],)
        name_start = start
        if countries == (None,) and not lead:
            before = _country_before(text, start, name_end)
            if before is not None:
                name_start, countries = before
        if lead:
            found = self._name_at_end(start, name_end)
            if found is None:
                return None
            name_start = found
            if countries == (None,):
                # "The members are, for Spain, Example": the lead-in's last words place it
                before = _country_before(text, name_start, name_end)
                closing = _COUNTRY_CLOSING.search(text, max(start, name_start - 60), name_start)
                code = country_code(closing.group("country")) if closing else None
                if before is not None:
                    name_start, countries = before
                elif code is not None:
                    countries = (code,)
        gap = _COLUMN_GAP.search(text, name_start, name_end)
        if gap is not None and countries != (None,) and not lead:
            # A table's row whose last column is the country: the name is its first cell, the
            # cells between say something else ("Example Mobile Ltd.   ExampleNet   Japan").
            name_end = gap.start() + 1
        name_end = _trimmed_end(text, name_start, name_end)
        name = " ".join(text[name_start:name_end].split())
        if not _clean_name(name) or not is_company_name(name) or country_code(name):
            return None
        if name.rsplit(None, 1)[-1] in _GROUPINGS:
            return None  # "Members of the Example Alliance: ...": the alliance is no member
        if _COLUMN_GAP.search(text, name_start, name_end):
            return None  # a table's header or figures: "Country      Operator"
        operator = self._operator(name_start, name_end, name, countries[0], note)
        if operator is None:
            return None
        placed = countries != (None,)
        if not placed:
            countries = (operator.country,)
        begin = start if name_start > start and not lead else name_start
        return ListedMember(begin, name_end, end, operator, countries, placed)

    def _country_after(self, start: int, end: int) -> tuple[int, str] | None:
        """(where the name ends, the country) when a country closes the segment."""
        for mark in _COUNTRY_AFTER.finditer(self.text, start, end):
            tail = self.text[mark.end() : end].strip()
            if mark.start() == start or not tail or len(tail) > 40:
                continue
            code = country_code(tail)
            if code is not None and not ends_in_legal_form(tail):
                return mark.start(), code
        return None

    def _name_at_end(self, start: int, end: int) -> int | None:
        """Where the name closing a segment starts: a known name, else its capitalised words,
        with the legal form that may close it."""
        words = [(w.start(), w.end()) for w in _WORD.finditer(self.text, start, end)]
        if not words:
            return None
        known = [m for m in self._within(start, end) if m.span.end <= end]
        for mention in reversed(known):
            rest = self.text[mention.span.end : end].strip(" \t\r\n,")
            if not rest or strip_legal_forms(rest) == "":
                return mention.span.start
        first = len(words)
        # the legal form closing the name, however written ("Sp. z o.o.", "S.p.A.")
        for back in range(1, min(4, len(words)) + 1):
            tail = " ".join(self.text[a:b] for a, b in words[-back:])
            if strip_legal_forms(tail) == "":
                first = len(words) - back
        taken = 0
        while first > 0 and taken < _LONGEST_NAME_WORDS:
            word = self.text[words[first - 1][0] : words[first - 1][1]]
            if word[0].isupper() or word[0].isdigit():
                first -= 1
                taken += 1
            elif word.lower() in _PARTICLES and first > 1 and taken:
                first -= 1
            else:
                break
        while first < len(words) and self.text[words[first][0]].islower():
            first += 1  # a particle opens no name
        if first >= len(words):
            return None
        return words[first][0]

    def _operator(
        self, name_start: int, name_end: int, name: str, country: str | None, note: str | None
    ) -> Operator | None:
        """Who a member's name means: the known company the short name in brackets after it
        names ("Example Mobile EAD (M-Tel)"), else the known name it is written as, else a
        company the table does not know. A known name opening a longer one ("Example Eesti
        AS", words other than a legal form after it) is another company."""
        if note is not None:
            short = self.catalog.resolve(note.strip(" '\"\u201c\u201d"))
            if short is not None:
                return short
        named = self._within(name_start, name_end)
        if named and named[0].span.start - name_start <= 4:
            mention = named[0]
            rest = strip_legal_forms(self.text[mention.span.end : name_end].strip(" ,"))
            if not rest:
                return self.catalog.get(mention.operator)
            return self.catalog.resolve(name) or self.catalog.discover(name, country=country)
        return self.catalog.discover(name, country=country)


def _continues(run: list[ListedMember]) -> bool:
    """A short run that may carry on the list of the sentence before: two members or more,
    each with its country written."""
    return len(run) >= _MIN_MEMBERS - 1 and all(m.placed for m in run)


def _country_before(text: str, start: int, end: int) -> tuple[int, tuple[str]] | None:
    """(where the name starts, its country) when a country opens ``text[start:end]``."""
    before = _COUNTRY_BEFORE.match(text, start, end)
    if before is None:
        return None
    code = country_code(before.group("country"))
    return (before.end(), (code,)) if code is not None else None


def _is_table_head(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Whether line ``index`` holds a table's column heads ("Member      Country"): two cells
    or more, no figure, and a rule on the next line that is not blank."""
    a, b = lines[index]
    if _FIGURE.search(text, a, b) or not _COLUMN_GAP.search(text, a, b):
        return False
    following = next(
        (line for line in lines[index + 1 : index + 3] if text[slice(*line)].strip()), None
    )
    return following is not None and _RULE.fullmatch(text, *following) is not None


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    while cursor < end:
        newline = text.find("\n", cursor, end)
        stop = end if newline == -1 else newline
        yield cursor, stop
        cursor = stop + 1


def _segments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretches between list joins, none inside brackets."""
    cursor, depth, scanned = start, 0, start
    # "Example, Spain; Other, Italy": semicolons part the members, commas their parts
    semicolons = text.find(";", start, end) != -1
    for join in _PROSE_JOIN.finditer(text, start, end):
        if semicolons and not {";", ":"} & set(join.group(0)):
            continue
        depth += text.count("(", scanned, join.start()) - text.count(")", scanned, join.start())
        scanned = join.start()
        if depth > 0:
            continue
        after = _form_after(text, join, end)
        if after:
            continue  # "Globe Telecom, Inc.": the legal form is the name's
        if _RELATIVE_PLACING.match(text, join.start(), end):
            continue  # "Example, which operates in Chad": the member's country
        yield cursor, join.start()
        cursor = join.end()
    yield cursor, end


def _form_after(text: str, join: re.Match[str], end: int) -> bool:
    """A comma followed only by a legal form up to the next join or bracket ("Co., Ltd.")."""
    if "," not in join.group(0) or "and" in join.group(0):
        return False
    following = _PROSE_JOIN.search(text, join.end(), min(end, join.end() + 24))
    stop = following.start() if following else min(end, join.end() + 24)
    bracket = text.find("(", join.end(), stop)
    stop = bracket if bracket != -1 else stop
    words = text[join.end() : stop].strip(" \t\r\n.")
    return bool(words) and strip_legal_forms(words) == ""


def _closes_legal_form(text: str, start: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes a legal form or an initial ("S.A.", "Inc."), or
    a legal form's first word ("Pvt. Ltd.")."""
    word = _WORD.findall(text[max(start, dot - 16) : dot + 1])
    if not word:
        return False
    if ends_in_legal_form("x " + word[-1]) or len(word[-1]) <= 2:
        return True
    following = _WORD.findall(text[dot + 1 : dot + 16])
    return bool(following) and ends_in_legal_form(f"x {word[-1]} {following[0]}")


def bracket_countries(inside: str) -> tuple[str, ...] | None:
    """The countries a bracket after a name holds ("Spain", "Germany, the UK and Ireland");
    None unless it holds only countries."""
    parts = [p for p in _COUNTRY_JOIN.split(inside.strip()) if p]
    codes = [country_code(p) for p in parts]
    if not codes or any(code is None for code in codes):
        return None
    return tuple(code for code in codes if code)


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\r\n,;:":
        end -= 1
    if end > start and text[end - 1] == "." and not _closes_legal_form(text, start, end - 1):
        end -= 1
    return end


def _opened(text: str, start: int, end: int) -> int:
    """Past the blanks, a bullet, "and" and "the" opening a segment."""
    while start < end and text[start] in " \t\r\n":
        start += 1
    bullet = _BULLET.match(text, start, end)
    if bullet is not None and not text[start].isalpha():
        start = bullet.end()
    for word in ("and ", "the "):
        if text[start : start + len(word)].lower() == word:
            start += len(word)
    return start


def _clean_name(name: str) -> bool:
    """Every word opens with a capital or a digit, joins two ("&", "de", "of"), or belongs to
    the legal form closing the name ("Sp. z o.o.", "d.d.")."""
    words = name.split()
    if not words or len(words) > _LONGEST_NAME_WORDS + 4:
        return False
    for index, word in enumerate(words):
        if not word[0].islower():
            continue
        if word.lower() in _PARTICLES and 0 < index < len(words) - 1:
            continue
        return any(
            strip_legal_forms(" ".join(words[back:])) == ""
            for back in range(max(1, index - 2), index + 1)
        )
    return True


def _lead_start(text: str, start: int, at: int, sentence: int | None) -> int:
    """Where the words introducing a list start: the sentence holding it, or the one ending in
    the colon above a list written one a line."""
    if sentence is not None:
        return sentence
    cursor = at
    while cursor > start and text[cursor - 1] in " \t\r\n-*\u2022\u00b7o:":
        cursor -= 1
        if text[cursor] == ":":
            break
    lo = max(start, cursor - 300)
    stops = [m.end() for m in _PROSE_STOP.finditer(text, lo, cursor)]
    return stops[-1] if stops else lo
