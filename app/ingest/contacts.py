"""Press-contact blocks (name, title, e-mail, phone lines; one or two columns) to Contacts."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from app.ingest.catalog import country_code, default_catalog, fold, is_company_name
from app.ingest.records import Contact, Section, Span

# Words that make a line a job title rather than a person's name (rules as data).
TITLE_WORDS = frozenset(
    {
        "director",
        "directora",
        "directeur",
        "head",
        "manager",
        "gerente",
        "officer",
        "press",
        "communications",
        "communication",
        "relations",
        "media",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "president",
        "vice",
        "secretary",
        "responsabile",
        "responsable",
        "executive",
        "coordinator",
        "editor",
        "investor",
        "investors",
        "public",
        "affairs",
        "chairman",
        "chairwoman",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "analyst",
        "adviser",
        "advisor",
        "consultant",
        "partner",
        "senior",
        "department",
        "dept",
        "office",
        "assistant",
        "associate",
        "general",
        "corporate",
        "marketing",
        "information",
        "specialist",
        "representative",
        "leiter",
        "leiterin",
        "pressesprecher",
        "sprecher",
        "jefe",
        "jefa",
        "comunicazione",
        "comunicacion",
        "communicatie",
        "unternehmenskommunikation",
        "global",
        "group",
        "secretariat",
        # Portuguese ("Relações com Investidores", "Assessoria de Imprensa"), folded.
        "relacoes",
        "investidores",
        "imprensa",
        "assessoria",
        "comunicacao",
        "comunicacoes",
        "departamento",
        # Spanish, French, German and Italian functions ("Relación con Inversores", "Prensa",
        # "Relations investisseurs", "Pressestelle", "Ufficio stampa"), folded.
        "relacion",
        "relaciones",
        # "Gerencia de Comunicaciones": a department (its management), no one's name.
        "gerencia",
        "comunicaciones",
        "inversores",
        "inversionistas",
        "prensa",
        "portavoz",
        "presse",
        "investisseurs",
        "porte-parole",
        "pressestelle",
        "pressesprecherin",
        "sprecherin",
        "kommunikation",
        "ufficio",
        "stampa",
        "relazioni",
        "investitori",
        "portavoce",
    }
)
# The English words of titles and the small words between them ("Head of Investor
# Relations"): a title in two languages keeps the half written only in these.
_ENGLISH_TITLE_WORDS = frozenset(
    {"director", "head", "manager", "officer", "press", "communications", "communication"}
    | {"relations", "media", "spokesman", "spokeswoman", "spokesperson", "chief", "president"}
    | {"vice", "secretary", "executive", "coordinator", "editor", "investor", "investors"}
    | {"public", "affairs", "chairman", "chairwoman", "ceo", "cfo", "coo", "cto", "analyst"}
    | {"adviser", "advisor", "consultant", "partner", "senior", "department", "dept", "office"}
    | {"assistant", "associate", "general", "corporate", "marketing", "information"}
    | {"specialist", "representative", "global", "group", "secretariat", "company", "deputy"}
    | {"financial", "finance", "operating", "technology", "officer", "ir", "pr", "external"}
    | {"internal", "treasury", "sales", "legal", "regulatory", "strategy", "business"}
    | {"development", "of", "and", "for", "the", "-", "&"}
)
# Words naming a department rather than a role: "Mabat Investor Relations" (a firm's name, then
# only such words) is an organization, "Investor Relations Manager" a title.
DEPARTMENT_WORDS = frozenset(
    {"investor", "investors", "relations", "public", "media", "press", "communications"}
    | {"communication", "corporate", "affairs", "office", "department", "dept", "information"}
    | {"group", "marketing", "consultants", "consulting", "advisers", "advisors", "partners"}
    # "Ufficio Stampa": the press office in Italian.
    | {"ufficio", "stampa"}
)
# Words naming a company's department, which a title may end with after a comma ("Manager,
# International PR"): such a part is the title's, not an organization (no firm's words).
_DEPARTMENT_PART_WORDS = (
    DEPARTMENT_WORDS - {"consultants", "consulting", "advisers", "advisors", "partners", "group"}
) | frozenset(
    {"pr", "ir", "international", "external", "internal", "finance", "treasury", "sales"}
    | {"legal", "regulatory", "strategy", "hr", "human", "resources", "business", "development"}
)
# Words that end a line of a postal address ("Dalal Street", "Phiroze Jeejeebhoy Towers"),
# never a person's name (surnames that are also such words, "Park", "Lane", are left out).
_ADDRESS_WORDS = frozenset(
    {"street", "road", "avenue", "boulevard", "plaza", "tower", "towers", "complex"}
    | {"building", "floor", "marg", "square", "centre", "center", "quay", "terrace", "estate"}
)
# Words of a business or its unit ("Nokia Networks", "Fjord Wireless"), never of a person's
# name: such a line over a desk's number is the unit's, no one's.
_BUSINESS_WORDS = frozenset(
    {"networks", "systems", "solutions", "technologies", "telecom", "telecoms", "wireless"}
    | {"telecommunications", "holdings", "industries", "mobile", "cellular", "broadband"}
)
# Cities of more than one word ("New York" over a person's name: the office's city, written
# as a heading of its cell), never a person's name; one-word cities never read as names.
_CITIES = frozenset(
    {"new york", "los angeles", "san francisco", "san diego", "san jose", "las vegas"}
    | {"washington d.c.", "washington dc", "kansas city", "salt lake city", "new jersey"}
    | {"mexico city", "buenos aires", "sao paulo", "rio de janeiro", "porto alegre"}
    | {"belo horizonte", "santiago de chile", "san juan", "santo domingo", "panama city"}
    | {"guatemala city", "quebec city", "kuala lumpur", "tel aviv", "new delhi", "abu dhabi"}
    | {"kuwait city", "ho chi minh city", "cape town", "dar es salaam", "addis ababa"}
    | {"st. petersburg", "saint petersburg", "st petersburg", "nizhny novgorod", "the hague"}
    | {"frankfurt am main", "hong kong", "sri jayawardenepura"}
)
# Lower-case particles allowed inside a person's name ("Cindy Naegeli-du Pont").
NAME_PARTICLES = frozenset({"de", "du", "da", "di", "van", "von", "der", "den", "la", "le", "y"})
# Suffixes that mark a line as an organisation ("mmO2 plc", "TDC Switzerland AG").
ORG_SUFFIXES = frozenset(
    {"plc", "ag", "sa", "s.a.", "gmbh", "ltd", "ltd.", "inc", "inc.", "n.v.", "nv", "spa", "s.p.a."}
    | {"asa", "ab", "as", "a/s", "oy", "oyj", "corp", "corp.", "llc", "limited", "bv", "b.v."}
    | {"co", "co.", "corporation", "k.k.", "tbk", "tbk.", "bhd", "bhd.", "berhad", "p.l.c."}
    # Central European forms ("Nordtel, a.s.", "Pannon Net Nyrt.", "Mures Net S.R.L.").
    | {"a.s.", "s.r.o.", "a.ş.", "nyrt.", "zrt.", "rt.", "s.r.l.", "srl", "kgaa", "s.a.e."}
)
# Bounded parts (RFC 5321 lengths), starting where a run starts: linear on long letter runs.
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,8}"
)
_COLUMN_GAP = re.compile(r"\S( {3,}|\t+)(?=\S)")
# A channel's label written before its number or address without a colon ("tel.", "email").
_CHANNEL_LABELS = frozenset(
    {"tel", "tel.", "phone", "telephone", "ph", "ph.", "mobile", "cell", "fax", "email"}
    | {"e-mail", "t", "t.", "f", "f.", "e", "e.", "m", "m."}
)
_PHONE_CHARS = frozenset("+0123456789 ().-/")
_PHONE_START = frozenset("+(0123456789")
_MAX_LINE = 300
# Words naming a contact block ("Press contact", "Contacto", "Kontakt"), rules as data.
_CONTACT_WORDS: tuple[str, ...] = (
    *("contacts", "contact", "contactos", "contacto", "contatos", "contato"),
    *("contatti", "contatto", "kontakte", "kontakt"),
)
# Openers inviting the reader to get in touch ("For further information", "Para más
# información", "Pour plus d'informations", "Weitere Informationen", "Per ulteriori
# informazioni"): their first two words, as written and folded.
_INVITATIONS: tuple[str, ...] = (
    *("for further", "for more", "para más", "para mas", "para mayor", "para mais"),
    *("pour plus", "pour toute", "pour tout", "für weitere", "fur weitere"),
    *("weitere informationen", "für mehr", "fur mehr", "per ulteriori"),
    *("per maggiori", "per informazioni"),
)
_INVITATION_STARTS = frozenset(fold(phrase) for phrase in _INVITATIONS)
# Lines that introduce a contact block rather than describe the person ("Press contact").
_INTRO = re.compile(
    r"^(?:(?:(?:[^\W\d_]|[&-]){1,20}[ \t]{1,3}){0,3}(?:"
    + "|".join(_CONTACT_WORDS)
    + r")[ \t]{0,2}:?$|(?:"
    + "|".join(phrase.replace(" ", r"[ \t]{1,3}") for phrase in _INVITATIONS)
    + r")(?!\w))",
    re.I,
)
# A number anyone can dial from another town has seven digits at least; six or fewer are a
# postal code ("Mumbai 400 051", "Beijing 100031") or an extension, never a phone.
_MIN_PHONE_DIGITS = 7
# "+852 2894 6321 (direct)", "(31) 9994-8831 (mobile)": a word in brackets after the number
# says which line it is and is no part of it.
_PHONE_NOTE = re.compile(r"[ \t]{0,3}\([A-Za-z][A-Za-z .]{0,20}\)$")
# "+886-2-8770-7966 ext. 1101", "(617) 555-0142 x305", "(416) 555-0100, ext. 4411",
# "(6332) 555-8000 loc. 2201" (a local line), "(511) 555-4400 anexo 2210" (Spanish),
# "(11) 5555-0100 ramal 12" (Portuguese): the extension after a number is dialled with
# it and kept with it.
_EXTENSION = re.compile(
    r",?[ \t]{1,3}(?:ext(?:ension)?\.?|x|loc(?:al)?\.?|anexo|ramal)[ \t]{0,2}\d{1,6}$", re.I
)
# "0xx31 3219-4500": the Brazilian way of writing the carrier's digits before an area code.
_CARRIER_CODE = re.compile(r"(?<![A-Za-z0-9])0xx(?=\d)", re.I)


@dataclass(slots=True)
class _Segment:
    start: int
    end: int
    text: str
    # The label written before the name on the line ("Investor Relations:", "Nordlys:").
    label: str | None = None


@dataclass(slots=True)
class _Record:
    name: _Segment
    title: str | None = None
    organization: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    # Where the person's record ends in the text (its last line, or the end of its sentence):
    # the record runs from the name's start to here.
    end: int = 0
    # A block heading ("Press", "Investor Relations") gives way to the title under the name.
    title_from_heading: bool = False
    # Names written beside the first one ("Jane Roe / John Doe"): people who share the
    # record's firm, numbers and addresses.
    partners: list[_Segment] = field(default_factory=list)


def find_contacts(
    text: str, *, start: int, end: int, sections: Sequence[Section] = ()
) -> tuple[Contact, ...]:
    """Find press contacts in ``text[start:end]``; about-section headings name their company."""
    contacts: list[Contact] = []
    about = sorted(
        (section for section in sections if section.kind == "about" and section.heading),
        key=lambda section: section.start,
    )
    about_starts = [section.start for section in about]
    marks: dict[int, int | None] = {}  # where each section's closing mark ends, found once
    firsts: dict[int, int] = {}  # where each section's first contact block starts
    heading: str | None = None
    labels: list[str] = []
    for block in map(_rejoined, _caption_runs(_blocks(text, start, end))):
        block_start, block_end = block[0].start, block[-1].end
        # "INVESTOR RELATIONS - NORDLYS ASA" alone over the block: the company of its people.
        above, heading = heading, _heading_firm(block)
        # "Media inquiries:      Investor inquiries:" alone over two columns: their functions.
        over, labels = labels, _column_labels(block)
        if not _may_reach(text[block_start:block_end]):
            # A contact is kept only for its e-mail or phone: a block with neither is nobody's.
            continue
        # "— Nordlys Telecom P.L.C., Oslo —" centred under the people: their company.
        trailer = _trailing_firm(block)
        if trailer is not None:
            block = block[:-1]
        organization = (
            trailer
            or above
            or _section_organization(text, about, about_starts, block_start, marks, firsts)
        )
        table = (
            _captioned_table_records(block)
            or _ruled_table_records(block)
            or _table_records(block)
            or _labelled_rows(block)
            or _gap_rows(block)
            or _run_on_records(block)
            or _sentence_records(block)
        )
        columns = [block] if table else _columns(block)
        # "Investor Relations:      Media:" as the block's first line: the columns' functions.
        labels_over = over or (_column_labels(block[:1]) if len(block) > 1 else [])
        functions: list[str | None] = (
            list(labels_over)
            if not table and len(labels_over) == len(columns) > 1
            else [None] * len(columns)
        )
        if not table and len(columns) == 2 and len(columns[0]) == 1:
            # "Investor Relations, Willemstad ... Jane Roe" over her phone and e-mail: the
            # label beside the name's column is her function (the office's city dropped).
            functions = [None, _side_label(columns[0][0].text) or functions[1]]
        for column, function in zip(columns, functions, strict=True):
            for record in table or _records(column):
                if function is not None and (record.title is None or record.title_from_heading):
                    record.title = function
                if not record.emails and not record.phones:
                    continue
                for person in (record.name, *record.partners):
                    contacts.append(
                        Contact(
                            name=_without_courtesy(person.text.rstrip(" ,;")),
                            title=_one_language(record.title),
                            organization=record.organization or organization,
                            emails=tuple(record.emails),
                            phones=tuple(record.phones),
                            span=_record_span(text, record, person),
                        )
                    )
                if about_starts and not above:
                    # The first contact under a company's heading: how far below it it stands.
                    firsts.setdefault(bisect_right(about_starts, block_start) - 1, block_start)
    return tuple(contacts)


# Rules and dashes framing a centred line ("— Nordlys ASA, Oslo —").
_FRAME_CHARS = " \t-\u2013\u2014*=~_"
# How far a centred line under a block stands in from the margin.
_CENTRED_INDENT = 8


def _trailing_firm(block: list[_Segment]) -> str | None:
    """A company's name (its office's city after a comma dropped) centred alone under a
    block of people ("      — Nordlys Telecom P.L.C., Oslo —"): the company they work for;
    None for another last line."""
    if len(block) < 3:
        return None
    line = block[-1].text
    bare = line.strip(_FRAME_CHARS)
    if len(line) - len(line.lstrip()) < _CENTRED_INDENT or not bare or len(bare) > 80:
        return None
    if any(char.isdigit() or char in "@:/" for char in bare):
        return None
    firm, comma, place = bare.rpartition(",")
    if not comma or not (_capitalised(place.strip()) and len(place.split()) <= 3):
        firm = bare
    firm = firm.strip()
    return firm if is_organization(firm) or _is_company(firm) else None


def _side_label(line: str) -> str | None:
    """The function a label beside a person's column names ("Investor Relations, Willemstad",
    "Press:"), an office's city after its comma dropped; None for another line."""
    function, _, place = line.strip().rstrip(" :").partition(",")
    function, place = function.strip(), place.strip()
    if place and not (_capitalised(place) and len(place.split()) <= 3):
        return None
    if not function or _invitation(function) or is_person_name(function):
        return None
    known = is_title(function) or function.lower() in _BLOCK_WORDS or _department_part(function)
    return function if known else None


