"""Tests for cover layouts: check boxes answering the cover's questions are no prose, and the
note under them may quote "Yes" in curly quotes; enclosures written as sentences; signers'
titles and names."""

from __future__ import annotations

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
