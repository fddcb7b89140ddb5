"""Plain-text 6-K filings to ParsedFiling: the cover, the signature and each press release."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from app.ingest.catalog import ends_in_legal_form
from app.ingest.contacts import (
    TITLE_WORDS,
    find_contacts,
    is_organization,
    is_person_name,
    is_title,
    parse_phone,
)
from app.ingest.errors import RejectedFiling
from app.ingest.records import (
    Cover,
    Document,
    ParsedFiling,
    ParsedRelease,
    Quote,
    Section,
    Signatory,
    Span,
)

# Month names as they appear in English and continental releases (rules as data).
MONTHS: dict[str, int] = {
    **{
        name: number
        for number, names in enumerate(
            [
                "january jan janvier januar janeiro enero gennaio januari jänner",
                "february feb fevrier février februar fevereiro febrero febbraio februari",
                "march mar mars märz marz marco março marzo maart",
                "april apr avril abril aprile",
                "may mai maio mayo maggio mei",
                "june jun juin juni junho junio giugno",
                "july jul juillet juli julho julio luglio",
                "august aug aout août agosto augustus",
                "september sep sept septembre setembro septiembre settembre",
                "october oct octobre oktober outubro octubre ottobre",
                "november nov novembre novembro noviembre",
                "december dec decembre décembre dezember dezembro diciembre dicembre",
            ],
            start=1,
        )
        for name in names.split()
    }
}

_WORD = r"[^\W\d_]+"
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
# "14.05.2004", "06-11-2002" (day first), "12/31/2003" (month first when it must be).
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b")
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s{{0,3}}(?:of\s|de\s)?\s{{0,3}}({_WORD})\.?,?\s{{0,3}}"
    r"(?:de\s)?\s{0,3}(\d{4})\b",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_WORD})\.?,?\s{{1,3}}(\d{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}(\d{{4}})\b", re.IGNORECASE
)

_SIX_K = re.compile(r"\bFORM\s{0,3}6\s{0,2}[-‑–]\s{0,2}K\b", re.IGNORECASE)
_FOREIGN_ISSUER = re.compile(r"REPORT\s{1,3}OF\s{1,3}FOREIGN\s{1,3}(?:PRIVATE\s{1,3})?ISSUER", re.I)
_OTHER_FORM = re.compile(r"\bFORM\s{0,3}(8-K|10-K|10-Q|20-F|40-F|S-1|F-1)\b", re.IGNORECASE)
_COVER_SEARCH = 20_000

# A label over a release, never its title: "PRESS RELEASE", "Communiqué de presse / Press
# release", "Comunicado de prensa", "Presseinformation", "Press release - regulated
# information", "Company Announcement no. 12-2004", "ANNOUNCEMENT" or "VOLUNTARY
# ANNOUNCEMENT" alone over a Hong Kong headline; a newswire's "Attention Business/Financial
# Editors:" or "ATTENTION: News Editors".
_LABEL_WORDS = (
    r"(?:(?:press|news|media)\s+(?:release|information|announcement)"
    r"|attention[ \t]{0,3}:?[ \t]{1,3}(?:[\w/&-]{1,30},?[ \t]{1,3}){0,4}editors?"
    r"|(?:voluntary\s+|overseas\s+regulatory\s+)?announcement"
    r"|communiqu[eé]\s+de\s+presse|comunicato\s+stampa|pressemitteilung|persbericht"
    r"|presse-?information|pressemeldung|medienmitteilung|presseaussendung"
    r"|comunicado\s+de\s+(?:prensa|imprensa)|nota\s+de\s+(?:prensa|imprensa)|(?:company|stock\s+exchange)\s+(?:announcement|release|notice)"
    # An exchange's short name before it: "ASX RELEASE", "JSE announcement", "SGX Release".
    r"|(?:asx|nzx|jse|sgx|hkex|sehk|lse|tsx|nse|bse|ose)\s+(?:announcement|release|notice)"
    # The label a regulator's filing form puts over a disclosure: "SIGNIFICANT EVENT",
    # "Material Fact", "Hecho relevante", "Fato Relevante".
    r"|(?:significant|relevant|material)\s+(?:event|fact)|(?:hecho|fato)\s+relevante)"
)
_RELEASE_LABEL = re.compile(
    rf"^\s*{_LABEL_WORDS}(?:[ \t]{{0,3}}[/|][ \t]{{0,3}}{_LABEL_WORDS})*"
    r"(?:[ \t]{1,3}[-–—:][ \t]{1,3}(?:regulated|inside|price[- ]sensitive)\s+information"
    r"|[ \t]{1,3}no\.?[ \t]{0,3}[\w/-]{1,20}|[ \t]{1,3}\d{1,2})?\s*:?\s*$",
    re.IGNORECASE,
)
# The label a regulator's form puts over a disclosure ("MATERIAL FACT", "Fato Relevante"):
# no title over a headline, but the release's title when no headline follows it.
_DISCLOSURE_LABEL = re.compile(
    r"^[ \t]*(?:(?:significant|relevant|material)[ \t]{1,3}(?:event|fact)"
    r"|(?:hecho|fato)[ \t]{1,3}relevante)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
# A banner over a release ("FOR IMMEDIATE RELEASE", "For release at 07:00"): a label when it
# carries no date; "For release: 17 November 2003" is the release's date line instead.
_BANNER = re.compile(
    r"^\s*(?:for\s+(?:immediate\s+)?(?:release|publication|distribution)"
    r"|(?:immediate|embargoed)\s+release)\b[^\n]{0,60}$",
    re.IGNORECASE,
)
# "EXHIBIT 99.1", "Exhibit 1", "Exhibit No. 2", "Document 1", "Enclosure 2", "Attachment 1",
# "ITEM 2" (the number of a table of contents' item) alone on a line: each exhibit is its own
# release.
_EXHIBIT_MARKER = re.compile(
    r"^\s*(?:exhibit|document|enclosure|attachment|item)\s{1,3}(?:no\.?\s{0,3})?\d{1,3}"
    r"(?:\.\d{1,3})?(?:[ \t]{1,3}of[ \t]{1,3}\d{1,3})?\s*:?\s*$",
    re.IGNORECASE,
)
# A release's number alone on its line ("Release 2", "Press Release 2 of 3", "Announcement
# No. 2"): under a rule it sets one release of a filing apart from the one before it.
_NUMBERED_MARKER = re.compile(
    r"^[ \t]*(?:(?:press|news|media)[ \t]{1,3})?(?:release|announcement)[ \t]{1,3}"
    r"(?:no\.?[ \t]{0,3})?\d{1,2}(?:[ \t]{1,3}(?:of|/)[ \t]{1,3}\d{1,2})?[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
# The name of a form or a part ("SCHEDULE 10", "Annex 2", "Appendix A") over the real headline.
_FORM_NAME = re.compile(r"^(?:schedule|annex|appendix|form)\s{1,3}[\w.-]{1,6}$", re.IGNORECASE)
_DATE_LABEL = re.compile(
    r"^\s*(released|release\s+date|for\s+release|for\s+immediate\s+release|date|dated|"
    r"embargoed\s+until|embargo)\s*[:.]?\s+(\S.*)$",
    re.IGNORECASE,
)
# "Ref: PR-2005-12", "Release no. 12/2005", "RNS Number : 4712M" (the London Stock Exchange's
# news service), "No. TEL.345/PR000/UHI/2005" (a bare "No." or
# "Nr." with a code holding a digit).
_REFERENCE_LABEL = re.compile(
    r"^\s*(?:ref|reference|our\s+ref|release\s+no|press\s+release\s+no|rns\s+(?:number|no)"
    r"|(?:company\s+|stock\s+exchange\s+)?announcement\s+no"
    r"|(?:no|nr|number)(?=[ \t]{0,3}[.:]?[ \t]{0,3}\S{0,40}\d))"
    r"\s*[.:]\s*(\S+)\s*$",
    re.IGNORECASE,
)
# A code alone on a line: "PR-2005-12", "TEL.345/PR000/UHI/2005", "ACME/SEC/2005/112".
_REFERENCE_CODE = re.compile(
    r"^\s*([A-Z]{1,6}(?:[-/.][A-Z]{1,6}){0,3}[-/.]?\d[A-Za-z0-9\-/.]*)\s*$"
)
_END_MARKER = re.compile(r"^\s*[-–—*]*\s*ends?\s*[-–—*]*\s*$", re.IGNORECASE)
# The stock exchanges a listing line names ("Nasdaq: GTGP", "TSX: ABC.B", "Oslo Stock
# Exchange: NORD"), and the news services' codes ("Reuters: TIM.MI").
_EXCHANGE_NAMES = (
    r"(?i:nyse(?:[ \t]arca)?|nasdaq|amex|tsx(?:-?v)?|tse|lse|aim|asx|nzx|sehk|hkse|hkex|sgx"
    r"|bovespa|bmv|bcba|jse|ose|swx|six|euronext|xetra|fse|ise|pse|athex|kosdaq|krx|kse"
    r"|tase|bse|nse|otcbb|otc|reuters|bloomberg"
    r"|[a-z]{2,15}(?:[ \t][a-z]{2,15}){0,2}[ \t]stock[ \t]exchange)"
)
# A ticker: capitals and digits, maybe a class after a dot ("GTG.B", "VIVO3", "MAXCOM CPO").
_TICKER = r"[A-Z0-9]{1,8}(?:[.-][A-Z0-9]{1,4})?(?:[ \t][A-Z]{1,4})?"
_LISTING = rf"{_EXCHANGE_NAMES}[ \t]{{0,2}}:[ \t]{{0,3}}{_TICKER}(?:,[ \t]{{0,2}}{_TICKER}){{0,3}}"
# A line of nothing but the issuer's listings, set at the margin over a headline ("Nasdaq:
# GTGP", "(NYSE: ABC; BMV: ABC L)"): a label, never the release's title.
_STOCK_LISTING = re.compile(
    rf"^[ \t]*\(?{_LISTING}(?:(?:[ \t]{{0,3}}[;|,/][ \t]{{0,3}}|[ \t]{{2,12}}){_LISTING}){{0,5}}"
    r"\)?[ \t]*$"
)
_NOTES_HEADING = re.compile(
    r"^\s*(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?\s+notes?|"
    r"background\s+notes?|notes?)\s*:?\s*$",
    re.IGNORECASE,
)
_CONTACT_INTRO = re.compile(
    r"^\s*(?:for\s+(?:further|more|additional)\s+information|(?:press|media)\s+contacts?|"
    r"contacts?\s*:|contac?t[oa]s?\s*:|kontakte?\s*:|contatti\s*:|enquiries|inquiries)",
    re.IGNORECASE,
)
_EXHIBITS = re.compile(
    r"^\s*(?:(?:EXHIBITS?|DOCUMENTS?)\s+INDEX|INDEX\s+(?:TO|OF)\s+(?:EXHIBITS|DOCUMENTS)|EXHIBITS?"
    r"|(?:TABLE\s+OF\s+)?CONTENTS)\s*$",
    re.I,
)
_SIGNATURE_HEADING = re.compile(r"^\s*SIGNATURES?\s*$", re.IGNORECASE)
_SIGNATURE_SENTENCE = re.compile(r"has\s+duly\s+caused\s+this\s+report\s+to\s+be\s+signed", re.I)
# A conformed signature, "/s/ Kari Nordmann" or "/S/ KARI NORDMANN".
# A conformed signature: "/s/ Kari Nordmann", "(signed) Kari Nordmann", "(Signed) K. Sato".
_SIGNED_NAME = re.compile(r"(?:/s/|\(signed\))[ \t]*([^_\n]*[^_\s])", re.IGNORECASE)
_SIGNED_ON = re.compile(r"\bDated?\s*:?\s+(.{6,40})", re.IGNORECASE)
# A rule under the signature ("------", "______", "====="): a signature line, never text.
_RULE_LINE = re.compile(r"^[ \t]*[-_=*.]{3,}[ \t]*$")
# A caption under a signature line ("(Signature)", "(Registrant)"): never the signer's title.
_SIGNATURE_CAPTION = re.compile(r"^\([ \t]{0,3}(?:signature|registrant|signed)[ \t]{0,3}\)$", re.I)
# "Name :", "TITLE  :": a signer's label, with or without spaces before its colon.
_SIGNER_LABEL = re.compile(r"^(name|title)[ \t]{1,3}:", re.IGNORECASE)
# Verbs that put words in a speaker's mouth, in English and in the languages of releases.
_SPEECH_VERB = (
    r"(?:said|says|added|adds|commented|comments|stated|states|noted|notes|explained|explains"
    r"|remarked|continued|concluded|declared"
    # French, Spanish, Italian and Portuguese, in the present, the past and the perfect tense.
    r"|(?:a |ha )?(?:d[ée]clar[ée]|declarado|dichiarato|affirm[ée]|afirmado|ajout[ée]"
    r"|soulign[ée]|expliqu[ée]|explicado|se[ñn]alado|comentado|commentato|sottolineato|detto)"
    r"|d[ée]clare|ajoute|affirme|souligne|explique|afirm[óo]|dijo|declar[óo]|coment[óo]"
    r"|señaló|añadió|explicó|aseguró|dichiara|commenta|declarou|afirmou|disse|comentou"
    r"|acrescentou|explicou|sagte|erkl[äa]rte|erg[äa]nzte|betonte)"
)
# "Jane Roe, CEO, said:" before a quotation (the lead-in's words normalised to single spaces).
_LEAD_NAME_VERB = re.compile(rf"^(?P<who>.{{3,200}}?),? {_SPEECH_VERB} ?[:,.]?$")
# "said Jane Roe, CEO:", "According to Jane Roe, CEO," before a quotation.
_LEAD_VERB_NAME = re.compile(
    rf"(?:^|[ ,])(?:{_SPEECH_VERB}|[Aa]ccording to|[Ss]elon) (?P<who>[^:;]{{3,200}}?) ?[:,.]?$"
)
# ', said Jane Roe, CEO' and ', Jane Roe, CEO, said' after a quotation, up to the sentence's end.
_TAIL_VERB_NAME = re.compile(rf"^ ?,? ?{_SPEECH_VERB} (?P<who>.{{3,200}})$")
_TAIL_NAME_VERB = re.compile(rf"^ ?,? ?(?P<who>[^ ].{{2,200}}?),? {_SPEECH_VERB}$")
_FULL_STOP = re.compile(r"[.!?;](?= )")
_SENTENCE_STOP = re.compile(r"[.;:!?](?= |$)|[\"“”«»„]")
_QUOTE_OPEN = re.compile(r"[\"“«„]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_ENGLISH_QUOTE_STOP = re.compile(r"[\"”]|\n[ \t]*\n")
# What closes a quotation opened by each mark: "..." “...” «...» „...“
_QUOTE_STOPS = {
    '"': _ENGLISH_QUOTE_STOP,
    "“": _ENGLISH_QUOTE_STOP,
    "«": re.compile(r"»|\n[ \t]*\n"),
    "„": re.compile(r"[“”\"]|\n[ \t]*\n"),
}
# The marks that open a quotation's next paragraph when it runs on.
_CONTINUED_BY = {'"': '"“', "“": '"“', "«": "«", "„": "„"}
_CLOSE_MARKS = '"”»“'
_ALL_MARKS = '"“”«»„'
_QUOTE_BLANKS = " \t\n\xa0\u202f"
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "professor", "ing", "eng", "sir", "dame", "m", "mme", "herr"}
    | {"frau", "sr", "sra", "don", "dr.-ing"}
)
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "ing", "eng", "inc", "ltd", "co", "corp", "jr", "sr", "st"}
    | {"no", "vs", "mme", "messrs", "sa", "nv", "ag", "bv", "spa", "sra"}
)
_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "los"}
    | {"bin", "bint", "al", "el", "la", "le", "y", "e", "ten", "ter", "zu", "af", "ibn"}
)
# Capitalised words that open or make a phrase no person's name.
_NOT_NAME_WORDS = frozenset(
    {"the", "our", "its", "we", "i", "inc", "ltd", "plc", "limited", "corporation", "corp"}
    | {"company", "telecom", "sa", "ag", "asa", "nv", "in", "on", "at", "for", "with"}
)
# Words that open a section heading which is not a company's name.
_GENERIC_HEADINGS = frozenset(
    {
        "forward-looking",
        "forward",
        "statements",
        "statement",
        "information",
        "disclaimer",
        "safe",
        "contacts",
        "contact",
        "media",
        "investors",
        "investor",
        "enquiries",
        "inquiries",
        "notes",
        "note",
        "background",
        "editors",
        "exhibit",
        "exhibits",
        "signature",
        "signatures",
        "important",
        "legal",
    }
)
_ABOUT_LOOKAHEAD = 300
_FALLBACK_LINES = 60


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def stripped(self) -> str:
        return self.text.strip()


def parse_filing(document: Document) -> ParsedFiling:
    """Parse a decoded, unwrapped 6-K; raise RejectedFiling when it is no 6-K."""
    text = document.text
    _require_six_k(text)
    lines = _split_lines(text)
    signature = _signature_range(text, lines)
    floor = _cover_floor(text, limit=signature[0] if signature else len(text))
    groups = _release_anchors(lines, floor=floor, signature=signature)
    cover_limit = min(
        [lines[group[0]].start for group in groups]
        + ([signature[0]] if signature else [])
        + [len(text)]
    )
    cover = _parse_cover(text, lines, cover_limit=cover_limit, signature=signature)
    if cover.enclosure is None and signature is not None:
        # "EXHIBIT INDEX" set under the signature, above the first exhibit.
        following = [lines[g[0]].start for g in groups if lines[g[0]].start >= signature[1]]
        if following:
            index_text = text[signature[1] : min(following)]
            cover = replace(cover, enclosure=_exhibit_index(index_text))
    releases: list[ParsedRelease] = []
    starts = [_header_start(lines, group[0], floor=floor) for group in groups]
    for index, group in enumerate(groups):
        region_end = starts[index + 1] if index + 1 < len(groups) else len(lines)
        region_end_offset = lines[region_end].start if region_end < len(lines) else len(text)
        if signature and signature[0] >= lines[starts[index]].start:
            region_end_offset = min(region_end_offset, signature[0])
        release = _parse_release(
            text,
            lines,
            group,
            header_start=starts[index],
            end=region_end_offset,
            filed_on=cover.report_date or cover.signed_on,
        )
        # A stray date line (one typed under the signature) opens no release of its own.
        if release.title or release.body.start < release.body.end or release.contacts:
            releases.append(release)
    if not releases:
        fallback = _fallback_release(
            text,
            lines,
            floor=floor,
            signature=signature,
            filed_on=cover.report_date or cover.signed_on,
        )
        if fallback is not None:
            releases.append(fallback)
    # A release with no date of its own is dated by the filing that carries it.
    filed_on = cover.report_date or cover.signed_on
    releases = [
        release if release.released_on else replace(release, released_on=filed_on)
        for release in releases
    ]
    return ParsedFiling(document=document, cover=cover, releases=tuple(releases))


# -- dates ---------------------------------------------------------------------------------


def find_date(value: str) -> tuple[date, int, int] | None:
    """The first date written in ``value`` and where it is; None when there is none."""
    found: list[tuple[int, int, date]] = []
    for match in _DAY_MONTH_YEAR.finditer(value):
        month = MONTHS.get(match.group(2).lower())
        parsed = _make_date(int(match.group(3)), month, int(match.group(1)))
        if parsed is not None:
            found.append((match.start(), match.end(), parsed))
            break
    for match in _MONTH_DAY_YEAR.finditer(value):
        month = MONTHS.get(match.group(1).lower())
        parsed = _make_date(int(match.group(3)), month, int(match.group(2)))
        if parsed is not None:
            found.append((match.start(), match.end(), parsed))
            break
    for match in _ISO_DATE.finditer(value):
        parsed = _make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if parsed is not None:
            found.append((match.start(), match.end(), parsed))
            break
    for match in _NUMERIC_DATE.finditer(value):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        # Dots and dashes are continental day.month.year; a slash is read month/day only when
        # it must be.
        day, month = (second, first) if match.group(2) == "/" and second > 12 else (first, second)
        parsed = _make_date(year, month, day)
        if parsed is not None:
            found.append((match.start(), match.end(), parsed))
            break
    if not found:
        return None
    start, end, parsed = min(found, key=lambda item: item[0])
    return parsed, start, end


def parse_date(value: str) -> date | None:
    found = find_date(value)
    return found[0] if found else None


def _make_date(year: int, month: int | None, day: int) -> date | None:
    if month is None or not 1800 <= year <= 2200:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


# -- structure -----------------------------------------------------------------------------


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    position = 0
    length = len(text)
    while position <= length:
        end = text.find("\n", position)
        if end == -1:
            end = length
        lines.append(_Line(position, end, text[position:end]))
        position = end + 1
    return lines


def _require_six_k(text: str) -> None:
    head = text[:_COVER_SEARCH]
    if _SIX_K.search(head) or _FOREIGN_ISSUER.search(head):
        return
    other = _OTHER_FORM.search(head)
    found = f" (found FORM {other.group(1).upper()})" if other else ""
    raise RejectedFiling(
        "not a 6-K: no 'FORM 6-K' or 'Report of Foreign Private Issuer' cover" + found
    )


def _signature_range(text: str, lines: list[_Line]) -> tuple[int, int] | None:
    """Where the signature block is: its heading (or its sentence) to the signer's title."""
    match = _SIGNATURE_SENTENCE.search(text)
    if match is None:
        return None
    index = _line_at(lines, match.start())
    start_index = index
    # Walk up to the start of the sentence's paragraph, then to a SIGNATURE heading above it.
    while start_index > 0 and not lines[start_index - 1].blank:
        start_index -= 1
    probe = start_index - 1
    seen = 0
    while probe >= 0 and seen < 3:
        if not lines[probe].blank:
            seen += 1
            if _SIGNATURE_HEADING.match(lines[probe].text):
                start_index = probe
                break
        probe -= 1
    end_index = _signature_end(lines, index)
    return lines[start_index].start, lines[end_index].end


