"""Tests for cover layouts: check boxes answering the cover's questions are no prose, and the
note under them may quote "Yes" in curly quotes; enclosures written as sentences; signers'
titles and names."""

from __future__ import annotations

from datetime import date

from tests.unit.invented import parse_text

_HEAD = (
    "                                   FORM 6-K\n"
    "\n"
    "                        ALTIPLANO DATOS S.A.\n"
    "         (Exact name of registrant as specified in its charter)\n"
    "\n"
)

# An unlabelled announcement: a letterhead, then an upper-case headline over its dateline.
_ANNOUNCEMENT = (
    "ALTIPLANO DATOS S.A.\n"
    "(Incorporated in the Republic of Bolivia)\n"
    "(Registry number 00123/1999)\n"
    "BBV code: ALD     Nasdaq symbol: ALTD\n"
    "(the “company”)\n"
    "\n"
    "UNAUDITED RESULTS FOR THE NINE MONTHS TO 30 SEPTEMBER 2005\n"
    "\n"
    "La Paz, 3 November 2005 – Altiplano Datos, the Bolivian data carrier, today\n"
    "reported its unaudited results for the nine months to 30 September 2005.\n"
    "\n"
    "Revenue rose to BOB 210 million, and the company now serves 58 000 lines\n"
    "across the three largest cities of the country.\n"
)


def test_check_boxes_are_no_words_of_prose() -> None:
    text = (
        _HEAD + "Indicate by check mark whether the registrant by furnishing the information\n"
        "contained in this Form is also thereby furnishing the information to the\n"
        "Commission pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934.\n"
        "\n"
        "        Yes  [   ]                       No  [ X ]\n"
        "\n" + _ANNOUNCEMENT
    )
    (release,) = parse_text(text).releases
    assert release.title == "UNAUDITED RESULTS FOR THE NINE MONTHS TO 30 SEPTEMBER 2005"


def test_the_file_number_note_may_quote_yes_in_curly_quotes() -> None:
    text = (
        _HEAD + "Indicate by check mark whether the registrant by furnishing the information\n"
        "contained in this Form is also thereby furnishing the information to the\n"
        "Commission pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934.\n"
        "\n"
        "        Yes  [   ]                       No  [ X ]\n"
        "\n"
        "If “Yes” is marked, indicate below the file number assigned to the registrant\n"
        "in connection with Rule 12g3-2(b): 82-________\n"
        "\n" + _ANNOUNCEMENT
    )
    filing = parse_text(text)
    (release,) = filing.releases
    assert release.title == "UNAUDITED RESULTS FOR THE NINE MONTHS TO 30 SEPTEMBER 2005"
    assert str(release.released_on) == "2005-11-03"


_QUESTIONS = (
    "Indicate by check mark whether the registrant files or will file annual reports\n"
    "under cover of Form 20-F or Form 40-F.\n"
    "\n"
    "          Form 20-F      X                 Form 40-F\n"
    "\n"
    "Indicate by check mark whether the registrant by furnishing the information\n"
    "contained in this Form is also thereby furnishing the information to the\n"
    "Commission pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934.\n"
    "\n"
    "          Yes                              No        X\n"
    "\n"
)
_EXHIBIT = (
    "EXHIBIT 99.1\n"
    "\n"
    "              ALTIPLANO DATOS OPENS ITS FIBRE RING IN SANTA CRUZ\n"
    "\n"
    "La Paz, March 2, 2006 - Altiplano Datos S.A. today opened its fibre ring in\n"
    "Santa Cruz de la Sierra, the country's second city.\n"
)


def _enclosure_of(paragraph: str, rule: str = "") -> str | None:
    return parse_text(_HEAD + _QUESTIONS + paragraph + "\n" + rule + _EXHIBIT).cover.enclosure


def test_an_enclosure_sentence_ending_on_a_colon_takes_the_list_under_it() -> None:
    paragraph = (
        "This report on Form 6-K consists of:\n"
        "\n"
        "   Exhibit 99.1   Press release of March 2, 2006: Altiplano Datos opens its\n"
        "                  fibre ring in Santa Cruz.\n"
        "   Exhibit 99.2   Notice of the annual meeting of shareholders.\n"
    )
    assert _enclosure_of(paragraph) == (
        "This report on Form 6-K consists of: Exhibit 99.1 Press release of March 2, 2006: "
        "Altiplano Datos opens its fibre ring in Santa Cruz. Exhibit 99.2 Notice of the "
        "annual meeting of shareholders."
    )


