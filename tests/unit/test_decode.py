"""Tests for decode(): bytes to a Document, or a RejectedFiling that says why."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from app.ingest.decode import MAX_LINE_CHARS, decode
from app.ingest.errors import RejectedFiling

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


def test_utf8_text_is_kept_and_hashed() -> None:
    data = "FORM 6-K\nCafé Móvil – 7.5 million\n".encode()
    document = decode(data, source_name="a.txt")
    assert document.text == "FORM 6-K\nCafé Móvil – 7.5 million\n"
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert document.source_name == "a.txt"
    assert document.accession_number is None


def test_crlf_and_cp1252_are_normalised_and_hash_is_of_original_bytes() -> None:
    data = (FIXTURES / "crlf_cp1252.txt").read_bytes()
    assert b"\r\n" in data
    document = decode(data, source_name="crlf_cp1252.txt")
    assert "\r" not in document.text
    assert "Telefonía Café Móvil S.A." in document.text
    assert "invested €1 billion" in document.text
    assert "company’s" in document.text
    assert document.sha256 == hashlib.sha256(data).hexdigest()


def test_lone_carriage_returns_become_newlines() -> None:
    assert decode(b"one\rtwo\r\nthree", source_name="x").text == "one\ntwo\nthree"


def test_utf8_bom_is_stripped() -> None:
    document = decode(codecs.BOM_UTF8 + b"FORM 6-K\n", source_name="x")
    assert document.text == "FORM 6-K\n"


def test_utf16_with_bom_is_decoded() -> None:
    data = codecs.BOM_UTF16_LE + "FORM 6-K\r\nÅse\n".encode("utf-16-le")
    assert decode(data, source_name="x").text == "FORM 6-K\nÅse\n"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_input_is_rejected(data: bytes) -> None:
    with pytest.raises(RejectedFiling, match="empty"):
        decode(data, source_name="x")


def test_input_over_the_limit_is_rejected() -> None:
    with pytest.raises(RejectedFiling, match="too large: 11 bytes, the limit is 10"):
        decode(b"FORM 6-K\n\n\n", source_name="x", max_bytes=10)
    assert decode(b"FORM 6-K\n", source_name="x", max_bytes=9).text == "FORM 6-K\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00", "gzip"),
        (b"FORM 6-K\x00\x00\x00binary", "NUL"),
        (b"FORM 6-K " + bytes(range(1, 9)) * 20, "control characters"),
    ],
)
def test_binary_input_is_rejected(data: bytes, reason: str) -> None:
    with pytest.raises(RejectedFiling, match=reason):
        decode(data, source_name="x")


def test_a_few_form_feeds_and_tabs_are_text() -> None:
    document = decode(b"FORM 6-K\f\n\tpage two\n", source_name="x")
    assert document.text == "FORM 6-K\f\n\tpage two\n"


def test_a_single_huge_line_is_rejected() -> None:
    data = b"FORM 6-K\n" + b"a" * (MAX_LINE_CHARS + 1) + b"\nend\n"
    with pytest.raises(RejectedFiling, match="a line of 1000001 characters"):
        decode(data, source_name="x")


def test_undecodable_utf8_falls_back_to_a_western_code_page() -> None:
    data = b"Report of Foreign Private Issuer \x96 M\xfcller AG \x80 5 million\n" * 3
    text = decode(data, source_name="x").text
    assert "M\u00fcller AG" in text
    assert "\u20ac 5 million" in text