def _signature_end(lines: list[_Line], index: int) -> int:
    """The last line of the signature block: the signer's name and title after /s/ or By:."""
    limit = min(len(lines), index + 40)
    signed = next((i for i in range(index, limit) if _conformed(lines[i].text)), None)
    if signed is None:
        signed = next((i for i in range(index, limit) if "By:" in lines[i].text), None)
    if signed is None:
        return min(limit, index + 12) - 1
    signed_name = _SIGNED_NAME.search(lines[signed].text)
    name = " ".join(signed_name.group(1).split()).casefold() if signed_name else None
    last = signed
    pending = False
    plain = 0
    gap = False  # a blank line since the signature
    for i in range(signed + 1, min(len(lines), signed + 16)):
        line = _signer_line(lines[i].stripped)
        gap = gap or not line
        if not line or line.isdigit() or _RULE_LINE.match(line):
            continue
        if _SIGNATURE_CAPTION.match(line):
            last = i
            continue
        if len(line) > 100:
            break
        last = i
        lowered = line.lower()
        if lowered in {"name:", "title:"}:
            pending = True
            continue
        if lowered.startswith("name:") or (pending and lowered != "title:" and plain == 0):
            pending = False
            plain += 1
            continue
        if lowered.startswith("title:") or pending:
            break
        plain += 1
        # A line repeating the /s/ name is the printed name, as is a person's name typed right
        # under the signature with a line below it; any other line is the title.
        repeats_name = name is not None and " ".join(line.split()).casefold() == name
        typed = plain == 1 and not gap and _typed_name(lines, i)
        if plain >= 2 or (name is not None and not repeats_name and not typed):
            break
    # A title wrapped onto the next line(s) of the same paragraph belongs to the block.
    while last + 1 < len(lines) and _title_continues(lines[last + 1].stripped):
        last += 1
    # "Date: February 14th, 2005" typed under the signer still dates the signature, as does
    # a date alone there ("July 29, 1999", "Dakar, 14 March 2008") closing the block: a rule
    # or nothing after it.
    probe = _first_content(lines, last + 1, lines[-1].end + 1)
    if probe < len(lines) and probe - last <= 3:
        dated = _SIGNED_ON.match(lines[probe].stripped)
        labelled = dated is not None and parse_date(dated.group(1)) is not None
        placed = _bare_date(lines[probe].stripped) or _dateline(lines[probe].stripped)
        alone = placed is not None and _closes_block(lines, probe)
        if labelled or alone:
            last = probe
    return last


def _closes_block(lines: list[_Line], index: int) -> bool:
    """Whether nothing but a rule (or the end of the text) follows ``lines[index]``."""
    following = _first_content(lines, index + 1, lines[-1].end + 1)
    return following >= len(lines) or _RULE_LINE.match(lines[following].text) is not None


def _conformed(line: str) -> bool:
    """Whether a line carries a conformed signature ("/s/", "/S/", "(signed)")."""
    folded = line.casefold()
    return "/s/" in folded or "(signed)" in folded


def _typed_name(lines: list[_Line], index: int) -> bool:
    """A person's name typed under a conformed signature ("/s/ K. Sato" over "Kazuhiro Sato"),
    with the signer's title on the next line: the printed name, never the title."""
    line = lines[index].stripped
    if ":" in line or not is_person_name(line) or is_title(line):
        return False
    following = index + 1
    while following < len(lines) and _RULE_LINE.match(lines[following].text):
        following += 1
    if following >= len(lines) or lines[following].blank:
        return False
    below = lines[following].stripped
    return ":" not in below and not _conformed(below) and parse_date(below) is None


def _signer_line(line: str) -> str:
    """A signature line with its label written the usual way: "Name : X" reads "Name: X"."""
    return _SIGNER_LABEL.sub(lambda match: match.group(1) + ":", line, count=1)


# Where a signer's title starts on its labelled line ("Title:  Vice President, Legal").
_TITLE_TEXT = re.compile(r"title[ \t]{0,3}:[ \t]{0,10}", re.IGNORECASE)
_TITLE_LINES = 5  # lines a signer's title may wrap onto


def _title_continues(line: str) -> bool:
    """A short line carrying on a signer's title: no label, no date, no rule, no signature."""
    if not line or len(line) > 60 or ":" in line or _RULE_LINE.match(line) or _conformed(line):
        return False
    return parse_date(line) is None and any(char.isalpha() for char in line)


def _line_at(lines: list[_Line], offset: int) -> int:
    low, high = 0, len(lines) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if lines[middle].start <= offset:
            low = middle
        else:
            high = middle - 1
    return low


def _cover_floor(text: str, *, limit: int) -> int:
    """The end of the cover questions; no release header starts above it."""
    head = text[: min(limit, _COVER_SEARCH)]
    floor = 0
    enclosure = re.search(r"^[ \t]*Enclos(?:ures?|ed)[ \t]*:", head, re.IGNORECASE | re.MULTILINE)
    if enclosure is not None:
        paragraph_end = _paragraph_end(text, enclosure.end(), skip_leading_blank=True)
        floor = max(floor, paragraph_end)
    for pattern, in_prose in (
        (r"If\s+[\"“]?Yes[\"”]?\s+is\s+marked", True),
        (r"Indicate\s+by\s+check\s+mark", True),
        # The check-mark lines; a release's sentence ("its annual report on Form 40-F filed
        # with the SEC") is no part of the cover.
        (r"Form\s{0,3}40\s?[-‑–]\s?F", False),
        (r"\bYes\b[^\n]{0,40}\bNo\b", False),
    ):
        matches = [
            match
            for match in re.finditer(pattern, head, re.IGNORECASE)
            if in_prose or not _is_prose(_without_boxes(_line_around(head, match.start())))
        ]
        if matches:
            last = matches[-1]
            floor = max(floor, _paragraph_end(text, last.end(), skip_leading_blank=False))
    return floor


# A check box on the cover: "[ X ]", "[   ]", "( x )", "☐", "☒".
_CHECK_BOX = re.compile(r"[\[(][ \txX✓✔]{0,5}[\])]|[☐☑☒]")


def _without_boxes(line: str) -> str:
    """A cover's line with its check boxes taken out ("Yes  [   ]      No  [ X ]" is the
    answer to a check-mark question, never seven words of prose)."""
    return _CHECK_BOX.sub(" ", line)


def _line_around(text: str, position: int) -> str:
    """The line of ``text`` that holds ``position``."""
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1 : end if end != -1 else len(text)]


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraph_end(text: str, position: int, *, skip_leading_blank: bool) -> int:
    """End offset of the paragraph at ``position`` (the next blank line)."""
    length = len(text)
    if skip_leading_blank:
        while position < length and text[position] in " \t\n":
            position += 1
    match = _BLANK_LINE.search(text, position)
    return match.start() if match else length


def _release_anchors(
    lines: list[_Line], *, floor: int, signature: tuple[int, int] | None
) -> list[list[int]]:
    """Line indexes of release labels and dated lines, grouped into one list per release."""
    anchors: list[int] = []
    for index, line in enumerate(lines):
        if line.start < floor or line.blank or len(line.text) > 200:
            continue
        if signature and signature[0] <= line.start < signature[1]:
            continue
        numbered = _NUMBERED_MARKER.match(line.text) is not None
        if numbered and not _RELEASE_LABEL.match(line.text) and not _under_rule(lines, index):
            # "Release 2" alone opens a release only where a rule sets it apart.
            continue
        if _is_label(line.text) or _dated_line(line.text) is not None:
            anchors.append(index)
    groups: list[list[int]] = []
    for index in anchors:
        # An exhibit marker always opens a new release, however short the one before it, and
        # so does a release's number under a rule ("_____" over "Release 2").
        text = lines[index].text
        exhibit = _EXHIBIT_MARKER.match(text) is not None or (
            _NUMBERED_MARKER.match(text) is not None and _under_rule(lines, index)
        )
        if groups and not exhibit and _no_prose_between(lines, groups[-1][-1], index):
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def _under_rule(lines: list[_Line], index: int) -> bool:
    """Whether the line at ``index`` has a rule above it, blank lines apart."""
    probe = index - 1
    while probe >= 0 and index - probe <= 3 and lines[probe].blank:
        probe -= 1
    return probe >= 0 and _RULE_LINE.match(lines[probe].text) is not None


def _is_label(line: str) -> bool:
    """A line over a release that is never its title: a label, an undated banner, an exhibit,
    a release's number ("Release 2"), a label with the place and date at its right ("PRESS
    RELEASE        Oslo, 06-11-2002")."""
    if _RELEASE_LABEL.match(line) or _EXHIBIT_MARKER.match(line) or _NUMBERED_MARKER.match(line):
        return True
    if _labelled_date(line) is not None or _label_row(line):
        return True
    return _BANNER.match(line) is not None and _dated_line(line) is None


# A time after a date on a label's row: "at 9.00", "at 14:30 CET", "09.00 EET".
_TIME_AFTER = re.compile(
    r"^[ \t,]{0,3}(?:at[ \t]{1,3})?\d{1,2}[.:]\d{2}(?:[ \t]{1,3}[A-Za-z]{2,5})?$"
)


def _label_row(line: str) -> bool:
    """A row of parts set apart by wide gaps with a release label among them, the others a
    label, a banner, a date (with its time) or, on a dated row, the issuer's name in capitals:
    "NORDLYS OYJ  STOCK EXCHANGE RELEASE  5 May 2005 at 9.00", "PRESS RELEASE  FOR IMMEDIATE
    RELEASE". (An issuer's name and a label alone head a letterhead, read as one elsewhere.)"""
    parts = _WIDE_GAP.split(line.strip())
    if not 2 <= len(parts) <= 3 or not any(_RELEASE_LABEL.match(part) for part in parts):
        return False
    kinds = [_label_part(part) for part in parts]
    return None not in kinds and ("name" not in kinds or "date" in kinds)


