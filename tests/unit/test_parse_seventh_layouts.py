"""Tests for cover and release fields: signer titles wrapped under the signature."""

from __future__ import annotations

from app.ingest.records import Signatory
from tests.unit.invented import parse_text

_parse = parse_text


_COVER = (
    "                                  FORM 6-K\n"
    "\n"
    "                        NORDLYS TELECOM ASA\n"
    "              (Translation of registrant's name into English)\n"
    "\n"
    "               Fjordveien 12, 0150 Oslo, Norway\n"
    "              (Address of principal executive offices)\n"
    "\n"
)


def test_a_signers_title_ending_on_and_goes_on_to_the_next_line() -> None:
    text = (
        _COVER + "                                  SIGNATURES\n"
        "\n"
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
        "registrant has duly caused this report to be signed on its behalf by the\n"
        "undersigned, thereunto duly authorized.\n"
        "\n"
        "                                   NORDLYS TELECOM ASA\n"
        "\n"
        "Date: March 3, 2005                By: /s/ Kari Nordmann\n"
        "                                       --------------------------\n"
        "                                       Kari Nordmann\n"
        "                                       Senior Vice-President, Treasury and\n"
        "                                       Investor Relations\n"
    )
    assert _parse(text).cover.signed_by == Signatory(
        name="Kari Nordmann", title="Senior Vice-President, Treasury and Investor Relations"
    )


def test_a_sentence_case_line_under_a_headline_in_capitals_is_its_subtitle() -> None:
    text = (
        _COVER + "Enclosure: Announcement of the half-year results of Nordlys Telecom ASA.\n"
        "\n"
        "NORDLYS REPORTS FIRST HALF RESULTS\n"
        "Mobile customers pass two million; operating profit rises to NOK 2,100 million\n"
        "\n"
        "OSLO, August 12, 2005 - Nordlys Telecom ASA today announced its results for the\n"
        "six months ended June 30, 2005, with revenue up 6% on the year before.\n"
        "\n"
        "The board proposes no interim dividend for the period and keeps its outlook for\n"
        "the full year unchanged from the one given in May.\n"
    )
    (release,) = _parse(text).releases
    assert release.title == "NORDLYS REPORTS FIRST HALF RESULTS"


def test_the_last_line_of_a_letterhead_is_no_headline() -> None:
    text = (
        _COVER + "Enclosure: Press release - Andina Telecom: first quarter results\n"
        "\n"
        "                                             ANDINA TELECOM S.A.\n"
        "                                 Relaciones con Inversionistas /\n"
        "                                              Investor Relations\n"
        "\n"
        "          ANDINA TELECOM: NET INCOME OF S/. 52,1 MILLION IN 1Q06;\n"
        "              BROADBAND REACHES 210.000 CUSTOMERS\n"
        "\n"
        "Lima, May 10, 2006 - Andina Telecom S.A. announces its results for the first\n"
        "quarter of 2006, with revenue up 4% on the same quarter of the year before.\n"
        "\n"
        "The company kept its outlook for the full year unchanged from the one it gave\n"
        "in February, and its board proposes no change to the dividend policy.\n"
    )
    (release,) = _parse(text).releases
    assert release.title == (
        "ANDINA TELECOM: NET INCOME OF S/. 52,1 MILLION IN 1Q06; "
        "BROADBAND REACHES 210.000 CUSTOMERS"
    )


def test_an_item_row_in_the_covers_table_of_contents_is_the_enclosure() -> None:
    text = (
        _COVER + "Table of Contents\n"
        "\n"
        "   Item 1.  Press release dated March 2, 2006 - Nordlys announces results for\n"
        "            the fourth quarter of 2005\n"
        "\n"
        "---------------------------------------------------------------------------\n"
    )
    assert _parse(text).cover.enclosure == (
        "Press release dated March 2, 2006 - Nordlys announces results for the fourth "
        "quarter of 2005"
    )


def test_the_name_and_address_caption_closes_the_registrants_address() -> None:
    text = (
        "                                   FORM 6-K\n"
        "\n"
        "                                 May 18, 2006\n"
        "\n"
        "                               NORDLYS OYJ\n"
        "                               Satamakatu 7\n"
        "                               00160 Helsinki\n"
        "                               Finland\n"
        "                   (Name and address of registrant's principal\n"
        "                              executive office)\n"
        "\n"
    )
    assert _parse(text).cover.registrant_address == "Satamakatu 7, 00160 Helsinki, Finland"
