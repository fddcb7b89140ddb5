"""Tests for cover fields and release titles: an address written as running text wrapped at a
width (a postal code closing a line, its city opening the next)."""

from __future__ import annotations

from app.ingest.decode import decode
from app.ingest.envelope import unwrap
from app.ingest.parse import parse_filing
from app.ingest.records import ParsedFiling


def _parse(text: str) -> ParsedFiling:
    return parse_filing(unwrap(decode(text.encode(), source_name="t.txt")))


_RELEASE = (
    "\n"
    "                                NEWS RELEASE\n"
    "\n"
    "                  BAHIA MOVEL REPORTS THIRD QUARTER RESULTS\n"
    "\n"
    "SALVADOR, October 28, 2003 -- Bahia Movel S.A. today reported its results for\n"
    "the third quarter ended September 30, 2003.\n"
)


def _cover(address: str) -> str:
    return (
        "                                   FORM 6-K\n"
        "\n"
        "                          BAHIA MOVEL PARTICIPACOES S.A.\n"
        "              (Exact name of registrant as specified in its charter)\n"
        "\n" + address + "                  (Address of principal executive offices)\n" + _RELEASE
    )


def test_an_address_wrapped_as_running_text_keeps_its_written_commas() -> None:
    # The postal code closes the second line, its city opens the third: the lines were
    # wrapped at a width, so a break inside "Torre Comercial Atlantico" is a space.
    filing = _parse(
        _cover(
            "              Rua das Palmeiras, 45, Ed. Torre Comercial\n"
            "                Atlantico, Bloco C, Sala 1204, 40020-030\n"
            "                         Salvador, BA, Brazil\n"
        )
    )
    assert filing.cover.registrant_address == (
        "Rua das Palmeiras, 45, Ed. Torre Comercial Atlantico, Bloco C, Sala 1204, "
        "40020-030 Salvador, BA, Brazil"
    )


def test_an_address_of_a_place_per_line_still_parts_its_lines_with_commas() -> None:
    filing = _parse(
        _cover(
            "                    Avenida Sete de Setembro, 100, Sala 3\n"
            "                         Centro, Salvador, BA\n"
            "                           40020-030 Brazil\n"
        )
    )
    assert filing.cover.registrant_address == (
        "Avenida Sete de Setembro, 100, Sala 3, Centro, Salvador, BA, 40020-030 Brazil"
    )