def _label_part(part: str) -> str | None:
    """What a part of a label's row is: "label", "date", "name" or None (anything else)."""
    if _RELEASE_LABEL.match(part) or _BANNER.match(part):
        return "label"
    found = find_date(part)
    if found is not None and found[1] <= 3:
        rest = part[found[2] :]
        return "date" if not rest.strip() or _TIME_AFTER.match(rest) else None
    # The issuer: with its legal form, or one or two words ("NORDLYS", "NORDLYS TELECOM").
    named = ends_in_legal_form(part) or len(part.split()) <= 2
    return "name" if part.isupper() and named and not _TITLE_END.search(part) else None


_TITLE_END = re.compile(r"[.!?;:,]$")


def _labelled_date(line: str) -> date | None:
    """The date to the right of a release label, after a wide gap ("PERSBERICHT / PRESS
    RELEASE        Amsterdam, 06-11-2002", "Press release      4 March 2005")."""
    parts = _WIDE_GAP.split(line.strip())
    if len(parts) != 2 or not _RELEASE_LABEL.match(parts[0]):
        return None
    return _dateline(parts[1]) or _bare_date(parts[1])


def _dated_line(line: str) -> date | None:
    match = _DATE_LABEL.match(line)
    if match is None or "by:" in line.lower():
        return None
    found = find_date(match.group(2))
    if found is None or found[1] > 3:
        return None
    if _event_sentence(match.group(2)[found[2] :]):
        return None  # "Date: May 3, 2006, at 10:00 a.m. (CET). Dial-in: ...": an event's date
    return found[0]


def _event_sentence(rest: str) -> bool:
    """What follows a date runs on as sentences (a call's "Date: ..., at 10:00 a.m. (CET).
    Dial-in: ...; ..."): an event's date, never a release's date line, which holds its date
    alone or beside a side column set off by a wide gap."""
    if not rest.strip() or rest.startswith("   "):
        return False
    return any(mark in rest for mark in (". ", "; ", ": "))


# "Bonn, 18 November 2004", "Rome, November 9, 2004 - The Board ...": a place, then a date.
_DATELINE = re.compile(
    r"^\s{0,8}[A-Z][\w.'’-]{1,25}(?:[ \t][A-Z][\w.'’-]{1,25}){0,2},[ \t]{1,3}(\S.{4,40})$"
)
_DATELINE_LEAD = re.compile(
    r"^\s{0,8}[A-Z][\w.'’-]{1,25}(?:[ \t][A-Z][\w.'’-]{1,25}){0,2},[ \t]{1,3}"
    r"([^\n]{5,30}?)[ \t]{1,3}[-–—][ \t]"
)


def _dateline(line: str) -> date | None:
    """The date of a dateline that holds nothing else ("Madrid, 29 July 2004")."""
    match = _DATELINE.match(line)
    return _bare_date(match.group(1).strip()) if match else None


# An item of a numbered list ("1.  Candidates", "2) Dividend", "(3) Auditors", "IV. Other").
_NUMBERED_ITEM = re.compile(r"^\(?(?:\d{1,2}|[IVX]{1,4})[.)][ \t]{1,8}\S")


def _is_headline(lines: list[_Line], index: int) -> bool:
    """A one-line paragraph that does not end like a sentence: a mixed-case headline."""
    stripped = lines[index].stripped
    if not stripped or stripped.endswith((".", ":", ";", ",")) or len(stripped.split()) > 20:
        return False
    if "@" in stripped or _NUMBERED_ITEM.match(stripped):
        return False  # "1.  Candidates for Directors": an item of the text's list
    if _bare_date(stripped) is not None and not _date_ends_headline(lines, index):
        return False
    if _dateline(stripped) is not None:
        return False
    if _company_line_date(stripped) is not None:
        return False  # "NORDLYS AB (publ)        Oslo, 5 May 2005": the issuer's dated line
    if _is_label(stripped) or _FORM_NAME.match(stripped) or _in_bracketed_note(lines, index):
        return False
    if _EXHIBITS.match(stripped):
        return False  # "TABLE OF CONTENTS", "EXHIBIT INDEX": the cover's list of what it encloses
    if _letterhead(lines, index, lines[-1].start + 1 if lines else 0):
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (following is None or following.blank) and any(char.isalpha() for char in stripped)


# The last word of an upper-case headline line that calls for a date after it ("... FOR THE
# NINE MONTHS ENDED" / "30 SEPTEMBER 2005"): the headline names a period and wraps before it.
_WANTS_DATE = re.compile(
    r"[ \t](?:ended|ending|of|at|to|on|through|until|from|since|by)$", re.IGNORECASE
)


def _date_ends_headline(lines: list[_Line], index: int) -> bool:
    """A date alone on the line right under an upper-case headline line ending on a word
    that calls for it ("... RESULTS FOR THE NINE MONTHS ENDED" / "30 SEPTEMBER 2005"): the
    headline's last line, the end of the period it names, never the release's date line."""
    if index == 0 or lines[index - 1].blank or lines[index].blank:
        return False
    above = lines[index - 1].stripped
    return _is_upper_title(above) and _WANTS_DATE.search(above) is not None


def _wrapped_headline(lines: list[_Line], index: int) -> int:
    """How many lines a mixed-case headline wraps over ("Nordlys Reports Record Results for" /
    "the Fourth Quarter"): a paragraph of two or three lines with no sentence punctuation at
    their ends, most words capitalised, above a blank line; 0 when it is no such headline."""
    count = 0
    while index + count < len(lines) and not lines[index + count].blank and count < 4:
        count += 1
    if not 2 <= count <= 3 or index + count >= len(lines):
        return 0
    paragraph = [line.stripped for line in lines[index : index + count]]
    words = " ".join(paragraph).split()
    if len(words) > 24 or any(line.endswith((".", ":", ";", ",")) for line in paragraph):
        return 0
    if any("@" in line or _dateline(line) or _DATELINE_LEAD.match(line) for line in paragraph):
        return 0
    if _is_label(paragraph[0]) or _in_bracketed_note(lines, index + count - 1):
        return 0
    if any(ends_in_legal_form(line) for line in paragraph[:-1]):
        return 0  # "Nordlys Telecom ASA" over its address: the issuer's block, no headline
    significant = [word for word in words if len(word) > 3 and word[0].isalpha()]
    capitalised = sum(1 for word in significant if word[0].isupper())
    return count if significant and capitalised >= 0.75 * len(significant) else 0


def _headline_over_subtitle(lines: list[_Line], index: int, end: int) -> bool:
    """A paragraph of two lines over the dateline, each a sentence of its own without its
    stop ("Nordlys lifts revenue by 9 %" / "Customers pass two million for the first
    time"): the headline and its subtitle. The first line ends on no word that carries it on
    to the second, and the second opens on a capital."""
    if index + 2 >= len(lines) or lines[index + 1].blank or not lines[index + 2].blank:
        return False
    first, second = lines[index].stripped, lines[index + 1].stripped
    for line in (first, second):
        if line.endswith((".", ":", ";", ",")) or len(line.split()) > 20 or "@" in line:
            return False
        if _dateline(line) or _DATELINE_LEAD.match(line) or _is_label(line):
            return False
    if not second[:1].isupper() or _DANGLING_END.search(first) or _WANTS_DATE.search(first):
        return False
    if ends_in_legal_form(first) or _NUMBERED_ITEM.match(first) or _is_upper_title(first):
        return False
    following = _first_content(lines, index + 2, end)
    if following >= len(lines) or lines[following].start >= end:
        return False
    return _DATELINE_LEAD.match(lines[following].text) is not None


def _in_bracketed_note(lines: list[_Line], index: int) -> bool:
    """A line closing a note in brackets under the issuer's name ("(Incorporated in Hong Kong
    with limited liability under the / Companies Ordinance)"), which is never a headline."""
    if not lines[index].stripped.endswith(")"):
        return False
    top = index
    while top > 0 and not lines[top - 1].blank and index - top < 4:
        top -= 1
    for probe in range(index, top - 1, -1):
        opening = lines[probe].stripped
        if opening.startswith("("):
            return True
        if "(" in opening:
            return False
    return False


_WIDE_GAP = re.compile(r"[ \t]{3,}")


def _company_line_date(line: str) -> date | None:
    """The date set to the right of a short line ("NORDLYS TELECOM ASA        5 May 2005",
    "NORDLYS AB (publ)          Oslo, 5 May 2005"): the issuer's line over a release, dated,
    which is never part of the title. The issuer is written with its legal form (a note in
    brackets may follow it) or the date with its place; a bare date beside a line without a
    legal form may be a headline's own date."""
    parts = _WIDE_GAP.split(line.strip())
    if len(parts) != 2 or len(parts[0].split()) > 10 or not _has_alnum(parts[0]):
        return None
    placed = _dateline(parts[1])
    if placed is not None:
        return placed
    issuer = _TRAILING_NOTE.sub("", parts[0])
    if not ends_in_legal_form(issuer):
        return None  # "THIRD QUARTER RESULTS      8 November 2005" is a dated headline
    return _bare_date(parts[1])


def _letterhead_row(line: str) -> tuple[str | None, date | None] | None:
    """A letterhead's row in two columns: the issuer (with its legal form) or its listing
    ("OSE / NASDAQ: NORD") on the left, the release's reference ("Announcement No. 12/05") or
    its date on the right. Neither column is part of the title."""
    parts = _WIDE_GAP.split(line.strip())
    if len(parts) != 2:
        return None
    issuer, note = parts
    listing = issuer.rpartition("/")[2]  # "OSE / NASDAQ: NORD": two exchanges, one ticker
    if not (ends_in_legal_form(_TRAILING_NOTE.sub("", issuer)) or _STOCK_LISTING.match(listing)):
        return None
    reference = _reference(note)
    if reference is not None:
        return reference, None
    dated = _bare_date(note) or _dateline(note)
    return None if dated is None else (None, dated)


# "(publ)", "(Incorporated in Bermuda)" after an issuer's legal form.
_TRAILING_NOTE = re.compile(r"[ \t]{0,3}\([^()\n]{1,60}\)[ \t]{0,3}$")


def _bare_date(line: str) -> date | None:
    """The date on a line that holds nothing else ("January 30, 2023")."""
    found = find_date(line)
    if found is None or found[1] > 3 or found[2] < len(line) - 3:
        return None
    return found[0]


def _no_prose_between(lines: list[_Line], first: int, second: int) -> bool:
    if second - first > 25:
        return False
    return not any(_is_prose(lines[i].stripped) for i in range(first + 1, second))


def _is_prose(line: str) -> bool:
    words = line.split()
    if len(words) < 7:
        return False
    return any(char.islower() for char in line) and not _is_upper_title(line)


