"""Relations between operators: alliance member lists and ownership stakes."""

from __future__ import annotations

import calendar
import csv
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources

from app.ingest.catalog import (
    COUNTRY_WORDS,
    Catalog,
    country_code,
    ends_in_legal_form,
    is_company_name,
    slugify,
    strip_legal_forms,
)
from app.ingest.member_lists import bracket_countries, member_lists
from app.ingest.metrics import content_start, section_subject, sentences
from app.ingest.numbers import WORD_NUMBERS, normalised, parse_number, word_number
from app.ingest.records import (
    Alliance,
    Membership,
    Mention,
    MentionIndex,
    Operator,
    ParsedRelease,
    Span,
    Stake,
)

log = logging.getLogger(__name__)

# "Amena (Spain)", "O2 (Germany, the UK and Ireland)": a name, then only countries in brackets.
_BRACKETS = re.compile(r"\((?P<inside>[^()\n]{1,80}(?:\n[^()\n]{1,80})?)\)")
_LIST_JOIN = re.compile(
    r"[ \t\r\n]{0,3}(?:,|and|,[ \t\r\n]{1,3}and)[ \t\r\n]{1,3}(?:the[ \t\r\n]{1,3})?$"
    # one member a line, bulleted or not: "- Amena (Spain)\n- One (Austria)"
    r"|[;,.]?[ \t]{0,40}\r?\n(?:[ \t]{0,8}\r?\n)?"
    r"[ \t]{0,8}(?:(?:[-\u2022*\u00b7]|\d{1,2}[.)])[ \t]{1,4})?[ \t]{0,2}$"
)
# A member table, one a line: "-  Telkomsel          Indonesia" (name, a gap, the country),
# maybe followed by columns of figures ("Indosat      Indonesia      14.5"). Rows may be
# numbered ("3.  Telkomsel") and the gap a dot leader ("Telkomsel ........ Indonesia").
_MEMBER_ROW = re.compile(
    r"^[ \t]{0,8}(?:(?:[-\u2022*\u00b7]|\d{1,2}[.)])[ \t]{1,4})?(?P<name>[^\s()][^\n\t]{0,60}?)"
    r"(?:[ \t]{2,40}|\t|[ \t]{1,3}\.{3,100}[ \t]{1,3})(?P<country>[A-Z][A-Za-z.' -]{1,40}?)"
    r"(?:(?:[ \t]{2,40}|\t)(?:[-(]?\d[\d.,]{0,15}%?\)?|[-\u2013\u2014]|n/?a)){0,6}[ \t]*\r?$",
    re.MULTILINE,
)
# A line a member's name wraps onto in a table: one cell, under the name ('("MobiFone")').
_WRAPPED_CELL = re.compile(r"[ \t]{1,40}(?P<cell>\S(?:[^\n\t ]| (?! )){0,60})[ \t]{0,40}\r?")
# A member list with the country first, one a line: "-  Japan:   NTT DoCoMo, Inc." (a
# country, a colon, the name; a long name may wrap onto lines indented under it), or two
# columns, country and name ("Poland      Nordlys Telefonia Sp. z o.o. (Nord)").
_COUNTRY_ROW = re.compile(
    r"^(?P<lead>[ \t]{0,8}(?:[-\u2022*\u00b7][ \t]{1,4})?)"
    r"(?P<country>[A-Z][A-Za-z.' -]{1,40}?)(?:[ \t]{0,3}:[ \t]{1,40}|(?P<gap>[ \t]{2,40}|\t))"
    r"(?P<name>[^\s:][^\n:]{0,100}?)[ \t]{0,40}\r?$",
    re.MULTILINE,
)
# Two spaces or a tab inside a name cell: another column ("Era    5,683,000"), no name.
_COLUMN_GAP = re.compile(r"[ ]{2}|\t")
# A member's name opens with a capital, or a number joined to one ("3 Italia"), never a figure.
_NAME_OPENING = re.compile(r"[A-Z]|\d{1,3}[ \t]?[A-Z&]")
# A note in brackets closing a name: '("M1")', '(the "Company")'.
_NAME_NOTE = re.compile(r"[ \t\r\n]{0,40}\([^()]{1,60}\)[ \t\r\n]{0,3}$")
# A capitalised name just before a bracket, for operators the table does not know: words may
# be joined by "&" or a particle ("Cable & Wireless Panama", "Instituto Costarricense de
# Electricidad") and wrap onto the next line.
_GAP = r"(?:[ \t]{1,2}|[ \t]?\r?\n[ \t]{0,12})"
_NAME_BEFORE = re.compile(
    rf"(?:^|[\s,;:])(?P<name>[A-Z][\w&.'-]*"
    rf"(?:{_GAP}(?:(?:&|and|de|del|da|do|dos|di|la|of){_GAP})?[A-Z0-9][\w&.'-]*){{0,4}})"
    r"[ \t\r\n]{0,3}$"
)
# "the Instituto Costarricense de Electricidad, known as ICE (Costa Rica)": the full name is
# written first, the short one the bracket follows.
_KNOWN_AS = re.compile(
    r",?[ \t\r\n]{1,3}(?:(?:also|commonly|locally)[ \t\r\n]{1,3})?"
    r"(?:known|trading|operating)[ \t\r\n]{1,3}as[ \t\r\n]{1,3}$"
)
# "Nine leading independent mobile operators", "has eleven members".
_COUNT_WORD = re.compile(
    r"(?<![\w-])(?:\d{1,3}|"
    + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"[ \t\r\n]{1,3}(?:[\w-]{1,20}[ \t\r\n]{1,3}){0,3}?(?:members|operators|partners|companies)"
    r"(?![\w-])"
)
_OTHER = re.compile(r"(?<![\w-])other(?![\w-])", re.IGNORECASE)
# "has joined four leading operators", "with ten operators", "Example and five partners
# launched": the count leaves out the subject.
_JOINING = re.compile(r"(?<![\w-])(?:joined|joins|join|with|and)[ \t\r\n]{1,3}$", re.IGNORECASE)
# "Example Mobile, an operator in Chad, and five partners today launched": the sentence's
# subject founds the alliance with the members counted after it.
_AND_COUNTED = re.compile(r"(?<![\w-])and[ \t\r\n]{1,3}$", re.IGNORECASE)
_COUNTED_REACH = 300
# An alliance's name ends in "Alliance" or "Club" ("Nordic Roaming Club").
_ALLIANCE_WORDS = ("Alliance", "Club")
_ALLIANCE_NAME = re.compile(
    r"(?P<quote>['\"\u2018\u201c])?"
    r"(?P<name>(?:[A-Z][\w-]{1,30}[ \t\r\n]{1,3}){1,4}(?:Alliance|Club))(?![\w-])"
)
_MIN_MEMBERS = 3