def _one_language(title: str | None) -> str | None:
    """A title written in two languages ("Investorsuhete juht / Investor Relations
    Manager"): the half whose words are known titles, where the other half's are not."""
    if title is None or " / " not in title:
        return title
    halves = [half.strip() for half in title.split(" / ")]
    if len(halves) != 2 or any(len(half.split()) < 2 for half in halves):
        return title
    known = [half for half in halves if is_title(half)]
    if len(known) == 2:
        # "Gerente de Relaciones con Inversores / Investor Relations Manager": both halves
        # are titles, one the other's translation; the English half is kept.
        known = [half for half in halves if _english_title(half)]
    return known[0] if len(known) == 1 else title


def _english_title(half: str) -> bool:
    """A title whose every word is an English title's ("Investor Relations Manager")."""
    words = [fold(word.strip(".,:;()&").lower()) for word in half.split()]
    return all(word in _ENGLISH_TITLE_WORDS for word in words if word)


def _column_labels(block: list[_Segment]) -> list[str]:
    """The functions a line of column labels names, one a column ("Media inquiries:
    Investor inquiries:"); empty for another block."""
    if len(block) != 1 or len(block[0].text) > _MAX_LINE:
        return []
    cells = [cell.strip() for cell in _CELL_GAP.split(block[0].text.strip())]
    if len(cells) < 2 or not all(cell.endswith(":") for cell in cells):
        return []
    functions = [cell.rstrip(" :") for cell in cells]
    if not all(is_title(function) and not _invitation(function) for function in functions):
        return []
    return functions


def _record_span(text: str, record: _Record, person: _Segment) -> Span:
    """The person's own record, from the name to its last line: never the whole block, which
    would copy a block of a thousand people's lines into each of them."""
    start, end = person.start, max(record.end, person.end)
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return Span.of(text, start, end)


def _joined(lines: list[_Segment]) -> str:
    """Lines stripped and joined with one space between: a paragraph as one line."""
    return " ".join(segment.text.strip() for segment in lines)


def _line_origins(lines: list[_Segment]) -> tuple[list[int], list[int]]:
    """Where each line starts in ``_joined(lines)`` and in the document (its first visible
    character): ``_at`` turns an offset in the joined text into the document's."""
    starts: list[int] = []
    origins: list[int] = []
    offset = 0
    for segment in lines:
        bare = segment.text.strip()
        starts.append(offset)
        origins.append(segment.start + len(segment.text) - len(segment.text.lstrip()))
        offset += len(bare) + 1
    return starts, origins


def _at(starts: list[int], origins: list[int], offset: int) -> int:
    """The document's offset of an offset in a joined text (see ``_line_origins``)."""
    index = max(bisect_right(starts, offset) - 1, 0)
    return origins[index] + offset - starts[index]


def _heading_firm(block: list[_Segment]) -> str | None:
    """The company a block of one heading line names beside its department ("INVESTOR
    RELATIONS - NORDLYS ASA")."""
    if len(block) == 2 and _contacts_heading(block[0].text):
        # "CONTACTS - INVESTOR RELATIONS" over "Nordlys Telecom S.A.": the firm under the
        # heading is the company of the people below.
        firm = block[1].text.strip().rstrip(" ,;:")
        if len(firm) <= 80 and not any(char.isdigit() or char in "@:/" for char in firm):
            return firm if is_organization(firm) or _is_company(firm) else None
        return None
    if len(block) != 1 or len(block[0].text) > _MAX_LINE:
        return None
    found = _firm_and_department(block[0].text.strip())
    return found[0] if found is not None else None


def _contacts_heading(line: str) -> bool:
    """A heading naming a block of contacts ("CONTACTS - INVESTOR RELATIONS", "Media
    enquiries:"): a few words, no number, one of them a contact's or an audience's."""
    words = [fold(word.strip(".,:;()-").lower()) for word in line.split()]
    if not 1 <= len(words) <= 6 or any(char.isdigit() or char == "@" for char in line):
        return False
    return any(word in _AUDIENCE_WORDS for word in words)


# Seven digits with nothing but a phone number's signs (and the "x" of "0xx") between
# them (lines joined too): any number ``parse_phone`` or ``_INLINE_PHONE`` reads has such a run.
_DIALLED_DIGITS = re.compile(r"(?:\d[\s().\-/+xX]*){7}")
_FIRST_PHONE_CHAR = re.compile(r"[+(0-9]")


def _may_reach(text: str) -> bool:
    """Whether some line of ``text`` may hold an e-mail address or a phone number: a cheap
    test before reading a block's lines (false means it certainly holds neither)."""
    return "@" in text or _DIALLED_DIGITS.search(text) is not None


# Labels of a number answered by voice, written before "/Fax" on a shared line.
_VOICE_LABELS = frozenset({"tel", "phone", "telephone", "ph", "t", "telefon", "telefono"})


def parse_phone(line: str) -> str | None:
    """The number in a phone line ("t: +44 (0) 771 575 9176"), or None (fax lines too)."""
    stripped = line.strip()
    first = _FIRST_PHONE_CHAR.search(stripped)
    if first is None:
        return None
    index = first.start()
    label = stripped[:index].strip().lower()
    number = _PHONE_NOTE.sub("", stripped[index:].rstrip(" ,;.")).rstrip(" ,;.")
    if len(label) > 30 or not all(char.isalpha() or char in " .:-/" for char in label):
        return None
    # "Tel/Fax: +7 ...": one number for both is still a phone; a fax's alone is not.
    kinds = [kind.strip(" .:") for kind in label.split("/")]
    voice = len(kinds) > 1 and any(kind in _VOICE_LABELS for kind in kinds)
    if ("fax" in label or label.rstrip(" .:") == "f") and not voice:
        return None
    extension = _EXTENSION.search(number)
    dialled = number[: extension.start()] if extension is not None else number
    if not all(char in _PHONE_CHARS for char in _CARRIER_CODE.sub("0", dialled)):
        return None
    if sum(char.isdigit() for char in dialled) < _MIN_PHONE_DIGITS:
        return None
    return number


# "+852 2128 3107 / +852 9876 5432": two numbers behind one label; a slash inside a number
# ("030/1234 5678", "ext. 1234/5") leaves pieces too short to dial.
_PHONE_SLASH = re.compile(r"[ \t]{0,3}/[ \t]{0,3}")
_MIN_SLASHED_DIGITS = 7


def _split_phone(number: str) -> list[str]:
    """A number as written, or the several numbers it lists with slashes between them."""
    if "/" not in number:
        return [number]
    pieces = [piece.strip() for piece in _PHONE_SLASH.split(number)]
    if all(
        piece
        and piece[0] in _PHONE_START
        and sum(char.isdigit() for char in piece) >= _MIN_SLASHED_DIGITS
        for piece in pieces
    ):
        return pieces
    return [number]


def _phones(line: str) -> list[str]:
    """The numbers on a phone line ("Tel: +852 2128 3107 / +852 9876 5432"), fax lines none."""
    number = parse_phone(line)
    return [] if number is None else _split_phone(number)


# The line tests below are pure functions of the line, and the readers of a block (table,
# labelled rows, run-on, sentence, line by line) ask them about the same lines again: each
# answer is kept (the cache is bounded: a process reads many filings).
_LINE_CACHE = 8192


@lru_cache(maxsize=_LINE_CACHE)
def is_person_name(line: str) -> bool:
    """A line that reads like a person's name: 2-5 capitalised words, no title words."""
    words = line.strip().rstrip(",;").split()
    if not 2 <= len(words) <= 5 or len(line.strip()) > 50:
        return False
    if any(char.isdigit() or char in "@:/()" for char in line):
        return False
    if words[0].lower() in {"about", "for", "the", "www"} or is_organization(line):
        return False
    # "Dalal Street", "Exchange Plaza": a line of an address (a letter's addressee), no one.
    if words[-1].lower().strip(".,") in _ADDRESS_WORDS:
        return False
    # "New York", "Costa Rica": a place (an office's city heading its cell), not a person.
    if _is_place(line):
        return False
    # "Company Contact", "Investor Relations Contacts": a block's label, not a person.
    if words[-1].lower().rstrip(":") in {"contact", "contacts"}:
        return False
    # "Position Telephone": a table's captions.
    if all(word.lower().rstrip(":") in _CAPTIONS for word in words):
        return False
    for word in words:
        bare = word.strip(".,'")
        if not bare:
            return False
        # Folded, so "Dirección de Comunicación" reads as the department it is.
        if fold(bare.lower()) in TITLE_WORDS or bare.lower() in ORG_SUFFIXES:
            return False
        if bare.lower() in _BUSINESS_WORDS:
            return False
        if bare.lower() in NAME_PARTICLES:
            continue
        if not bare[0].isupper():
            return False
    # A name is not shouted in full capitals (headings and org lines are).
    return not all(word.isupper() for word in words)


def _is_place(line: str) -> bool:
    """A line naming a city or a country alone ("New York", "Sri Lanka")."""
    bare = " ".join(fold(line.strip().rstrip(" ,;:").lower()).split())
    return bare in _CITIES or country_code(bare) is not None


@lru_cache(maxsize=_LINE_CACHE)
def is_title(line: str) -> bool:
    words = {fold(word.strip(".,:;()").lower()) for word in line.split()}
    return bool(words & TITLE_WORDS)


@lru_cache(maxsize=_LINE_CACHE)
def is_organization(line: str) -> bool:
    words = line.strip().split()
    return 1 <= len(words) <= 6 and words[-1].lower().rstrip(",") in ORG_SUFFIXES


# Dots standing apart from the words ("Ortega ..... Head", "Alliance . +52"): leaders that
# carry the eye across a gap, never an initial's or an ellipsis's dots, which touch a word.
_DOT_LEADER = re.compile(r"(?<!\S)\.{1,200}(?!\S)")


def _blank(match: re.Match[str]) -> str:
    """As many spaces as the match is long: offsets in the line stay where they were."""
    return " " * len(match.group(0))


def _blocks(text: str, start: int, end: int) -> list[list[_Segment]]:
    """Runs of consecutive non-blank lines in the range."""
    blocks: list[list[_Segment]] = []
    current: list[_Segment] = []
    position = start
    while position < end:
        line_end = text.find("\n", position, end)
        if line_end == -1:
            line_end = end
        line = text[position:line_end]
        if line.strip():
            if "." in line:
                # "Jane Roe ...... Head of Press .... +1 555 0100": the leaders are a gap.
                line = _DOT_LEADER.sub(_blank, line)
            current.append(_Segment(position, line_end, line))
        elif current:
            blocks.append(current)
            current = []
        position = line_end + 1
    if current:
        blocks.append(current)
    return blocks


def _caption(line: str) -> str | None:
    """The caption a "Caption:   value" row opens with ("Name", "Cargo", "Telefone"), folded
    and lower case; None for another line."""
    head, colon, value = line.strip().partition(":")
    if not colon or not value.strip() or len(head) > 25:
        return None
    caption = fold(" ".join(head.lower().split()))
    return caption if caption in _ROW_CAPTIONS else None


def _caption_runs(blocks: list[list[_Segment]]) -> list[list[_Segment]]:
    """Blocks with the one-line blocks of a run of caption rows ("Name:   Jane Roe", blank,
    "Position:   Manager", blank, "Phone:   ...": a table's rows set apart by blank lines)
    joined into one block: one person's rows."""
    joined: list[list[_Segment]] = []
    captions_only = False  # whether every row of joined[-1] is a caption row
    for block in blocks:
        row = len(block) == 1 and _caption(block[0].text) is not None
        near = bool(joined) and block[0].start - joined[-1][-1].end <= 4
        if row and near and captions_only:
            joined[-1].append(block[0])
        elif near and len(block) == 1 and _same_cells(joined[-1], block[0]):
            # "Jane Roe   John Doe", blank, "Tel: ...   Tel: ...": a web page's table, its
            # rows set apart by blank lines, its cells by gaps.
            joined[-1].append(block[0])
        elif near and len(block) == 1 and _details_under_name(joined[-1], block[0]):
            # "Jane Roe, Head of Press", blank, "Tel. ... · jane@...": a list's items or a
            # page's paragraphs set apart by blank lines, one person's name and numbers.
            joined[-1].append(block[0])
        else:
            joined.append(list(block))
            captions_only = all(_caption(segment.text) is not None for segment in block)
    return joined


def _cell_bounds(line: str) -> list[tuple[int, int]]:
    """Where each cell of a line cut at its column gaps (see ``_column_gap``) starts and
    ends, its spaces left out."""
    bounds: list[tuple[int, int]] = []
    offset = 0
    for cell in _gap_cells(line):
        bare = cell.strip()
        if bare:
            begin = offset + len(cell) - len(cell.lstrip())
            bounds.append((begin, begin + len(bare)))
        offset += len(cell)
        gap = _COLUMN_GAP_SPACE.match(line, offset)
        offset = gap.end() if gap is not None else offset
    return bounds


_COLUMN_GAP_SPACE = re.compile(r"[ \t]*")


def _same_cells(block: list[_Segment], segment: _Segment) -> bool:
    """Whether a line cut into two or more cells at its gaps has as many cells as each line
    of the block (a table's row under its rows)."""
    if len(segment.text) > _MAX_LINE:
        return False
    count = len(_cell_bounds(segment.text))
    return count >= 2 and all(
        len(line.text) <= _MAX_LINE and len(_cell_bounds(line.text)) == count for line in block
    )


# A line ending on a phone's label and the first groups of its number ("Tel. +52 (55)"),
# too few digits to dial: the number carries on at the next line's start.
_CUT_PHONE = re.compile(
    r"(?:^|[ \t])(?:tel|phone|fax|mobile|mob|cell|t|m)\.?:?[ \t]{0,3}[+(]?[\d() +\-.]{0,12}$", re.I
)
_OPENING_DASH = re.compile(r"[\u2013\u2014-][ \t]{1,3}")


def _rejoined(block: list[_Segment]) -> list[_Segment]:
    """A block with each person's line wrapped mid-record joined again: a number cut after
    its first groups ("... Tel. +52 (55)" over "2629-5800 - jr@x.mx") or a line opening with
    a dash before a number or an address ("- jr@x.co") carries on the line above. The joined
    line keeps the document's length (the line break read as a space)."""
    lines: list[_Segment] = []
    for segment in block:
        bare = segment.text.strip()
        if (
            lines
            and len(lines[-1].text) + len(bare) <= _MAX_LINE
            and _carries_on(lines[-1].text, bare)
        ):
            above = lines[-1]
            gap = " " * (segment.start - above.end)
            lines[-1] = _Segment(above.start, segment.end, f"{above.text}{gap}{segment.text}")
        else:
            lines.append(segment)
    return lines


def _carries_on(above: str, line: str) -> bool:
    dashed = _OPENING_DASH.match(line)
    if dashed is not None:
        return _detail_line(line[dashed.end() :])
    if not line[:1].isdigit():
        return False
    cut = _CUT_PHONE.search(above.rstrip())
    if cut is None:
        return False
    return sum(char.isdigit() for char in cut.group(0)) < _MIN_PHONE_DIGITS