def _is_upper_title(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    if len(letters) < 2:
        return False
    lower = sum(1 for char in letters if char.islower())
    return lower <= len(letters) * 0.15


def _reference(line: str) -> str | None:
    match = _REFERENCE_LABEL.match(line) or _REFERENCE_CODE.match(line)
    return match.group(1) if match else None


def _header_start(lines: list[_Line], first: int, *, floor: int) -> int:
    """Walk up from a release's first anchor over its reference and title lines."""
    if _is_label(lines[first].text):
        # Rules framing an exhibit marker ("=====" above and below it) open the release too.
        start = first
        probe = first - 1
        while probe >= 0 and lines[probe].start >= floor and first - probe <= 4:
            if _RULE_LINE.match(lines[probe].text):
                start = probe
            elif not lines[probe].blank:
                break
            probe -= 1
        return start
    start = first
    probe = first - 1
    while probe >= 0 and lines[probe].start >= floor and first - probe <= 20:
        line = lines[probe]
        stripped = line.stripped
        if line.blank:
            probe -= 1
            continue
        if _END_MARKER.match(line.text):
            break
        if _is_label(line.text):
            return probe
        if _reference(stripped) is None and not (
            _is_upper_title(stripped) and not stripped.endswith(".")
        ):
            break
        start = probe
        probe -= 1
    return start


# -- cover ---------------------------------------------------------------------------------


def _parse_cover(
    text: str, lines: list[_Line], *, cover_limit: int, signature: tuple[int, int] | None
) -> Cover:
    cover_text = text[:cover_limit]
    cover_lines = [line for line in lines if line.end <= cover_limit]
    date_index, report_date = _report_date(cover_lines)
    registrant_index = _registrant_index(cover_lines, date_index)
    registrant = _registrant_name(cover_lines, registrant_index)
    signed_by, signed_on = _signatory(text, signature)
    return Cover(
        form_type="6-K",
        registrant=registrant,
        registrant_address=_registrant_address(cover_lines, registrant_index),
        report_date=report_date,
        annual_report_form=_annual_report_form(cover_text),
        rule_12g3_2b=_rule_12g3_2b(cover_text),
        enclosure=_enclosure(cover_text),
        signed_by=signed_by,
        signed_on=signed_on,
    )


def _report_date(lines: list[_Line]) -> tuple[int | None, date | None]:
    begin = next(
        (
            i
            for i, line in enumerate(lines)
            if _FOREIGN_ISSUER.search(line.text) or _SIX_K.search(line.text)
        ),
        0,
    )
    period: tuple[int, date] | None = None
    for index in range(begin, min(len(lines), begin + 40)):
        stripped = lines[index].stripped
        lowered = stripped.lower()
        if not stripped or len(stripped) > 60 or "rule" in lowered or "act of" in lowered:
            continue
        if lowered.startswith("(address") or lowered.startswith("indicate"):
            break
        found = _cover_date(stripped)
        if found is not None and _PERIOD_ENDED.match(stripped):
            # "For the quarter ended September 30, 2008": the period the report covers; the
            # report's own date ("Report dated November 13, 2008") may follow.
            period = period or (index, found[0])
        elif found is not None:
            return index, found[0]
    return period or (None, None)


_LETTER = re.compile(r"[^\W\d_]")


def _cover_date(line: str) -> tuple[date, int, int] | None:
    """The date a cover's line gives, none when words follow it: "Av. 9 de Octubre 1911 y
    Los Ríos" is a street named for a date."""
    found = find_date(line)
    return None if found is None or _LETTER.search(line, found[2]) else found


# The period a report covers, set over its date on some covers.
_PERIOD_ENDED = re.compile(r"^for[ \t]+the[ \t]+(?:\S+[ \t]+){1,3}?end(?:ed|ing)\b", re.I)


def _registrant_index(lines: list[_Line], date_index: int | None) -> int | None:
    for index, line in enumerate(lines):
        lowered = line.stripped.lower()
        if lowered.startswith(_REGISTRANT_LABELS):
            probe = index - 1
            while probe >= 0 and (
                not _has_alnum(lines[probe].text)
                or lines[probe].stripped.startswith("(")
                or _is_company_number(lines[probe].stripped)
            ):
                probe -= 1
            return probe if probe >= 0 else None
    if date_index is None:
        # No report date: the name follows the "Pursuant to Rule 13a-16 ... Act of 1934" lines.
        rule_lines = [
            i
            for i, line in enumerate(lines[:60])
            if "13a-16" in line.text or "act of 1934" in line.text.lower()
        ]
        if not rule_lines:
            return None
        date_index = rule_lines[-1]
    for index in range(date_index + 1, min(len(lines), date_index + 15)):
        stripped = lines[index].stripped
        lowered = stripped.lower()
        if not _has_alnum(stripped) or stripped.startswith("("):
            continue
        if lowered.startswith(("commission file", "for the month")) or _is_company_number(stripped):
            continue
        if lowered.startswith("indicate") or find_date(stripped) is not None:
            return None
        return index
    return None


def _registrant_name(lines: list[_Line], index: int | None) -> str | None:
    """The registrant's name, with the capitalised lines it wraps from directly above it
    ("OPEN JOINT STOCK COMPANY LONG-DISTANCE AND" / "TELECOMMUNICATIONS ...")."""
    if index is None:
        return None
    parts = [lines[index].stripped]
    probe = index - 1
    while probe >= 0 and index - probe <= 2 and _upper_name(parts[0]):
        above = lines[probe].stripped
        lowered = above.lower()
        if (
            not _upper_name(above)
            or _is_company_number(above)
            or lowered.startswith(("commission file", "for the month", "form ", "report "))
            or "act of" in lowered
            or "commission" in lowered
            or _RULE_NUMBER.search(above) is not None
            or ends_in_legal_form(above)  # a whole name; the line under it is another
            or find_date(above) is not None
        ):
            break
        parts.insert(0, above)
        probe -= 1
    return " ".join(parts)


# "PURSUANT TO RULE 13a-16 OR 15d-16": the form's words, not the registrant's.
_RULE_NUMBER = re.compile(r"\bRULE\b|\b1[35][a-z]-\d", re.IGNORECASE)


def _upper_name(line: str) -> bool:
    return _has_alnum(line) and not line.startswith("(") and _is_upper_title(line)


_REGISTRANT_LABELS = (
    "(exact name of registrant",
    "(exact name as specified",
    "(translation of registrant",
    "(registrant name",
    "(name of registrant",
)


# A company number under the registrant's name ("ACN 051 775 556", "(Registration No.
# 199201624D)", "Company No. 2290069", "Reg. no: 556012-3456"): never the name itself.
_COMPANY_NUMBER = re.compile(
    r"^\(?[ \t]{0,3}(?:A\.?[BC]\.?N\.?|ARBN|CIN|CNPJ|(?:company|registration|registered"
    r"|reg\.?|incorporation|corporate|business)[ \t]{1,3}(?:no\.?|number|nr\.?|code|#))"
    r"(?![a-z])[^\n]{0,60}$",
    re.IGNORECASE,
)


def _is_company_number(line: str) -> bool:
    return _COMPANY_NUMBER.match(line) is not None and any(char.isdigit() for char in line)


def _has_alnum(line: str) -> bool:
    return any(char.isalnum() for char in line)


# The caption under the registrant's address: "(Address of principal executive offices)",
# "(Name and address of registrant's principal executive office)".
_ADDRESS_CAPTION = re.compile(
    r"\((?:name[ \t]{1,3}and[ \t]{1,3})?address[ \t]{1,3}of[ \t]{1,3}"
    r"(?:the[ \t]{1,3})?(?:registrant'?s[ \t]{1,3})?principal",
    re.I,
)


def _registrant_address(lines: list[_Line], registrant_index: int | None) -> str | None:
    found = next(
        (
            (i, match)
            for i, line in enumerate(lines)
            if "(" in line.text and (match := _ADDRESS_CAPTION.search(line.text)) is not None
        ),
        None,
    )
    if found is None:
        return None
    label, caption = found
    parts: list[str] = []
    before_label = lines[label].text[: caption.start()].strip()
    if before_label:
        parts.append(before_label)
    probe = label - 1
    # The rule the address is written on ("-----" over the caption) is no line of it.
    while probe >= 0 and not parts and (lines[probe].blank or _RULE_LINE.match(lines[probe].text)):
        probe -= 1
    blank_run = 0
    while probe >= 0 and len(parts) < 6:
        line = lines[probe]
        probe -= 1
        if line.blank:
            # HTML covers put each address line in its own paragraph; two blanks end it.
            blank_run += 1
            if blank_run >= 2:
                break
            continue
        blank_run = 0
        lowered = line.stripped.lower()
        if _PHONE_LINE.match(line.stripped):
            continue  # "3491-584-0306", "Tel: +47 22 00 00 00": how to call, not where
        kept = _without_phone(line.stripped)
        if (
            probe + 1 == registrant_index
            or (line.stripped.startswith("(") and not _opens_on_postcode(line.stripped))
            # "Telecommunications Inc.)": the tail of a bracketed label wrapped over lines.
            or line.stripped.count(")") > line.stripped.count("(")
            or _is_company_number(line.stripped)
            or not _has_alnum(line.text)
            or lowered.startswith(("commission file", "for the month", "for "))
            or "act of" in lowered
            or _cover_date(line.stripped) is not None
        ):
            break
        parts.insert(0, kept)
    parts = [part for part in parts if part.rstrip(" ,")]
    # A postal code closing a line whose city opens the next: the address is running text
    # wrapped at a width, not a place per line, so its line breaks part nothing by themselves.
    running = any(
        _TRAILING_POSTCODE.search(part.rstrip()) and following[0].isalpha()
        for part, following in pairwise(parts)
    )
    joined = ""
    postal = False
    comma = False  # whether the line before ended on its own comma
    for part in parts:
        cleaned = part.rstrip(" ,")
        # A postal code closing a line belongs to the city opening the next ("..., 11320" /
        # "Lima, Peru"): one space; so does a name wrapped at a small word ("Republic" / "of
        # Ruritania", "Republic of" / "Ruritania"), and, in running text, any line not
        # ending on a comma ("Ed. Centro Empresarial" / "Varig, ..."); any other line break
        # is a comma.
        wrapped = joined and (
            _OPENS_ON_SMALL_WORD.match(cleaned)
            or _ENDS_ON_SMALL_WORD.search(joined)
            or (running and not comma)
            or _road_wraps(joined, cleaned)
        )
        space = (postal and cleaned[0].isalpha()) or wrapped
        joined = f"{joined}{' ' if space else ', '}{cleaned}"
        postal = _TRAILING_POSTCODE.search(part.rstrip()) is not None
        comma = part.rstrip().endswith(",")
    # Runs of spaces set a column or a postal code apart on the page ("Toronto, Ontario
    # M5J 2N8", "Bern,  Switzerland"); in the field they are one space.
    return " ".join(joined.removeprefix(", ").split()) or None


# A kilometre post opening a place ("Km 28 Cairo-Alexandria"), and a road's kind closing one.
_KILOMETRE_POST = re.compile(
    r"(?:^|,[ \t]{0,3})(?:km|kilometre|kilometer)\.?[ \t]{0,2}[\d.,]{1,7}[ \t][^,]{0,60}$", re.I
)
_ROAD_KIND = re.compile(
    r"\b(?:road|highway|motorway|expressway|freeway|route|carretera|autopista|rodovia"
    r"|estrada)\b",
    re.IGNORECASE,
)


def _road_wraps(joined: str, line: str) -> bool:
    """A kilometre post whose road's name runs onto the next line ("Km 28 Cairo-Alexandria" /
    "Desert Road, ..."): the post's place names no kind of road, the next line's first place
    closes on one."""
    post = _KILOMETRE_POST.search(joined)
    if post is None or _ROAD_KIND.search(post.group()):
        return False
    first = line.split(",", 1)[0]
    return _ROAD_KIND.search(first.split()[-1] if first.split() else "") is not None


def _opens_on_postcode(line: str) -> bool:
    """An address line opening on its postal code in brackets ("(C1107AOH) Buenos Aires"):
    one word with a digit in it, then the city; a caption's brackets hold words."""
    inner, closed, rest = line[1:].partition(")")
    return bool(closed and rest.strip()) and (
        len(inner.split()) == 1 and any(char.isdigit() for char in inner)
    )


# The small words a name wraps at: "Federative Republic" / "of Ruritania".
_SMALL_WORDS = r"(?:of|de|del|da|do|das|dos|di|du|la|le|and|y|e|the)"
_OPENS_ON_SMALL_WORD = re.compile(rf"{_SMALL_WORDS}[ \t]")
# ... and the words that join two streets at a corner ("Rizal Avenue corner" / "Luna Street").
_ENDS_ON_SMALL_WORD = re.compile(rf"[ \t](?:{_SMALL_WORDS}|corner|cor\.|esquina|esq\.)$")


# A line holding only a telephone number, maybe labelled: at least eight digits, no words.
# Five digits, a hyphen and three ("70714-000") are a Brazilian postal code, not a number.
_PHONE_LINE = re.compile(
    r"^(?!\d{5}-\d{3}$)(?:(?:tel|telephone|phone|fax|telefax)\.?[ \t]{0,3}:?[ \t]{0,3})?\+?"
    r"(?=(?:[ ()./-]{0,3}\d){8})[\d()][\d ()./-]{6,30}\d$",
    re.IGNORECASE,
)
# ", 11320" closing an address line: a postal code, not a street number, written before its
# city. A code with its label (", C.P. 01210") is a part of its own: a comma follows it.
_TRAILING_POSTCODE = re.compile(r",[ \t]{0,3}(?:\d{4,6}|\d{5}-\d{3})$")


def _without_phone(line: str) -> str:
    """An address line without the telephone number set after its last comma ("H3B 4Y7,
    (514) 870-8777"): how to call, not where."""
    head, comma, tail = line.rpartition(",")
    if comma and head.strip() and _PHONE_LINE.match(tail.strip()):
        return head.rstrip()
    return line


_Mark = tuple[int, str, bool]  # position, label or "", checked

# A check mark as plain text draws it: a ballot box or tick ("☒", "✓", "√", "[X]", "[√]"), a
# lone "x", or a Wingdings code point set in a text font (the checked box "þ" or "ý", the tick
# "ü"); an empty box is "☐", "[ ]" or the Wingdings "o", "q" or "¨" standing alone.
_ALONE_BEFORE = r"(?<![^\W_])"
_ALONE_AFTER = r"(?![^\W_])"
_CHECKED_MARK = re.compile(rf"[☒☑✓✔√]|\[\s?[xX✓✔√]\s?\]|{_ALONE_BEFORE}[xXþýü]{_ALONE_AFTER}")
_EMPTY_MARK = re.compile(rf"[☐□]|\[\s?\]|{_ALONE_BEFORE}[oq¨]{_ALONE_AFTER}")


def _marked_choice(region: str, labels: dict[str, str]) -> str | None:
    """Which label a check mark belongs to, whether marks are written before or after labels."""
    tokens: list[tuple[int, str, bool]] = []
    for key, pattern in labels.items():
        for match in re.finditer(pattern, region):
            tokens.append((match.start(), key, False))
    label_spans = [(position, key) for position, key, _ in tokens]
    for match in _CHECKED_MARK.finditer(region):
        tokens.append((match.start(), "", True))
    for match in _EMPTY_MARK.finditer(region):
        tokens.append((match.start(), "", False))
    if not label_spans:
        return None
    tokens.sort()
    marks_first = tokens[0][1] == ""
    chosen: str | None = None
    for index, (_, key, checked) in enumerate(tokens):
        if key or not checked:
            continue
        neighbours = tokens[index + 1 :] if marks_first else reversed(tokens[:index])
        owner = next((other for _, other, _ in neighbours if other), None)
        if owner is not None:
            if chosen is not None and chosen != owner:
                return None
            chosen = owner
    return chosen


def _annual_report_form(cover: str) -> Literal["20-F", "40-F"] | None:
    question = re.search(r"annual\s+reports", cover, re.IGNORECASE)
    if question is None:
        return None
    first_40 = re.search(r"40\s?[-‑–]\s?F", cover[question.end() :])
    if first_40 is None:
        return None
    start = question.end() + first_40.end()
    end = _next_question(cover, start)
    choice = _marked_choice(
        cover[start:end], {"20-F": r"20\s?[-‑–]\s?F", "40-F": r"40\s?[-‑–]\s?F"}
    )
    if choice == "20-F":
        return "20-F"
    if choice == "40-F":
        return "40-F"
    return None


def _rule_12g3_2b(cover: str) -> bool | None:
    question = re.search(r"furnishing\s+the\s+information", cover, re.IGNORECASE)
    if question is None:
        return None
    rule = re.search(r"12g3\s?[-‑–]\s?2\s?\(b\)", cover[question.end() :])
    if rule is None:
        return None
    start = question.end() + rule.end()
    end = _next_question(cover, start)
    choice = _marked_choice(cover[start:end], {"yes": r"\b(?:Yes|YES)\b", "no": r"\b(?:No|NO)\b"})
    return None if choice is None else choice == "yes"


def _next_question(cover: str, start: int) -> int:
    window = cover[start : start + 600]
    stop = re.search(r"Indicate\s+by|If\s+[\"“]?Yes|Enclosure|Name\s+and\s+address", window, re.I)
    return start + (stop.start() if stop else len(window))


# "Enclosure: Press release ..." ("Enclosed: ..."), or a label naming what the report carries
# with the document on its own line ("Documents Included as Part of this Report: Press
# release ...", "Exhibit Index: Announcement of ...": an index's heading written on the
# document's line); a label of that kind alone on its line heads a list instead (see
# _EXHIBIT_LIST_INTRO).
_ENCLOSURE_LABEL = re.compile(
    r"^[ \t]*(?:Enclos(?:ures?|ed)[ \t]*:[ \t]*"
    # "Contents of this report: the press release of ...".
    r"|contents[ \t]{1,3}of[ \t]{1,3}this[ \t]{1,3}(?:report|form(?:[ \t]{1,3}6-K)?)"
    r"[ \t]*:[ \t]*(?=\S)|(?:information|documents?|exhibits?)[ \t]{1,3}"
    r"(?:furnished|attached|enclosed|included|filed)\b[^\n:]{0,60}:[ \t]*(?=\S)"
    r"|(?:(?:exhibits?|documents?)[ \t]{1,3}index|index[ \t]{1,3}(?:to|of)[ \t]{1,3}"
    r"(?:exhibits|documents))[ \t]*:[ \t]*(?=\S)"
    # "Exhibit 1:  Press release dated ...": the exhibit's number as the line's label.
    r"|exhibit[ \t]{1,3}(?:no\.?[ \t]{0,3})?\d{1,3}(?:\.\d{1,3})?[ \t]{0,3}:[ \t]*(?=\S))",
    re.IGNORECASE | re.MULTILINE,
)


def _enclosure(cover: str) -> str | None:
    match = _ENCLOSURE_LABEL.search(cover)
    if match is None:
        return _exhibit_index(cover) or _enclosure_sentence(cover) or _unlabelled_enclosure(cover)
    end = _paragraph_end(cover, match.end(), skip_leading_blank=True)
    start = match.end()
    if _ENCLOSURE_LABEL.search(cover, start, end) is not None:
        # "Exhibit 1: ... / Exhibit 2: ...": a list of labelled rows, kept as written.
        start = match.start()
    joined = " ".join(cover[start:end].split())
    return joined or None


# A paragraph of the cover saying what the report carries: "This Form 6-K contains ...",
# "This report contains ...", "Attached hereto is ...".
_ENCLOSURE_SENTENCE = re.compile(
    r"^[ \t]*(?:(?:This|The)[ \t]{1,3}(?:Form\s{1,3}6-K|report)(?:\s{1,3}on\s{1,3}"
    r"Form\s{1,3}6-K)?\s{1,3}(?:contains|includes|consists\s{1,3}of|comprises)"
    r"|(?:Attached|Enclosed)\s{1,3}(?:hereto|herewith|is|are)"
    # "The following document, published in French, is furnished with this report: ...".
    r"|The\s{1,3}following\s{1,3}(?:documents?|exhibits?|information)"
    # "Exhibit 99.1 to this report is ...": the exhibit named first.
    r"|Exhibit\s{1,3}[\d.]{1,8}\s{1,3}(?:to|of)\s{1,3}this\s{1,3}(?:report|Form\s{1,3}6-K)"
    r"\s{1,3}(?:is|contains|consists))\b",
    re.IGNORECASE | re.MULTILINE,
)
# "Nordlys ASA (the "Company") is furnishing under the cover of Form 6-K ...": the same in
# a sentence naming the registrant first.
_FURNISHING = re.compile(
    r"\bis\s{1,3}furnishing\s{1,3}(?:under\s{1,3}(?:the\s{1,3})?cover\s{1,3}of|with|on)"
    r"\s{1,3}(?:this\s{1,3})?Form\s{1,3}6-K\b"
    # "Nordlys ASA hereby furnishes its press release of ...".
    r"|\bhereby\s{1,3}(?:furnishes|submits)\s{1,3}(?:its|the|a|an|copies|two|three)\b",
    re.IGNORECASE,
)
_ENCLOSURE_REACH = 600  # characters an enclosure paragraph may hold
# How far past the reach a blank line ending the paragraph is looked for (its spaces).
_BLANK_LINE_SLACK = 64


def _enclosure_sentence(cover: str) -> str | None:
    """The paragraph of the cover that says, in a sentence, what the report carries.

    Each candidate looks for its paragraph's end only within the reach: a cover of one long
    paragraph with a candidate on every line would otherwise be read to its end once per
    line (16,000 lines, 608 KB: 47 s).
    """
    starts = {match.start() for match in _ENCLOSURE_SENTENCE.finditer(cover)}
    starts |= {_paragraph_start(cover, match.start()) for match in _FURNISHING.finditer(cover)}
    for start in sorted(starts):
        end = _enclosure_paragraph_end(cover, start)
        if end is None:
            continue
        if cover[start:end].rstrip().endswith(":"):
            # "This Form 6-K consists of:" over the rows of its exhibits ("Exhibit 99.1
            # Press release ..."): the rows too; a heading ("EXHIBIT INDEX") is no row.
            after = cover[end : end + _ENCLOSURE_REACH]
            top = end + len(after) - len(after.lstrip())
            following = _enclosure_paragraph_end(cover, top)
            first_row = cover[cover.rfind("\n", 0, top) + 1 : following].split("\n", 1)[0]
            if following is not None and _EXHIBIT_ROW.match(first_row.rstrip()):
                end = following
                # Rows set apart by blank lines ("1.  An announcement ..." / "" / "2.  An
                # announcement ..."): each next paragraph opening on a row's number too.
                while (row_end := _next_row_paragraph(cover, end)) is not None:
                    end = row_end
        joined = " ".join(cover[start:end].split())
        if joined:
            return joined
    return None


def _next_row_paragraph(cover: str, end: int) -> int | None:
    """The end of the paragraph after ``end`` when it opens on an exhibit row's number."""
    after = cover[end : end + _ENCLOSURE_REACH]
    top = end + len(after) - len(after.lstrip())
    if top == end or top >= len(cover):
        return None
    row = cover[cover.rfind("\n", 0, top) + 1 : top + 200].split("\n", 1)[0]
    if not _EXHIBIT_ROW.match(row.rstrip()):
        return None
    return _enclosure_paragraph_end(cover, top)


def _enclosure_paragraph_end(cover: str, start: int) -> int | None:
    """The end of the paragraph opening at ``start``, None when it runs past the reach."""
    blank = _BLANK_LINE.search(cover, start, start + _ENCLOSURE_REACH + _BLANK_LINE_SLACK)
    end = blank.start() if blank else len(cover)
    return end if end - start <= _ENCLOSURE_REACH else None


# An answer line to a cover question ("Yes _____   No __X__"): the first after 12g3-2(b).
_YES_NO_ANSWER = re.compile(r"^[ \t]*Yes\b[^\n]{0,60}\bNo\b[^\n]{0,30}$", re.MULTILINE)
_FILE_NUMBER_NOTE = re.compile(r"12g3-?2\(b\)|\b82-", re.IGNORECASE)


def _unlabelled_enclosure(cover: str) -> str | None:
    """The short paragraph after the cover's last question and before the rule that opens
    the releases ("Nordlys ASA - results for the first quarter of 2005"): the enclosure
    line, written without its label."""
    answers = [m for m in _YES_NO_ANSWER.finditer(cover) if "12g3" in cover[: m.start()]]
    if not answers:
        return None
    position = answers[0].end()
    while True:
        start = position
        while start < len(cover) and cover[start] in " \t\r\n":
            start += 1
        end = _paragraph_end(cover, start, skip_leading_blank=False)
        paragraph = cover[start:end]
        # "-----     -----" under the answers: their check marks' rules, no enclosure.
        marks = not _has_alnum(paragraph) and end > start
        if not _FILE_NUMBER_NOTE.search(paragraph) and not marks:
            break
        position = end  # "If "Yes" is marked, indicate below the file number ...: 82-___"
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    following = cover[end:].lstrip(" \t\r\n").split("\n", 1)[0]
    if not 1 <= len(lines) <= 3 or not _RULE_LINE.match(following.rstrip("\r")):
        return None
    if len(paragraph) > 300 or lines[-1].endswith(":") or any(_RULE_LINE.match(x) for x in lines):
        return None
    return " ".join(" ".join(lines).split())


def _paragraph_start(text: str, position: int) -> int:
    """Start offset of the paragraph holding ``position`` (after the blank line above it)."""
    start = text.rfind("\n", 0, position) + 1
    while start > 0 and position - start <= _ENCLOSURE_REACH:
        above = text.rfind("\n", 0, start - 1) + 1
        if not text[above : start - 1].strip():
            break
        start = above
    return start


# A row of an exhibit index: its number, a wide gap, its description ("  1     Press release");
# a number closed by a dot or a bracket needs only one space ("1. Press release", "(2) Notice");
# the number may follow its word ("Item 1.  Press release", "Exhibit 2  Notice").
_EXHIBIT_ROW = re.compile(
    r"^([ \t]{0,12}(?:(?:Item|Exhibit)[ \t]{1,3})?(?:\d{1,3}(?:\.\d{1,3})?[ \t]{2,40}"
    # "99.1 Press release ...": an exhibit's number with its point, one space after it (as
    # a table's cells read run together).
    r"|\d{1,3}\.\d{1,3}[ \t](?=[A-Z])"
    r"|\(?\d{1,3}(?:\.\d{1,3})?[.)][ \t]{1,40}))(\S[^\n]*)$"
)


# A line introducing the list of what the report carries ("Information furnished in this
# form:", "Documents attached:", "Exhibits included herewith:", "Documents furnished with
# this report (Exhibits 99.1 to 99.3):").
_EXHIBIT_LIST_INTRO = re.compile(
    r"^[ \t]*(?:information|documents?|exhibits?)[ \t]{1,3}(?:furnished|attached|enclosed"
    r"|included|filed)\b[^\n:]{0,60}:[ \t]*$",
    re.IGNORECASE,
)
# The number of an item of a numbered list: "1.", "2)", "(3)".
_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]$")
_PAGE_NUMBER = re.compile(r"(?<![ \t])[ \t]{3,60}\d{1,4}[ \t]{0,10}$")


