"""Tests for releases set apart by "ITEM n" markers, for what stands as the cover's
enclosure when an index is written on one line or as a numbered table of contents, for a
release's date over a letterhead above its headline, and for a signature dated by a date
typed alone under the signer."""

from __future__ import annotations

from datetime import date

from tests.unit.invented import COVER_QUESTIONS, parse_text

_COVER = (
    "                                   FORM 6-K\n"
    "\n"
    "                           For the month of March 2004\n"
    "\n"
    "                        ANDINA CELULAR HOLDING S.A.\n"
    "         (Exact name of registrant as specified in its charter)\n"
    "\n"
    "                  Avenida Arce 2519, La Paz, Bolivia\n"
    "                   (Address of principal executive offices)\n"
    "\n" + COVER_QUESTIONS
)

_SIGNATURE = (
    "                                  SIGNATURE\n"
    "\n"
    "Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
    "registrant has duly caused this report to be signed on its behalf by the\n"
    "undersigned, thereunto duly authorized.\n"
    "\n"
    "                                        Andina Celular Holding S.A.\n"
    "\n"
    "Date: March 12, 2004                    By: /s/ Rodrigo Paz Arancibia\n"
    "                                            Name:  Rodrigo Paz Arancibia\n"
    "                                            Title: Chief Financial Officer\n"
)

_RULE = "-" * 79 + "\n"


def _item(number: int, headline: str, dateline: str) -> str:
    return (
        _RULE
        + " " * 70
        + f"Item {number}\n"
        + "\n"
        + f"              {headline}\n"
        + "\n"
        + f"La Paz, {dateline} - Andina Celular Holding S.A. today said its mobile\n"
        + "subsidiary served more customers than a year earlier in each of its regions.\n"
        + "\n"
        + "The company will report its full results for the quarter later in the year.\n"
        + "\n"
    )


def test_item_markers_over_rules_each_open_a_release() -> None:
    text = (
        _COVER
        + "                              TABLE OF CONTENTS\n\n"
        + "1.  Press release dated March 2, 2004: Andina Celular passes two million\n"
        + "2.  Press release dated March 9, 2004: Andina Celular opens a new network\n\n"
        + _item(1, "ANDINA CELULAR PASSES TWO MILLION CUSTOMERS", "March 2, 2004")
        + _item(2, "ANDINA CELULAR OPENS A NEW NETWORK IN THE SOUTH", "March 9, 2004")
        + _RULE
        + "\n"
        + _SIGNATURE
    )
    releases = parse_text(text).releases
    assert [release.title for release in releases] == [
        "ANDINA CELULAR PASSES TWO MILLION CUSTOMERS",
        "ANDINA CELULAR OPENS A NEW NETWORK IN THE SOUTH",
    ]
    assert [release.released_on for release in releases] == [date(2004, 3, 2), date(2004, 3, 9)]


def test_a_date_over_a_letterhead_above_the_headline_dates_the_release() -> None:
    # The date at the right margin, then the company's name and its stock code, then the
    # headline: the date is the release's, not the signature's.
    text = (
        _COVER
        + "=" * 78
        + "\n\n"
        + " " * 62
        + "March 5, 2004\n"
        + "\n"
        + " " * 40
        + "Andina Celular Holding S.A.\n"
        + " " * 40
        + "(Nasdaq: ANCL)\n"
        + "\n"
        + "          Notice Concerning the Appointment of a New Chief Executive\n"
        + "\n"
        + "Andina Celular Holding S.A. announced today that its Board of Directors, at a\n"
        + "meeting held on March 5, 2004, appointed a new chief executive officer.\n"
        + "\n"
        + "The appointment takes effect on April 1, 2004, after the annual meeting.\n"
        + "\n"
        + "=" * 78
        + "\n\n"
        + _SIGNATURE
    )
    (release,) = parse_text(text).releases
    assert release.title == "Notice Concerning the Appointment of a New Chief Executive"
    assert release.released_on == date(2004, 3, 5)


