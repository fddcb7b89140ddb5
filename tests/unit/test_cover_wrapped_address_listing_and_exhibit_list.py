"""Tests for cover fields and release titles: an address written as running text wrapped at a
width (a postal code closing a line, its city opening the next); the issuer's stock listings
set at the margin under the banner, over the headline; a labelled list of several documents
as the enclosure."""

from __future__ import annotations

from tests.unit.invented import parse_text

_parse = parse_text


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


def test_spaces_that_set_an_address_out_on_the_page_are_one_in_the_field() -> None:
    filing = _parse(
        _cover(
            "                    Rua das Flores 12,  Bloco 3\n"
            "                    Salvador,   BA  40020-030   Brazil\n"
        )
    )
    assert filing.cover.registrant_address == (
        "Rua das Flores 12, Bloco 3, Salvador, BA 40020-030 Brazil"
    )


_COVER = (
    "                                   FORM 6-K\n"
    "\n"
    "                            PRAIRIE LINK INC.\n"
    "              (Translation of registrant's name into English)\n"
    "\n"
)


def test_a_listing_line_under_the_banner_is_no_title() -> None:
    filing = _parse(
        _COVER + "=" * 78 + "\n"
        "FOR IMMEDIATE RELEASE                                     TSX: PRL.A\n"
        "                                                          NYSE: PRL\n"
        "\n"
        "        PRAIRIE LINK COMPLETES ITS METRO FIBRE RING IN CALGARY\n"
        "\n"
        "CALGARY, March 3, 2003 - Prairie Link Inc. today announced that its metro\n"
        "fibre ring in Calgary is in service.\n"
    )
    (release,) = filing.releases
    assert release.title == "PRAIRIE LINK COMPLETES ITS METRO FIBRE RING IN CALGARY"
    assert release.body.text.startswith("CALGARY, March 3, 2003")


def test_a_bracketed_listing_line_over_a_mixed_case_headline_is_no_title() -> None:
    filing = _parse(
        _COVER + "=" * 78 + "\n"
        "PRESS RELEASE\n"
        "(Oslo Stock Exchange: PRL; Nasdaq: PRLK)\n"
        "\n"
        "Prairie Link Opens Its Network to Other Carriers\n"
        "\n"
        "CALGARY, March 3, 2003 - Prairie Link Inc. today opened its network to other\n"
        "carriers.\n"
    )
    (release,) = filing.releases
    assert release.title == "Prairie Link Opens Its Network to Other Carriers"


_QUESTIONS = (
    "                                   FORM 6-K\n"
    "\n"
    "                            PRAIRIE LINK INC.\n"
    "              (Translation of registrant's name into English)\n"
    "\n"
    "[Indicate by check mark whether the registrant by furnishing the information\n"
    "contained in this Form is also thereby furnishing the information to the\n"
    "Commission pursuant to Rule 12g3-2(b) under the Securities Exchange Act of\n"
    "1934.]\n"
    "\n"
    "              Yes                        No            X\n"
    "\n"
)
_RULE = "=" * 78 + "\n"
_TWO_RELEASES = (
    "\n" + _RULE + "                                                                Exhibit 99.1\n"
    "\n"
    "        PRAIRIE LINK COMPLETES ITS METRO FIBRE RING IN CALGARY\n"
    "\n"
    "CALGARY, March 3, 2003 - Prairie Link Inc. today announced that its metro\n"
    "fibre ring in Calgary is in service.\n"
    "\n" + _RULE + "                                                                Exhibit 99.2\n"
    "\n"
    "        PRAIRIE LINK NAMES A CHIEF OPERATING OFFICER\n"
    "\n"
    "CALGARY, March 5, 2003 - Prairie Link Inc. today named Ann Berg its chief\n"
    "operating officer.\n"
)


def test_a_labelled_list_of_several_documents_is_the_enclosure_as_written() -> None:
    filing = _parse(
        _QUESTIONS + "Documents furnished with this report (Exhibits 99.1 and 99.2):\n"
        "\n"
        "   1. News release dated March 3, 2003 - Prairie Link completes its metro\n"
        "      fibre ring in Calgary\n"
        "   2. News release dated March 5, 2003 - Prairie Link names a chief\n"
        "      operating officer\n" + _TWO_RELEASES
    )
    assert filing.cover.enclosure == (
        "1. News release dated March 3, 2003 - Prairie Link completes its metro fibre ring "
        "in Calgary 2. News release dated March 5, 2003 - Prairie Link names a chief "
        "operating officer"
    )
    assert [release.title for release in filing.releases] == [
        "PRAIRIE LINK COMPLETES ITS METRO FIBRE RING IN CALGARY",
        "PRAIRIE LINK NAMES A CHIEF OPERATING OFFICER",
    ]


def test_a_long_label_with_the_document_on_its_line_is_the_enclosure() -> None:
    filing = _parse(
        _QUESTIONS + "Documents furnished with this report on Form 6-K (Exhibit 99.1): News\n"
        "release dated March 3, 2003\n" + _TWO_RELEASES
    )
    assert filing.cover.enclosure == "News release dated March 3, 2003"