def _exhibit_index(cover: str) -> str | None:
    """The description in an EXHIBITS index on the cover listing one exhibit, standing for
    an enclosure line: a row of a number and a description, wrapped lines indented under the
    description. An index of several exhibits in columns ("1      Press release",
    "99.2   Press release") lists the releases, each with its own title: it says no one thing
    the report encloses, so it stands for no enclosure line. A list of several under a label
    saying what the report carries ("Documents furnished with this report:"), or numbered
    as a list ("1.  Press release ...", "(2) Notice ..."), is the report's enclosure, written
    out like one on a label's line: the rows as written, numbers and all."""
    heading = next(
        (
            m
            for m in re.finditer(r"^.*$", cover, re.MULTILINE)
            if _EXHIBITS.match(m.group()) or _EXHIBIT_LIST_INTRO.match(m.group())
        ),
        None,
    )
    if heading is None:
        return None
    labelled = _EXHIBIT_LIST_INTRO.match(heading.group()) is not None
    items: list[list[str]] = []
    numbers: list[str] = []
    column = 0
    joined = False  # whether the line before continues the last item
    for line in cover[heading.end() :].split("\n")[:40]:
        row = _EXHIBIT_ROW.match(line.rstrip())
        indent = len(line) - len(line.lstrip())
        if row is not None:
            column = len(row.group(1))
            # "1.  Results January-September 2005          3": the page number is no part of it.
            items.append([_PAGE_NUMBER.sub("", row.group(2)).strip()])
            numbers.append(row.group(1).strip())
            joined = True
        elif not line.strip():
            joined = False
        elif items and joined and indent >= column - 2:
            items[-1].append(line.strip())
        elif items:
            break
    if len(items) > 1 and (labelled or all(_LIST_NUMBER.match(n) for n in numbers)):
        written = (
            f"{number} {' '.join(item)}" for number, item in zip(numbers, items, strict=True)
        )
        return " ".join(" ".join(written).split())
    if len(items) != 1:
        return None
    return " ".join(" ".join(items[0]).split()) or None


def _signatory(text: str, signature: tuple[int, int] | None) -> tuple[Signatory, date | None]:
    if signature is None:
        return Signatory(name=None, title=None), None
    block = text[signature[0] : signature[1]]
    signed_on = None
    for match in _SIGNED_ON.finditer(block):
        signed_on = parse_date(match.group(1))
        if signed_on is not None:
            break
    if signed_on is None and _rule_or_end(text, signature[1]):
        # A date alone on the block's last line, under the signer, a rule or nothing after it,
        # maybe after the place of signing ("Dakar, 14 March 2008").
        last = block.rstrip().rsplit("\n", 1)[-1].strip()
        signed_on = _bare_date(last) or _dateline(last)
    if signed_on is None:
        sentence = _SIGNATURE_SENTENCE.search(block)
        if sentence is not None:
            signed_on = parse_date(
                block[
                    sentence.end() : _paragraph_end(block, sentence.end(), skip_leading_blank=False)
                ]
            )
    name: str | None = None
    title: str | None = None
    signed = _SIGNED_NAME.search(block)
    after = block
    if signed is not None:
        name = signed.group(1).strip()
        after = block[signed.end() :]
        after = after[after.find("\n") + 1 :] if "\n" in after else ""
    else:
        by = re.search(r"\bBy\s*:[ \t_]*", block)
        if by is not None:
            after = block[by.end() :]
    pending: str | None = None
    rows = after.split("\n")
    gap = False  # a blank line since the signature
    plain = 0  # unlabelled lines read since the signature
    for position, raw in enumerate(rows):
        line = _signer_line(raw.strip().strip("_").strip())
        gap = gap or not line
        if not line or line.isdigit() or _RULE_LINE.match(line) or _SIGNATURE_CAPTION.match(line):
            continue
        lowered = line.lower()
        if lowered in {"name:", "title:"}:
            pending = lowered
            continue
        if lowered.startswith("name:"):
            # The typed name line is the full name; "/s/ S R SCOTT" is the signature.
            name = line[5:].strip() or name
            continue
        if lowered.startswith("title:"):
            # "Title: Director of Financial / Information": a title wrapped over two lines.
            # Past two lines, only lines set under the title's own text carry it on ("Vice
            # President, Legal / Services and General / Counsel and Corporate / Secretary").
            parts = [line[6:].strip()]
            label = _TITLE_TEXT.search(raw)
            column = label.end() if label else -1
            for count, more in enumerate(rows[position + 1 : position + 1 + _TITLE_LINES]):
                if not _title_continues(more.strip()):
                    break
                if count >= 2 and len(more) - len(more.lstrip()) != column:
                    break
                parts.append(more.strip())
            title = " ".join(" ".join(parts).split())
            break
        if pending == "name:":
            name = name or line
            pending = None
            continue
        if pending == "title:":
            title = line
            break
        plain += 1
        if name is None:
            name = line
            continue
        if " ".join(line.split()).casefold() == " ".join(name.split()).casefold():
            # The printed name repeats the signature: keep whichever is not in full capitals
            # ("/S/ KAZUHIRO SATO" over "Kazuhiro Sato" is Kazuhiro Sato).
            if name.isupper() and not line.isupper():
                name = line
            continue
        if signed is not None and plain == 1 and not gap and _typed_name_row(rows, position):
            name = line  # "/s/ K. Sato" over "Kazuhiro Sato": the typed name is the name
            continue
        title = _without_brackets(line)
        for more in rows[position + 1 : position + _TITLE_LINES]:
            # "Vice-President, Legal Affairs and / Corporate Secretary": a title that ends
            # on a linking word goes on to the next line.
            if not _title_continues(more.strip()):
                break
            if (
                not _DANGLING_END.search(title)
                and not _title_wraps(title, more.strip())
                and not _BODY_OPENING.match(more.strip())
            ):
                break
            title = f"{title} {' '.join(more.split())}"
        break
    return Signatory(name=_without_degree(name), title=title), signed_on


def _without_brackets(line: str) -> str:
    """A signer's title without the brackets around it ("(Chief Financial Officer)") or left
    open at either end; a bracket the title closes itself stays ("Directeur Financier (Chief
    Financial Officer)")."""
    if line.startswith("(") and line.endswith(")") and line.count("(") == 1:
        return line[1:-1].strip()
    while line.startswith("(") and line.count("(") > line.count(")"):
        line = line[1:]
    while line.endswith(")") and line.count(")") > line.count("("):
        line = line[:-1]
    return line.strip()


# A line opening on the body or the office a title's line left unnamed ("Member of the
# Management" / "Board, Finance", "Chief Executive" / "Officer"): the title's next line.
_BODY_OPENING = re.compile(r"^(?:board|committee|council|directors|officer)\b", re.IGNORECASE)
# Academic degrees written before a name in central Europe ("Ing. Jan Novák", "Mgr.",
# "JUDr.", "Dipl.-Ing."): no part of the name. ("Dr." is kept: written as part of a German
# signer's name.)
_DEGREE = re.compile(
    r"^(?:Ing|Mgr|Bc|MUDr|JUDr|RNDr|PhDr|PaedDr|MVDr|Dipl\.-(?:Ing|Kfm|Vw))\.[ \t]{1,3}(?=\S)"
)


def _without_degree(name: str | None) -> str | None:
    """A signer's name without the academic degrees written before it."""
    if name is None:
        return None
    while (degree := _DEGREE.match(name)) is not None:
        name = name[degree.end() :]
    return name


_WHITESPACE = re.compile(r"\s*")


def _rule_or_end(text: str, position: int) -> bool:
    """Whether the first line with text from ``position`` on is a rule, or there is none."""
    blank = _WHITESPACE.match(text, position)
    start = blank.end() if blank else position
    stop = text.find("\n", start)
    line = text[start : stop if stop >= 0 else len(text)]
    return not line or _RULE_LINE.match(line.rstrip()) is not None


# A title's last word that cannot end it ("... Legal Affairs and", "Head of").
_DANGLING_END = re.compile(r"(?:[ \t](?:and|of|for|the|&)|[,&-])$", re.I)


def _title_wraps(title: str, line: str) -> bool:
    """``line`` carries on a signer's title that wrapped after a word other than a linking
    one ("Corporate Secretary and Assistant" / "General Counsel"): the title's line holds
    a linking word and the next line holds an office's words, never a company's name."""
    return (
        _LINKED_TITLE.search(title) is not None
        and is_title(line)
        and not ends_in_legal_form(line)
        and not is_organization(line)
    )


# "... and ...", "... of ...": a title naming two offices, or an office of something.
_LINKED_TITLE = re.compile(r"[ \t](?:and|of|for|&)[ \t]", re.I)


def _typed_name_row(rows: list[str], position: int) -> bool:
    """``rows[position]`` is a name typed under the signature, over the signer's title."""
    rest = [_Line(0, len(row), row) for row in rows[position : position + 4]]
    return _typed_name(rest, 0)


# -- releases ------------------------------------------------------------------------------


