"""Tests for releases set apart by a rule and a line naming the release ("Release 2", "Press
Release 2 of 3", "Announcement 2", "Exhibit 99.2"), right-aligned or not, and for a rule inside
one release that opens no release of its own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import COVER_QUESTIONS, parse_text

_COVER = (
    "                                   FORM 6-K\n"
    "\n"
    "                         For the month of March 2007\n"
    "\n"
    "                             KORALLI NETWORKS OYJ\n"
    "                (Translation of registrant's name into English)\n"
    "\n"
    "                         Satamakatu 9, 33100 Tampere\n"
    "                                  Finland\n"
    "                  (Address of principal executive offices)\n"
    "\n" + COVER_QUESTIONS + "This report contains three releases of Koralli Networks Oyj.\n\n"
)
_SIGNATURE = (
    "_" * 76 + "\n"
    "\n"
    "                                  SIGNATURES\n"
    "\n"
    "Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
    "registrant has duly caused this report to be signed on its behalf by the\n"
    "undersigned, thereunto duly authorized.\n"
    "\n"
    "Date: March 20, 2007                    By: /s/ Aino Lehto\n"
    "                                            Name:  Aino Lehto\n"
    "                                            Title: Chief Financial Officer\n"
)
_HEADLINES = (
    "KORALLI NETWORKS OPENS A DATA CENTRE IN OULU",
    "KORALLI NETWORKS NAMES A NEW CHAIRMAN",
    "KORALLI NETWORKS SELLS ITS CABLE UNIT",
)


def _release(label: str, headline: str, day: int) -> str:
    return (
        "_" * 76 + "\n"
        "\n"
        f"{label}\n"
        "\n"
        f"{headline}\n"
        "\n"
        f"Tampere, {day} March 2007 - Koralli Networks Oyj said today that the work\n"
        "was done on time and within the budget the board had set for the year.\n"
        "\n"
        "The company will say more when it publishes its results for the quarter.\n"
        "\n"
    )


@pytest.mark.parametrize(
    "label",
    [
        " " * 66 + "Release {n}",
        "Release {n}",
        " " * 56 + "Press Release {n} of 3",
        "Announcement {n}",
        " " * 60 + "Exhibit 99.{n}",
        " " * 60 + "Exhibit {n} of 3",
    ],
)
def test_a_rule_over_a_line_naming_the_release_opens_each_release(label: str) -> None:
    text = _COVER + "".join(
        _release(label.format(n=n + 1), headline, 5 + n) for n, headline in enumerate(_HEADLINES)
    )
    releases = parse_text(text + _SIGNATURE).releases
    assert [release.title for release in releases] == list(_HEADLINES)
    assert [release.released_on.day for release in releases if release.released_on] == [5, 6, 7]


def test_a_rule_inside_a_release_opens_no_release() -> None:
    body = (
        "_" * 76 + "\n"
        "\n"
        "KORALLI NETWORKS OPENS A DATA CENTRE IN OULU\n"
        "\n"
        "Tampere, 5 March 2007 - Koralli Networks Oyj said today that the work\n"
        "was done on time and within the budget the board had set for the year.\n"
        "\n"
        "-----------------------------------------------------------\n"
        "\n"
        "Release 2 of the centre's software will follow in the second half, and the\n"
        "company will say more when it publishes its results for the quarter.\n"
        "\n"
    )
    releases = parse_text(_COVER + body + _SIGNATURE).releases
    assert [release.title for release in releases] == [_HEADLINES[0]]


def test_a_bare_release_number_without_a_rule_opens_no_release() -> None:
    body = _release("", _HEADLINES[0], 5) + "Release 2\n\nThe centre opens to customers in May.\n\n"
    releases = parse_text(_COVER + body + _SIGNATURE).releases
    assert [release.title for release in releases] == [_HEADLINES[0]]


@pytest.mark.parametrize(
    ("opening", "day"), [("14.03.2007 - The board", 14), ("16 March 2007 -- The board", 16)]
)
def test_a_date_alone_before_a_dash_dates_the_release(opening: str, day: int) -> None:
    body = (
        "_" * 76 + "\n"
        "\n"
        "Release 1\n"
        "\n"
        f"{_HEADLINES[1]}\n"
        "\n"
        f"{opening} of Koralli Networks Oyj has elected a new chairman, who\n"
        "joins from a shipping company where he led the board for six years.\n"
        "\n"
    )
    releases = parse_text(_COVER + body + _SIGNATURE).releases
    assert [(release.title, release.released_on) for release in releases] == [
        (_HEADLINES[1], date(2007, 3, day))
    ]


def test_the_issuer_s_name_over_a_label_is_no_title() -> None:
    body = (
        "_" * 76 + "\n"
        "\n"
        "EXHIBIT 1\n"
        "\n"
        "                          KORALLI NETWORKS OYJ\n"
        "\n"
        "                              PRESS RELEASE\n"
        "\n"
        f"        {_HEADLINES[2]}\n"
        "\n"
        "Tampere, 7 March 2007 - Koralli Networks Oyj said today that it sold its\n"
        "cable unit to a regional utility for a price the parties did not disclose.\n"
        "\n"
    )
    releases = parse_text(_COVER + body + _SIGNATURE).releases
    assert [release.title for release in releases] == [_HEADLINES[2]]


def test_the_issuer_s_name_and_a_date_over_a_headline_are_no_title() -> None:
    body = (
        "=" * 76 + "\n"
        "\n"
        "KORALLI NETWORKS OYJ\n"
        "\n"
        "14 March 2007\n"
        "\n"
        "                              CHANGES TO THE BOARD\n"
        "\n"
        "Koralli Networks Oyj today announces that its board has appointed a new\n"
        "director, who joins from a shipping company where she led its finances.\n"
        "\n"
        "She will stand for election at the annual general meeting in April.\n"
        "\n"
    )
    releases = parse_text(_COVER + body + _SIGNATURE).releases
    assert [(release.title, release.released_on) for release in releases] == [
        ("CHANGES TO THE BOARD", date(2007, 3, 14))
    ]


def test_a_street_named_for_a_date_is_no_report_date() -> None:
    cover = _COVER.replace("Satamakatu 9, 33100 Tampere", "Av. 24 de Mayo 1822 y Sucre")
    body = _release("Release 1", _HEADLINES[0], 5)
    filing = parse_text(cover + body + _SIGNATURE)
    assert filing.cover.report_date is None


def test_a_street_named_for_a_date_opens_the_address() -> None:
    cover = _COVER.replace(
        "                         Satamakatu 9, 33100 Tampere\n",
        "                         Av. 24 de Mayo 1822 y Sucre\n"
        "                         Edificio Sol, Piso 3, Quito\n",
    ).replace("Finland\n", "Ecuador\n")
    filing = parse_text(cover + _release("Release 1", _HEADLINES[0], 5) + _SIGNATURE)
    assert filing.cover.registrant_address == (
        "Av. 24 de Mayo 1822 y Sucre, Edificio Sol, Piso 3, Quito, Ecuador"
    )