def _details_under_name(above: list[_Segment], line: _Segment) -> bool:
    """Whether ``line`` holds only numbers and addresses and ``above`` is a person's name
    line with nothing under it but such lines."""
    if not _detail_line(line.text.strip()) or len(above[0].text) > _MAX_LINE:
        return False
    first = above[0].text.strip()
    named = _name_line(first) is not None or is_person_name(_without_courtesy(first))
    return named and all(_detail_line(segment.text.strip()) for segment in above[1:])


def _column_gap(line: str) -> re.Match[str] | None:
    """The first gap between two columns; the gap after a label ("Tel:     +886 2 2344 5488",
    "Media:      Jane Roe, Press Officer") is no column, unless a label follows it too."""
    previous = 0
    matches = list(_COLUMN_GAP.finditer(line))
    for index, match in enumerate(matches):
        left = line[previous : match.start() + 1].strip()
        following = matches[index + 1].start() + 1 if index + 1 < len(matches) else len(line)
        right = line[match.end() : following].strip()
        previous = match.end()
        if left.endswith(":") and len(left.split()) <= 3 and not right.endswith(":"):
            continue
        # "tel.   (416) 555-0100", "email  jr@x.com": a channel's label with no colon.
        if left.lower() in _CHANNEL_LABELS and not right.endswith(":"):
            continue
        # "Phone   : +62 21 555 0101": the label's colon set apart from it.
        if right.startswith(":") and len(left.split()) <= 3:
            continue
        return match
    return None


def _column_ends(line: str) -> list[int]:
    """Where each column after the first starts in a line: the end of each of its gaps
    between columns (see ``_column_gap``), left to right."""
    ends: list[int] = []
    offset = 0
    while offset < len(line):
        match = _column_gap(line[offset:])
        if match is None:
            break
        offset += match.end()
        ends.append(offset)
    return ends


def _column_cuts(block: list[_Segment]) -> list[int]:
    """Where the columns of a block start: the first gapped line's first gap, and each
    further gap of that line that a gap of another line lines up with (within six
    characters): a gap on one line alone is a space inside a cell, no column."""
    lines = [_column_ends(segment.text) for segment in block]
    for index, ends in enumerate(lines):
        if not ends:
            continue
        others = [end for position, row in enumerate(lines) if position != index for end in row]
        return [ends[0]] + [end for end in ends[1:] if any(abs(o - end) <= 6 for o in others)]
    return []


def _line_bounds(line: str, cuts: list[int]) -> list[int]:
    """Where each column's cell starts in a line, and the line's end: a column's cell starts
    at the line's gap near the column's start, or where the line itself starts if it is
    indented that far; a column the line does not reach is empty (the cell before it runs
    on to the next one)."""
    ends = _column_ends(line)
    indent = len(line) - len(line.lstrip())
    found: list[int | None] = []
    last = 0
    for cut in cuts:
        near = next((end for end in ends if abs(end - cut) <= 6 and end > last), None)
        if near is None and indent >= cut - 6:
            near = indent
        if near is not None:
            last = near
        found.append(near)
    bounds = [len(line)]
    for value in reversed(found):
        bounds.append(bounds[-1] if value is None else value)
    return [0, *reversed(bounds)]


def _columns(block: list[_Segment]) -> list[list[_Segment]]:
    """Split a block typeset in columns (separated by runs of spaces) by character position."""
    if any(len(segment.text) > _MAX_LINE for segment in block):
        return [block]
    if not any(_two_columns(segment.text) for segment in block):
        return [block]
    cells = [_cell_bounds(segment.text) for segment in block]
    if len(block) > 1 and len({len(row) for row in cells}) == 1 and len(cells[0]) > 1:
        # Every line cut into as many cells by its gaps: the cells, in order, are the
        # columns, however far the cells stand from their column's start (a web page's
        # table written out, its cells of any width).
        return [
            [
                _Segment(segment.start + row[number][0], segment.start + row[number][1],
                         segment.text[row[number][0] : row[number][1]])
                for segment, row in zip(block, cells, strict=True)
            ]
            for number in range(len(cells[0]))
        ]  # fmt: skip
    cuts = _column_cuts(block)
    if not cuts:
        return [block]
    run_on = _run_on_cell(block, cuts[0]) if len(cuts) == 1 else None
    if run_on is not None:
        return [run_on]
    columns: list[list[_Segment]] = [[] for _ in range(len(cuts) + 1)]
    for segment in block:
        line = segment.text
        bounds = _line_bounds(line, cuts)
        for number, column in enumerate(columns):
            begin = bounds[number]
            cell = line[begin : bounds[number + 1]].rstrip()
            if cell.strip():
                offset = begin + len(cell) - len(cell.lstrip())
                column.append(
                    _Segment(
                        segment.start + offset, segment.start + begin + len(cell), cell.strip()
                    )
                )
    return [column for column in columns if column]


def _run_on_cell(block: list[_Segment], split_at: int) -> list[_Segment] | None:
    """A block whose one gapped line, inside it, ends a person's record on its left and names
    the next person on its right, the lines below not indented under the name ("jane@x.com
    John Doe": two table cells written one after the other): the block as one column, that
    line as its two lines; None for another block."""
    gapped = [index for index, segment in enumerate(block) if _column_gap(segment.text)]
    if len(gapped) != 1 or not 0 < gapped[0] < len(block) - 1:
        return None
    index = gapped[0]
    segment = block[index]
    gap = _column_gap(segment.text)
    assert gap is not None
    left, right = segment.text[: gap.start() + 1], segment.text[gap.end() :]
    if _detail_cell(left.strip()) is None or not is_person_name(right.strip()):
        return None
    if any(len(line.text) - len(line.text.lstrip()) >= split_at - 6 for line in block[index + 1 :]):
        return None
    left_start = segment.start + len(left) - len(left.lstrip())
    right_start = segment.start + gap.end()
    return [
        *block[:index],
        _Segment(left_start, left_start + len(left.strip()), left.strip()),
        _Segment(right_start, right_start + len(right.strip()), right.strip()),
        *block[index + 1 :],
    ]


def _two_columns(line: str) -> bool:
    """A line with a column gap that is not one person's numbers and addresses set apart by
    spaces ("Tel: +65 6000 0000     Email: jane@x.com" under the person's name line)."""
    match = _column_gap(line)
    if match is None:
        return False
    left, right = line[: match.start() + 1], line[match.end() :]
    return _detail_cell(left.strip()) is None or _detail_cell(right.strip()) is None


@lru_cache(maxsize=_LINE_CACHE)
def _is_company(line: str) -> bool:
    """A line that is a company's name ("Telecom Italia Mobile"), not a person's."""
    return default_catalog().resolve(line.strip().rstrip(",;")) is not None


def _company_in(line: str) -> str | None:
    """The known company a heading line ends or opens with ("Media Relations Swisscom",
    "TDC Investor Relations" → "Swisscom", "TDC")."""
    words = line.strip().rstrip(",;:").split()
    for count in range(min(len(words), 4), 0, -1):
        tail = " ".join(words[-count:])
        if default_catalog().resolve(tail) is not None:
            return tail
    for count in range(min(len(words) - 1, 3), 0, -1):
        head = " ".join(words[:count])
        if not is_title(head) and default_catalog().resolve(head) is not None:
            return head
    return None


# "Head of Press Relations, Orange": a title, then the organization after the last comma.
_TITLE_COMMA_ORG = re.compile(r"^(?P<title>[^,]{3,80}),[ \t]{0,3}(?P<org>[^,]{2,50})$")
_TITLE_COMMA_LEGAL_ORG = re.compile(
    r"^(?P<title>[^,]{3,80}),[ \t]{0,3}(?P<org>[^,]{2,50},[ \t]{0,3}[^,\s]{2,8})$"
)
# "VimpelCom (Moscow)": an organization with its office's city in brackets.
_ORG_WITH_PLACE = re.compile(
    r"^(?P<org>[^()]{2,40}?)[ \t]{1,3}"
    r"\((?P<place>[A-Z][\w.'-]{1,20}(?:[ \t][A-Z][\w.'-]{1,20}){0,2})\)$"
)


@lru_cache(maxsize=_LINE_CACHE)
def _title_and_organization(line: str) -> tuple[str, str | None]:
    """Split "Head of Press Relations, Orange" into its title and organization."""
    match = _TITLE_COMMA_ORG.match(line.strip().rstrip(" ,;"))
    if match is not None and match.group("org").strip().lower() in ORG_SUFFIXES:
        # "Fjord Investor Relations, Inc.": a legal form alone after the comma ends one
        # firm's name, no title before a company.
        match = None
    if match is None:
        # "Head of Investor Relations, Nordlys Holdings, Inc.": a legal form after a comma.
        match = _TITLE_COMMA_LEGAL_ORG.match(line.strip().rstrip(" ,;"))
    if match is not None:
        org = match.group("org").strip()
        # A known company may hold a title word ("Spokesperson, Partner Communications").
        if is_organization(org) or _is_company(org):
            return match.group("title").strip(), org
    # "Press Secretary of OJSC Nordtel", "Head of Media of Nordlys ASA": a company written
    # with its legal form after the last "of" is the person's employer, not the title's.
    head, of, tail = line.strip().rstrip(" ,;").rpartition(" of ")
    if of and is_title(head) and _legal_firm(tail.strip()):
        return head.strip(), tail.strip()
    # "Press director Auna Group": a title, then a known company with no comma between.
    words = line.strip().rstrip(" ,;").split()
    for count in range(min(len(words) - 1, 3), 0, -1):
        head, tail = " ".join(words[:-count]), " ".join(words[-count:])
        # "Chief of press of Amena" keeps its company: the title runs on into it.
        if words[-count - 1].islower() and len(words[-count - 1]) <= 3:
            continue
        if is_title(head) and tail[0].isupper() and _is_company(tail):
            return head.rstrip(" ,;"), tail
    return line.rstrip(" ,;"), None


# Legal forms written before a company's name ("OJSC Nordtel", "PT Nusantara Seluler").
_ORG_PREFIXES = frozenset({"OJSC", "CJSC", "JSC", "PJSC", "OAO", "ZAO", "PAO", "AO", "PT"})


def _legal_firm(text: str) -> bool:
    """A company's name with its legal form written before or after it ("OJSC Nordtel",
    "Nordlys ASA"): a firm, whatever its words."""
    words = text.split()
    if not 2 <= len(words) <= 6 or any(char.isdigit() or char in "@:()" for char in text):
        return False
    return words[0] in _ORG_PREFIXES or is_organization(text)


_TRAILING_REACH = re.compile(r",[ \t]{0,3}(?:at|on|via)$")
_NAME_PHONE = re.compile(r"^(?P<name>[^,\d]{3,50}),[ \t]{0,3}(?P<phone>[^,]{6,30})$")


# "Lee Ka Man (Senior Manager)": a name, then the title (or the company) in brackets.
_NAME_BRACKETED = re.compile(r"^(?P<name>[^()]{3,50}?)[ \t]{0,3}\((?P<inner>[^()]{2,80})\)$")


# Forms of address written in brackets after a name ("Jane Roe (Ms.)").
_COURTESY_TITLES = frozenset(
    {"mr", "ms", "mrs", "miss", "dr", "prof", "mme", "mlle", "m", "sr", "sra", "srta", "herr"}
    | {"frau", "sir", "madam", "dame"}
)


# Academic degrees written before a name in Central Europe ("Ing. Jana Nová", "Mgr. Petr
# Malý", "Dipl.-Ing. Karl Huber"): no part of the name either.
_ACADEMIC_TITLES = frozenset(
    {"ing", "mgr", "bc", "phdr", "rndr", "judr", "mudr", "paeddr", "doc", "dipl.-ing", "dipl"}
    | {"mag", "dott", "drs"}
    # Latin American and Arab forms for graduates and engineers ("Lic. Ana Ruiz", "Licda.
    # Eva Mora", "Eng. Omar Said", "Arq. Luis Paz").
    | {"lic", "licda", "licdo", "lcda", "lcdo", "eng", "arq", "abog", "cpn", "cp"}
)
# Credentials written after a name and its comma ("Jane Roe, CFA", "John Doe, Ph.D."): no
# title, no firm, and no part of the name.
_POST_NOMINALS = frozenset(
    {"cfa", "cpa", "phd", "ph.d", "mba", "fca", "aca", "acca", "cima", "cma", "frm", "caia"}
    | {"jr", "sr", "msc", "llm", "frics", "mp", "obe", "cbe", "mbe", "esq"}
)


def _without_courtesy(name: str) -> str:
    """A name without the form of address or degree written before it ("Ms. Winnie Lau",
    "Dr Jane Roe", "Ing. Jana Nová"): "Ms." says how to address the person and is no part
    of the name."""
    for _ in range(3):  # "Prof. Ing. Jan Novák": forms may stack
        first, _, rest = name.partition(" ")
        rest = rest.strip()
        form = fold(first.lower()).rstrip(".")
        # A single letter ("M. Ali Khan") is as likely the initial of a first name; "Mrs Lee"
        # keeps its form of address, which a surname alone needs.
        known = form in _COURTESY_TITLES or (form in _ACADEMIC_TITLES and first.endswith("."))
        if not (len(form) > 1 and known and rest[:1].isupper() and " " in rest):
            break
        name = rest
    return name


def _bracketed_name_line(line: str) -> tuple[str, str | None, str | None] | None:
    match = _NAME_BRACKETED.match(line.strip().rstrip(" ,;"))
    if match is None or any(char.isdigit() or char == "@" for char in line):
        return None
    name, inner = match.group("name").strip(), match.group("inner").strip()
    if not is_person_name(name) or _is_company(name):
        return None
    if fold(inner.lower()).rstrip(".") in _COURTESY_TITLES:
        # "Jane Roe (Ms.)": the form of address, no title.
        return name, None, None
    if is_organization(inner) or _is_company(inner):
        return name, None, inner
    if is_title(inner) or _department_part(inner):
        title, organization = _title_and_organization(inner)
        return name, title, organization
    return None


# A dash with spaces round it between a line's parts ("Jane Roe - Head of Press"); a dash
# inside a number or a double-barrelled name has none.
_SPACED_DASH = re.compile(r"[ \t]{1,3}[-\u2013\u2014][ \t]{1,3}")


