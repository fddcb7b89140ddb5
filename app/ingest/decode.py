"""Raw bytes to a Document: reject what is not text, detect the encoding, normalise lines."""

from __future__ import annotations

import codecs
import hashlib

from charset_normalizer import from_bytes

from app.ingest.errors import RejectedFiling
from app.ingest.records import Document

MAX_LINE_CHARS = 1_000_000
# Allowed share of C0 control bytes (other than tab, LF, VT, FF, CR): text files have almost none.
MAX_CONTROL_RATIO = 0.01
_SNIFF_BYTES = 65_536

# Magic numbers of formats that are never a text filing.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an OLE2 (legacy Office) document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r")
# Every byte but the unwanted controls: deleting them leaves the controls to count.
_NOT_CONTROLS = bytes(b for b in range(256) if b >= 0x20 or b in _TEXT_CONTROLS)
# Western fallbacks: charset-normalizer sometimes guesses exotic code pages for short texts.
_TRUSTED_GUESSES = frozenset(
    {"utf_8", "ascii", "cp1252", "latin_1", "iso8859_15", "utf_16", "utf_16_le", "utf_16_be"}
)


def decode(data: bytes, *, source_name: str, max_bytes: int | None = None) -> Document:
    """Decode a filing's bytes into a Document whose text has LF line endings."""
    if max_bytes is not None and len(data) > max_bytes:
        raise RejectedFiling(f"file too large: {len(data)} bytes, the limit is {max_bytes}")
    if not data.strip():
        raise RejectedFiling("empty file: no text")
    text = _to_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise RejectedFiling("empty file: no text")
    _reject_long_lines(text)
    return Document(text=text, sha256=hashlib.sha256(data).hexdigest(), source_name=source_name)


def _to_text(data: bytes) -> str:
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise RejectedFiling(f"not text: invalid UTF-16 ({error.reason})") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    _reject_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:_SNIFF_BYTES]).best() if len(data) else None
    if best is not None and best.encoding in _TRUSTED_GUESSES:
        try:
            return data.decode(best.encoding)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return data.decode("latin-1")


def _reject_binary(data: bytes) -> None:
    for magic, kind in _BINARY_MAGIC:
        if data.startswith(magic):
            raise RejectedFiling(f"not text: the file is {kind}")
    if b"\x00" in data:
        raise RejectedFiling("not text: the file contains NUL bytes")
    sample = data[:_SNIFF_BYTES]
    controls = len(sample.translate(None, _NOT_CONTROLS))
    if controls > max(4, len(sample) * MAX_CONTROL_RATIO):
        raise RejectedFiling(
            f"not text: {controls} control characters in the first {len(sample)} bytes"
        )


def _reject_long_lines(text: str) -> None:
    start = 0
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        if end == -1:
            end = length
        if end - start > MAX_LINE_CHARS:
            raise RejectedFiling(
                f"not a text filing: a line of {end - start} characters "
                f"(the limit is {MAX_LINE_CHARS})"
            )
        start = end + 1
