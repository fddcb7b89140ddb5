"""EDGAR wrappers (submission files, <DOCUMENT> blocks, HTML) unwrapped to plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from app.ingest.errors import RejectedFiling
from app.ingest.records import Document

SIX_K_TYPES = frozenset({"6-K", "6-K/A"})

CHECKED = "☒"
UNCHECKED = "☐"

_HEADER_FIELD = r"^[ \t]*{}:[ \t]*([^\s]+)"
_SUBMISSION_TYPE = re.compile(_HEADER_FIELD.format("CONFORMED SUBMISSION TYPE"), re.MULTILINE)
_ACCESSION = re.compile(_HEADER_FIELD.format("ACCESSION NUMBER"), re.MULTILINE)
# EDGAR names a submission's files by its accession number: 0001140625-25-000028.txt,
# 0001140625-25-000028-index.htm, or the 18 digits undashed (000114062525000028.txt).
_ACCESSION_NAME = re.compile(r"(\d{10})-?(\d{2})-?(\d{6})(?![\d])")
_TYPE_LINE = re.compile(r"<TYPE>[ \t]*([^\s<]+)", re.IGNORECASE)
_HTML_SNIFF = re.compile(r"<(?:!doctype|html|body|p|div|table|font|br|span)\b", re.IGNORECASE)
_SNIFF_CHARS = 4096
_CLOSE_SEARCH = 64

# Tags that start a new line (or paragraph) in the rendered text.
_PARAGRAPH_TAGS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "hr",
        "center",
        "section",
        "article",
        "header",
        "footer",
        "dl",
        # The other block elements of HTML: each ends the line of the text before it, or a
        # heading runs into its paragraph ("About NordlysNordlys Telecom ASA is ...").
        "main",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "details",
        "summary",
        "fieldset",
        "legend",
        "form",
        "menu",
        "dir",
        "hgroup",
        "xmp",
        "listing",
        "noframes",
    }
)
_LINE_TAGS = frozenset({"br", "div", "tr", "li", "dt", "dd", "caption", "address", "title"})
_CELL_TAGS = frozenset({"td", "th"})
_DROPPED_TAGS = frozenset({"script", "style", "head", "noscript", "template"})
_VOID_TAGS = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}
)
# Wingdings code points that fonts render as ballot boxes: x/ý/þ checked, o/q/¨ empty.
_WINGDINGS_MARKS = {
    "x": CHECKED,
    "ý": CHECKED,
    "þ": CHECKED,
    "o": UNCHECKED,
    "q": UNCHECKED,
    "¨": UNCHECKED,
    "¡": UNCHECKED,
}
_GLYPH_MARKS = {"☑": CHECKED, "✓": CHECKED, "✔": CHECKED, "□": UNCHECKED}
# Placeholders for breaks and cell starts inside a table until the table is closed and its
# kind known (private-use code points, which no filing's text carries).
_CELL_MARK = "\ue000"
_LINE_MARK = "\ue001"
_PARAGRAPH_MARK = "\ue002"
_CELL_GAP = "   "
_BREAK_MARKS = _LINE_MARK + _PARAGRAPH_MARK
_CELL_BREAK = re.compile(f" *[{_LINE_MARK}{_PARAGRAPH_MARK}][ {_LINE_MARK}{_PARAGRAPH_MARK}]*")
# A figure in a cell: a digit, whatever surrounds it ("1,270", "(3.2)", "45%", "n.a." has none).
_FIGURE_CELL = re.compile(r"\d")
# A data table has at least this many rows with a figure beside a label or another figure.
_DATA_ROWS = 2
# Tables nested deeper than this are rendered as part of the table around them: settling a
# table reads all of it, inner tables included, so each level tracked reads the text again.
_TRACKED_TABLE_DEPTH = 4


@dataclass(frozen=True, slots=True)
class _Part:
    type: str
    text: str


def unwrap(document: Document) -> Document:
    """Return the document with EDGAR wrappers removed; plain text comes back unchanged.

    The accession number comes from the submission header; without one (a bare HTML or text
    document), from a file name in EDGAR's form, e.g. ``0001140625-25-000028.htm``.
    """
    unwrapped = _unwrap(document)
    if unwrapped.accession_number is None:
        accession = accession_from_name(document.source_name)
        if accession is not None:
            unwrapped = replace(unwrapped, accession_number=accession)
    return unwrapped


def accession_from_name(name: str) -> str | None:
    """The accession number in an EDGAR file name, dashed, or None."""
    match = _ACCESSION_NAME.match(name.rsplit("/", 1)[-1])
    return "-".join(match.groups()) if match else None


def _unwrap(document: Document) -> Document:
    text = document.text
    head = text[:_SNIFF_CHARS]
    if "<SEC-HEADER>" in head or "<SEC-DOCUMENT>" in head or "<IMS-HEADER>" in head:
        return _unwrap_submission(document)
    if re.search(r"<DOCUMENT>", head, re.IGNORECASE):
        parts = _documents(text)
        if parts:
            return replace(document, text=_join_parts(parts, first_type=parts[0].type))
    if _HTML_SNIFF.search(head):
        return replace(document, text=html_to_text(text))
    return document


def _unwrap_submission(document: Document) -> Document:
    text = document.text
    header_end = text.find("</SEC-HEADER>")
    header = text[: header_end if header_end != -1 else _SNIFF_CHARS]
    type_match = _SUBMISSION_TYPE.search(header)
    accession_match = _ACCESSION.search(header)
    parts = _documents(text)
    if type_match is not None:
        submission_type = type_match.group(1).upper()
    elif parts:
        submission_type = parts[0].type
    else:
        raise RejectedFiling("not a 6-K: the EDGAR submission names no form type")
    if submission_type not in SIX_K_TYPES:
        raise RejectedFiling(f"not a 6-K: EDGAR submission type is {submission_type}")
    if not parts:
        raise RejectedFiling("not a 6-K: the EDGAR submission holds no <DOCUMENT>")
    return replace(
        document,
        text=_join_parts(parts, first_type=submission_type),
        accession_number=accession_match.group(1) if accession_match else None,
    )


def _documents(text: str) -> list[_Part]:
    """The <DOCUMENT> blocks of an EDGAR file: each one's <TYPE> and <TEXT> body."""
    parts: list[_Part] = []
    upper = text.upper()
    position = 0
    while True:
        start = upper.find("<DOCUMENT>", position)
        if start == -1:
            break
        end = upper.find("</DOCUMENT>", start)
        if end == -1:
            end = len(text)
        block = text[start:end]
        type_match = _TYPE_LINE.search(block)
        body_start = block.upper().find("<TEXT>")
        body_end = block.upper().rfind("</TEXT>")
        if body_start != -1:
            body = block[body_start + len("<TEXT>") : body_end if body_end > body_start else None]
            doc_type = type_match.group(1).upper() if type_match else ""
            parts.append(_Part(type=doc_type, text=body))
        position = end + len("</DOCUMENT>")
    return parts