def test_a_date_alone_under_a_signature_before_the_release_dates_the_signature() -> None:
    # The signature first, with "(signed)" and a date alone under the signer; a rule, then
    # the release, which keeps its own dateline.
    text = (
        _COVER
        + "                                  SIGNATURES\n"
        + "\n"
        + "Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
        + "registrant has duly caused this report to be signed on its behalf by the\n"
        + "undersigned, thereunto duly authorized.\n"
        + "\n"
        + "                                   ANDINA CELULAR HOLDING S.A.\n"
        + "\n"
        + "                                   By: (signed) Lucia Mendez Rocha\n"
        + "                                       --------------------------\n"
        + "                                       Lucia Mendez Rocha\n"
        + "                                       General Counsel\n"
        + "\n"
        + "March 16, 2004\n"
        + "\n"
        + "=" * 78
        + "\n"
        + "PRESS RELEASE\n"
        + "=" * 78
        + "\n\n"
        + "          ANDINA CELULAR REPORTS FOURTH QUARTER RESULTS\n"
        + "\n"
        + "LA PAZ, March 15, 2004 -- Andina Celular Holding S.A. today reported its results\n"
        + "for the fourth quarter of 2003, with revenue up 9% on a year earlier.\n"
        + "\n"
        + "The company served 1.1 million customers at the end of the year.\n"
    )
    filing = parse_text(text)
    assert filing.cover.signed_on == date(2004, 3, 16)
    assert filing.cover.signed_by.name == "Lucia Mendez Rocha"
    (release,) = filing.releases
    assert release.released_on == date(2004, 3, 15)


def test_a_date_alone_under_a_signature_over_a_release_headline_stays_the_release_date() -> None:
    # No rule after the date: it opens the release that follows, not the signature.
    text = (
        _COVER
        + _SIGNATURE.replace("Date: March 12, 2004  ", "                    ")
        + "\n"
        + "March 15, 2004\n"
        + "\n"
        + "          ANDINA CELULAR REPORTS FOURTH QUARTER RESULTS\n"
        + "\n"
        + "Andina Celular Holding S.A. today reported its results for the fourth quarter\n"
        + "of 2003, with revenue up 9% on a year earlier.\n"
        + "\n"
        + "The company served 1.1 million customers at the end of the year.\n"
    )
    filing = parse_text(text)
    assert filing.cover.signed_on is None
    (release,) = filing.releases
    assert release.released_on == date(2004, 3, 15)


def test_an_index_heading_written_on_the_documents_line_is_a_label() -> None:
    text = (
        _COVER
        + "Index to Exhibits:  Quarterly report of Andina Celular, 15 March 2004\n"
        + "\n"
        + "_" * 78
        + "\n\n"
        + "                              PRESS RELEASE\n\n"
        + "          ANDINA CELULAR REPORTS FOURTH QUARTER RESULTS\n"
        + "\n"
        + "La Paz, 15 March 2004 - Andina Celular Holding S.A. today reported its results\n"
        + "for the fourth quarter of 2003, with revenue up 9% on a year earlier.\n"
        + "\n"
        + "The company served 1.1 million customers at the end of the year.\n"
        + "\n"
        + _SIGNATURE
    )
    cover = parse_text(text).cover
    assert cover.enclosure == "Quarterly report of Andina Celular, 15 March 2004"


def _two_releases_under(index: str) -> str:
    return (
        _COVER
        + index
        + "\n"
        + _item(1, "ANDINA CELULAR PASSES TWO MILLION CUSTOMERS", "March 2, 2004")
        + _item(2, "ANDINA CELULAR OPENS A NEW NETWORK IN THE SOUTH", "March 9, 2004")
        + _RULE
        + "\n"
        + _SIGNATURE
    )


def test_a_numbered_table_of_contents_is_the_enclosure_as_written() -> None:
    text = _two_releases_under(
        "                              Table of Contents\n\n"
        "(1) Press release dated March 2, 2004: Andina Celular passes two million\n"
        "    customers\n"
        "(2) Press release dated March 9, 2004: Andina Celular opens a new network\n"
    )
    assert parse_text(text).cover.enclosure == (
        "(1) Press release dated March 2, 2004: Andina Celular passes two million customers"
        " (2) Press release dated March 9, 2004: Andina Celular opens a new network"
    )


def test_an_index_of_exhibits_in_columns_stands_for_no_enclosure() -> None:
    # Exhibit numbers in a column of their own: an index of the releases, each titled below.
    text = _two_releases_under(
        "                                EXHIBIT INDEX\n\n"
        "Exhibit No.   Description\n"
        "1             Press release dated March 2, 2004: Andina Celular passes two\n"
        "              million customers\n"
        "2             Press release dated March 9, 2004: Andina Celular opens a new\n"
        "              network\n"
    )
    assert parse_text(text).cover.enclosure is None