def test_an_exhibit_named_first_in_the_enclosure_sentence() -> None:
    paragraph = (
        "Exhibit 99.1 to this report is the announcement of Altiplano Datos S.A. to the\n"
        "Bolivian Stock Exchange of 2 March 2006, “Fibre ring opens in Santa Cruz”.\n"
    )
    assert _enclosure_of(paragraph) == (
        "Exhibit 99.1 to this report is the announcement of Altiplano Datos S.A. to the "
        "Bolivian Stock Exchange of 2 March 2006, “Fibre ring opens in Santa Cruz”."
    )


def test_a_registrant_that_hereby_furnishes_its_release() -> None:
    paragraph = (
        "Altiplano Datos S.A. hereby furnishes its announcement of 2 March 2006 on the\n"
        "opening of its fibre ring in Santa Cruz.\n"
    )
    assert _enclosure_of(paragraph) == (
        "Altiplano Datos S.A. hereby furnishes its announcement of 2 March 2006 on the "
        "opening of its fibre ring in Santa Cruz."
    )


def test_the_exhibit_number_is_the_enclosure_line_s_label() -> None:
    paragraph = (
        "Exhibit 1:  Announcement of 2 March 2006: “Altiplano Datos opens its fibre\n"
        "            ring in Santa Cruz”\n"
    )
    rule = "###############################################################################\n\n"
    assert _enclosure_of(paragraph, rule) == (
        "Announcement of 2 March 2006: “Altiplano Datos opens its fibre ring in Santa Cruz”"
    )


def test_an_exchange_s_short_name_before_release_makes_a_label() -> None:
    text = (
        _HEAD + _QUESTIONS + "Exhibit 99.1 to this report is the company's announcement.\n"
        "\n"
        "Exhibit 99.1\n"
        "\n"
        "NZX RELEASE\n"
        "2 March 2006\n"
        "\n"
        "Fibre ring opens in Santa Cruz: what it means for customers\n"
        "\n"
        "LA PAZ – Altiplano Datos S.A. today opened its fibre ring in Santa Cruz de la\n"
        "Sierra, the country's second city, and answers its customers' questions.\n"
    )
    (release,) = parse_text(text).releases
    assert release.title == "Fibre ring opens in Santa Cruz: what it means for customers"
    assert str(release.released_on) == "2006-03-02"


def _address_of(*address: str) -> str | None:
    text = (
        "                                   FORM 6-K\n"
        "\n"
        "                        ALTIPLANO DATOS S.A.\n"
        "         (Exact name of registrant as specified in its charter)\n"
        "\n" + "".join(f"          {line}\n" for line in address) + "          "
        "(Address of principal executive offices)\n" + _QUESTIONS + _EXHIBIT
    )
    return parse_text(text).cover.registrant_address


def test_a_kilometre_post_s_road_wraps_onto_the_next_line() -> None:
    assert _address_of(
        "Parque Tecnológico, Edificio 7, Km 9 La Paz-Oruro",
        "Highway, Zona Senkata, El Alto",
        "Estado Plurinacional de Bolivia",
    ) == (
        "Parque Tecnológico, Edificio 7, Km 9 La Paz-Oruro Highway, Zona Senkata, El Alto, "
        "Estado Plurinacional de Bolivia"
    )


def test_an_address_line_ending_on_corner_runs_on() -> None:
    assert (
        _address_of(
            "Torre Illimani, Avenida Arce corner",
            "Calle Rosendo Gutiérrez, Sopocachi",
            "La Paz, Bolivia",
        )
        == "Torre Illimani, Avenida Arce corner Calle Rosendo Gutiérrez, Sopocachi, La Paz, Bolivia"
    )


def _signer_of(*rows: str) -> tuple[str | None, str | None]:
    text = (
        _HEAD + _QUESTIONS + "Exhibit 99.1 to this report is the company's announcement.\n"
        "\n"
        "                                  SIGNATURES\n"
        "\n"
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
        "registrant has duly caused this report to be signed on its behalf by the\n"
        "undersigned, thereunto duly authorized.\n"
        "\n"
        "                                     ALTIPLANO DATOS S.A.\n"
        "\n" + "".join(f"{row}\n" for row in rows) + "\n" + _EXHIBIT
    )
    signed_by = parse_text(text).cover.signed_by
    return signed_by.name, signed_by.title