@dataclass(frozen=True, slots=True)
class AllianceFinding:
    """One alliance named in a release, with the member list stated there."""

    alliance: Alliance
    memberships: tuple[Membership, ...]
    operators: tuple[Operator, ...]
    stated_count: int | None
    # Companies the list names ("Orange (France, the UK)" is one company, two members).
    companies: int = 0

    @property
    def count_mismatch(self) -> bool:
        """The stated count agrees with neither the members nor the companies listed."""
        counted = {len(self.memberships), self.companies or len(self.memberships)}
        return self.stated_count is not None and self.stated_count not in counted


@cache
def alliance_table() -> tuple[Alliance, ...]:
    """The packaged ``app/data/alliances.csv``: known alliances and their former names."""
    source = resources.files("app").joinpath("data/alliances.csv")
    with source.open(encoding="utf-8") as handle:
        return tuple(
            Alliance(
                slug=row["slug"],
                name=row["name"],
                aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
            )
            for row in csv.DictReader(handle)
        )


def resolve_alliance(name: str, table: Iterable[Alliance] | None = None) -> Alliance:
    """The known alliance a name means (renamed ones via aliases), else a new one."""
    clean = re.sub(r"\s+", " ", name).strip(" '\"")
    clean = re.sub(r"^the\s+", "", clean, flags=re.IGNORECASE)
    for alliance in table or alliance_table():
        if clean.lower() in {s.lower() for s in (alliance.name, *alliance.aliases)}:
            return alliance
    return Alliance(slug=slugify(clean), name=clean)


def _alliance_names(text: str, start: int, end: int) -> list[tuple[int, Alliance]]:
    """Alliances named in a stretch: capitalised ("Starmap Mobile Alliance") or quoted."""
    found: list[tuple[int, Alliance]] = []
    if all(text.find(word, start, end) < 0 for word in _ALLIANCE_WORDS):
        return found  # every name ends with one of the words: most stretches need no scan
    for match in _ALLIANCE_NAME.finditer(text, start, end):
        words = _name_words(match.group("name"))
        if len(words) >= 2 or match.group("quote"):
            found.append((match.start(), resolve_alliance(" ".join(words) or match.group("name"))))
    return found