def _name_line(line: str) -> tuple[str, str | None, str | None] | None:
    """Split "Koray Ozturk, Investor Relations, Turkcell", "Rui Antunes, Investor Relations
    Director", "Daniel Harwood, Citigate Dewe Rogerson" or "Lee Ka Man (Senior Manager)" into
    name, title and organization."""
    bracketed = _bracketed_name_line(line) if "(" in line else None
    if bracketed is not None:
        return bracketed
    # "Jane Roe, Head of Press, Nordlys, at" wrapped before the number: the "at" is the
    # sentence's, no part of the company.
    line = _TRAILING_REACH.sub("", line.strip())
    dashed = _SPACED_DASH.split(line.strip(), maxsplit=1)
    if (
        len(dashed) == 2
        and "," not in dashed[0]
        and is_person_name(dashed[0])
        # "Nordlys Telecom - Investor Relations": a company's department, nobody's title.
        and not _is_department(dashed[1])
    ):
        # "Jane Roe - Head of Press, Nordlys": a spaced dash after the name, as a comma.
        line = f"{dashed[0]}, {dashed[1]}"
    parts = [part.strip() for part in line.strip().rstrip(" ,;").split(",")]
    if len(parts) > 1 and "@" not in line:
        # "Jane Roe, CFA, Head of Investor Relations": the credential is no title.
        parts = parts[:1] + [part for part in parts[1:] if not _post_nominal(part)]
        if len(parts) == 1 and is_person_name(parts[0]) and not _is_company(parts[0]):
            return parts[0], None, None
    if not 2 <= len(parts) <= 3 or not all(parts) or "@" in line:
        return None
    if any(char.isdigit() for char in line):
        return None
    name, rest = parts[0], parts[1:]
    # "Nordtel Sever, a.s.": a legal form alone after the comma ends a firm's name.
    if len(parts) == 2 and parts[1].lower() in ORG_SUFFIXES:
        return None
    if not is_person_name(name) or _is_company(name):
        return None
    if len(rest) == 1:
        (other,) = rest
        # "Jane Roe - Fjordvik Communications": a firm speaking for the issuer.
        if is_organization(other) or _is_company(other) or _agency(other):
            return name, None, other
        if is_title(other) or _department_part(other):
            return name, other, None
        # Not a title: a firm speaking for the issuer (an agency with no legal form written).
        return (name, None, other) if _capitalised(other) else None
    first, second = rest
    if is_organization(second) or _is_company(second):
        return name, first, second
    if is_organization(first) or _is_company(first):
        return name, second, first
    if _agency(second):
        # "Account Director, Fjord Investor Relations": the firm speaking for the issuer.
        return name, first, second
    if is_title(second) or _department_part(second):
        # "Vice President, Finance and Investments" wrapped after a comma: all one title.
        return name, f"{first}, {second}", None
    return (name, first, second) if is_title(first) and _capitalised(second) else None


def _post_nominal(part: str) -> bool:
    return part.lower().rstrip(".") in _POST_NOMINALS


def _apply_label(record: _Record, label: str | None) -> None:
    """A label written before the person's name: a function ("Investor Relations:", "Media:")
    is the title, a company ("Nordlys:") the organization, where the person's line names
    none; an invitation ("For further information:") or a place ("India:") is neither."""
    if label is None:
        return
    bare = label.strip().rstrip(" :")
    if not bare or _invitation(bare):
        return
    if is_organization(bare) or _is_company(bare):
        record.organization = record.organization or bare
    elif (
        bare.lower() in _BLOCK_WORDS
        and record.organization is not None
        and _agency(record.organization)
    ):
        # "Media: Jane Roe - Fjordvik Communications": the audience the agency answers,
        # no function of the agency's person.
        return
    elif record.title is None and (
        is_title(bare) or bare.lower() in _BLOCK_WORDS or _department_part(bare)
    ):
        record.title = bare


def _invitation(label: str) -> bool:
    """ "For further information", "For more details": a label inviting the reader to get in
    touch, no one's function ("Media contact" is one)."""
    return fold(" ".join(label.lower().split()[:2])) in _INVITATION_STARTS


def _department_part(part: str) -> bool:
    """A comma-separated part made of department words only ("International PR", "Investor
    Relations & Treasury"): the end of a title, never a firm ("Fjord Investor Relations")."""
    words = [fold(word.lower().strip(".,&:;()")) for word in part.split()]
    words = [word for word in words if word and word not in _LINKING_WORDS]
    return bool(words) and all(word in _DEPARTMENT_PART_WORDS for word in words)


def _agency(line: str) -> bool:
    """A firm's name then department words only ("Mabat Investor Relations"): an organization.
    The first word is no title word, so "Corporate Communications" stays a title."""
    lowered = line.lower()
    if "relations" not in lowered and "communication" not in lowered and "affairs" not in lowered:
        return False
    words = line.strip().rstrip(" ,;").split()
    if not 2 <= len(words) <= 6 or any(char.isdigit() or char in "@:/" for char in line):
        return False
    head = [word for word in words if fold(word.lower().strip(".,&")) not in DEPARTMENT_WORDS]
    if not head or len(head) == len(words) or words[0] != head[0]:
        return False
    # "International Public Relations": a department's name, no firm's; "Vice-President,
    # Investor Relations" a title (the parts of a hyphenated word are read too).
    if any(
        part in TITLE_WORDS | _DEPARTMENT_PART_WORDS
        for word in head
        for part in fold(word.lower().strip(".,")).split("-")
    ):
        return False
    departments = {fold(word.lower()) for word in words[len(head) :]}
    return (
        all(word[0].isupper() for word in words if word.isalpha())
        and words[: len(head)] == head
        and bool(departments & {"relations", "communications", "affairs"})
    )


def _capitalised(line: str) -> bool:
    words = [word for word in line.split() if word.lower() not in NAME_PARTICLES | {"&", "and"}]
    return bool(words) and all(word[0].isupper() for word in words)


_SOURCE_LABEL = re.compile(r"source[ \t]{0,3}:[ \t]{0,3}", re.I)


def _apply_preface(record: _Record, preface: list[str]) -> None:
    """Organization and title lines typeset above the first name of a block."""
    for index, line in enumerate(preface):
        # "Source: Nordlys Telecom Inc.": the wire's label names the issuing company.
        source = _SOURCE_LABEL.match(line)
        if source is not None:
            line = line[source.end() :]
        if record.organization is None and (is_organization(line) or _is_company(line)):
            record.organization = line.rstrip(" ,;")
        elif record.organization is None and _names_department_owner(preface, index):
            # "Nordtel" over "Public Relations Department": the department's company.
            record.organization = line.rstrip(" ,;")
        elif record.organization is None and _firm_and_department(line) is not None:
            # "Nordlys Telecom - Investor Relations": the company and the department the
            # person works in (a title under the name wins over the department).
            record.organization, department = _firm_and_department(line) or (None, None)
            if record.title is None:
                record.title = department
                record.title_from_heading = True
        elif record.organization is None and _placed_agency(line) is not None:
            # "Fjordvik Communications (Oslo)": an agency with its office's city, no title.
            record.organization = _placed_agency(line)
        elif is_title(line):
            company = _company_in(line)
            if company is not None and record.organization is None:
                record.organization = company
            elif record.title is None and company is None:
                record.title = line.rstrip(" ,;")
                record.title_from_heading = True
    if record.organization is None and preface and _firm_line(preface[-1]):
        # "Hill & Knowlton Asia" over "Mr. Kelvin Ho": the firm the person speaks for.
        line = preface[-1].strip().rstrip(" ,;")
        placed = _ORG_WITH_PLACE.match(line)
        record.organization = placed.group("org").strip() if placed is not None else line


def _placed_agency(line: str) -> str | None:
    """The agency a line "Fjordvik Communications (Oslo)" names with its office's city."""
    placed = _ORG_WITH_PLACE.match(line.strip().rstrip(" ,;"))
    if placed is None:
        return None
    firm = placed.group("org").strip()
    return firm if _agency(firm) else None


def _firm_line(line: str) -> bool:
    """A few capitalised words, no function, person, number or label among them, typeset
    directly over a person's name: the firm's name ("Fjordvik & Partners", "Nordic IR
    (Oslo)")."""
    bare = line.strip().rstrip(" ,;")
    placed = _ORG_WITH_PLACE.match(bare)
    bare = placed.group("org").strip() if placed is not None else bare
    words = bare.split()
    # One word alone ("London", "Journalists") may be a place or an audience as well; one
    # with its office's city in brackets ("Brunswick (Paris)") is a firm.
    fewest = 1 if placed is not None else 2
    if not fewest <= len(words) <= 5 or not _capitalised(bare) or bare.lower() in _BLOCK_WORDS:
        return False
    if any(char.isdigit() or char in "@:/" for char in bare) or _INTRO.match(bare):
        return False
    # "Buenos Aires" over a name: the office's city, no firm.
    if _is_place(bare):
        return False
    # "Fjord Capital (Oslo)": an office's city in brackets follows a firm, not a person.
    return not is_title(bare) and (placed is not None or not is_person_name(bare))


# "ph. +7 342 000 0000 / jr@x.ru": a spaced slash parts a number from an address too, and
# so does a spaced dash ("011 555 0100 – jr@x.co.za", "+20 2 555 0100 - Mobile: ..."; a
# hyphen only before a word, as "555 - 0100" may be one number's groups); a middle dot or
# a bullet between them too ("+65 6000 0000 · jr@x.sg").
_PIECE_SEPARATOR = re.compile(
    r"[;,|\u00b7\u2022]|[ \t](?:or|and)[ \t]|[ \t]/[ \t]|[ \t][\u2013\u2014][ \t]"
    r"|[ \t]-[ \t](?=[A-Za-z])"
)
# "Media:", "Investor Relations:" before a name on the same line.
# Letters of any language ("Relações com Investidores:", "Pour plus d'informations:"), no digits.
_LEADING_LABEL = re.compile(
    r"^[A-Z\u00c0-\u00de](?:[^\W\d_]|[&/'-]){1,20}"
    r"(?:[ \t](?:[^\W\d_]|[&/'-]){1,20}){0,2}[ \t]{0,6}:[ \t]+(?=\S)"
)


# "Phone: (56-2) 555-0100  Fax: (56-2) 555-0101": a label after a number (a space or two
# before it, no column's gap) starts the next piece of the line.
_NEXT_LABEL = re.compile(r"(?<=\d)[ \t]{1,6}(?=[A-Za-z][A-Za-z.\-]{0,14}[ \t]{0,2}:)")


def _details(line: str) -> tuple[list[str], list[str]]:
    """The e-mails and phone numbers on a line: "Tel: +1 212 555 0100", or several on one
    line ("Phone 020 7946 0000 or 07700 900 123", "tel. +31 70 000 0000, e-mail a@b.nl")."""
    emails = _EMAIL.findall(line)
    phones = [] if emails else _phones(line)
    if phones:
        return [], phones
    # A column gap parts pieces too ("Tel: +65 6000 0000     Email: jane@x.com"); the gap
    # after a label ("Fax:     +65 6000 0001") does not.
    pieces = [
        part
        for piece in _PIECE_SEPARATOR.split(line)
        for cell in _gap_cells(piece)
        for part in _NEXT_LABEL.split(cell)
    ]
    if len(pieces) > 1:
        for piece in pieces:
            if "@" not in piece:
                phones.extend(_phones(piece))
    return emails, phones


def _gap_cells(text: str) -> list[str]:
    """A piece of a line cut at its column gaps (see ``_column_gap``)."""
    cells: list[str] = []
    gap = _column_gap(text) if len(text) <= _MAX_LINE else None
    while gap is not None:
        cells.append(text[: gap.start() + 1])
        text = text[gap.end() :]
        gap = _column_gap(text)
    cells.append(text)
    return cells


def _detail_line(line: str) -> bool:
    """A short line of numbers and addresses ("Phone 020 7946 0000 or 07700 900 123"): no prose
    however many words it has. A number's groups are no words of prose ("Tel.: +20 2 555
    0100 - Mobile: +20 12 555 0199 - E-mail: ..." is thirteen words, three of them words)."""
    words = line.split()
    lettered = sum(any(char.isalpha() for char in word) for word in words)
    if len(words) > 12 and (len(words) > 24 or lettered > 6):
        return False
    if "@" not in line and _INLINE_PHONE.search(line) is None:
        return False
    emails, phones = _details(line)
    return bool(emails or phones)


def _expand(segment: _Segment) -> list[_Segment]:
    """One line as the lines it stands for: "Name, Title; tel.: ...; e-mail: ..." as its
    pieces, and "Media:   Name, Title" as the name line without its label."""
    text = segment.text
    label = _LEADING_LABEL.match(text.strip())
    if label is not None and len(text) <= _MAX_LINE:
        # "Relações com Investidores: Jane Roe - (55 61) 555-0100 -", "Nordlys: Jane Roe,
        # Head of IR | +47 ... |": the label, then the person's pieces; the label says the
        # person's function or company.
        offset = len(text) - len(text.lstrip()) + label.end()
        rest = _Segment(segment.start + offset, segment.end, text[offset:])
        pieces = _pieces(rest)
        first = pieces[0].text.strip().rstrip(" |-\u2013\u2014")
        if _name_line(first) is not None or is_person_name(first):
            start = pieces[0].start + len(pieces[0].text) - len(pieces[0].text.lstrip())
            pieces[0] = _Segment(start, start + len(first), first, label.group(0).strip())
            return pieces
    return _pieces(segment)


def _pieces(segment: _Segment) -> list[_Segment]:
    """A line's pieces apart by spaced dashes, semicolons or bars ("Jane Roe, Title; tel.:
    ...; e-mail: ...", "+47 22 00 11 44 | jane@x.com") when some piece reaches the person;
    else the line as it is."""
    text = segment.text
    dashed = _dashed_pieces(segment)
    if dashed is not None:
        return dashed
    if len(text) > _MAX_LINE:
        return [segment]
    if ";" not in text and "|" not in text:
        return _name_then_details(segment) or [segment]
    pieces: list[_Segment] = []
    position = 0
    for part in _PIECE_BREAK.split(text):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            start = segment.start + position + lead
            pieces.append(_Segment(start, start + len(part.strip()), part.strip()))
        position += len(part) + 1
    reaches = any(_EMAIL.search(piece.text) or parse_phone(piece.text) for piece in pieces)
    return pieces if reaches and len(pieces) > 1 else [segment]


_PIECE_BREAK = re.compile(r"[;|]")


# The space before a number ending its line ("... Company Secretary +679 000 1200").
_TRAILING_PHONE = re.compile(r"[ \t](?=[+(]?\d[\d ()\-./]{6,30}$)")


def _name_then_details(segment: _Segment) -> list[_Segment] | None:
    """ "Jane Roe, President, Nordlys Oy, tel. +358 ...": a name line and the person's
    numbers and addresses after its commas, as the two lines they stand for; None for
    another line."""
    text = segment.text
    trailing = _TRAILING_PHONE.search(text) if len(text) <= _MAX_LINE else None
    if trailing is not None and "@" not in text:
        # "Jane Roe, Company Secretary +679 000 1200": the number after the title, no comma.
        head, tail = text[: trailing.start()], text[trailing.end() :]
        if _name_line(head) is not None and parse_phone(tail) is not None:
            head_start = segment.start + len(head) - len(head.lstrip())
            tail_start = segment.start + trailing.end()
            return [
                _Segment(head_start, head_start + len(head.strip()), head.strip()),
                _Segment(tail_start, tail_start + len(tail.rstrip()), tail.rstrip()),
            ]
    if text.count(",") < 2 or ("@" not in text and not any(char.isdigit() for char in text)):
        return None
    parts = text.split(",")
    first = next(
        (i for i, part in enumerate(parts) if _EMAIL.search(part) or parse_phone(part)), None
    )
    if first is None or first < 2:
        return None
    if not all(_EMAIL.search(part) or parse_phone(part) for part in parts[first:] if part.strip()):
        return None
    head = ",".join(parts[:first])
    if _name_line(head) is None:
        return None
    tail = text[len(head) + 1 :]
    head_start = segment.start + len(head) - len(head.lstrip())
    tail_start = segment.start + len(head) + 1 + len(tail) - len(tail.lstrip())
    return [
        _Segment(head_start, head_start + len(head.strip()), head.strip()),
        _Segment(tail_start, tail_start + len(tail.strip()), tail.strip()),
    ]


