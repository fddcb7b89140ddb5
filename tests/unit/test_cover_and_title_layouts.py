"""Tests for cover fields: an address underlined over its caption; an address line opening
on its postal code in brackets; the rules under the check marks, no enclosure; an upper-case
subheadline under the headline; the company line over the headline."""

from __future__ import annotations

from datetime import date

from tests.unit.invented import parse_text

_parse = parse_text


_RELEASE = (
    "\n"
    "                                NEWS RELEASE\n"
    "\n"
    "                  PRAIRIE LINK REPORTS THIRD QUARTER RESULTS\n"
    "\n"
    "CALGARY, October 30, 2004 -- Prairie Link Inc. today reported its results for\n"
    "the third quarter ended September 30, 2004.\n"
)


def test_an_address_underlined_over_its_caption() -> None:
    text = (
        "                                   FORM 6-K\n"
        "\n"
        "                           PRAIRIE LINK INC.\n"
        "                           -----------------\n"
        "                (Translation of registrant's name into English)\n"
        "\n"
        "                      400 Fourth Avenue SW, Suite 1200\n"
        "                       Calgary, Alberta, Canada T2P 0J4\n"
        "                      ----------------------------------\n"
        "                   (Address of principal executive offices)\n" + _RELEASE
    )
    assert _parse(text).cover.registrant_address == (
        "400 Fourth Avenue SW, Suite 1200, Calgary, Alberta, Canada T2P 0J4"
    )


def test_an_address_line_opening_on_its_bracketed_postcode() -> None:
    text = (
        "                                   FORM 6-K\n"
        "\n"
        "                          PAMPA REDES S.A.\n"
        "         (Exact name of registrant as specified in its charter)\n"
        "\n"
        "                   Avenida Corrientes 1450, Piso 3\n"
        "                     (C1042AAN) Buenos Aires, Argentina\n"
        "               (Address of principal executive offices)\n" + _RELEASE
    )
    assert _parse(text).cover.registrant_address == (
        "Avenida Corrientes 1450, Piso 3, (C1042AAN) Buenos Aires, Argentina"
    )


_CHECK_MARKS = (
    "                                   FORM 6-K\n"
    "\n"
    "                          PAMPA REDES S.A.\n"
    "         (Exact name of registrant as specified in its charter)\n"
    "\n"
    "Indicate by check mark whether the registrant files or will file annual reports\n"
    "under cover Form 20-F or Form 40-F:\n"
    "\n"
    "                 Form 20-F   X                 Form 40-F\n"
    "                           -----                         -----\n"
    "\n"
    "Indicate by check mark whether the registrant by furnishing the information\n"
    "contained in this Form is also thereby furnishing the information to the\n"
    "Commission pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934:\n"
    "\n"
    "                       Yes                       No   X\n"
    "                           -----                    -----\n"
    "\n"
)


def test_the_rules_under_the_check_marks_are_no_enclosure() -> None:
    text = _CHECK_MARKS + "                                      ***\n" + _RELEASE
    assert _parse(text).cover.enclosure is None


def test_the_enclosure_line_under_the_check_marks_rules() -> None:
    text = (
        _CHECK_MARKS + "Pampa Redes S.A. - Results for the third quarter of 2004\n"
        "\n"
        "--------------------------------------------------------------------------\n" + _RELEASE
    )
    assert _parse(text).cover.enclosure == (
        "Pampa Redes S.A. - Results for the third quarter of 2004"
    )


def test_an_upper_case_subheadline_under_the_headline_is_no_part_of_the_title() -> None:
    text = (
        "                                   FORM 6-K\n"
        "\n"
        "                          NORRBAND AB\n"
        "         (Exact name of registrant as specified in its charter)\n"
        "\n"
        "--------------------------------------------------------------------------------\n"
        "\n"
        "PRESS RELEASE\n"
        "Malmo, 14 February 2002\n"
        "\n"
        "NORRBAND YEAR-END REPORT 2001\n"
        "\n"
        "FOURTH QUARTER: REVENUE UP 35 PER CENT, FIRST POSITIVE EBITDA\n"
        "\n"
        "Norrband AB today published its year-end report for 2001. Revenue for the\n"
        "fourth quarter rose to SEK 412 million.\n"
    )
    (release,) = _parse(text).releases
    assert release.title == "NORRBAND YEAR-END REPORT 2001"


def test_the_company_line_over_an_upper_case_headline_is_no_title() -> None:
    text = (
        "                                   FORM 6-K\n"
        "\n"
        "                          KESTREL TELECOM PLC\n"
        "         (Exact name of registrant as specified in its charter)\n"
        "\n"
        "--------------------------------------------------------------------------------\n"
        "\n"
        "                               Kestrel Telecom plc\n"
        "\n"
        "          PRELIMINARY RESULTS FOR THE YEAR ENDED 31 MARCH 2003\n"
        "\n"
        "Kestrel Telecom plc today announced its results for the year ended 31 March\n"
        "2003. Turnover rose by 6% to GBP 812 million.\n"
        "\n"
        "The board proposes a final dividend of 2.1 pence per share, payable in\n"
        "August to shareholders on the register at 4 July 2003.\n"
    )
    (release,) = _parse(text).releases
    assert release.title == "PRELIMINARY RESULTS FOR THE YEAR ENDED 31 MARCH 2003"


