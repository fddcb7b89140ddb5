"""Tests for a headline wrapped before the end of the period it names (the date under it is
no date line), and for what stands as the cover's enclosure when the exhibits are listed."""

from __future__ import annotations

from datetime import date

from tests.unit.invented import COVER_QUESTIONS, parse_text

_parse = parse_text


_COVER = (
    "                                   FORM 6-K\n"
    "\n"
    "                           For the month of May 2006\n"
    "\n"
    "                        ANDES MOVIL HOLDING S.A.\n"
    "         (Exact name of registrant as specified in its charter)\n"
    "\n"
    "                       Avenida Providencia 1760, Santiago, Chile\n"
    "                   (Address of principal executive offices)\n"
    "\n" + COVER_QUESTIONS
)

_PERIOD_HEADLINE = (
    "        ANDES MOVIL ANNOUNCES RESULTS FOR THE SIX MONTHS ENDED\n"
    "                           31 MARCH 2006\n"
    "\n"
    "        Prepaid customers pass four million in three countries\n"
    "\n"
    "Santiago, 9 May 2006 - Andes Movil Holding S.A. today reported its results for\n"
    "the six months ended 31 March 2006, with revenue up 18% on a year earlier.\n"
    "\n"
    "The company served 4.2 million prepaid customers at the end of March, and its\n"
    "network now covers nine in ten people in each of its three countries.\n"
)
_PERIOD_TITLE = "ANDES MOVIL ANNOUNCES RESULTS FOR THE SIX MONTHS ENDED 31 MARCH 2006"


def test_a_headline_wrapped_before_its_period_end_keeps_the_date_in_its_title() -> None:
    # No label over the release: the headline is found under the cover.
    text = _COVER + "_" * 70 + "\n\n" + _PERIOD_HEADLINE
    (release,) = _parse(text).releases
    assert release.title == _PERIOD_TITLE
    assert release.released_on == date(2006, 5, 9)


def test_a_labelled_release_whose_headline_wraps_before_its_period_end() -> None:
    text = _COVER + "                              PRESS RELEASE\n\n" + _PERIOD_HEADLINE
    (release,) = _parse(text).releases
    assert release.title == _PERIOD_TITLE
    assert release.released_on == date(2006, 5, 9)


def test_a_date_line_under_a_headline_that_calls_for_no_date_still_dates_it() -> None:
    # The headline's line ends on no word calling for a date: the line under it is its date.
    text = (
        _COVER
        + "                              PRESS RELEASE\n\n"
        + "        ANDES MOVIL PASSES FOUR MILLION PREPAID CUSTOMERS\n"
        + "                           9 May 2006\n"
        + "\n"
        + "Andes Movil Holding S.A. today said it served 4.2 million prepaid customers at\n"
        + "the end of March, with its network covering nine in ten people in each country.\n"
    )
    (release,) = _parse(text).releases
    assert release.title == "ANDES MOVIL PASSES FOUR MILLION PREPAID CUSTOMERS"
    assert release.released_on == date(2006, 5, 9)


_RELEASE = (
    "NEWS RELEASE\n"
    "\n"
    "Andes Movil Passes Four Million Prepaid Customers\n"
    "\n"
    "SANTIAGO, Chile, May 9, 2006 - Andes Movil Holding S.A. today said it served 4.2\n"
    "million prepaid customers at the end of March, up from 3.5 million a year earlier.\n"
)


def test_a_label_naming_the_documents_with_the_document_on_its_line() -> None:
    text = (
        _COVER
        + "Exhibits Attached to this Form: News release dated May 9, 2006 - Andes Movil\n"
        + "Passes Four Million Prepaid Customers\n\n"
        + _RELEASE
    )
    filing = _parse(text)
    assert filing.cover.enclosure == (
        "News release dated May 9, 2006 - Andes Movil Passes Four Million Prepaid Customers"
    )
    (release,) = filing.releases
    assert release.title == "Andes Movil Passes Four Million Prepaid Customers"


_INDEX_OF_TWO = (
    "                                 EXHIBIT INDEX\n"
    "\n"
    "Exhibit    Description\n"
    "-------    ---------------------------------------------------------\n"
    "99.1       News release dated May 9, 2006: Andes Movil passes four\n"
    "           million prepaid customers\n"
    "99.2       News release dated May 10, 2006: Andes Movil names a new\n"
    "           chief technology officer\n"
    "\n"
    "=" * 78 + "\n"
    "                                                                  EXHIBIT 99.1\n"
    "\n"
)


def test_an_index_of_several_exhibits_stands_for_no_enclosure_line() -> None:
    # Each release carries its own title; the list says no one thing the report encloses.
    filing = _parse(_COVER + _INDEX_OF_TWO + _RELEASE)
    assert filing.cover.enclosure is None
    assert filing.releases[0].title == "Andes Movil Passes Four Million Prepaid Customers"


def test_the_sentence_over_an_index_of_several_exhibits_is_the_enclosure() -> None:
    sentence = "This report on Form 6-K contains the following news releases of Andes\nMovil:\n\n"
    filing = _parse(_COVER + sentence + _INDEX_OF_TWO + _RELEASE)
    assert filing.cover.enclosure == (
        "This report on Form 6-K contains the following news releases of Andes Movil:"
    )