def _dashed_pieces(segment: _Segment) -> list[_Segment] | None:
    """ "Fjord IR (Oslo) - Jane Roe - +47 22 00 11 44 -": a firm, a person and a number on
    one line, spaced dashes between them, as the lines they stand for; None for another line."""
    text = segment.text
    if len(text) > _MAX_LINE or _SPACED_DASH.search(text) is None:
        return None
    pieces: list[_Segment] = []
    position = 0
    for gap in [*_SPACED_DASH.finditer(text), None]:
        cut = len(text) if gap is None else gap.start()
        part = text[position:cut]
        if part.strip(" \t-\u2013\u2014"):
            lead = len(part) - len(part.lstrip())
            bare = part.strip().rstrip(" -\u2013\u2014")
            start = segment.start + position + lead
            pieces.append(_Segment(start, start + len(bare), bare))
        position = len(text) if gap is None else gap.end()
    # "Jane Roe, Investor Relations - Tel. ... - jr@x.mx": a name line counts as its person.
    named = [is_person_name(piece.text) or _name_line(piece.text) is not None for piece in pieces]
    people = sum(named)
    reach = any(_EMAIL.search(piece.text) or parse_phone(piece.text) for piece in pieces)
    # "Jane Roe - (55 61) 555-0100": the person first, then the number, two pieces will do.
    enough = len(pieces) >= 3 or (len(pieces) == 2 and named[0])
    return pieces if enough and people == 1 and reach else None


# Words that open a contact block without naming anyone's company.
_BLOCK_WORDS = frozenset({"enquiries", "inquiries", "media", "press", "investors", "analysts"})


def _names_department_owner(preface: list[str], index: int) -> bool:
    """A short capitalised line directly over a department's line in a block's preface."""
    line = preface[index].strip().rstrip(" ,;")
    words = line.split()
    if index + 1 >= len(preface) or not 1 <= len(words) <= 4 or not _capitalised(line):
        return False
    if is_title(line) or is_person_name(line) or line.lower() in _BLOCK_WORDS:
        return False
    if any(char.isdigit() or char in "@:/" for char in line):
        return False
    below = preface[index + 1]
    return is_title(below) and _is_department(below) and _company_in(below) is None


def _is_department(line: str) -> bool:
    """A department's line, all department words ("Investor Relations", "Public Relations
    Department"), not a person's title ("Head of Press"): a place over a title is no company."""
    words = [fold(word.lower().strip(".,&:;")) for word in line.split()]
    words = [word for word in words if word and word not in _LINKING_WORDS]
    return bool(words) and all(word in DEPARTMENT_WORDS for word in words)


_LINKING_WORDS = frozenset({"of", "and", "the"})


def _records(lines: list[_Segment]) -> list[_Record]:
    records: list[_Record] = []
    current: _Record | None = None
    preface: list[str] = []
    segments = [piece for line in lines for piece in _expand(line)]
    # Numbers and addresses over the block's first name, which follows them after a dash.
    leading: tuple[list[str], list[str]] = ([], [])
    # Whether the line above gave the current person's title (a lower-case line under it
    # carries it on).
    title_open = False
    for index, segment in enumerate(segments):
        line = segment.text.strip()
        continues_title, title_open = title_open, False
        signed = _SIGNING_DASH.match(line)
        if signed is not None and current is None and (leading[0] or leading[1]):
            # "tel. ... / email ... / -- Jane Roe, Director, Investor Relations": the name
            # signs the numbers and addresses written over it.
            split = _name_line(line[signed.end() :])
            if split is not None:
                name, title, organization = split
                lead = len(segment.text) - len(segment.text.lstrip()) + signed.end()
                current = _Record(
                    name=_Segment(segment.start + lead, segment.end, name),
                    title=title,
                    organization=organization,
                    emails=leading[0],
                    phones=leading[1],
                    end=segment.end,
                )
                if not records:
                    _apply_preface(current, preface)
                records.append(current)
                continue
        # A long "Name, Title, Department" line is no prose for its many words.
        if len(line) > _MAX_LINE or (
            _is_prose(line)
            and (current is None or not _detail_line(line))
            and _name_line(line) is None
        ):
            current = None
            preface = []
            continue
        # "Media: Jane Roe, 555 0100": the label before the name is the person's function.
        label = _LEADING_LABEL.match(line)
        unlabelled = line[label.end() :] if label is not None else line
        named = _NAME_PHONE.match(unlabelled)
        if named is not None and is_person_name(named.group("name")):
            # "Robert Harwood, 01753 628096": a form's contact, the number beside the name.
            phone = parse_phone(named.group("phone"))
            if phone is not None:
                name = named.group("name").strip()
                current = _Record(name=_Segment(segment.start, segment.end, name), end=segment.end)
                current.phones.append(phone)
                if label is not None:
                    _apply_label(current, label.group(0))
                if not records:
                    _apply_preface(current, preface)
                records.append(current)
                continue
        split = _name_line(line) if current is None or _has_details(current) else None
        if split is not None:
            name, title, organization = split
            current = _Record(
                name=_Segment(segment.start, segment.end, name),
                title=title,
                organization=organization,
                end=segment.end,
            )
            _apply_label(current, segment.label)
            if not records:
                _apply_preface(current, preface)
            records.append(current)
            continue
        if (
            current is not None
            and current.organization is None
            and current.title is not None
            and not current.emails
            and not current.phones
            and (_is_company(line) or is_person_name(line))
            and not is_title(line)
        ):
            # A company line under "Name, Title" (or under a name and a title line) is the
            # organization, never another person: people are set apart by their numbers.
            current.organization = line.rstrip(" ,;")
            current.end = segment.end
            continue
        people = _shared_names(segment) if "/" in line else None
        if people is not None and (current is None or _has_details(current)):
            # "Jane Roe / John Doe" over one firm, phone and e-mail: each is a contact.
            current = _Record(name=people[0], partners=people[1:], end=segment.end)
            if not records:
                _apply_preface(current, preface)
            records.append(current)
            continue
        following = segments[index + 1].text if index + 1 < len(segments) else ""
        if (
            (is_person_name(line) or _shouted_name(line, following))
            and not _is_company(line)
            and not _has_gap(line)
            and (current is None or _has_details(current))
        ):
            current = _Record(name=_Segment(segment.start, segment.end, line), end=segment.end)
            _apply_label(current, segment.label)
            if not records:
                _apply_preface(current, preface)
            records.append(current)
            continue
        if current is None:
            emails, phones = _details(line) if not records else ([], [])
            leading[0].extend(emails)
            leading[1].extend(phones)
            if not (
                emails
                or line.endswith(":")
                or any(char.isdigit() for char in line)
                or _INTRO.match(line)
            ):
                preface.append(line)
            elif _function_heading(line):
                # "Investor Relations:" over "Dr. Jane Roe, CFA": the function of a person
                # whose lines give no title.
                preface.append(line.rstrip(" :"))
            continue
        current.end = segment.end
        if continues_title and current.title and line[:1].islower() and _wraps_title(line):
            # "Directrice des relations" over "investisseurs": the title wrapped in its cell.
            current.title = f"{current.title} {line}"
            continue
        emails, phones = _details(line)
        if emails or phones:
            current.emails.extend(emails)
            current.phones.extend(phones)
            continue
        if _caption(line) in _ROW_TITLE_CAPTIONS:
            # "Position:   Head of Press", "Cargo:   Gerente ...": the caption is no title's.
            line = line.partition(":")[2].strip()
        lowered = line.lower()
        titled, company = _title_and_organization(line)
        if (
            company is not None
            and is_title(titled)
            and (current.title is None or current.title_from_heading)
        ):
            # "Press Officer, Telecom Personal S.A.": the title first, then its company.
            current.title = titled
            current.title_from_heading = False
            current.organization = current.organization or company
            continue
        if current.organization is None and is_organization(line):
            current.organization = line.rstrip(" ,;")
            continue
        # Digits outside a phone line mean a postal address; fax and web lines are not wanted.
        if lowered.startswith(("fax", "www.", "http")) or any(char.isdigit() for char in line):
            continue
        if current.organization is None and (_agency(line) or _firm_cell(line)):
            # "Mabat Investor Relations", "The Fjord Advisory Group" under a name: the firm
            # speaking for the issuer.
            current.organization = _company_in(line) or line.rstrip(" ,;")
            continue
        # "VimpelCom (Moscow)" under a name: the organization and its office.
        placed = _ORG_WITH_PLACE.match(line)
        if placed is not None and not is_title(line) and current.organization is None:
            current.organization = placed.group("org").strip()
            continue
        if (
            current.organization is None
            and not current.emails
            and not current.phones
            and _is_company(line)
            and not is_title(line)
        ):
            # "Bell Nordic" under the name: the person's company, no title.
            current.organization = line.rstrip(" ,;")
            continue
        if (
            current.title is None
            and current.organization is None
            and not current.emails
            and not current.phones
            and is_person_name(line)
        ):
            # "Taylor Rafferty" right under "Brian Stewart": a firm named after its founders
            # (a title reads like no one's name).
            current.organization = line.rstrip(" ,;")
            continue
        # The first plain line under a name is the title, even without a title word in it;
        # a title under the name wins over the block's heading ("Press", "Investor Relations").
        replaces_heading = current.title_from_heading and is_title(line)
        if replaces_heading or (
            current.title is None
            and (is_title(line) or (not current.emails and not current.phones))
        ):
            title, organization = _title_and_organization(line)
            current.title = title
            current.title_from_heading = False
            title_open = organization is None
            if organization is not None and current.organization is None:
                current.organization = organization
    if records and records[0].organization is not None and preface:
        # "Andina Telecom S.A." over the block's first name: the company of everyone in the
        # block that names no other.
        heading = records[0].organization
        if any(_SOURCE_LABEL.sub("", line).rstrip(" ,;") == heading for line in preface):
            for record in records[1:]:
                record.organization = record.organization or heading
    return records


def _function_heading(line: str) -> bool:
    """A function alone before its colon ("Investor Relations:", "Press Office:"), no
    invitation ("For further information:") and no number."""
    bare = line.rstrip(" :")
    if not line.endswith(":") or not bare or _INTRO.match(line) or _invitation(bare):
        return False
    if any(char.isdigit() or char in "@:/" for char in bare) or len(bare.split()) > 4:
        return False
    # "Media enquiries:" names who may ask (an agency may answer them), no one's function.
    if any(word.lower() in _AUDIENCE_WORDS for word in bare.split()):
        return False
    return _department_part(bare) or is_title(bare)


_AUDIENCE_WORDS = frozenset({"enquiries", "inquiries", "queries", "contact", "contacts"})


def _wraps_title(line: str) -> bool:
    """A few words, no number, address or label: the end of a title wrapped onto the next
    line ("investisseurs", "de la communication")."""
    words = line.split()
    return 1 <= len(words) <= 4 and not any(char.isdigit() or char in "@:/" for char in line)


# "--  Jane Roe, Director": a dash before a name, as under a letter's last line.
_SIGNING_DASH = re.compile(r"(?:--|[\u2013\u2014])[ \t]{0,3}(?=[A-Z])")


def _shouted_name(line: str, following: str) -> bool:
    """A person's name printed in capitals ("MA. ELENA DE LOS SANTOS") over the person's
    title: a name once its capitals are lowered, and a title, no heading, under it."""
    if not line.isupper() or any(char.isdigit() for char in line):
        return False
    below = following.strip()
    return (
        is_person_name(line.title())
        and is_title(below)
        and not below.isupper()
        and not any(char.isdigit() or char == "@" for char in below)
        # "ZAMBEZI CELLULAR" over "Jane Roe, Head of Press": a company heading its person.
        and not ("," in below and _name_line(below) is not None)
    )


def _shared_names(segment: _Segment) -> list[_Segment] | None:
    """The names of a line of people joined by spaced slashes ("Jane Roe / John Doe"), who
    share the lines under them; None for another line."""
    text = segment.text
    if len(text) > _MAX_LINE:
        return None
    people: list[_Segment] = []
    position = 0
    for gap in [*_CELL_SLASH.finditer(text), None]:
        cut = len(text) if gap is None else gap.start()
        part = text[position:cut]
        bare = part.strip()
        if not is_person_name(bare) or _is_company(bare) or _has_gap(bare):
            return None
        start = segment.start + position + len(part) - len(part.lstrip())
        people.append(_Segment(start, start + len(bare), bare))
        position = len(text) if gap is None else gap.end()
    return people if len(people) > 1 else None


# The captions over a contact table ("Name   Title   Phone   E-mail").
_CAPTIONS = frozenset(
    {"name", "title", "position", "function", "phone", "telephone", "tel", "tel.", "mobile"}
    | {"e-mail", "email", "e-mail address", "company", "organization", "organisation"}
    | {"contact", "role", "job title", "department", "fax", "phone number", "email address"}
    | {"telephone number", "tel. no.", "direct line"}
)


_CELL_GAP = re.compile(r" {2,40}|\t{1,10}")


# "Name / Title / phone / e-mail": cells apart by slashes with spaces round them (a slash
# inside a number, "030/1234 5678", has none).
_CELL_SLASH = re.compile(r"[ \t]{1,3}/[ \t]{1,3}")


def _cells(line: str) -> list[str]:
    """A table row's cells: split at wide gaps, else at spaced slashes, else at commas."""
    cells = [cell.strip() for cell in _CELL_GAP.split(line.strip())]
    if len(cells) < 3:
        cells = [cell.strip() for cell in _CELL_SLASH.split(line.strip())]
    if len(cells) < 3:
        cells = [cell.strip() for cell in line.strip().split(",")]
    return [cell for cell in cells if cell]