def test_the_company_line_under_a_label_and_dateline_is_no_title() -> None:
    text = (
        "                                   FORM 6-K\n"
        "\n"
        "                          KESTREL TELECOM PLC\n"
        "         (Exact name of registrant as specified in its charter)\n"
        "\n"
        "PRESS RELEASE\n"
        "\n"
        "London, 3 June 2003\n"
        "\n"
        "                               Kestrel Telecom plc\n"
        "\n"
        "          PRELIMINARY RESULTS FOR THE YEAR ENDED 31 MARCH 2003\n"
        "\n"
        "Kestrel Telecom plc today announced its results for the year ended 31 March\n"
        "2003. Turnover rose by 6% to GBP 812 million.\n"
    )
    (release,) = _parse(text).releases
    assert release.title == "PRELIMINARY RESULTS FOR THE YEAR ENDED 31 MARCH 2003"


def test_a_letterhead_in_two_columns_gives_the_reference_and_date_not_the_title() -> None:
    text = (
        "                                   FORM 6-K\n"
        "\n"
        "                          TAIGA LINK LIMITED\n"
        "         (Exact name of registrant as specified in its charter)\n"
        "\n"
        "                                                        Exhibit 99.1\n"
        "TAIGA LINK LIMITED                               Announcement No. 14/07\n"
        "OSE / NASDAQ: TGLK                                      9 October 2007\n"
        "\n"
        "            TAIGA LINK OPENS ITS NETWORK IN TROMSO\n"
        "\n"
        "Taiga Link Limited today opened its network in Tromso, where it now\n"
        "serves some 12,000 homes.\n"
    )
    (release,) = _parse(text).releases
    assert release.title == "TAIGA LINK OPENS ITS NETWORK IN TROMSO"
    assert release.reference == "14/07"
    assert release.released_on == date(2007, 10, 9)


def test_a_spanish_or_german_press_label_over_the_headline_is_no_title() -> None:
    for label in ("COMUNICADO DE PRENSA / PRESS RELEASE", "PRESSEINFORMATION"):
        text = (
            "                                   FORM 6-K\n"
            "\n"
            "                          PAMPA REDES S.A.\n"
            "         (Exact name of registrant as specified in its charter)\n"
            "\n"
            f"{label}\n"
            "\n"
            "                 PAMPA REDES OPENS ITS NETWORK IN ROSARIO\n"
            "\n"
            "Buenos Aires, May 3, 2006 - Pampa Redes S.A. today opened its network in\n"
            "Rosario.\n"
        )
        (release,) = _parse(text).releases
        assert release.title == "PAMPA REDES OPENS ITS NETWORK IN ROSARIO"


def test_a_sentence_case_headline_over_its_subtitle_is_the_title() -> None:
    text = (
        "                                   FORM 6-K\n"
        "\n"
        "                          SAVANE MOBILE S.A.\n"
        "         (Exact name of registrant as specified in its charter)\n"
        "\n"
        "COMMUNIQUÉ DE PRESSE\n"
        "\n"
        "Savane Mobile : le nombre d’abonnés progresse de 12 %\n"
        "Le réseau couvre désormais toutes les capitales régionales\n"
        "\n"
        "Bamako, le 4 avril 2007 – Savane Mobile S.A. annonce que le nombre de ses\n"
        "abonnés a progressé de 12 % au premier trimestre.\n"
        "\n"
        "Le Groupe emploie 900 personnes.\n"
    )
    (release,) = _parse(text).releases
    assert release.title == "Savane Mobile : le nombre d’abonnés progresse de 12 %"
    assert release.body.text.startswith("Bamako, le 4 avril 2007")


def test_a_headline_wrapped_on_a_carrying_word_stays_whole() -> None:
    text = (
        "                                   FORM 6-K\n"
        "\n"
        "                          SAVANE MOBILE S.A.\n"
        "         (Exact name of registrant as specified in its charter)\n"
        "\n"
        "PRESS RELEASE\n"
        "\n"
        "Savane Mobile opens its network in Bamako and\n"
        "Extends roaming to Dakar\n"
        "\n"
        "Bamako, April 4, 2007 – Savane Mobile S.A. today opened its network.\n"
        "\n"
        "The Group employs 900 people.\n"
    )
    (release,) = _parse(text).releases
    assert release.title != "Savane Mobile opens its network in Bamako and"


def test_an_enclosed_label_is_no_part_of_the_enclosure() -> None:
    text = (
        _CHECK_MARKS + "Enclosed: Press release “Pampa Redes opens in Rosario” (May 3,\n"
        "2006)\n"
        "\n"
        "--------------------------------------------------------------------------\n" + _RELEASE
    )
    assert _parse(text).cover.enclosure == (
        "Press release “Pampa Redes opens in Rosario” (May 3, 2006)"
    )


def test_the_period_covered_over_the_report_s_date_is_no_report_date() -> None:
    head = (
        "                                   FORM 6-K\n"
        "\n"
        "                 REPORT OF FOREIGN PRIVATE ISSUER\n"
        "\n"
        "              For the six months ended June 30, 2006\n"
    )
    dated = head + "                  Report dated August 2, 2006\n"
    tail = (
        "\n"
        "                          PAMPA REDES S.A.\n"
        "         (Exact name of registrant as specified in its charter)\n" + _RELEASE
    )
    assert _parse(dated + tail).cover.report_date == date(2006, 8, 2)
    # With no other date on the cover, the period's end is still the best one it has.
    assert _parse(head + tail).cover.report_date == date(2006, 6, 30)