def _join_parts(parts: list[_Part], *, first_type: str) -> str:
    if first_type not in SIX_K_TYPES:
        raise RejectedFiling(f"not a 6-K: EDGAR document type is {first_type or 'missing'}")
    chosen = [
        part
        for part in parts
        if part.type in SIX_K_TYPES or part.type.startswith("EX-99") or part.type == "EX-99"
    ]
    texts = [_part_text(part.text) for part in chosen]
    return "\n\n".join(text for text in texts if text.strip()) + "\n"


def _part_text(body: str) -> str:
    stripped = body.strip()
    # Uuencoded or base64 attachments (PDF, images) carry no readable text.
    if stripped.startswith("begin 6") or stripped.upper().startswith("<PDF>"):
        return ""
    if _HTML_SNIFF.search(stripped[:_SNIFF_CHARS]):
        return html_to_text(stripped)
    lines = [line for line in stripped.split("\n") if line.strip().upper() != "<PAGE>"]
    return "\n".join(lines).strip("\n")


def html_to_text(markup: str) -> str:
    """Render HTML as plain text: blocks become lines, entities decoded, scripts dropped."""
    parser = _TextRenderer()
    parser.feed(markup)
    parser.close()
    return parser.text()


def _one_line(cell: str) -> str:
    """A data table's cell on one line: breaks at its edges dropped, inner ones spaces."""
    core = cell.strip(" ")
    if core != core.strip(_BREAK_MARKS):
        cell = cell.strip(_BREAK_MARKS + " ")
    return _CELL_BREAK.sub(" ", cell)