def test_a_signer_s_title_wrapped_before_its_board() -> None:
    assert _signer_of(
        "Date: 3.3.2006                       By: /s/ Marta Quispe",
        "                                         ------------------------",
        "                                         Marta Quispe",
        "                                         Member of the Supervisory",
        "                                         Board, Treasury",
    ) == ("Marta Quispe", "Member of the Supervisory Board, Treasury")


def test_an_academic_degree_is_no_part_of_the_signer_s_name() -> None:
    assert _signer_of(
        "Date: 3.3.2006                       By: /s/ Mgr. Jana Dvořáková",
        "                                         ------------------------",
        "                                         Mgr. Jana Dvořáková",
        "                                         Chief Financial Officer",
    ) == ("Jana Dvořáková", "Chief Financial Officer")


def test_a_release_with_no_headline_right_under_the_cover() -> None:
    text = (
        _HEAD + "          Form 20-F   [X]                Form 40-F   [ ]\n"
        "\n"
        "LA PAZ, Bolivia, 2 March 2006 -- Altiplano Datos S.A. today opened its fibre\n"
        "ring in Santa Cruz de la Sierra, the country's second city.\n"
        "\n"
        "The ring links 140 office buildings and doubles the company's capacity in the\n"
        "city, where it serves 21 000 lines.\n"
    )
    (release,) = parse_text(text).releases
    assert release.title is None
    assert str(release.released_on) == "2006-03-02"
    assert release.body.text.startswith("LA PAZ, Bolivia")


def test_a_signer_s_title_closing_its_own_bracket_keeps_it() -> None:
    assert _signer_of(
        "Date: 3.3.2006                       By: /s/ Marta Quispe",
        "                                         ------------------------",
        "                                         Marta Quispe",
        "                                         Gerente Legal (General Counsel)",
    ) == ("Marta Quispe", "Gerente Legal (General Counsel)")


def test_a_signature_dated_with_its_place_under_the_signer() -> None:
    text = (
        _HEAD + _QUESTIONS + "Exhibit 99.1 to this report is the company's announcement.\n"
        "\n"
        "                                  SIGNATURES\n"
        "\n"
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
        "registrant has duly caused this report to be signed on its behalf by the\n"
        "undersigned, thereunto duly authorized.\n"
        "\n"
        "ALTIPLANO DATOS S.A.\n"
        "\n"
        "By:    /s/ Marta Quispe\n"
        "       ------------------------\n"
        "       Marta Quispe\n"
        "       Chief Financial Officer\n"
        "\n"
        "La Paz, 3 March 2006\n"
    )
    assert parse_text(text).cover.signed_on == date(2006, 3, 3)


def test_an_enclosure_list_s_rows_set_apart_by_blank_lines() -> None:
    paragraph = (
        "This Form 6-K consists of:\n"
        "\n"
        "1.   A notice of Altiplano Datos S.A. dated 2 March 2006 on its fibre ring in\n"
        "     Santa Cruz.\n"
        "\n"
        "2.   A notice of Altiplano Datos S.A. dated 3 March 2006 on its annual meeting.\n"
    )
    assert _enclosure_of(paragraph) == (
        "This Form 6-K consists of: 1. A notice of Altiplano Datos S.A. dated 2 March 2006 on "
        "its fibre ring in Santa Cruz. 2. A notice of Altiplano Datos S.A. dated 3 March 2006 "
        "on its annual meeting."
    )


def test_the_following_document_sentence_is_the_enclosure() -> None:
    paragraph = (
        "The following document, published in Spanish, is furnished with this report:\n"
        "Altiplano Datos' press release of 2 March 2006 on its fibre ring in Santa Cruz.\n"
    )
    assert _enclosure_of(paragraph) == (
        "The following document, published in Spanish, is furnished with this report: "
        "Altiplano Datos' press release of 2 March 2006 on its fibre ring in Santa Cruz."
    )


def test_a_contents_of_this_report_label_is_no_part_of_the_enclosure() -> None:
    paragraph = (
        "Contents of this report: the press release of Altiplano Datos S.A. dated\n"
        "2 March 2006 on its fibre ring in Santa Cruz.\n"
    )
    assert _enclosure_of(paragraph) == (
        "the press release of Altiplano Datos S.A. dated 2 March 2006 on its fibre ring in "
        "Santa Cruz."
    )


def test_an_exhibit_number_with_one_space_after_it_in_the_index() -> None:
    paragraph = (
        "Exhibit\n99.1 Press release dated 2 March 2006 - Altiplano Datos opens its fibre ring\n"
    )
    assert _enclosure_of(paragraph) == (
        "Press release dated 2 March 2006 - Altiplano Datos opens its fibre ring"
    )