def _table_records(block: list[_Segment]) -> list[_Record]:
    """A contact table, one person a line ("Name   Title   Phone   E-mail" or "Name, Title,
    phone, e-mail"); empty unless every line is such a row (or the captions over them)."""
    records: list[_Record] = []
    # The company line over the table ("Nordlys ASA" above "Name   Position   Telephone").
    organization: str | None = None
    # The department over the rows ("Investor Relations", "Nordlys - Investor Relations").
    department: str | None = None
    for index, segment in enumerate(block):
        line = segment.text.strip()
        if len(line) > _MAX_LINE:
            return []
        if _RULE_LINE.fullmatch(line) or _fax_row(line):
            # The table's rules, and the desk's fax line that reaches no one person.
            continue
        cells = _cells(line)
        if {cell.lower().rstrip(":") for cell in cells} <= _CAPTIONS:
            continue
        if not records and _table_preface(line):
            organization = organization or _preface_organization(line)
            continue
        heading = None if records else _table_heading(line)
        if heading is not None:
            # "Fjord Consulting Group", "Investor Relations", "Nordlys - Investor Relations"
            # over the rows: the firm the people speak for, the department they work in.
            organization = organization or heading[0]
            department = department or heading[1]
            continue
        # "Contact: Name, Title, ...": the row's label is no part of the name.
        label = _LEADING_LABEL.match(cells[0]) if cells else None
        name = cells[0][label.end() :] if label is not None else cells[0] if cells else ""
        if records and _wrapped_cell(segment.text, records[-1]):
            # "                     and Treasury": the title cell above, wrapped.
            records[-1].title = f"{records[-1].title} {line}"
            records[-1].end = segment.end
            continue
        # "Jane Roe, Head of Press, Nordlys Oy,\n+47 22 00 11 44, jane@nordlys.example": a row
        # wrapped at its comma, its numbers and addresses carried on to the next line.
        wrapped = index > 0 and block[index - 1].text.rstrip().endswith(",")
        carried = _detail_cells(cells) if records and (len(cells) == 1 or wrapped) else None
        if carried is not None and (carried[0] or carried[1]):
            # "Jane Roe, Nordlys, +47 22 00 11 44,\n      jane@nordlys.example": the row's
            # address wrapped onto the next line.
            records[-1].emails.extend(carried[0])
            records[-1].phones.extend(carried[1])
            records[-1].end = segment.end
            continue
        if len(cells) < 3 or not is_person_name(name):
            return []
        record = _table_row(segment, name, cells[1:])
        if record is None:
            return []
        if label is not None:
            # "Investor relations: Jane Roe, ...": the row's function; the person's record
            # starts at the name.
            _apply_label(record, label.group(0))
            offset = segment.text.find(name)
            record.name = _Segment(segment.start + max(offset, 0), segment.end, name)
        record.organization = record.organization or organization
        record.title = record.title or department
        records.append(record)
    # Rows that reach nobody (no number, no address) are a list of names, not a contact table.
    return records if any(record.emails or record.phones for record in records) else []


# What each caption over a table's column holds ("Company   Contact   Telephone   E-mail"),
# folded and lower case; a fax column reaches no one person and is read as nothing.
_COLUMN_ROLES: dict[str, str] = {
    **dict.fromkeys(("name", "contact", "contact person", "spokesperson"), "name"),
    **dict.fromkeys(("nombre", "nom", "nome", "ansprechpartner"), "name"),
    **dict.fromkeys(("title", "position", "function", "role", "job title"), "title"),
    **dict.fromkeys(("cargo", "puesto", "funcao", "fonction", "titre", "funktion"), "title"),
    **dict.fromkeys(("company", "organization", "organisation", "firm"), "organization"),
    **dict.fromkeys(("empresa", "societe", "unternehmen", "operator"), "organization"),
    **dict.fromkeys(("phone", "telephone", "tel", "tel.", "mobile", "phone number"), "phone"),
    **dict.fromkeys(("telephone number", "tel. no.", "direct line", "telefono"), "phone"),
    **dict.fromkeys(("telefone", "telefon"), "phone"),
    **dict.fromkeys(("e-mail", "email", "e-mail address", "email address"), "email"),
    **dict.fromkeys(("correo", "correo electronico", "courriel", "mail"), "email"),
    **dict.fromkeys(("fax", "department"), "other"),
}


def _column_roles(line: str) -> list[tuple[int, str]] | None:
    """A caption row's columns as (where each starts, what it holds); None for a line that is
    no caption row naming a person's column and a phone's or an e-mail's."""
    cells = _row_cells(line)
    if len(cells) < 3:
        return None
    roles: list[tuple[int, str]] = []
    for column, cell in cells:
        role = _COLUMN_ROLES.get(fold(" ".join(cell.lower().rstrip(":").split())))
        if role is None:
            return None
        roles.append((column, role))
    kinds = {role for _, role in roles}
    return roles if "name" in kinds and kinds & {"phone", "email"} else None


def _role_at(roles: list[tuple[int, str]], column: int) -> str:
    """The role of the column a cell starting at ``column`` falls in (a cell may start a
    character or two before its caption)."""
    role = roles[0][1]
    for start, candidate in roles:
        if start <= column + 2:
            role = candidate
    return role


_DIGIT_OR_AT = re.compile(r"[\d@]")


def _captioned_table_records(block: list[_Segment]) -> list[_Record]:
    """A contact table under a caption row whose columns need not start with the name
    ("Company   Contact   Telephone   E-mail"): each cell is read by the caption over it; a
    row with nothing in the name's column carries on the row above (a title wrapped under
    the name, the name's column holding the title where no column of its own does)."""
    # A caption row has no digit and no address, and wide gaps between its captions.
    found = next(
        (
            (index, roles)
            for index, segment in enumerate(block)
            if _ROW_GAP.search(segment.text.strip()) is not None
            and _DIGIT_OR_AT.search(segment.text) is None
            and (roles := _column_roles(segment.text)) is not None
        ),
        None,
    )
    if found is None:
        return []
    at, roles = found
    records: list[_Record] = []
    # The company line over the captions ("Nordlys ASA" above "Name   Position   Phone").
    heading = next(
        (
            _preface_organization(segment.text.strip())
            for segment in block[:at]
            if _table_preface(segment.text.strip())
        ),
        None,
    )
    for segment in block[at + 1 :]:
        if len(segment.text) > _MAX_LINE:
            return []
        if not segment.text.strip() or _RULE_LINE.fullmatch(segment.text.strip()):
            continue
        cells = [
            (_role_at(roles, column), column, cell) for column, cell in _row_cells(segment.text)
        ]
        names = [
            (column, cell)
            for role, column, cell in cells
            if role == "name" and is_person_name(_without_courtesy(cell))
        ]
        if names:
            column, name = names[0]
            start = segment.start + column
            records.append(_Record(name=_Segment(start, start + len(name), name)))
        elif not records:
            return []
        record = records[-1]
        has_title = any(role == "title" for _, role in roles)
        for role, _, cell in cells:
            if names and role == "name":
                continue
            if role == "email":
                record.emails.extend(_EMAIL.findall(cell))
            elif role == "phone":
                record.phones.extend(_phones(cell))
            elif role == "organization":
                record.organization = (
                    f"{record.organization} {cell}" if record.organization else cell
                )
            elif role == "title" or (role == "name" and not has_title):
                record.title = f"{record.title} {cell}" if record.title else cell
        record.end = segment.end
    for record in records:
        record.organization = record.organization or heading
    return records if any(record.emails or record.phones for record in records) else []


_ORGANIZATION_CAPTIONS = frozenset({"company", "organization", "organisation", "firm"})
_TITLE_CAPTIONS = frozenset({"title", "position", "function", "role", "job title"})
# The same captions at the head of a row of their own ("Name:   Jane Roe"), also in
# Portuguese, Spanish and French ("Nome:", "Cargo:", "Telefone:", "Puesto:"), folded.
_ROW_TITLE_CAPTIONS = _TITLE_CAPTIONS | {"cargo", "puesto", "funcao", "fonction", "titre"}
_ROW_CAPTIONS = (
    _CAPTIONS
    | _ROW_TITLE_CAPTIONS
    | {"nome", "nombre", "nom", "telefone", "telefono", "correo", "correo electronico"}
)


def _ruled_cells(line: str) -> list[str] | None:
    """The cells of a row drawn between bars ("| Jane Roe | Head of Press |"); None for a
    line that is no such row."""
    bare = line.strip()
    if len(bare) < 3 or not bare.startswith("|"):
        return None
    return [cell.strip() for cell in bare.strip("|").split("|")]


def _caption_roles(cells: list[str]) -> list[list[str]] | None:
    """A caption row's columns, each as the captions it joins ("Organisation / Title"); None
    when some cell is no caption."""
    roles: list[list[str]] = []
    for cell in cells:
        parts = [part.strip().lower().rstrip(":") for part in cell.split("/")]
        if not all(part in _CAPTIONS for part in parts):
            return None
        roles.append(parts)
    return roles


def _ruled_table_records(block: list[_Segment]) -> list[_Record]:
    """A contact table drawn with bars, one person a row ("| Jane Roe | Nordlys / Head of
    Press | +47 ... | jane@... |"): a row whose first cell is empty carries on the cells
    above it (a wrapped title); a caption that joins two ("Organisation / Title") splits
    its cells at the slash. Empty unless every line is a bar row or a rule."""
    rows: list[tuple[_Segment, list[str]]] = []
    # Where each row ends: its last line, a wrapped one too.
    ends: list[int] = []
    roles: list[list[str]] | None = None
    for segment in block:
        if len(segment.text) > _MAX_LINE:
            return []
        cells = _ruled_cells(segment.text)
        if cells is None:
            return []
        if all(_RULE_LINE.fullmatch(cell) or not cell for cell in cells):
            continue
        if not rows and roles is None:
            roles = _caption_roles(cells)
            if roles is not None:
                continue
        if not cells[0]:
            if not rows:
                return []
            # "|            | Communications |": the cells above wrapped onto this row.
            previous = rows[-1][1]
            for index, cell in enumerate(cells[: len(previous)]):
                if cell:
                    previous[index] = f"{previous[index]} {cell}".strip()
            ends[-1] = segment.end
            continue
        rows.append((segment, cells))
        ends.append(segment.end)
    records: list[_Record] = []
    for (segment, cells), end in zip(rows, ends, strict=True):
        record = _ruled_row(segment, cells, roles)
        if record is None:
            return []
        record.end = end
        records.append(record)
    return records if any(record.emails or record.phones for record in records) else []


def _ruled_row(
    segment: _Segment, cells: list[str], roles: list[list[str]] | None
) -> _Record | None:
    """One person's row of a barred table, read by its captions where there are some."""
    name = cells[0]
    if not is_person_name(name):
        return None
    rest: list[str] = []
    organization: str | None = None
    titles: list[str] = []
    for index, cell in enumerate(cells[1:], start=1):
        if not cell:
            continue
        captions = roles[index] if roles is not None and index < len(roles) else []
        parts = [cell]
        if len(captions) > 1:
            split = _CELL_SLASH.split(cell, maxsplit=len(captions) - 1)
            if len(split) == len(captions):
                parts = split
            else:
                captions = []
        elif len(captions) == 1:
            parts = [cell]
        for caption, part in zip(captions or [""] * len(parts), parts, strict=True):
            part = part.strip()
            if caption in _ORGANIZATION_CAPTIONS and organization is None:
                organization = part
            elif caption in _TITLE_CAPTIONS:
                titles.append(part)
            else:
                rest.append(part)
    record = _table_row(segment, name, rest)
    if record is None:
        return None
    record.organization = organization or record.organization
    record.title = ", ".join(titles) or record.title
    return record


def _table_row(segment: _Segment, name: str, cells: list[str]) -> _Record | None:
    """One person's row; None when a cell is none of title, company, number or address
    ("+47 22 555 010 or Sara Lund": a sentence run into the cells, no table)."""
    record = _Record(name=_Segment(segment.start, segment.end, name), end=segment.end)
    titles: list[str] = []
    for cell in cells:
        emails = _EMAIL.findall(cell)
        phones = _phones(cell)
        if emails:
            record.emails.extend(emails)
        elif phones:
            record.phones.extend(phones)
        elif record.organization is None and (
            is_organization(cell) or _is_company(cell) or _agency(cell) or _firm_cell(cell)
        ):
            # "Nordlys Communications": a firm's name before department words is no title.
            record.organization = cell
        elif record.organization is None and _placed_firm(cell) is not None:
            # "Fjord Advisors (Oslo)": the firm speaking for the issuer, then its office.
            record.organization = _placed_firm(cell)
        elif record.organization is not None and _place_cell(cell):
            # "Fjord Advisory Group, Oslo": the firm's office, no title.
            continue
        elif any(char.isdigit() for char in cell):
            return None
        elif not titles and is_person_name(cell) and not _is_company(cell):
            # "Fjord Advisors   Nina Holm   +47 ...": the first cell was the firm, this the
            # person (a title has a title word or follows one).
            return None
        else:
            titles.append(cell)
    record.title = ", ".join(titles) or None
    return record


# Words a consultancy's name ends with ("The Fjord Consulting Group", "Berg Partners").
_FIRM_ENDINGS = frozenset(
    {"group", "partners", "consultants", "consulting", "advisors", "advisers", "associates"}
)


def _firm_cell(cell: str) -> bool:
    """A cell naming a firm by its ending ("The Fjord Advisory Group"), no department's
    words in it and no title word first."""
    words = cell.strip().rstrip(" ,;").split()
    if not 2 <= len(words) <= 6 or not _capitalised(cell) or any(c.isdigit() for c in cell):
        return False
    folded = [fold(word.lower().strip(".,&")) for word in words]
    return (
        folded[-1] in _FIRM_ENDINGS
        and folded[0] not in TITLE_WORDS
        and not any(word in _DEPARTMENT_PART_WORDS for word in folded)
    )


def _placed_firm(cell: str) -> str | None:
    """The firm of a cell naming it with its office's city in brackets ("Fjord Advisors
    (Oslo)"); None for a title ("Head of Press (Oslo)") or another cell."""
    placed = _ORG_WITH_PLACE.match(cell.strip())
    if placed is None or is_title(cell) or not _capitalised(placed.group("org")):
        return None
    return placed.group("org").strip()


def _place_cell(cell: str) -> bool:
    """A cell of one to three capitalised words, no title in them, after the firm's cell
    ("New York", "Oslo"): the office's city."""
    words = cell.split()
    return 1 <= len(words) <= 3 and cell.istitle() and not is_title(cell)


# A ruled line under a table's captions or rows ("-----", "=====").
_RULE_LINE = re.compile(r"[-=_*\u2013\u2014 \t]{3,400}")


def _fax_row(line: str) -> bool:
    """A row of a fax number only ("Fax: +34 91 482 8599"): the desk's, no person's."""
    return line.lower().startswith("fax") and "@" not in line and parse_phone(line) is None


def _table_heading(line: str) -> tuple[str | None, str | None] | None:
    """The firm and the department a heading over a table's rows names ("Investor
    Relations", "Fjord Consulting Group", "Nordlys - Investor Relations"); None for a line
    that is no such heading."""
    parts = [part.strip() for part in _DASH_OR_SLASH.split(line.strip().rstrip(" ,;:"))]
    if len(parts) == 1:
        if _is_department(parts[0]):
            return None, parts[0]
        return (parts[0], None) if _table_firm(parts[0]) else None
    if len(parts) == 2:
        for firm, department in (parts, parts[::-1]):
            if _is_department(department) and _table_firm(firm, beside_department=True):
                return firm, department
    return None


def _firm_and_department(line: str) -> tuple[str, str] | None:
    """A company and its department side by side ("Nordlys - Investor Relations")."""
    heading = _table_heading(line) if _DASH_OR_SLASH.search(line) else None
    if heading is None or heading[0] is None or heading[1] is None:
        return None
    return heading[0], heading[1]


def _table_firm(line: str, *, beside_department: bool = False) -> bool:
    """A heading of a few capitalised words over a table's rows, no department, person or
    number in it ("Fjord Consulting Group"): the firm the rows' people speak for."""
    bare = line.strip().rstrip(" ,;:")
    words = bare.split()
    if not 1 <= len(words) <= 5 or not _capitalised(bare) or bare.lower() in _BLOCK_WORDS:
        return False
    if len(words) == 1 and not beside_department:
        # One word alone ("London", "Journalists") may be a place or an audience as well.
        return False
    if any(char.isdigit() or char in "@:/" for char in bare) or len(_cells(bare)) > 1:
        return False
    if _is_department(bare):
        return False
    # "Seoul Advisory Partners" reads like a name but for the firm's word in it; beside a
    # department over people's lines ("Nordlys Telecom - Investor Relations") it is a firm.
    return (
        beside_department
        or not is_person_name(bare)
        or any(fold(word.lower()) in DEPARTMENT_WORDS for word in words)
    )