class _TextRenderer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._chunks: list[str] = []
        self._dropped_depth = 0
        # One entry per open element: (tag, whether it sets a Wingdings font).
        self._stack: list[tuple[str, bool]] = []
        self._pre_depth = 0
        self._wingdings = 0
        # One entry per open <table>: [index of its first chunk, whether a cell is open].
        self._tables: list[list[int | bool]] = []
        self._untracked_tables = 0  # open tables nested past _TRACKED_TABLE_DEPTH

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED_TAGS:
            self._dropped_depth += 1
            return
        if tag == "table":
            if len(self._tables) < _TRACKED_TABLE_DEPTH:
                self._tables.append([len(self._chunks), False])
            else:
                self._untracked_tables += 1
        elif self._tables and tag == "tr":
            self._tables[-1][1] = False
        elif self._tables and tag in _CELL_TAGS:
            self._tables[-1][1] = True
        self._break(tag)
        if tag == "pre":
            self._pre_depth += 1
        if tag in _VOID_TAGS:
            return
        values = " ".join(value or "" for name, value in attrs if name in {"style", "face"})
        wingdings = "wingdings" in values.lower()
        self._wingdings += wingdings
        self._stack.append((tag, wingdings))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED_TAGS:
            self._dropped_depth = max(0, self._dropped_depth - 1)
            return
        if self._tables and tag == "tr":
            self._tables[-1][1] = False
        self._break(tag, opening=False)
        if tag == "table" and self._untracked_tables:
            self._untracked_tables -= 1
        elif tag == "table" and self._tables:
            self._close_table()
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        # Close the element and any unclosed ones inside it; ignore stray end tags. The search
        # is bounded so that malformed markup with thousands of open tags stays linear.
        for index in range(len(self._stack) - 1, max(-1, len(self._stack) - 1 - _CLOSE_SEARCH), -1):
            if self._stack[index][0] == tag:
                self._wingdings -= sum(1 for _, wingdings in self._stack[index:] if wingdings)
                del self._stack[index:]
                break

    def _break(self, tag: str, *, opening: bool = True) -> None:
        """The line or paragraph break a tag makes; inside a table cell, a placeholder."""
        in_cell = bool(self._tables) and bool(self._tables[-1][1])
        if tag in _PARAGRAPH_TAGS and tag != "table":
            self._chunks.append(_PARAGRAPH_MARK if in_cell else "\n\n")
        elif tag == "table":
            self._chunks.append("\n\n")
        elif tag in _LINE_TAGS and tag != "tr":
            self._chunks.append(_LINE_MARK if in_cell else "\n")
        elif tag == "tr":
            self._chunks.append("\n")
        elif tag in _CELL_TAGS and opening:
            self._chunks.append(_CELL_MARK if self._tables else _CELL_GAP)

    def _close_table(self) -> None:
        """Settle the placeholders of the table just closed.

        In a data table (rows of figures beside their labels) a cell's inner line breaks only
        wrap a header ("As at<br>June 30,<br>2006"): they become spaces, so that each row stays
        one line with its cells apart. In a layout table (side-by-side blocks such as contacts)
        they stay line breaks.
        """
        start = int(self._tables.pop()[0])
        body = "".join(self._chunks[start:])
        rows = 0
        for line in body.split("\n"):
            cells = [cell.strip() for cell in line.split(_CELL_MARK)[1:]]
            filled = [cell for cell in cells if cell]
            if len(filled) >= 2 and any(_FIGURE_CELL.search(cell) for cell in filled[1:]):
                rows += 1
        if rows >= _DATA_ROWS:
            body = "\n".join(
                _CELL_MARK.join(_one_line(cell) for cell in line.split(_CELL_MARK))
                for line in body.split("\n")
            )
        else:
            body = body.replace(_LINE_MARK, "\n").replace(_PARAGRAPH_MARK, "\n\n")
        self._chunks[start:] = [body.replace(_CELL_MARK, _CELL_GAP)]

    def handle_data(self, data: str) -> None:
        if self._dropped_depth:
            return
        if self._wingdings:
            data = "".join(_WINGDINGS_MARKS.get(char, char) for char in data)
        data = "".join(_GLYPH_MARKS.get(char, char) for char in data)
        if self._pre_depth:
            self._chunks.append(data)
        else:
            # Outside <pre>, source line breaks and runs of spaces are layout, not content.
            self._chunks.append(re.sub(r"[ \t\r\n\f\v\xa0\u2007\u202f]+", " ", data))

    def text(self) -> str:
        while self._tables:
            self._close_table()
        raw = "".join(self._chunks)
        lines = [line.strip(" ") for line in raw.split("\n")]
        out: list[str] = []
        blank = 0
        for line in lines:
            if line:
                blank = 0
                out.append(line)
            else:
                blank += 1
                if blank == 1 and out:
                    out.append("")
        while out and not out[-1]:
            out.pop()
        return "\n".join(out) + "\n"