# Words that open the phrase an alliance's name closes: "The new Alliance" is no name, and
# "Editors The Example Mobile Alliance" (a heading above) names the Example Mobile Alliance.
_PHRASE_WORDS = frozenset({"the", "a", "new", "this", "our", "its", "their"})


def _name_words(written: str) -> list[str]:
    """The words of an alliance's name: those after the last word that opens a phrase."""
    words = written.split()
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _PHRASE_WORDS), default=0)
    return words[cut:]


def _title_alliance(title: str | None) -> Alliance | None:
    if not title:
        return None
    for match in _ALLIANCE_NAME.finditer(title.title() if title.isupper() else title):
        words = [w for w in match.group("name").split() if w.lower() not in {"the", "a", "new"}]
        if len(words) >= 2:
            return resolve_alliance(" ".join(words))
    return None


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    name_start: int
    operator: Operator
    countries: tuple[str | None, ...]


def _only_forms(gap: str) -> bool:
    """Whether text between a name and its bracket is only legal forms (", Inc.", " Co., Ltd.")."""
    words = gap.replace(",", " ").strip()
    return bool(words) and strip_legal_forms(words) == ""


def _items(
    text: str, start: int, end: int, mentions: MentionIndex, catalog: Catalog
) -> list[_Item]:
    """Every "Name (Country, ...)" in the stretch."""
    items = []
    for match in _BRACKETS.finditer(text, start, end):
        countries = bracket_countries(match.group("inside"))
        if countries is None:
            continue
        # "Globe Telecom, Inc. (Philippines)": the legal form after a comma is the name's.
        named = [
            m
            for m in mentions.ending(match.start() - 24, match.start())
            if 0 <= match.start() - m.span.end <= 3
            or (
                0 < match.start() - m.span.end <= 24
                and _only_forms(text[m.span.end : match.start()])
            )
        ]
        if named:
            operator = catalog.get(named[-1].operator)
            name_start = named[-1].span.start
        else:
            window = max(start, match.start() - 80)
            before = _NAME_BEFORE.search(text[window : match.start()])
            if before is None or not is_company_name(before.group("name")):
                continue
            name_start = window + before.start("name")
            full = _full_name(text, window, name_start, mentions)
            if full is not None:
                name_start, written = full
                operator = catalog.discover(written, country=countries[0])
            else:
                operator = catalog.discover(before.group("name"), country=countries[0])
        if operator is not None:
            name_start = _known_as_start(text, start, name_start, operator, mentions)
            items.append(_Item(match.start(), match.end(), name_start, operator, countries))
    rows = _row_items(text, start, end, mentions, catalog)
    # A table row reads its name and country whole: a bracket inside it ("Celcom (Malaysia)
    # Berhad   Malaysia") is part of the name, no item of its own.
    items = [i for i in items if not any(r.name_start <= i.start < r.end for r in rows)]
    items += rows
    items += _country_row_items(text, start, end, mentions, catalog)
    return sorted(items, key=lambda item: item.start)


def _full_name(
    text: str, window: int, short_start: int, mentions: MentionIndex
) -> tuple[int, str] | None:
    """The full name written before "known as SHORT", for a company the table does not know:
    (where it starts, the name)."""
    known_as = _KNOWN_AS.search(text, window, short_start)
    if known_as is None:
        return None
    begin = max(window, known_as.start() - 80)
    before = _NAME_BEFORE.search(text[begin : known_as.start()])
    if before is None or not is_company_name(before.group("name")):
        return None
    if mentions.covering(known_as.start()):
        return None  # a known name: the mention is the item's name
    return begin + before.start("name"), before.group("name")


def _known_as_start(
    text: str, start: int, name_start: int, operator: Operator, mentions: MentionIndex
) -> int:
    """Where an item's name starts when its full name comes first ("Instituto Costarricense de
    Electricidad, known as ICE (Costa Rica)"): at the full name, so that the list runs on."""
    known_as = _KNOWN_AS.search(text, max(start, name_start - 40), name_start)
    if known_as is None:
        return name_start
    same = [
        m
        for m in mentions.ending(known_as.start(), known_as.start())
        if m.operator == operator.slug and m.span.start >= start
    ]
    return same[-1].span.start if same else name_start