def _wrapped_cell(text: str, previous: _Record) -> bool:
    """An indented line of a few words under a row, no name, number or address in it: the
    row's title cell carried on to the next line."""
    line = text.strip()
    indent = len(text) - len(text.lstrip())
    if previous.title is None or indent < 4 or not 1 <= len(line.split()) <= 6:
        return False
    if any(char.isdigit() or char in "@:" for char in line) or len(_cells(line)) > 1:
        return False
    return not is_person_name(line) and not _is_company(line)


def _table_preface(line: str) -> bool:
    """A line above a contact table's rows: the invitation to contact ("For further
    information, please contact:") or the company the people work for ("Nordlys ASA")."""
    if any(char.isdigit() or char == "@" for char in line):
        return False
    if _INTRO.match(line) or (line.endswith(":") and len(line.split()) <= 8):
        return True
    return _preface_organization(line) is not None


# A row's cells: wide gaps, bars ("ir@x.com | Tel. +1 555 0100 | Jane Roe, Title").
_ROW_GAP = re.compile(r" {2,40}|\t{1,10}|[ \t]{0,3}\|[ \t]{0,3}")
_MAX_LABEL_WORDS = 6


def _row_cells(line: str) -> list[tuple[int, str]]:
    """A row's cells with the column each starts at; a colon set apart from its label
    ("Press        :  Jane Roe") stays with the label."""
    cells: list[tuple[int, str]] = []
    position = 0
    bounds = [(gap.start(), gap.end()) for gap in _ROW_GAP.finditer(line)]
    for cell_end, next_start in [*bounds, (len(line), len(line))]:
        piece = line[position:cell_end]
        if piece.strip():
            column = position + len(piece) - len(piece.lstrip())
            bare = piece.strip()
            if bare == ":" and cells:
                cells[-1] = (cells[-1][0], f"{cells[-1][1]}:")
            elif bare.startswith(": ") and cells and not cells[-1][1].endswith(":"):
                # "Nordtel   : Jane Roe, ...": the colon goes with the label before the gap.
                cells[-1] = (cells[-1][0], f"{cells[-1][1]}:")
                rest = bare[1:].lstrip()
                cells.append((column + len(bare) - len(rest), rest))
            else:
                cells.append((column, piece.strip()))
        position = next_start
    return cells


def _detail_cell(cell: str) -> tuple[list[str], list[str]] | None:
    """A cell of numbers and addresses only (its e-mails and phones), a fax cell none; None
    for a cell of words."""
    if cell.lower().startswith("fax") and parse_phone(cell) is None and "@" not in cell:
        return [], []
    emails = _EMAIL.findall(cell)
    if emails:
        rest = _EMAIL.sub("", cell).strip(" ,;:")
        # "E-mail: jane@x.com" keeps its label; "jane@x.com 0171 ..." is two cells run together.
        only_label = len(rest.split()) <= 1 and not any(char.isdigit() for char in rest)
        return (emails, []) if only_label else None
    phones = _phones(cell)
    return ([], phones) if phones else None


def _detail_cells(cells: list[str]) -> tuple[list[str], list[str]] | None:
    """The e-mails and phones of cells that hold nothing else; None if a cell has words."""
    emails: list[str] = []
    phones: list[str] = []
    for cell in cells:
        found = _detail_cell(cell)
        if found is None:
            return None
        emails.extend(found[0])
        phones.extend(found[1])
    return emails, phones


def _row_name(cell: str) -> tuple[str, str | None, str | None] | None:
    """A cell naming a person, alone or with title and company ("Jane Roe, Head of Press")."""
    split = _name_line(cell)
    if split is not None:
        return split
    if is_person_name(cell) and not _is_company(cell):
        return cell.rstrip(" ,;"), None, None
    return None


def _is_label(cell: str) -> bool:
    """A few words before a row's name: a function ("Investor Relations:") or a firm."""
    words = cell.rstrip(":").split()
    return (
        1 <= len(words) <= _MAX_LABEL_WORDS
        and not any(char.isdigit() or char == "@" for char in cell)
        and cell[:1].isupper()
    )


@dataclass(slots=True)
class _Row:
    labels: list[str]
    name: tuple[int, str] | None
    emails: list[str]
    phones: list[str]


def _split_row(line: str) -> _Row | None:
    """A row read as labels, a name and the person's numbers and addresses (in any order
    but labels first); None when a cell is none of these."""
    cells = _row_cells(line)
    for position, (column, text) in enumerate(cells):
        label = _LEADING_LABEL.match(text)
        if label is not None and _row_name(text[label.end() :]) is not None:
            # "Investors: Jane Roe, Nordlys": the label and the name one space apart.
            cells[position : position + 1] = [
                (column, text[: label.end()].strip()),
                (column + label.end(), text[label.end() :]),
            ]
            break
    details = [_detail_cell(text) for _, text in cells]
    first_detail = next((i for i, found in enumerate(details) if found is not None), None)
    if first_detail is None:
        # "Nordtel   : Ms. Jane Roe, Head of Press": a label and a name, the numbers on the
        # line under the name.
        if (
            len(cells) == 2
            and cells[0][1].endswith(":")
            and _is_label(cells[0][1])
            and _row_name(cells[1][1]) is not None
        ):
            return _Row(labels=[cells[0][1]], name=cells[1], emails=[], phones=[])
        return None
    named = [i for i, (_, text) in enumerate(cells) if details[i] is None and _row_name(text)]
    before = [i for i in named if i < first_detail]
    # "Financial Dynamics   Andrew Lawton   +44 ...": the name nearest the numbers.
    index = before[-1] if before else (named[0] if named else None)
    row = _Row(labels=[], name=None, emails=[], phones=[])
    for i, (column, text) in enumerate(cells):
        found = details[i]
        if found is not None:
            row.emails.extend(found[0])
            row.phones.extend(found[1])
        elif i == index:
            row.name = (column, text)
        elif (index is None or i < index) and i < first_detail and _is_label(text):
            row.labels.append(text)
        else:
            return None
    return row


def _label_parts(labels: list[str]) -> tuple[str | None, str | None]:
    """A row's labels as a title (a function: "Investor Relations:", "Media") and an
    organization (a firm's name: "Financial Dynamics")."""
    title: str | None = None
    organization: str | None = None
    for label in labels:
        bare = label.rstrip(" :")
        if is_title(bare) or bare.lower() in _BLOCK_WORDS or _department_part(bare):
            title = title or bare
        elif label.endswith(":") and organization is None and _is_company(bare):
            # "Nordtel Mobile:" before the name: a known company, the person's employer.
            organization = bare
        elif label.endswith(":"):
            # "Alliance:", "India:": the party or the place the person speaks for, no function.
            continue
        elif organization is None and _capitalised(bare):
            organization = bare
    return title, organization


def _labelled_rows(block: list[_Segment]) -> list[_Record]:
    """One person a row with the function or firm before the name ("Media:   Jane Roe
    +44 20 7000 0000"), a row under it with only a name and numbers (aligned under the name)
    carrying on its label; or the numbers before the name ("ir@x.com | Tel. ... | Jane Roe,
    Title, Company"). A desk's row with no name ("Press Office:   020 ...") is nobody's."""
    records: list[_Record] = []
    organization: str | None = None
    labelled = False
    inherited: tuple[str | None, str | None] = (None, None)
    name_column: int | None = None
    # A "Nordlys - Press Office" line over a row: the firm and function of the row under it.
    heading_above = False
    # Labels read as neither function nor company, and whether another label was a company.
    firm_labels = False
    unread_label: str | None = None
    unlabelled: list[tuple[_Record, str]] = []
    for segment in block:
        line = segment.text.strip()
        if len(segment.text) > _MAX_LINE:
            return []
        heading = _firm_and_department(line)
        if heading is not None and not any(char.isdigit() or char == "@" for char in line):
            inherited = (heading[1], heading[0])
            heading_above, labelled, name_column = True, True, None
            continue
        if not records and name_column is None and _table_preface(line):
            organization = organization or _preface_organization(line)
            continue
        if _RULE_LINE.fullmatch(line):
            # "-----" over and under the rows: the table's rules.
            continue
        row = _split_row(segment.text)
        if row is None:
            return []
        if row.name is None:
            if not row.labels and records and (row.emails or row.phones):
                # "                     jane.roe@x.com": the address under a person's row
                # (set off to the right, under the number) is that person's.
                records[-1].emails.extend(row.emails)
                records[-1].phones.extend(row.phones)
                records[-1].end = segment.end
                continue
            if not row.labels:
                return []
            name_column = None
            continue
        column, cell = row.name
        if row.labels or cell != _row_cells(segment.text)[0][1]:
            labelled = True
        if row.labels:
            inherited = _label_parts(row.labels)
            name_column = column
            if inherited[1] is not None:
                firm_labels = True
            elif inherited[0] is None:
                unread_label = row.labels[-1].rstrip(" :")
        elif heading_above:
            name_column = column
        elif name_column is None or abs(column - name_column) > 2:
            inherited = (None, None)
            name_column = None
        heading_above = False
        split = _row_name(cell)
        assert split is not None
        name, title, company = split
        # A row of a label and a name alone, its numbers under it: the record starts at the
        # name, as the lines under it do.
        first = column if not row.emails and not row.phones else 0
        records.append(
            _Record(
                name=_Segment(segment.start + first, segment.end, name),
                title=title or inherited[0],
                organization=company or inherited[1] or organization,
                emails=row.emails,
                phones=row.phones,
                end=segment.end,
            )
        )
        if unread_label is not None and _capitalised(unread_label) and not _is_place(unread_label):
            unlabelled.append((records[-1], unread_label))
        unread_label = None
    if firm_labels:
        # "Nordtel:", "Fjord Mobile:", "Baltlink:" before each person: where the other labels
        # are known companies, one the catalog does not know is a company as well.
        for record, label in unlabelled:
            record.organization = record.organization or label
    return records if labelled else []


def _gap_rows(block: list[_Segment]) -> list[_Record]:
    """One person (or several sharing a line's numbers) a row, the numbers after a wide gap
    ("Jane Roe, Head of Press          +47 22 00 00 00"), under a firm's line ("Nordlys ASA",
    "Fjord Advisors (Oslo)") naming their company; a name line ending with a slash
    ("Jane Roe, Chief Executive Officer /") shares the next row's numbers. Empty unless
    every line is such a row, a firm's line or a label."""
    if not any(
        _ROW_GAP.search(segment.text.strip()) and _DIGIT_OR_AT.search(segment.text)
        for segment in block
    ):
        return []  # no row with a number or an address after a gap
    records: list[_Record] = []
    organization: str | None = None
    pending: list[_Record] = []  # people waiting for the numbers of the row under them
    last: list[_Record] = []  # the people of the row above
    for index, segment in enumerate(block):
        if len(segment.text) > _MAX_LINE:
            return []
        cells = _row_cells(segment.text)
        if not cells or _RULE_LINE.fullmatch(segment.text.strip()):
            continue
        first = cells[0][1]
        if len(cells) == 1:
            if first.endswith("/") and _row_name(first.rstrip(" /")) is not None:
                pending.extend(_gap_people(segment, cells[0][0], first.rstrip(" /"), organization))
                continue
            if pending:
                return []
            found = _detail_cell(first) if last and cells[0][0] > 0 else None
            if found is not None:
                # "   jane@x.com" indented under "   Jane Roe, Title     +44 ...": the row's
                # address written on the next line.
                for record in last:
                    record.emails.extend(found[0])
                    record.phones.extend(found[1])
                    record.end = segment.end
                continue
            last = []
            firm = _gap_firm(first)
            if firm is None and cells[0][0] == 0 and _heads_indented_row(block, index):
                # "Brunswick" over "   Jane Roe      +44 ...": a firm's heading, its people's
                # rows indented under it.
                firm = first.rstrip(" ,;:")
            if firm is not None:
                organization = firm
                continue
            if first.endswith(":") or _INTRO.match(first):
                continue
            return []
        details = _detail_cells([cell for _, cell in cells[1:]])
        people = _gap_people(segment, cells[0][0], first, organization)
        if details is None or not people or not (details[0] or details[1]):
            return []
        for record in [*pending, *people]:
            record.emails.extend(details[0])
            record.phones.extend(details[1])
            record.end = segment.end
            records.append(record)
        last = [*pending, *people]
        pending = []
    return [] if pending else records


def _heads_indented_row(block: list[_Segment], index: int) -> bool:
    """Whether the line at ``index`` is a short heading of capitalised words, no person,
    title, place or number, with the next line a row indented under it."""
    line = block[index].text.strip().rstrip(" ,;:")
    words = line.split()
    if index + 1 >= len(block) or not 1 <= len(words) <= 4 or not _capitalised(line):
        return False
    if any(char.isdigit() or char in "@:/" for char in line) or line.lower() in _BLOCK_WORDS:
        return False
    if is_person_name(line) or is_title(line) or _is_place(line) or _INTRO.match(line):
        return False
    below = block[index + 1].text
    return len(below) - len(below.lstrip()) >= 2 and len(_row_cells(below)) > 1


def _gap_firm(line: str) -> str | None:
    """The firm a line over rows names ("Nordlys Telecom plc", "Fjord Group (London)", its
    office's city dropped); None for another line."""
    bare = line.strip().rstrip(" ,;")
    placed = _ORG_WITH_PLACE.match(bare)
    if placed is not None:
        bare = placed.group("org").strip()
        return bare if _capitalised(bare) and not is_person_name(bare) else None
    return bare if is_organization(bare) or _is_company(bare) or _firm_line(bare) else None


def _gap_people(
    segment: _Segment, column: int, cell: str, organization: str | None
) -> list[_Record]:
    """The people a row's first cell names ("Jane Roe, Title", "Jane Roe / John Doe"), each
    a record of their own; empty if some part names nobody."""
    people: list[_Record] = []
    position = 0
    for part in _CELL_SLASH.split(cell):  # "Jane Roe / John Doe" share the numbers
        offset = cell.find(part, position)
        position = offset + len(part)
        split = _row_name(part)
        if split is None:
            return []
        name, title, firm = split
        start = segment.start + column + offset
        people.append(
            _Record(
                name=_Segment(start, start + len(name), name),
                title=title,
                organization=firm or organization,
                end=segment.end,
            )
        )
    return people


def _preface_organization(line: str) -> str | None:
    """The company a line over a contact block names ("Nordlys ASA"), also beside its
    department ("Investor Relations - Nordlys ASA", "Nordlys ASA / Press Office")."""
    parts = [part.strip() for part in _DASH_OR_SLASH.split(line.strip().rstrip(" ,;:"))]
    if len(parts) == 2:
        for company, department in (parts, parts[::-1]):
            if _is_department(department) and (is_organization(company) or _is_company(company)):
                return company
    if is_organization(line) or _is_company(line):
        return line.rstrip(" ,;")
    return None