def _parse_release(
    text: str,
    lines: list[_Line],
    group: list[int],
    *,
    header_start: int,
    end: int,
    filed_on: date | None = None,
) -> ParsedRelease:
    last_anchor = group[-1]
    reference: str | None = None
    released_on: date | None = None
    title_lines: list[str] = []
    disclosure: str | None = None  # a regulator's label ("MATERIAL FACT") over the release
    for index in range(header_start, last_anchor + 1):
        stripped = lines[index].stripped
        if stripped and _DISCLOSURE_LABEL.match(stripped):
            disclosure = disclosure or stripped
        if stripped and _is_label(stripped):
            # "Company Announcement no. 12-2004": a label that carries the reference.
            labelled = _REFERENCE_LABEL.match(stripped)
            if labelled is not None and reference is None:
                reference = labelled.group(1)
            if _BANNER.match(stripped):
                # "For release at 07:00 on 9 November 2004": a banner may still date it.
                released_on = released_on or parse_date(stripped)
            released_on = released_on or _labelled_date(stripped)
            continue
        if not stripped:
            continue
        dated = _dated_line(stripped)
        if dated is not None:
            released_on = released_on or dated
            continue
        found = _reference(stripped)
        if found is not None and reference is None and not title_lines:
            reference = found
            continue
        if not title_lines and _issuer_over_label(lines, index, end):
            continue
        if _is_upper_title(stripped) and not _STOCK_LISTING.match(stripped):
            title_lines.append(stripped)
    index = last_anchor + 1
    body_index = index
    contacts_index: int | None = None
    while index < len(lines) and lines[index].start < end:
        stripped = lines[index].stripped
        if not stripped or (not title_lines and _RULE_LINE.match(stripped)):
            # A blank line, or a rule under the release's label ("=====" under "EXHIBIT 99.1").
            index += 1
            body_index = index
            continue
        if not title_lines and _contact_intro(lines[index].text):
            # Contacts typeset above the headline: step over them, keep them for the release.
            after = _contact_block_end(lines, index, end)
            if after > index + 1:
                contacts_index = index if contacts_index is None else contacts_index
                index = body_index = after
                continue
        if not title_lines and (row := _letterhead_row(stripped)) is not None:
            # "NORDLYS HOLDINGS LIMITED        Announcement No. 12/05": the issuer's letterhead,
            # its reference or date set in the right-hand column.
            reference = reference or row[0]
            released_on = released_on or row[1]
            index += 1
            body_index = index
            continue
        dated = (
            _dated_line(stripped)
            or _bare_date(stripped)
            or _dateline(stripped)
            or _company_line_date(stripped)
        )
        if dated is not None and title_lines and _date_ends_headline(lines, index):
            # "... NINE MONTHS ENDED" / "30 SEPTEMBER 2005": the headline's last line.
            title_lines.append(stripped)
            index += 1
            body_index = index
            continue
        if dated is None and (coded := _reference_and_date(stripped)) is not None:
            # "ACME/SEC/2005/112        June 24, 2005": a letter's reference and its date.
            reference = reference or coded[0]
            dated = coded[1]
        if dated is not None:
            released_on = released_on or dated
        elif reference is None and not title_lines and _reference(stripped) is not None:
            reference = _reference(stripped)
        elif not title_lines and _exchange_disclaimer(lines, index):
            # The stock exchange's disclaimer printed over a listed company's announcement.
            while index + 1 < len(lines) and not lines[index + 1].blank:
                index += 1
        elif not title_lines and _repeated_issuer(lines, index, header_start):
            pass  # "CARPATHIA PLC" over "INTERIM STATEMENT": the issuer named again, no title
        elif not title_lines and _issuer_block(lines, index):
            # "NORDLYS HOLDINGS LIMITED / (Incorporated in Bermuda ...) / (Stock Code: 99)":
            # the issuer's name and notes over the headline, never its title.
            while index + 1 < len(lines) and not lines[index + 1].blank:
                index += 1
        elif _STOCK_LISTING.match(stripped):
            pass  # "Nasdaq: GTGP" at the margin under the banner: the issuer's listing
        elif _is_upper_title(stripped) and not stripped.endswith("."):
            if title_lines and lines[index - 1].blank:
                # "THIRD QUARTER: SALES UP 60 PER CENT" a blank line under the headline: a
                # subheadline, its own paragraph, not the title.
                pass
            else:
                title_lines.append(stripped)
        elif title_lines and _is_subtitle(lines, index, end):
            pass  # a mixed-case subtitle under the headline, above the dateline: not the title
        elif not title_lines and _letterhead(lines, index, end):
            pass  # "Nordlys plc" alone over the upper-case headline: the issuer, no headline
        elif not title_lines and _is_headline(lines, index):
            # A headline in mixed case directly under the date.
            title_lines.append(stripped)
            body_index = index + 1
            break
        elif not title_lines and (count := _wrapped_headline(lines, index)):
            # A headline in mixed case wrapped over two or three lines.
            title_lines.extend(line.stripped for line in lines[index : index + count])
            body_index = index + count
            break
        elif not title_lines and _headline_over_subtitle(lines, index, end):
            # A headline in sentence case with its subtitle on the line right under it.
            title_lines.append(stripped)
            body_index = index + 2
            break
        else:
            break
        index += 1
        body_index = index
    if not title_lines and (subject := _letter_subject(lines, body_index, end)) is not None:
        # A letter (to a stock exchange, to shareholders): its "Sub:" line is its title.
        title_lines.append(subject[0])
        body_index = subject[1]
    if not title_lines and disclosure is not None:
        # "FATO RELEVANTE" straight over the dateline: the only heading the release has.
        title_lines.append(disclosure.rstrip(" :"))
    title = " ".join(" ".join(title_lines).split()) or None
    body_start = _first_content(lines, body_index, end)
    if released_on is None:
        released_on = _opening_date(lines, body_start, end, filed_on)
    return _release_from_body(
        text,
        lines,
        body_start,
        end,
        reference=reference,
        title=title,
        released_on=released_on,
        contacts_index=contacts_index,
    )


# "... take no responsibility for the contents of this announcement, make no representation
# as to its accuracy or completeness ...": the exchange's disclaimer over an announcement.
_EXCHANGE_DISCLAIMER = re.compile(
    r"takes?[ \t\n]{1,4}no[ \t\n]{1,4}responsibility[ \t\n]{1,4}for[ \t\n]{1,4}the[ \t\n]{1,4}"
    r"contents[ \t\n]{1,4}of[ \t\n]{1,4}this[ \t\n]{1,4}(?:announcement|circular|document)",
    re.IGNORECASE,
)


def _exchange_disclaimer(lines: list[_Line], index: int) -> bool:
    """A paragraph opening with the exchange's disclaimer of responsibility."""
    paragraph = [lines[index].text]
    probe = index + 1
    while probe < len(lines) and not lines[probe].blank and len(paragraph) < 3:
        paragraph.append(lines[probe].text)
        probe += 1
    return _EXCHANGE_DISCLAIMER.search("\n".join(paragraph)) is not None


def _letterhead(lines: list[_Line], index: int, end: int) -> bool:
    """A company's name with its legal form alone in its paragraph ("Nordlys plc"), the
    upper-case headline the next paragraph: the issuer's line over the headline."""
    stripped = lines[index].stripped
    if len(stripped.split()) > 6 or not ends_in_legal_form(stripped):
        return False
    if index + 1 < len(lines) and not lines[index + 1].blank:
        return False
    following = _first_content(lines, index + 1, end)
    if following >= len(lines) or lines[following].start >= end:
        return False
    line = lines[following].stripped
    if (_bare_date(line) or _dateline(line)) is not None:
        # "Nordlys plc" / "15 March 2000" / "BOARD CHANGES": the letterhead's date between.
        following = _first_content(lines, following + 1, end)
        if following >= len(lines) or lines[following].start >= end:
            return False
        line = lines[following].stripped
    return _is_upper_title(line) and not line.endswith(".")


def _issuer_over_label(lines: list[_Line], index: int, end: int) -> bool:
    """The issuer's letterhead over a release's label ("NORDLYS TELECOM LIMITED" over "NEWS
    RELEASE"): its name, never the release's title."""
    following = _first_content(lines, index + 1, end)
    return (
        following < len(lines)
        and _is_label(lines[following].text)
        and _letterhead(lines, index, end)
    )


def _repeated_issuer(lines: list[_Line], index: int, header_start: int) -> bool:
    """A company's name alone on its line in capitals ("NORDLYS HOLDINGS PLC"), more of the
    upper-case headline on the line under it, the name already given by the release's header
    above ("Nordlys Holdings PLC" under "RNS Number : 1234A"): the issuer's line, no title."""
    stripped = lines[index].stripped
    if len(stripped.split()) > 6 or not ends_in_legal_form(stripped):
        return False
    following = lines[index + 1].stripped if index + 1 < len(lines) else ""
    if not following or not _is_upper_title(following) or following.endswith("."):
        return False
    name = " ".join(stripped.split()).casefold()
    return any(
        " ".join(line.stripped.split()).casefold() == name for line in lines[header_start:index]
    )


def _issuer_block(lines: list[_Line], index: int) -> bool:
    """An issuer's name in capitals with its legal form, a note in brackets under it."""
    stripped = lines[index].stripped
    if not _is_upper_title(stripped) or not ends_in_legal_form(stripped):
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and following.stripped.startswith("(")


def _reference_and_date(line: str) -> tuple[str, date] | None:
    """A letter's reference and date on one line, a wide gap between them, either way round
    ("ACME/SEC/2005/112        June 24, 2005", "24 June 2005        Ref: PR-12")."""
    parts = _WIDE_GAP.split(line)
    if len(parts) != 2:
        return None
    for code, when in (parts, parts[::-1]):
        reference, dated = _reference(code), _bare_date(when)
        if reference is not None and dated is not None:
            return reference, dated
    return None


# "Sub: Change in Directorate", "Subject - Book Closure", "Re: Notice of Meeting".
_SUBJECT_LINE = re.compile(r"^(?:sub|subject|re)[ \t]{0,3}[:.\-][ \t]{0,3}(\S.{2,150})$", re.I)
_LETTER_REACH = 30  # lines from a letter's head to its subject line


def _letter_subject(lines: list[_Line], first: int, end: int) -> tuple[str, int] | None:
    """A letter's subject line under its addressee and salutation, and the line after it:
    only above the letter's first paragraph of sentences."""
    index = first
    while index < len(lines) and lines[index].start < end and index - first < _LETTER_REACH:
        if lines[index].blank:
            index += 1
            continue
        stop = index
        while stop < len(lines) and not lines[stop].blank and lines[stop].start < end:
            stop += 1
        paragraph = [line.stripped for line in lines[index:stop]]
        subject = _SUBJECT_LINE.match(paragraph[0])
        if subject is not None:
            return subject.group(1).strip(), index + 1
        if paragraph[-1].endswith((".", "!", "?")) and any(map(_is_prose, paragraph)):
            return None  # the letter's text has begun: no subject line above it
        index = stop
    return None


def _contact_block_end(lines: list[_Line], intro: int, end: int) -> int:
    """The first line after the contact paragraphs under ``intro`` (each gives a phone or
    an e-mail and holds no prose); ``intro + 1`` when none follows."""
    probe = intro + 1
    stop = probe
    while probe < len(lines) and lines[probe].start < end:
        if lines[probe].blank:
            probe += 1
            continue
        paragraph_end = probe
        while paragraph_end < len(lines) and not lines[paragraph_end].blank:
            paragraph_end += 1
        paragraph = [line.stripped for line in lines[probe:paragraph_end]]
        reaches = any("@" in line or parse_phone(line) is not None for line in paragraph)
        # A table row ("Name   Title   Phone   E-mail") is long, but no prose.
        if not reaches or any(_is_prose(line) and "@" not in line for line in paragraph):
            break
        probe = stop = paragraph_end
    return stop


def _release_from_body(
    text: str,
    lines: list[_Line],
    body_index: int,
    end: int,
    *,
    reference: str | None,
    title: str | None,
    released_on: date | None,
    contacts_index: int | None = None,
) -> ParsedRelease:
    body_start = lines[body_index].start if body_index < len(lines) else end
    body_start = min(body_start, end)
    end_index = _line_at(lines, end) if end < len(text) else len(lines)
    marker = next(
        (i for i in range(body_index, end_index) if _END_MARKER.match(lines[i].text)), None
    )
    if marker is not None:
        body_stop = marker
        tail_index = marker + 1
    else:
        body_stop = next(
            (i for i in range(body_index, end_index) if _opens_tail(lines, i)), end_index
        )
        tail_index = body_stop
    body_end = _content_end(lines, body_index, body_stop, default=body_start)
    if released_on is None:
        released_on = _signoff_date(lines, body_index, end_index)
    body = Span.of(text, body_start, body_end)
    sections, notes = _tail_sections(text, lines, tail_index, end_index, end)
    all_sections = (Section(kind="body", heading=None, start=body.start, end=body.end), *sections)
    release_start = lines[body_index].start if body_index < len(lines) else end
    if contacts_index is not None:
        release_start = min(release_start, lines[contacts_index].start)
    contacts = find_contacts(text, start=min(release_start, end), end=end, sections=all_sections)
    return ParsedRelease(
        reference=reference,
        title=title,
        released_on=released_on,
        body=body,
        notes=notes,
        sections=all_sections,
        quotes=find_quotes(text, body.start, body.end),
        contacts=contacts,
    )


def _signoff_date(lines: list[_Line], first: int, stop: int) -> date | None:
    """The date of a release with no dateline, from a line of its own written under the text
    ("Hong Kong, 18 August 2005", "Date of notification: 7 June 2004"); the last place or
    label with a date wins over any bare date, which may be an answer in a form."""
    placed: date | None = None
    bare: date | None = None
    for index in range(first, min(stop, len(lines))):
        line = lines[index]
        if line.blank:
            continue
        placed = _issued_by_date(line.stripped) or placed
        if len(line.stripped) > 60:
            continue
        last = index + 1 >= len(lines) or lines[index + 1].blank
        alone = last and (index == 0 or lines[index - 1].blank)
        if last and not alone and _closes_signoff(lines, index):
            # "By Order of the Board / Kari Nordmann / Company Secretary / Oslo, 18 May 2007".
            placed = _dateline(line.stripped) or placed
            continue
        if not alone:
            continue
        labelled = _SIGNOFF_LABEL.match(line.stripped)
        placed = (
            _dateline(line.stripped)
            or (_bare_date(labelled.group(1)) if labelled else None)
            or placed
        )
        bare = _bare_date(line.stripped) or bare
    return placed or bare


_SIGNOFF_OPENING = re.compile(
    r"^(?:by[ \t]{1,3}order[ \t]{1,3}of"
    r"|(?:for[ \t]{1,3}and[ \t]{1,3})?on[ \t]{1,3}behalf[ \t]{1,3}of)"
    r"[ \t]{1,3}the[ \t]{1,3}board\b",
    re.IGNORECASE,
)


def _closes_signoff(lines: list[_Line], index: int) -> bool:
    """The last line of a board's sign-off paragraph ("By Order of the Board", the
    secretary's name and title, then the place and date)."""
    probe = index - 1
    while probe >= 0 and not lines[probe].blank and index - probe <= 5:
        if _SIGNOFF_OPENING.match(lines[probe].stripped):
            return True
        probe -= 1
    return False


def _issued_by_date(line: str) -> date | None:
    """The date closing an issuer's sign-off ("Issued by Telstra Corporate Relations,
    Melbourne, 17 August 2005", "Released by the Company Secretary, Oslo, March 3, 2005")."""
    if len(line) > 160 or _ISSUED_BY.match(line) is None:
        return None
    found = find_date(line)
    if found is None or found[2] < len(line) - 1 or "," not in line[: found[1]]:
        return None
    return found[0]


_ISSUED_BY = re.compile(
    r"^(?:(?:issued|released|published|distributed"
    r"|authori[sz]ed(?:[ \t]{1,3}for[ \t]{1,3}release)?)[ \t]{1,3}by[ \t:]"
    # "DATED at Scarborough, Ontario, June 14, 1999.": where and when a notice was signed.
    r"|(?:dated|done|signed)[ \t]{1,3}(?:at|in)[ \t]{1,3}[A-Z])",
    re.IGNORECASE,
)

# "Date: 7 June 2004", "Date of notification: 7 June 2004", "Dated 18 August 2005".
_SIGNOFF_LABEL = re.compile(
    r"^(?:date\b[^:\n]{0,30}:|dated:?)[ \t]{0,3}(\S.{4,40})$", re.IGNORECASE
)