def _row_items(
    text: str, start: int, end: int, mentions: MentionIndex, catalog: Catalog
) -> list[_Item]:
    """Every "Name      Country" line of a member table."""
    items = []
    for row in _MEMBER_ROW.finditer(text, start, end):
        code = country_code(row.group("country"))
        if code is None:
            continue
        name_start, name_end = row.start("name"), row.end("name")
        column = name_start - (text.rfind("\n", 0, name_start) + 1)
        wrapped, row_end = _wrapped_cells(text, row.end(), end, column)
        written = " ".join([row.group("name"), *(text[a:b] for a, b in wrapped)])
        above = _name_above(text, start, name_start, column, row.group("name"))
        if above is not None:
            # The name began on the line above, the country on its last line: 'Telecom
            # Services of Ruritania\n     Limited ("TSR")      Ruritania'.
            written = f"{text[above[0] : above[1]]} {written}"
            wrapped.append(above)
            name_start = above[0]
        named = mentions.starting(name_start, name_end)
        named += [m for a, b in wrapped for m in mentions.starting(a, b)]
        if named and not wrapped and _names_less(text, named[0], row.group("name")):
            named = []  # "Radiolinja Eesti AS": a known brand opening a longer name
        if named:
            operator = catalog.get(named[0].operator)
        elif is_company_name(row.group("name")):
            written = _NAME_NOTE.sub("", written)
            operator = catalog.discover(" ".join(written.split()), country=code)
        else:
            continue  # "Mobile      Chile", "Total      Peru": a table's label, not a member
        if operator is not None:
            items.append(_Item(name_start, row_end, name_start, operator, (code,)))
    return items


def _names_less(text: str, mention: Mention, name: str) -> bool:
    """The mention is only the opening words of a row's name: words that are no legal form
    and no note in brackets follow it ("Radiolinja Eesti AS" after "Radiolinja")."""
    written = text[mention.span.start : mention.span.end]
    rest = _NAME_NOTE.sub("", name).strip(" ,")
    if not rest.startswith(written):
        return False
    short = strip_legal_forms(written)
    return bool(short) and strip_legal_forms(rest) not in {short, ""}


def _name_above(
    text: str, start: int, name_start: int, column: int, name: str
) -> tuple[int, int] | None:
    """The start of a member's name on the line above its row, indented under that line, when
    the row holds only the name's legal form (and a short name in brackets) or the line above
    ends in a word that joins a name's parts ("... of Saint Lucia and"): the cell of that line
    (its span), else None."""
    rest = _NAME_NOTE.sub("", name).strip(" ,")
    line_start = text.rfind("\n", 0, name_start) + 1
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if above_start < start or line_start - above_start < 2:
        return None
    cell = _WRAPPED_CELL.fullmatch(text, above_start, line_start - 1)
    if cell is None or cell.start("cell") - above_start >= column:
        return None
    written = cell.group("cell")
    if not is_company_name(written) or written[-1] in ":.":
        return None
    joined = written.rsplit(" ", 1)[-1].lower() in {"and", "of", "de", "&", "del", "da", "do"}
    if rest and strip_legal_forms(rest) and not joined:
        return None  # the row names someone: it is no continuation
    return cell.start("cell"), cell.end("cell")


def _wrapped_cells(
    text: str, position: int, end: int, column: int
) -> tuple[list[tuple[int, int]], int]:
    """The lines a table row's name wraps onto: a single cell each, indented past the name's
    column ('     ("MobiFone")' under "Vietnam Mobile Telecom Services Company   Vietnam").
    Returns the cells' spans and where the row, with them, ends."""
    cells: list[tuple[int, int]] = []
    row_end = position
    for _ in range(2):
        newline = text.find("\n", row_end, end)
        if newline == -1 or newline > row_end + 1:
            break
        stop = text.find("\n", newline + 1, end)
        stop = end if stop == -1 else stop
        cell = _WRAPPED_CELL.fullmatch(text, newline + 1, stop)
        if cell is None or cell.start("cell") - (newline + 1) <= column:
            break
        cells.append((cell.start("cell"), cell.end("cell")))
        row_end = cell.end("cell")
    return cells, row_end