# "Investor Relations - Nordlys ASA": a department and its company, a spaced dash between
# (a typewriter's double hyphen as well: "Nordlys Holdings -- Investor Relations").
_DASH_OR_SLASH = re.compile(r"[ \t]{1,3}(?:--|[-\u2013\u2014/])[ \t]{1,3}")


def _run_on_lines(block: list[_Segment]) -> list[_Segment]:
    """A block's lines up to the one closing a newswire's slashes ("/For further information:
    ... jr@x.com/"): the ticker under it is no contact's."""
    if not block[0].text.lstrip().startswith("/"):
        return block
    for index, segment in enumerate(block):
        if segment.text.rstrip().endswith("/"):
            return block[: index + 1]
    return []


def _run_on_records(block: list[_Segment]) -> list[_Record]:
    """Contacts run together in a paragraph, a semicolon between people ("/For further
    information: Investor Relations: Jane Roe, Vice-President, (514) 555-0100, jr@x.com;
    Media: John Doe, Director, ..., jd@x.com/"), each "Label: Name, Title, numbers"."""
    lines = _run_on_lines(block)
    if not lines:
        return []
    joined = _joined(lines)
    enclosed = joined.startswith("/") and joined.endswith("/")
    if len(joined) > 4 * _MAX_LINE:
        return []
    starts, origins = _line_origins(lines)
    # "Contact: Jane Roe, ..., +47 ...\njr@x.com\nContact: John Doe, ...": a line opening
    # with a label and a name starts the next person, as a semicolon does (pieces apart by
    # bars or spaced dashes are read line by line, see ``_expand``).
    comma_run = "|" not in joined and _SPACED_DASH.search(joined) is None
    line_cuts = [
        starts[index]
        for index, segment in enumerate(lines)
        if index and comma_run and _labelled_person(segment.text.strip())
    ]
    # Each person's chunk (between semicolons, inside the slashes) with where it starts.
    chunks: list[tuple[int, str]] = []
    position, stop = len(joined) - len(joined.lstrip("/")), len(joined.rstrip("/"))
    while position < stop:
        cut = joined.find(";", position, stop)
        cut = stop if cut == -1 else cut
        line_cut = next((at for at in line_cuts if position < at < cut), None)
        piece = joined[position : cut if line_cut is None else line_cut]
        if piece.strip():
            chunks.append((position + len(piece) - len(piece.lstrip()), piece.strip()))
        position = cut + 1 if line_cut is None else line_cut
    # "Investor Relations: Jane Roe, tel. ...,\ne-mail ...": one labelled person's line
    # wrapping at its commas is a run of its own.
    wrapped = (
        len(lines) > 1
        and all(segment.text.rstrip().endswith(",") for segment in lines[:-1])
        and _labelled_person(lines[0].text.strip())
    )
    if not enclosed and len(chunks) < 2 and not wrapped:
        return []
    records: list[_Record] = []
    for begin, chunk in chunks:
        finish = begin + len(chunk)
        label: str | None = None
        # "For further information: Investor Relations: ...": the invitation, then the function.
        for _ in range(3):
            match = _LEADING_LABEL.match(chunk)
            if match is None:
                break
            text = match.group(0).strip()
            label = None if _INTRO.match(text) else text.rstrip(": ")
            chunk = chunk[match.end() :]
            begin += match.end()
        # "Jane Roe, Nordlys (+47 555 0100, jr@x.com)": the numbers and addresses in brackets
        # after the name and firm are read as if commas set them apart.
        opening = _BRACKETED_REACH.search(chunk)
        if (
            opening is not None
            and chunk.rstrip(" .").endswith(")")
            and chunk[: opening.start()].split()[-1].lower() not in _CHANNEL_LABELS
        ):
            chunk = chunk[: opening.start()] + ", " + chunk.rstrip(" .")[opening.end() : -1]
        parts = [part.strip() for part in chunk.rstrip(" .").split(",") if part.strip()]
        # "Jane Roe (Investor Relations), +90 ...": the function in brackets after the name.
        bracketed = _bracketed_name_line(parts[0]) if parts and "(" in parts[0] else None
        if bracketed is not None:
            parts[0:1] = [bracketed[0], *(part for part in bracketed[1:] if part)]
        if len(parts) < 2 or not is_person_name(parts[0]) or _is_company(parts[0]):
            return []
        begin += chunk.find(parts[0])
        name = _Segment(
            _at(starts, origins, begin), _at(starts, origins, begin + len(parts[0])), parts[0]
        )
        cells = parts[1:]
        # "Contact: Jane Roe, Fjord Dynamics, +44 ...": a name's words right after the name,
        # no title word in them, are the firm speaking for the issuer (as on a name line).
        firm = cells.pop(0) if len(cells) > 1 and is_person_name(cells[0]) else None
        record = _table_row(name, parts[0], cells)
        if record is not None and firm is not None:
            record.organization = record.organization or firm
        # A label inside a title means two people run together without a semicolon.
        if record is None or ":" in (record.title or "") or not (record.emails or record.phones):
            return []
        record.title = record.title or label
        record.end = _at(starts, origins, finish)
        records.append(record)
    return records


# An opening bracket whose first word is a phone number or an e-mail address.
_BRACKETED_REACH = re.compile(r"(?<=[^\W\d_])[ \t]{1,3}\((?=\+?\d|[A-Za-z0-9._%+\-]{1,64}@)")


def _labelled_person(line: str) -> bool:
    """A line opening with a label, then a person's name ("Contact: Jane Roe, ...",
    "Prensa: Ana Ruiz, tel. ...")."""
    label = _LEADING_LABEL.match(line)
    if label is None:
        return False
    head = line[label.end() :].split(",", 1)[0].strip()
    return is_person_name(head) and not _is_company(head)


# "For further information contact Jane Roe, Head of Media, on +1 555 0100 or at jr@x.com, or
# John Doe, ...": people named in a running sentence, one after another.
# "... should call our Chief Financial Officer, Jane Roe, on ...", "Journalists can reach
# John Doe, ...": other verbs ask the reader to get in touch as well, a sentence each.
# "Issued by Nordlys ASA. For further details: Company Secretary, Jane Roe, tel ...": an
# invitation's colon inside the paragraph asks the same.
_SENTENCE_INTRO = re.compile(
    r"\b(?:contact(?:ing)?|call|reach|ring|speak[ \t]to|write[ \t]to)\b[ \t]{0,3}:?"
    r"|\bfurther[ \t](?:details|information)[ \t]{0,3}:",
    re.I,
)
# A sentence's end before the next one's first word ("... at jr@x.com. Journalists ...").
_SENTENCE_END = re.compile(r"[.)][ \t]{1,3}(?=[A-Z])")
_DETERMINERS = frozenset({"our", "the", "my", "its"})
# The first word after the verb, as ``str.split`` gives it: a pronoun.
_PRONOUNS = (["him"], ["her"], ["them"], ["us"], ["me"])
_NEXT_PERSON = re.compile(r"[,;]?[ \t]{1,3}(?:or|and)[ \t]{1,3}(?=[A-Z])")
_INLINE_PHONE = re.compile(r"\+?\(?\d[\d ()./\-]{4,24}\d")
# "..., Fax (54-11)\n4509-3100": a fax label just before a number (its line wrapped between
# them or not) makes it the desk's fax, no phone.
_FAX_BEFORE = re.compile(r"\b(?:fax|telefax|facsimile)\.?:?[ \t\n]{1,3}$", re.I)
_REACH = re.compile(
    r",?[ \t]{1,3}(?:on|at|tel\.?|phone|telephone|mobile|via):?[ \t]{1,3}|[ \t]\(?\+?\d", re.I
)


def _reach(chunk: str) -> re.Match[str] | None:
    """Where a person's numbers and addresses start: "on +1 555 0100", "at jr@x.com", never
    the "at" of "Head of Press at Fjordnet ASA"."""
    for match in _REACH.finditer(chunk):
        following = chunk[match.end() : match.end() + 80].split()
        if match.group(0).strip()[-1:].isdigit() or (
            following and (following[0][:1] in _PHONE_START or "@" in following[0])
        ):
            return match
    return None


def _sentence_records(block: list[_Segment]) -> list[_Record]:
    """People named in a sentence that asks the reader to contact them, each with the numbers
    and addresses written after the name."""
    joined = _joined(block)
    if len(joined) > 4 * _MAX_LINE:
        return []
    if not any(_is_prose(segment.text.strip()) for segment in block):
        return []
    # "... or write to him at ...": a pronoun after the verb names the same person again.
    intros = [
        intro
        for intro in _SENTENCE_INTRO.finditer(joined)
        if joined[intro.end() : intro.end() + 8].lower().split()[:1] not in _PRONOUNS
    ]
    if not intros or "@" in joined[: intros[0].start()]:
        return []
    starts, origins = _line_origins(block)
    records: list[_Record] = []
    # Each person's part of the sentence, with where it starts ("..., or John Doe, ..."); a
    # later sentence asking the reader to get in touch starts the next person's part.
    pieces: list[tuple[int, str]] = []
    for number, intro in enumerate(intros):
        stop = intros[number + 1].start() if number + 1 < len(intros) else len(joined)
        if number + 1 < len(intros):
            ends = list(_SENTENCE_END.finditer(joined, intro.end(), stop))
            stop = ends[-1].start() + 1 if ends else stop
        position = intro.end()
        gaps = [
            gap
            for gap in _NEXT_PERSON.finditer(joined, intro.end(), stop)
            if _person_at(joined, gap)
        ]
        for gap in [*gaps, None]:
            cut = stop if gap is None else gap.start()
            pieces.append((position, joined[position:cut]))
            position = stop if gap is None else gap.end()
    # "Jane Roe or John Doe, Investor Relations, ... Tel. ...": names with nothing of their
    # own share the numbers and the function written after the last of them.
    sharing: list[_Segment] = []
    for position, piece in pieces:
        chunk = piece.strip().rstrip(".")
        begin = position + len(piece) - len(piece.lstrip())
        reach = _reach(chunk)
        if reach is None:
            if is_person_name(chunk) and not _is_company(chunk):
                first = _at(starts, origins, begin)
                sharing.append(_Segment(first, _at(starts, origins, begin + len(chunk)), chunk))
            else:
                sharing = []
            continue
        parts = [part.strip() for part in chunk[: reach.start()].split(",") if part.strip()]
        lead = parts[0].split(maxsplit=1) if parts else []
        if (
            len(parts) >= 2
            and len(lead) == 2
            and lead[0].lower() in _DETERMINERS
            and is_title(lead[1])
            and is_person_name(parts[1])
        ):
            # "our Chief Financial Officer, Jane Roe, on ...": the title before the name.
            parts = [parts[1], lead[1], *parts[2:]]
        elif (
            len(parts) >= 2
            and is_title(parts[0])
            and not is_person_name(parts[0])
            and is_person_name(parts[1])
            and not _is_company(parts[1])
        ):
            # "For further details: Company Secretary, Jane Roe, tel ...": the same, bare.
            parts = [parts[1], parts[0], *parts[2:]]
        if not parts or not is_person_name(parts[0]):
            sharing = []
            continue
        details = chunk[reach.start() :]
        phones = [
            phone.group(0).strip()
            for phone in _INLINE_PHONE.finditer(details)
            if sum(char.isdigit() for char in phone.group(0)) >= _MIN_PHONE_DIGITS
            and phone.group(0).count("(") == phone.group(0).count(")")
            and _FAX_BEFORE.search(details, 0, phone.start()) is None
        ]
        emails = _EMAIL.findall(details)
        if not phones and not emails:
            continue
        first = begin + chunk.find(parts[0])
        name = _Segment(
            _at(starts, origins, first), _at(starts, origins, first + len(parts[0])), parts[0]
        )
        # "Erik Dahl, Chief Executive Officer, Fjordnet ASA, on ...": the company is no title.
        companies = [
            part
            for part in parts[1:]
            if _is_company(part) or (is_organization(part) and not is_title(part))
        ]
        title = ", ".join(part for part in parts[1:] if part not in companies[:1]) or None
        organization = companies[0] if companies else None
        for person in [*sharing, name]:
            records.append(
                _Record(
                    name=person,
                    title=title,
                    organization=organization,
                    emails=list(emails),
                    phones=list(phones),
                    end=_at(starts, origins, begin + len(chunk)),
                )
            )
        sharing = []
    return records


def _person_at(joined: str, gap: re.Match[str]) -> bool:
    """Whether a person's name follows an "or"/"and" ("..., or John Doe, ..."), not the rest
    of a company's or a title's words ("Nordlys Telegraph and Telephone", "Media and
    Communications")."""
    following = joined[gap.end() : gap.end() + 80]
    reach = _reach(following)
    head = following[: reach.start()] if reach is not None else following
    return is_person_name(head.split(",")[0].strip().rstrip("."))


def _has_gap(line: str) -> bool:
    """A wide gap inside a line ("MobiFon            Oskar"): two table headings, no name."""
    return "\t" in line or _COLUMN_GAP.search(line) is not None


def _has_details(record: _Record) -> bool:
    return bool(record.title or record.emails or record.phones or record.organization)


def _is_prose(line: str) -> bool:
    words = line.split()
    # "Press Officer, Telecom Personal S.A." ends with a legal form's dot, not a sentence's.
    sentence = line.endswith(".") and words[-1].lower() not in ORG_SUFFIXES
    return len(words) >= 8 or (len(words) >= 5 and sentence)


# The mark closing a release's text ("- 30 -", "# # #", "-ends-"), alone on its line.
_CLOSING_MARK = re.compile(
    r"^[ \t]{0,80}(?:-[ \t]{0,3}30[ \t]{0,3}-|#[ \t]{0,3}#[ \t]{0,3}#"
    r"|[-\u2013\u2014*]{0,3}[ \t]{0,3}ends?[ \t]{0,3}[-\u2013\u2014*]{0,3})[ \t\r]{0,80}$",
    re.I | re.M,
)


def _section_organization(
    text: str,
    about: Sequence[Section],
    starts: Sequence[int],
    offset: int,
    marks: dict[int, int | None],
    firsts: dict[int, int],
) -> str | None:
    index = bisect_right(starts, offset) - 1
    heading = about[index].heading if index >= 0 and offset < about[index].end else None
    if not heading:
        return None
    heading = heading.strip()
    if heading.lower().startswith("about "):
        return heading[len("about ") :].strip() or None
    # A heading that is a place or a topic ("Thailand", "Mobile") over a market's paragraph
    # names nobody's employer; only an "About ..." heading or a company's name does. A
    # company's name over a paragraph of the story ("Telecom Partners") ends with the text:
    # the contacts after the closing mark ("- 30 -") are no longer under it. The section's
    # first mark is found once (``marks``), not looked for again before each block.
    if index not in marks:
        mark = _CLOSING_MARK.search(text, about[index].start, about[index].end)
        marks[index] = mark.end() if mark else None
    mark_end = marks[index]
    if mark_end is not None and mark_end <= offset:
        return None
    # A company's name heading a release's whole text (its letterhead over the results, a
    # few thousand characters before the first contact) is no profile of the people under
    # it: where the section's first contact stands is noted once (``firsts``).
    first = firsts.get(index, offset)
    if first - about[index].start > _PROFILE_REACH:
        return None
    return heading if is_company_name(heading) else None


# How far into a section headed by a company's name a contact may stand and still be the
# profile's: a company profile is a paragraph or two.
_PROFILE_REACH = 2500