def _opening_date(lines: list[_Line], first: int, end: int, filed_on: date | None) -> date | None:
    """The dateline opening the body, under up to two subtitle paragraphs ("Subscriber base up
    38% in 2005; ... / for coverage in a national survey", "- Net income triples -"): short
    paragraphs whose last line ends no sentence."""
    index = first
    for _ in range(3):
        if index >= len(lines) or lines[index].start >= end:
            return None
        found = _leading_date(lines[index].text, filed_on)
        if found is not None:
            return found
        stop = index
        while stop < len(lines) and not lines[stop].blank and stop - index < 4:
            stop += 1
        last = lines[stop - 1].stripped
        if stop - index > 3 or not stop < len(lines) or last.endswith((".", "!", "?", ":", ";")):
            return None
        index = _first_content(lines, stop, end)
    return None


def _leading_date(line: str, filed_on: date | None = None) -> date | None:
    """The date of a dateline that opens the first paragraph ("Rome, November 9, 2004 - ...",
    "Moscow and New York (November 23, 2004) - ...")."""
    match = (
        _DATELINE_LEAD.match(line) or _DATELINE_PAREN.match(line) or _DATELINE_BRACKETED.match(line)
    )
    found = parse_date(match.group(1)) if match else None
    if found is not None:
        return found
    # "Moscow, Russian Federation - June 30, 2005 - ...", "ROSH HA'AYIN, Israel, March 15,
    # 2006 - ...": a place written in parts, then the date, then a dash.
    first = _DATE_FIRST_DATELINE.match(line)
    if first is not None:
        # "21 Mar 05, Perm - ...", "3 March 2005, Oslo - ...": the date first, then the place.
        return parse_date(first.group(1)) or _short_year_date(first.group(1), filed_on)
    dated = find_date(line[:_DATELINE_REACH])
    if dated is None:
        return _yearless_date(line, filed_on)
    if _DATELINE_PLACE.fullmatch(line[: dated[1]]) and _DATELINE_AFTER.match(line, dated[2]):
        return dated[0]
    # "09.11.2005 - The Board ...": the date alone opens the line, then a dash.
    if not line[: dated[1]].strip() and _DATE_DASH.match(line, dated[2]):
        return dated[0]
    return None


def _short_year_date(value: str, filed_on: date | None) -> date | None:
    """A day, a month's name and a year of two digits ("21 Mar 05"), in the century that
    puts it nearest the filing's date (or the current century's first half when undated)."""
    match = _SHORT_YEAR_DATE.fullmatch(value.strip())
    if match is None:
        return None
    month = MONTHS.get(match.group(2).lower())
    short = int(match.group(3))
    if filed_on is None:
        year = 2000 + short if short < 50 else 1900 + short
    else:
        year = min(
            (century + short for century in (1900, 2000, 2100)),
            key=lambda year: abs(year - filed_on.year),
        )
    return _make_date(year, month, int(match.group(1)))


def _yearless_date(line: str, filed_on: date | None) -> date | None:
    """A newswire dateline without a year ("MONTREAL, Nov. 4 /CNW Telbec/ - ...", "LONDON,
    4 March (Wire) - ..."), dated in the year of the filing that carries it: the year before
    when the day would fall well after the filing."""
    match = _YEARLESS_DATELINE.match(line)
    if match is None or filed_on is None:
        return None
    month = MONTHS.get((match.group("month") or match.group("month2")).lower())
    day = int(match.group("day") or match.group("day2"))
    found = _make_date(filed_on.year, month, day)
    if found is not None and (found - filed_on).days > _YEARLESS_AHEAD:
        found = _make_date(filed_on.year - 1, month, day)
    return found


_DATELINE_REACH = 120
# Capitalised place words separated by commas or dashes, ending with a comma or a dash.
_DATELINE_PLACE = re.compile(
    r"^[ \t]{0,8}[A-Z][\w.'’-]{0,25}(?:(?:[ \t]{1,3}|,[ \t]{1,3}|[ \t]{1,3}[-–—][ \t]{1,3})"
    r"(?:[A-Z][\w.'’-]{0,25}|and|de|del|am|upon|on|of|the)){0,6}"
    r"[ \t]{0,3}(?:--|[-–—,:])[ \t]{1,3}"  # "TORONTO -- July 27, 2006 -- ..." too
    # The word some languages put before the day: "México, a 24 de julio de 2007.-", "Paris,
    # le 3 mars 2005 -", "Stockholm, den 3 mars 2005 -".
    r"(?:(?:a|le|den|am)[ \t]{1,3})?"
)
# A date opening the line, then a comma, a place in capitalised words and a dash: "21 Mar 05,
# Perm - ...". The date is a day, a month's name and a year of four digits or two.
_DATE_FIRST_DATELINE = re.compile(
    rf"^\s{{0,8}}(\d{{1,2}}(?:st|nd|rd|th)?[ \t]{{1,3}}{_WORD}\.?,?[ \t]{{1,3}}"
    r"[’']?(?:\d{4}|\d{2}))"
    r",[ \t]{1,3}[A-Z][\w.'’-]{1,25}(?:[ \t][A-Z][\w.'’-]{1,25}){0,2}[ \t]{0,3}[-–—]"
)
_SHORT_YEAR_DATE = re.compile(rf"(\d{{1,2}})[ \t]{{1,3}}({_WORD})\.?[ \t]{{1,3}}[’']?(\d{{2}})")
_DATE_DASH = re.compile(r"\.?[ \t]{0,3}(?:--|[-–—])[ \t]")
_DATELINE_AFTER = re.compile(r"\.?[ \t]{0,3}(?:[-–—:/]|$)")  # "April 24, 2007.- ..." too
# A place, then a month and a day with no year, maybe a wire's tag, then a dash.
_YEARLESS_DATELINE = re.compile(
    r"^\s{0,8}[A-Z][\w.'’-]{1,25}(?:[ \t][A-Z][\w.'’-]{1,25}){0,2},[ \t]{1,3}"
    rf"(?:(?P<month>{_WORD})\.?[ \t]{{1,3}}(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})[ \t]{{1,3}}"
    rf"(?P<month2>{_WORD})\.?)(?:st|nd|rd|th)?"
    r"(?:[ \t]{1,3}(?:/[^/\n]{1,40}/|\([^()\n]{1,40}\)))?[ \t]{0,3}[-–—]"
)
_YEARLESS_AHEAD = 45  # days a yearless dateline may fall after the filing's date


# "Moscow and New York (November 23, 2004) - ...": places, the date in brackets, a dash.
_DATELINE_PAREN = re.compile(
    r"^\s{0,8}[A-Z][\w.'’-]{1,25}(?:[ \t][\w.'’-]{1,25}){0,5}[ \t]{1,3}"
    r"\(([^()\n]{5,30})\)[ \t]{0,3}[-–—]"
)


# "(Oslo, 3 March 2005) - ...": the whole dateline, place and date, in brackets, a dash.
_DATELINE_BRACKETED = re.compile(
    r"^\s{0,8}\([ \t]{0,3}[A-Z][\w.'’-]{1,25}(?:[ \t][\w.'’-]{1,25}){0,4},[ \t]{1,3}"
    r"([^()\n]{5,30}?)[ \t]{0,3}\)[ \t]{0,3}[-–—]"
)


def _is_subtitle(lines: list[_Line], index: int, end: int) -> bool:
    """A short line under the headline, not a sentence, with a date line right after it."""
    stripped = lines[index].stripped
    if stripped.endswith((".", ":", ";")) or len(stripped.split()) > 15:
        return False
    following = _first_content(lines, index + 1, end)
    if following >= len(lines) or lines[following].start >= end:
        return False
    line = lines[following].stripped
    return (_dated_line(line) or _bare_date(line) or _dateline(line)) is not None


def _first_content(lines: list[_Line], index: int, end: int) -> int:
    while index < len(lines) and lines[index].start < end and lines[index].blank:
        index += 1
    return index


def _content_end(lines: list[_Line], first: int, stop: int, *, default: int) -> int:
    """End offset of the last non-blank line in ``lines[first:stop]``."""
    for index in range(min(stop, len(lines)) - 1, first - 1, -1):
        if not lines[index].blank:
            return lines[index].start + len(lines[index].text.rstrip())
    return default


def _contact_intro(line: str) -> bool:
    """A line opening a contact block: "For further information", "Media contacts", or a short
    heading ending in "contacts:" ("Investor Relations contacts:")."""
    if _CONTACT_INTRO.match(line):
        return True
    stripped = line.strip()
    words = stripped.rstrip(":").split()
    return (
        stripped.endswith(":")
        and 2 <= len(words) <= 4
        and words[-1].lower() in {"contact", "contacts"}
        and all(word[0].isupper() for word in words[:-1])
    )


def _opens_tail(lines: list[_Line], index: int) -> bool:
    """Whether a line ends a release body that has no end marker."""
    line = lines[index]
    if line.blank:
        return False
    if _NOTES_HEADING.match(line.text) or _EXHIBITS.match(line.text):
        return True
    if _contact_intro(line.text) and len(line.stripped) < 100:
        return True
    return _about_heading(lines, index)


def _about_heading(lines: list[_Line], index: int) -> bool:
    """A short line naming a company, above a paragraph that speaks of that company."""
    heading = lines[index].stripped
    words = heading.split()
    if not 1 <= len(words) <= 5 or len(heading) > 50:
        return False
    if index > 0 and not lines[index - 1].blank:
        return False
    if heading.endswith((".", ":", ",", ";")) or any(char in heading for char in '@*"“”'):
        return False
    lowered = [word.lower() for word in words]
    if lowered[0] == "about" and len(words) >= 2:
        return True
    if lowered[0] in _GENERIC_HEADINGS or _is_reference_or_marker(heading):
        return False
    if len(words) > 4 or set(lowered) & TITLE_WORDS:
        return False
    probe = index + 1
    if probe < len(lines) and lines[probe].blank:
        probe += 1
    if probe >= len(lines) or not _is_prose(lines[probe].stripped):
        return False
    paragraph: list[str] = []
    while probe < len(lines) and not lines[probe].blank and sum(map(len, paragraph)) < 400:
        paragraph.append(lines[probe].text)
        probe += 1
    window = " ".join(paragraph)[:_ABOUT_LOOKAHEAD]
    return _names_subject(words[0], window)


def _names_subject(word: str, window: str) -> bool:
    for match in _whole_word(word).finditer(window):
        found = match.group(0)
        # "patient" under a heading "Patient safety" is prose; "ONE" under "One" is a name.
        if found == word or found[0].isupper():
            return True
    return False


@lru_cache(maxsize=1024)
def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, any case (kept: re's own cache is shared with every module)."""
    return re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)


def _is_reference_or_marker(line: str) -> bool:
    return bool(_END_MARKER.match(line) or _REFERENCE_CODE.match(line))


def _tail_sections(
    text: str, lines: list[_Line], first: int, stop: int, end: int
) -> tuple[list[Section], Span | None]:
    headings: list[tuple[int, Literal["notes", "about"]]] = []
    for index in range(first, stop):
        if lines[index].blank:
            continue
        if _NOTES_HEADING.match(lines[index].text):
            headings.append((index, "notes"))
        elif _about_heading(lines, index):
            headings.append((index, "about"))
    sections: list[Section] = []
    notes: Span | None = None
    for position, (index, kind) in enumerate(headings):
        next_index = headings[position + 1][0] if position + 1 < len(headings) else stop
        section_end = _content_end(lines, index, next_index, default=lines[index].end)
        section_end = min(section_end, end)
        heading = lines[index].stripped
        sections.append(
            Section(kind=kind, heading=heading, start=lines[index].start, end=section_end)
        )
        if kind == "notes" and notes is None:
            content = _first_content(lines, index + 1, end)
            if content < next_index:
                notes = Span.of(text, lines[content].start, section_end)
    return sections, notes


def _fallback_release(
    text: str,
    lines: list[_Line],
    *,
    floor: int,
    signature: tuple[int, int] | None,
    filed_on: date | None = None,
) -> ParsedRelease | None:
    """A release with no label or dated line: a headline followed by paragraphs of prose."""
    for begin, end in _free_regions(text, floor=floor, signature=signature):
        index = _line_at(lines, begin)
        if lines[index].start < begin:
            index += 1
        seen = 0
        # The headline sits near the top of the free text; looking further is only cost.
        contacts_index: int | None = None
        while index < len(lines) and lines[index].start < end and seen < _FALLBACK_LINES:
            stripped = lines[index].stripped
            seen += 1 if stripped else 0
            if contacts_index is None and _contact_intro(lines[index].text):
                # Contacts typeset above the headline: step over them, keep them for the release.
                after = _contact_block_end(lines, index, end)
                if after > index + 1:
                    contacts_index, index = index, after
                    continue
            if stripped and _is_headline(lines, index):
                # A headline wrapped over lines: the upper-case lines right above belong to it.
                top = index
                while (
                    top - 1 >= 0
                    and lines[top - 1].start >= begin
                    and not lines[top - 1].blank
                    and _is_upper_title(lines[top - 1].stripped)
                    # "NORDLYS TELECOM S.A." over "THIRD QUARTER RESULTS": no sentence's stop
                    and (
                        not lines[top - 1].stripped.endswith(".")
                        or ends_in_legal_form(lines[top - 1].stripped)
                    )
                    and not _repeated_issuer(lines, top - 1, _line_at(lines, begin))
                    and index - top < 3
                ):
                    top -= 1
                wrapped = _paragraph_top(lines, index, begin)
                if (
                    top == index
                    and wrapped < index
                    and all(_is_words(lines[i].stripped) for i in range(wrapped, index))
                    and _wrapped_headline(lines, wrapped)
                ):
                    # "Notice Regarding the Election of" / "Directors": one headline in
                    # mixed case wrapped over its paragraph.
                    top = wrapped
                if (
                    top - 1 >= 0
                    and lines[top - 1].start >= begin
                    and not lines[top - 1].blank
                    and not _repeated_issuer(lines, top - 1, _line_at(lines, begin))
                ):
                    # The last line of a letterhead ("NORDLYS ASA / Investor Relations"): a
                    # headline stands apart from the lines above it.
                    index += 1
                    continue
                if top < index:
                    # A line in sentence case under a headline in capitals is its subtitle
                    # ("NORDLYS REPORTS FIRST HALF" / "Mobile customers pass two million").
                    upper = _is_upper_title(lines[top].stripped)
                    last = index if not (upper and _sentence_case(stripped)) else index - 1
                    stripped = " ".join(line.stripped for line in lines[top : last + 1])
                first_body = _first_content(lines, index + 1, end)
                paragraphs = _count_paragraphs(lines, first_body, end)
                notice = paragraphs >= 2 or _lone_paragraph(lines, first_body, end)
                if notice and "exhibit" not in stripped.lower():
                    reference = _header_reference(lines, top, begin)
                    released_on = _nearby_date(lines, top, begin, first_body, end, filed_on)
                    if (subject := _SUBJECT_PREFIX.match(stripped)) is not None:
                        # "Ref.: MATERIAL EVENT": a letter's subject line; the letter's head
                        # over its addressee holds its place and date and its reference code.
                        stripped = stripped[subject.end() :]
                        head = _letter_head(lines, top, begin)
                        reference = head[0] or reference
                        released_on = head[1] or released_on
                    return _release_from_body(
                        text,
                        lines,
                        first_body,
                        end,
                        reference=reference,
                        title=" ".join(stripped.split()),
                        released_on=released_on,
                        contacts_index=contacts_index,
                    )
            index += 1
    return _headless_release(text, lines, floor=floor, signature=signature, filed_on=filed_on)