def _country_row_items(
    text: str, start: int, end: int, mentions: MentionIndex, catalog: Catalog
) -> list[_Item]:
    """Every "Country:   Name" line of a member list, with the lines its name wraps onto."""
    items = []
    for row in _COUNTRY_ROW.finditer(text, start, end):
        code = country_code(row.group("country"))
        if code is None or not _NAME_OPENING.match(row.group("name")):
            continue
        if row.group("gap") is not None and _COLUMN_GAP.search(row.group("name")):
            continue  # a table of figures, not a list of members
        name_end = _wrapped_end(text, row.end("name"), end, len(row.group("lead")))
        name_start = row.start("name")
        named = mentions.starting(name_start, name_end)
        if named:
            operator = catalog.get(named[0].operator)
        else:
            written = _NAME_NOTE.sub("", text[name_start:name_end])
            if not is_company_name(written):
                continue
            operator = catalog.discover(" ".join(written.split()), country=code)
        if operator is not None:
            begin = row.start("country")
            items.append(_Item(begin, name_end, begin, operator, (code,)))
    return items


def _wrapped_end(text: str, position: int, end: int, lead: int) -> int:
    """Where a name in a list row ends: the lines under it, indented past the row's bullet and
    holding no label of their own, carry it on ('("DTAC")' under a long legal name)."""
    for _ in range(3):
        newline = text.find("\n", position, end)
        if newline == -1:
            break
        stop = text.find("\n", newline + 1, end)
        stop = end if stop == -1 else stop
        line = text[newline + 1 : stop].rstrip("\r")
        indent = len(line) - len(line.lstrip(" \t"))
        if not line.strip() or indent <= lead + 2 or ":" in line or len(line) > 120:
            break
        position = newline + 1 + len(line.rstrip())
    return position


def _lists(text: str, items: list[_Item]) -> list[list[_Item]]:
    """Items joined by ", " / " and " form one list."""
    groups: list[list[_Item]] = []
    for item in items:
        if groups and _LIST_JOIN.match(text[groups[-1][-1].end : item.name_start] + " "):
            groups[-1].append(item)
        else:
            groups.append([item])
    return [g for g in groups if len(g) >= _MIN_MEMBERS]


def _read_lists(
    text: str, start: int, end: int, mentions: list[Mention], catalog: Catalog
) -> list[list[_Item]]:
    """The member lists of a stretch: the general reading of lists however written, and the
    readings of tables (figure columns, names wrapped above their row); where both read the
    same list, the one that names more members (the general one when they name as many)."""
    tables = _lists(text, _items(text, start, end, MentionIndex(mentions), catalog))
    general = [
        [_Item(m.name_end, m.end, m.name_start, m.operator, m.countries) for m in group]
        for group in member_lists(text, start, end, mentions, catalog)
    ]
    for group in general:
        lo, hi = group[0].name_start, group[-1].end
        overlapping = [t for t in tables if t[0].name_start < hi and lo < t[-1].end]
        if all(_listed(group) >= _listed(t) for t in overlapping):
            tables = [t for t in tables if t not in overlapping] + [group]
    return sorted(tables, key=lambda group: group[0].name_start)


def _listed(group: list[_Item]) -> int:
    return sum(len(item.countries) for item in group)


def _counted_subject(
    text: str, start: int, list_start: int, mentions: list[Mention], catalog: Catalog
) -> tuple[Operator, str, Mention] | None:
    """The company a count of members leaves out, opening its sentence before the list:
    "Example Mobile ("Example"), an operator in Chad, and five partners today launched the
    Example Roaming Club" → Example Mobile, with the country its sentence places it in (the
    table's else). None when no count is stated so."""
    found = None
    for match in _COUNT_WORD.finditer(text, start, list_start):
        if _COUNTED.match(text, match.end(), list_start) and _AND_COUNTED.search(
            text, max(start, match.start() - 8), match.start()
        ):
            found = match
    if found is None:
        return None
    sentence = max(
        (a for a, _ in sentences(text, max(start, found.start() - _COUNTED_REACH), found.start())),
        default=found.start(),
    )
    opening = [m for m in mentions if sentence <= m.span.start < found.start()]
    if not opening:
        return None
    operator = catalog.get(opening[0].operator)
    if operator is None:
        return None
    country = operator.country
    if country is None:
        placed = COUNTRY_WORDS.search(text, opening[0].span.end, found.start())
        country = country_code(placed.group(0)) if placed else None
    return (operator, country, opening[0]) if country else None


def _stated_count(text: str, start: int, list_start: int, end: int) -> int | None:
    """The member count stated nearest before the list ("with ten partners. The eleven
    operators are ..." → 11), else the first one inside it."""
    counts = []
    for match in _COUNT_WORD.finditer(text, start, end):
        counted = _COUNTED.match(text, match.end(), end)
        if counted:
            # "with five other operators": the five and the one joining them.
            number = word_number(match.group(0))
            if number is not None:
                others = _OTHER.search(counted.group(0)) is not None
                joining = _JOINING.search(text, max(start, match.start() - 12), match.start())
                counts.append((match.start(), number + (others or joining is not None)))
    before = [count for position, count in counts if position < list_start]
    if before:
        return before[-1]
    return counts[0][1] if counts else None


def extract_alliances(
    text: str, release: ParsedRelease, *, catalog: Catalog
) -> tuple[AllianceFinding, ...]:
    """Alliances a release names and the member lists it gives for them."""
    findings: dict[str, AllianceFinding] = {}
    named: list[tuple[int, Alliance]] = []
    for section in release.sections:
        named += _alliance_names(text, section.start, section.end)
    title = _title_alliance(release.title)
    # A member list belongs to an alliance the release names: without one, none is read.
    for section in release.sections if named or title else ():
        mentions = list(catalog.find_mentions(text, section.start, section.end))
        for group in _read_lists(text, section.start, section.end, mentions, catalog):
            list_start = group[0].name_start
            before = [a for pos, a in named if pos <= list_start]
            alliance = before[-1] if before else (named[0][1] if named else title)
            if alliance is None:
                continue
            window_start = max(section.start, list_start - 400)
            stated = _stated_count(
                text, _sentence_start(text, window_start, list_start), list_start, group[-1].end
            )
            memberships, operators = [], []
            for item in group:
                # "KT Corporation (Korea)": a group's legal name in its own country is the group.
                legal = ends_in_legal_form(text[item.name_start : item.start].strip())
                for code in item.countries:
                    own = legal and item.operator.country == code
                    member = item.operator if own else catalog.localise(item.operator, code)
                    operators.append(member)
                    memberships.append(
                        Membership(
                            alliance=alliance.slug,
                            operator=member.slug,
                            country=code,
                            as_of=release.released_on,
                            span=Span.of(text, item.name_start, item.end),
                        )
                    )
            subject = _counted_subject(text, section.start, list_start, mentions, catalog)
            if subject is not None and all(m.operator != subject[0].slug for m in memberships):
                member, code, said = subject
                operators.insert(0, member)
                memberships.insert(
                    0,
                    Membership(
                        alliance=alliance.slug,
                        operator=member.slug,
                        country=code,
                        as_of=release.released_on,
                        span=said.span,
                    ),
                )
            unique = list({m.operator: m for m in memberships}.values())
            companies = len({item.operator.slug for item in group})
            finding = AllianceFinding(alliance, tuple(unique), tuple(operators), stated, companies)
            if finding.count_mismatch:
                log.warning(
                    "alliance %s: text says %s members, list names %s",
                    alliance.slug, stated, len(unique),
                )  # fmt: skip
            kept = findings.get(alliance.slug)
            if kept is None or len(finding.memberships) > len(kept.memberships):
                findings[alliance.slug] = finding  # an alliance's list is the longest it has
    if not findings:
        for _, alliance in named or ([(0, title)] if title else []):
            findings.setdefault(alliance.slug, AllianceFinding(alliance, (), (), None))
    return tuple(findings.values())


def _sentence_start(text: str, window_start: int, position: int) -> int:
    """Start of the sentence before the one holding ``position`` (counts are stated there)."""
    starts = [s for s, _ in sentences(text, window_start, position)]
    return starts[-2] if len(starts) >= 2 else window_start


# --- ownership -------------------------------------------------------------------------------

_PCT = r"(?P<pct>\d{1,3}(?:[.,]\d{1,2})?)[ \t]?(?:%|per\s{1,3}cent)"


@dataclass(frozen=True, slots=True)
class StakeRule:
    """A way releases state ownership; ``owner``/``owned`` say where each party is written."""

    pattern: re.Pattern[str]
    owner: str  # "before": the name right before; "after": right after; "subject": sentence's
    owned: str  # same, plus "countries": the owner's operators in the countries named after
    percent: Decimal | None = None  # fixed percent when the pattern has none ("sole shareholder")