def _headless_release(
    text: str,
    lines: list[_Line],
    *,
    floor: int,
    signature: tuple[int, int] | None,
    filed_on: date | None,
) -> ParsedRelease | None:
    """A release with no headline, right under the cover: its first paragraph opens on a
    dateline ("DAVAO CITY, Philippines, 10 November 2004 -- Nordlys ... today reported")."""
    for begin, end in _free_regions(text, floor=floor, signature=signature)[:1]:
        index = _line_at(lines, begin)
        if lines[index].start < begin:
            index += 1
        first = _first_content(lines, index, end)
        if first >= len(lines) or lines[first].start >= end:
            return None
        dated = _leading_date(lines[first].text, filed_on)
        if dated is None or _count_paragraphs(lines, first, end) == 0:
            return None
        return _release_from_body(
            text, lines, first, end, reference=None, title=None, released_on=dated
        )
    return None


def _is_words(line: str) -> bool:
    """A line of words, not a rule of dashes or a row of figures."""
    return sum(char.isalpha() for char in line) > len(line) / 2


def _paragraph_top(lines: list[_Line], index: int, begin: int) -> int:
    """The first line of the paragraph holding ``lines[index]``, up to two lines above it."""
    top = index
    while top - 1 >= 0 and lines[top - 1].start >= begin and not lines[top - 1].blank:
        top -= 1
        if index - top >= 2:
            break
    return top


def _sentence_case(line: str) -> bool:
    """A line written as a sentence: a capital first, most longer words after it in lower
    case ("Mobile customers pass two million; profit up 12%")."""
    words = [word for word in line.split()[1:] if len(word) > 3 and word[0].isalpha()]
    lower = sum(1 for word in words if word[0].islower())
    return line[:1].isupper() and len(words) >= 2 and lower > len(words) / 2


# The label of a letter's subject line: "Ref.:", "Re:", "Subject:", "Asunto:", "Objet :".
_SUBJECT_PREFIX = re.compile(
    r"(?:ref|re|sub|subject|asunto|assunto|objet|oggetto|betreff)\.?[ \t]{0,3}:[ \t]*(?=\S)",
    re.IGNORECASE,
)
_LETTER_HEAD_LINES = 16  # lines from a letter's subject line up to its place and date


def _letter_head(lines: list[_Line], subject: int, begin: int) -> tuple[str | None, date | None]:
    """The reference code and the place and date of a letter's head, over its addressee and
    above its subject line ("Lima, June 2, 2003" / "ACME-GL-0412/2003"), up to a rule."""
    reference: str | None = None
    dated: date | None = None
    probe = subject - 1
    while probe >= 0 and lines[probe].start >= begin and subject - probe <= _LETTER_HEAD_LINES:
        stripped = lines[probe].stripped
        if _RULE_LINE.match(stripped):
            break
        if stripped:
            dated = _dateline(stripped) or _bare_date(stripped) or dated
            reference = _reference(stripped) or reference
        probe -= 1
    return reference, dated


def _header_reference(lines: list[_Line], headline: int, begin: int) -> str | None:
    """A labelled reference in the lines just above the headline ("RNS Number : 4712M" over
    the company's name and the date)."""
    for probe in range(headline - 1, max(0, headline - 6) - 1, -1):
        if lines[probe].start < begin:
            break
        labelled = _REFERENCE_LABEL.match(lines[probe].stripped)
        if labelled is not None:
            return labelled.group(1)
    return None


# How far above a headline its date line may be: lines in all, and lines with text.
_DATE_ABOVE_LINES = 8
_DATE_ABOVE_TEXT_LINES = 4


def _nearby_date(
    lines: list[_Line], headline: int, begin: int, first_body: int, end: int, filed_on: date | None
) -> date | None:
    """A date line just above the headline (over a letterhead of the company's name and its
    stock code, blank lines between, no rule), else a dateline opening the body (under its
    subtitles)."""
    probe = headline - 1
    seen = 0  # lines with text read above the headline
    while probe >= 0 and lines[probe].start >= begin and headline - probe <= _DATE_ABOVE_LINES:
        stripped = lines[probe].stripped
        if _RULE_LINE.match(stripped):
            break  # a date over a rule is another part's (a signature's typed under it)
        if stripped:
            found = _bare_date(stripped) or _dateline(stripped) or _company_line_date(stripped)
            if found is not None:
                return found
            seen += 1
            if seen >= _DATE_ABOVE_TEXT_LINES:
                break
        probe -= 1
    if first_body < len(lines):
        stripped = lines[first_body].stripped
        return (
            _bare_date(stripped)
            or _dateline(stripped)
            or _opening_date(lines, first_body, end, filed_on)
        )
    return None


def _free_regions(
    text: str, *, floor: int, signature: tuple[int, int] | None
) -> list[tuple[int, int]]:
    if signature is None:
        return [(floor, len(text))]
    regions = [(floor, signature[0]), (signature[1], len(text))]
    return [(start, end) for start, end in regions if end - start > 0 and start >= floor]


def _lone_paragraph(lines: list[_Line], index: int, end: int) -> bool:
    """A short notice under its headline: one paragraph of prose over three lines or more,
    ending a sentence, with nothing after it."""
    stop = index
    while stop < len(lines) and lines[stop].start < end and not lines[stop].blank:
        stop += 1
    paragraph = [line.stripped for line in lines[index:stop]]
    if len(paragraph) < 3 or not _is_prose(paragraph[0]) or not paragraph[-1].endswith("."):
        return False
    following = _first_content(lines, stop, end)
    return following >= len(lines) or lines[following].start >= end


def _count_paragraphs(lines: list[_Line], index: int, end: int) -> int:
    """Prose paragraphs right under a headline, counted up to two within a short window."""
    count = 0
    in_paragraph = False
    stop = min(len(lines), index + _FALLBACK_LINES)
    while index < stop and lines[index].start < end and count < 2:
        prose = _is_prose(lines[index].stripped)
        if prose and not in_paragraph:
            count += 1
        in_paragraph = not lines[index].blank and (prose or in_paragraph)
        index += 1
    return count


# -- quotes --------------------------------------------------------------------------------


def find_quotes(text: str, start: int, end: int) -> tuple[Quote, ...]:
    """Quotations in ``text[start:end]`` with a speaker named next to a speech verb.

    The speaker comes before the quotation (``Name, role, said: "..."``, ``said Name, role:
    "..."``, ``According to Name, role, "..."``) or after it (``"...," said Name, role.``,
    ``"...," added the Title, Name.``, ``"...," Name, role, said.``). A later quotation of the
    same paragraph that opens a sentence and names no speaker of its own continues the last
    speaker's words: it is kept as a quote of its own with the same speaker and role, so every
    quote's span stays one stretch of the text. A quotation with no speaker named next to it
    (a product's or report's quoted name, a quoted headline) is no quote.
    """
    quotes: list[Quote] = []
    last: tuple[str, str | None] | None = None
    last_end = start
    position = start
    while True:
        mark = _QUOTE_OPEN.search(text, position, end)
        if mark is None:
            break
        content_start = mark.end()
        while content_start < end and text[content_start] in _QUOTE_BLANKS:
            content_start += 1
        content_end, content, after = _quoted_text(text, content_start, end, mark.group(0))
        position = max(after, mark.end())
        if not content:
            continue
        opens_sentence = _opens_sentence(text, start, mark.start())
        speaker = _attribution_before(text, start, mark.start())
        if speaker is None and len(content.split()) >= 3 and opens_sentence:
            speaker = _attribution_after(text, after, end)
        if speaker is None and last is not None and len(content.split()) >= 3:
            same_paragraph = _PARAGRAPH_BREAK.search(text, last_end, mark.start()) is None
            if same_paragraph and opens_sentence:
                speaker = last
        if speaker is None:
            last = None
            continue
        last, last_end = speaker, after
        quotes.append(
            Quote(
                speaker=speaker[0],
                role=speaker[1],
                text=content,
                span=Span.of(text, content_start, content_end),
            )
        )
    return tuple(quotes)


def _opens_sentence(text: str, floor: int, mark: int) -> bool:
    """Whether a quotation mark at ``mark`` opens a paragraph or a sentence."""
    before = text[max(floor, mark - 40) : mark]
    stripped = before.rstrip(_QUOTE_BLANKS)
    if not stripped or _PARAGRAPH_BREAK.search(before, len(stripped)) is not None:
        return True
    return stripped[-1] in ".!?:;" + _CLOSE_MARKS


def _attribution_before(text: str, floor: int, mark: int) -> tuple[str, str | None] | None:
    """The speaker of a lead-in ending at a quotation: ``Name, role, said:``, ``said Name:``."""
    window = text[max(floor, mark - 300) : mark]
    cut = max(window.rfind("\n\n"), *(window.rfind(char) for char in _ALL_MARKS))
    lead = " ".join(window[cut + 1 :].split())
    lead = _sentence_tail(lead)
    if not lead or len(lead) > 250:
        return None
    return _named_speaker(lead, _LEAD_NAME_VERB, _LEAD_VERB_NAME)


def _attribution_after(text: str, after: int, end: int) -> tuple[str, str | None] | None:
    """The speaker of a tail following a quotation: ``, said Name, role.``, ``, Name said.``"""
    window = text[after : min(end, after + 300)]
    stop = _PARAGRAPH_BREAK.search(window)
    if stop is not None:
        window = window[: stop.start()]
    tail = " ".join(window.split())
    tail = tail[: _sentence_end(tail)]
    return _named_speaker(tail, _TAIL_VERB_NAME, _TAIL_NAME_VERB)


def _named_speaker(words: str, *patterns: re.Pattern[str]) -> tuple[str, str | None] | None:
    """The speaker the first of ``patterns`` to find its ``who`` in ``words`` names."""
    for pattern in patterns:
        match = pattern.search(words)
        if match is not None:
            return _speaker(match.group("who"))
    return None


def _sentence_tail(lead: str) -> str:
    """The last sentence of ``lead``: what follows its last full stop that ends a sentence."""
    for match in reversed(list(_FULL_STOP.finditer(lead))):
        if not _is_abbreviation(lead, match.start()):
            return lead[match.end() :]
    return lead


def _sentence_end(tail: str) -> int:
    for match in _SENTENCE_STOP.finditer(tail):
        if match.group(0) != "." or not _is_abbreviation(tail, match.start()):
            return match.start()
    return len(tail)


def _is_abbreviation(phrase: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an initial or an abbreviation ("M.", "Dr.")."""
    word = phrase[:dot].rsplit(" ", 1)[-1].lstrip("(")
    if len(word) == 1 and word.isupper():
        return True
    return word.lower().replace(".", "") in _ABBREVIATIONS


def _speaker(who: str) -> tuple[str, str | None] | None:
    """A person's name and role from ``Name, role``, ``the Title, Name`` or ``Title Name``."""
    parts = [part.strip() for part in who.strip(" ,;:.").split(",")]
    parts = [part for part in parts if part]
    for index, part in enumerate(parts):
        name = _person(part)
        if name is not None:
            rest = _role(parts[index + 1 :])
            if rest:
                return name, rest
            if index and _has_title_word(parts[index - 1]):
                return name, _without_article(parts[index - 1])
            return name, None
        words = part.split()
        # "Jane Roe CEO Example": the name, then the title with no comma between.
        for cut in range(len(words) - 1, 1, -1):
            if words[cut].lower().strip(".") in TITLE_WORDS:
                name = _person(" ".join(words[:cut]))
                if name is not None:
                    return name, _role([" ".join(words[cut:]), *parts[index + 1 :]])
        # "Chief Executive Officer Jane Roe": a title, then the name.
        for cut in range(1, len(words) - 1):
            if words[cut - 1].lower().strip(".") not in TITLE_WORDS:
                continue
            name = _person(" ".join(words[cut:]))
            if name is not None:
                rest = _role(parts[index + 1 :])
                role = _without_article(" ".join(words[:cut]))
                return name, (f"{role}, {rest}" if rest else role)
        if index == 0 and not _has_title_word(part):
            # A clause before the speaker ("Commenting on the results, Jane Roe, ...").
            continue
        if _has_title_word(part):
            continue
        return None
    return None


def _role(parts: list[str]) -> str | None:
    """The role the comma parts after a speaker's name give: those before the first that
    goes on with the sentence instead ("Jane Roe, CEO of Example, adding that ...": "adding
    that" is what she did, "in a statement" how, "who joined in 2004" about her), else None.
    A title in lower case ("directrice générale d'Exemplia", "head of marketing") is a role."""
    kept: list[str] = []
    for part in parts:
        first = part.split(" ", 1)[0].lower()
        if first in _NO_ROLE_OPENERS or (first.endswith("ing") and first not in TITLE_WORDS):
            break
        kept.append(part)
    return ", ".join(kept) or None


# Words that open a clause going on after a speaker's name, not the speaker's role.
_NO_ROLE_OPENERS = frozenset(
    {"who", "whose", "which", "that", "but", "as", "in", "on", "at", "during", "after"}
    | {"before", "when", "while", "to", "with", "speaking", "today", "yesterday", "also"}
)


def _person(part: str) -> str | None:
    """``part`` as a person's name (two or more capitalised words), or None."""
    words = part.split()
    honoured = False
    while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
        words, honoured = words[1:], True
    if honoured and len(words) == 1 and words[0][0].isupper() and words[0].isalpha():
        return words[0]  # "Mr. Oyama": a surname after a courtesy title
    if not 2 <= len(words) <= 7:
        return None
    capitalised = 0
    for word in words:
        lowered = word.lower()
        if lowered in _NAME_PARTICLES:
            continue
        if lowered in TITLE_WORDS or lowered in _NOT_NAME_WORDS or lowered.endswith(("'s", "’s")):
            return None
        if len(word) == 2 and word[0].isupper() and word[1] == ".":
            continue
        if not word[0].isupper() or (len(word) > 2 and word.isupper()):
            return None
        if not all(char.isalpha() or char in "-'’." for char in word):
            return None
        capitalised += 1
    if capitalised < 2 or not words[-1][0].isupper() or words[-1].endswith("."):
        return None
    return " ".join(words)


def _has_title_word(part: str) -> bool:
    return any(word.lower().strip(".'’s") in TITLE_WORDS for word in part.split())


def _without_article(role: str) -> str:
    words = role.split()
    if words and words[0].lower() in {"the", "its", "our", "their"}:
        words = words[1:]
    return " ".join(words)


def _quoted_text(text: str, start: int, end: int, opener: str) -> tuple[int, str, int]:
    """Scan a quotation that may run over paragraphs each opened by a quote mark.

    Returns where its words end, its words and where the quotation (its closing mark) ends.
    """
    stops = _QUOTE_STOPS[opener]
    openers = _CONTINUED_BY[opener]
    paragraphs: list[str] = []
    position = start
    while position < end:
        # One search for whichever comes first keeps the scan linear on unclosed quotes.
        stop = stops.search(text, position, end)
        if stop is None:
            paragraphs.append(text[position:end])
            content_end = _content_stop(text, start, end)
            return content_end, _clean_quote(paragraphs), end
        paragraphs.append(text[position : stop.start()])
        if stop.group(0) in _CLOSE_MARKS:
            return _content_stop(text, start, stop.start()), _clean_quote(paragraphs), stop.end()
        following = stop.end()
        while following < end and text[following] in " \t\n":
            following += 1
        if following >= end or text[following] not in openers:
            content_end = _content_stop(text, start, stop.start())
            return content_end, _clean_quote(paragraphs), stop.start()
        position = following + 1
    return end, _clean_quote(paragraphs), end


def _content_stop(text: str, start: int, end: int) -> int:
    """Where a quotation's words end: before blanks and the comma that hands over to "said"."""
    while end > start and text[end - 1] in _QUOTE_BLANKS:
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
    return end


def _clean_quote(paragraphs: list[str]) -> str:
    cleaned = [" ".join(paragraph.split()).strip(_ALL_MARKS + " ") for paragraph in paragraphs]
    if cleaned:
        cleaned[-1] = cleaned[-1].removesuffix(",")
    return "\n\n".join(part for part in cleaned if part)