_S = re.IGNORECASE
STAKE_RULES: tuple[StakeRule, ...] = (
    StakeRule(
        re.compile(
            rf"\bowns?\s{{1,3}}{_PCT}\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?"
            r"(?:share\s{1,3}capital|shares|equity|stock)\s{1,3}(?:of|in)\s{1,3}",
            _S,
        ),
        owner="before",
        owned="after",
    ),
    StakeRule(re.compile(rf"\bowned\s{{1,3}}{_PCT}\s{{1,3}}by\s{{1,3}}", _S), "after", "subject"),
    StakeRule(
        re.compile(
            rf"{_PCT}\s{{1,3}}(?:shareholding|stake|interest|holding)\s{{1,3}}in\s{{1,3}}", _S
        ),
        owner="subject",
        owned="after",
    ),
    StakeRule(
        re.compile(rf"{_PCT}\s{{1,3}}ownership\s{{1,3}}(?:of|in)\s{{1,3}}", _S),
        owner="subject",
        owned="countries",
    ),
    StakeRule(
        re.compile(r"\bbecame\s{1,3}(?:its|the)\s{1,3}sole\s{1,3}share[ -]?holder", _S),
        owner="before",
        owned="default",
        percent=Decimal(100),
    ),
    StakeRule(
        re.compile(r"\bwholly[ -]owned\s{1,3}by\s{1,3}", _S), "after", "subject", Decimal(100)
    ),
    StakeRule(re.compile(r"\bowns\s{1,3}(?=[A-Z])"), owner="subject", owned="after"),
)
# "is owned by E.ON (50.10%), Telenor in Norway (17.45%) ..." and "Shareholders include ...".
STAKE_LIST_TRIGGER = re.compile(
    r"\bowned\s{1,3}by\b|\bshareholders\s{1,3}(?:include|are)\b|\bshareholders\s*:", _S
)
# A word every stake rule and the list trigger writes: a section without one states no stake.
_STAKE_WORD = re.compile(r"own|stake|interest|holding|holder", _S)
STAKE_LIST_ITEM = re.compile(rf"\({_PCT}\)")
# The sentence's subject is written near its start ("The TDC Group owns ...").
_SUBJECT_REACH = 30
# Months and weekdays: a capitalised word after "a stake in" that dates the stake.
_DATE_WORDS = frozenset(
    name.lower() for name in (*calendar.month_name[1:], *calendar.day_name) if name
)
_NAME_AFTER = re.compile(r"(?P<name>[\w&.'-]{2,40}(?:[ \t]{1,2}[A-Z][\w&.'-]{0,40}){0,5})")


def _percent(match: re.Match[str], fixed: Decimal | None) -> Decimal | None:
    if fixed is not None:
        return fixed
    written = match.groupdict().get("pct")
    return normalised(parse_number(written, scaled=True)) if written else None


def extract_stakes(
    text: str,
    release: ParsedRelease,
    *,
    registrant: Operator | None,
    catalog: Catalog,
) -> tuple[tuple[Stake, ...], tuple[Operator, ...]]:
    """Ownership stated in a release, and the operators those statements name."""
    stakes: dict[tuple[str, str], Stake] = {}
    operators: dict[str, Operator] = {}

    def add(
        owner: _Party | None, owned: _Party | None, pct: Decimal | None, match: re.Match[str]
    ) -> None:
        if owner is None or owned is None or owner.operator.slug == owned.operator.slug:
            return
        operators.setdefault(owner.operator.slug, owner.operator)
        operators.setdefault(owned.operator.slug, owned.operator)
        key = (owner.operator.slug, owned.operator.slug)
        # The span covers the statement and whichever names it used that are written near it.
        ends = [match.start(), match.end()]
        near = (match.start() - 80, match.end() + 80)
        ends += [
            p
            for party in (owner, owned)
            for p in (party.start, party.end)
            if p is not None and near[0] <= p <= near[1]
        ]
        if key not in stakes:
            span = Span.of(text, min(ends), max(ends))
            stakes[key] = Stake(key[0], key[1], pct, release.released_on, span)

    for section in release.sections:
        start = content_start(text, section)
        if _STAKE_WORD.search(text, start, section.end) is None:
            continue
        default = section_subject(section, catalog, registrant)
        known = catalog.extended([default]) if default else catalog
        mentions = list(known.find_mentions(text, start, section.end))
        fallback = _Party(default, None, None) if default else None
        for s_start, s_end in sentences(text, start, section.end):
            if _STAKE_WORD.search(text, s_start, s_end) is None:
                continue
            here = [m for m in mentions if s_start <= m.span.start and m.span.end <= s_end]
            subject = _subject(here, s_start, known) or fallback
            for rule in STAKE_RULES:
                for match in rule.pattern.finditer(text, s_start, s_end):
                    pct = _percent(match, rule.percent)
                    owner = _party(rule.owner, match, here, text, s_end, subject, fallback, known)
                    if rule.owned == "countries":
                        for op in _owned_in_countries(text, match.end(), s_end, owner, here, known):
                            add(owner, _Party(op, None, None), pct, match)
                        continue
                    owned = _party(rule.owned, match, here, text, s_end, subject, fallback, known)
                    add(owner, owned, pct, match)
            trigger = STAKE_LIST_TRIGGER.search(text, s_start, s_end)
            if trigger is None:
                continue
            named = [m for m in here if m.span.end <= trigger.start()]
            owned = _named(named[0], known) if named else fallback
            cursor = trigger.end()
            for item in STAKE_LIST_ITEM.finditer(text, trigger.end(), s_end):
                chunk = [m for m in here if cursor <= m.span.start and m.span.end <= item.start()]
                if chunk:
                    owner = _named(chunk[0], known)
                else:
                    owner = _discover_in(text, cursor, item.start(), known)
                # A list item's span is the item itself, not the sentence's subject.
                add(
                    owner,
                    _Party(owned.operator, None, None) if owned else None,
                    _percent(item, None),
                    item,
                )
                cursor = item.end()
    return tuple(stakes.values()), tuple(operators.values())


@dataclass(frozen=True, slots=True)
class _Party:
    """One side of a stake and where its name is written (None when implied)."""

    operator: Operator
    start: int | None
    end: int | None


def _named(mention: Mention, catalog: Catalog) -> _Party | None:
    operator = catalog.get(mention.operator)
    return _Party(operator, mention.span.start, mention.span.end) if operator else None


def _subject(here: list[Mention], s_start: int, catalog: Catalog) -> _Party | None:
    if here and here[0].span.start - s_start <= _SUBJECT_REACH:
        operator = catalog.get(here[0].operator)
        return _Party(operator, here[0].span.start, here[0].span.end) if operator else None
    return None


def _party(
    where: str,
    match: re.Match[str],
    here: list[Mention],
    text: str,
    s_end: int,
    subject: _Party | None,
    default: _Party | None,
    catalog: Catalog,
) -> _Party | None:
    if where == "subject":
        return subject
    if where == "default":
        return default
    mention: Mention | None = None
    if where == "before":
        before = [m for m in here if m.span.end <= match.start()]
        if not before:
            return subject
        mention = before[-1]
    else:
        after = [m for m in here if 0 <= m.span.start - match.end() <= 4]
        if not after:
            return _discover_in(text, match.end(), min(s_end, match.end() + 80), catalog)
        mention = after[0]
    operator = catalog.get(mention.operator)
    return _Party(operator, mention.span.start, mention.span.end) if operator else None


def _discover_in(text: str, start: int, end: int, catalog: Catalog) -> _Party | None:
    """A company name the table does not know, written at ``start`` ("The Link Stores Limited")."""
    stretch = re.split(r"[,;.(]\s|[()]|\s+and\s+|\s+in\s+", text[start:end], maxsplit=1)[0]
    lead = len(stretch) - len(stretch.lstrip())
    match = _NAME_AFTER.match(stretch.strip())
    if match is None or not re.search(r"[A-Z]", match.group("name")):
        return None
    name = match.group("name").strip(" .")
    if country_code(name) is not None or name.split()[0].lower() in _DATE_WORDS:
        return None  # "a 69% stake in June", "in March 2005": when, not whom
    begin = start + lead
    return _Party(catalog.discover(name), begin, begin + len(name))


def _owned_in_countries(
    text: str, start: int, end: int, party: _Party | None, here: list[Mention], catalog: Catalog
) -> list[Operator]:
    """ "100% ownership of operators in the UK and Ireland" → the owner's operators there."""
    named = [catalog.get(m.operator) for m in here if start <= m.span.start]
    if named:
        return [op for op in named if op is not None]
    if party is None:
        return []
    owner = party.operator
    found: list[Operator] = []
    for match in COUNTRY_WORDS.finditer(text, start, end):
        code = country_code(match.group(0))
        local = catalog.localise(owner, code) if code else owner
        if local.slug != owner.slug and local not in found:
            found.append(local)
    return found
