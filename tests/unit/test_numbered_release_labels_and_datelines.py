"""Tests for releases set apart by a numbered label ("News release 2"), for datelines that
open on the date ("4 Feb 06, Tartu - ...") or put a word before the day ("Bogotá, D.C., a 12
de mayo de 2006.-"), for a contact block under a label in another language above the
headline, for a notice dated where it was signed ("Dated at Halifax, Nova Scotia, ..."), and
for an address under a bracketed label wrapped over two lines."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.invented import COVER_QUESTIONS, parse_text

_COVER_HEAD = (
    "                                   FORM 6-K\n"
    "\n"
    "                         For the month of February 2006\n"
    "\n"
)
_COVER_TAIL = (
    "\n"
    "                           Riia 14, 51010 Tartu\n"
    "                                  Estonia\n"
    "                  (Address of principal executive offices)\n"
    "\n" + COVER_QUESTIONS
)


def _cover(name: str = "LIIVI TELEKOM AS", label: str | None = None) -> str:
    label = label or "                (Translation of registrant's name into English)\n"
    return _COVER_HEAD + f"                             {name}\n" + label + _COVER_TAIL


_SIGNATURE = (
    "                                  SIGNATURES\n"
    "\n"
    "Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
    "registrant has duly caused this report to be signed on its behalf by the\n"
    "undersigned, thereunto duly authorized.\n"
    "\n"
    "Date: February 20, 2006                 By: /s/ Mart Kask\n"
    "                                            Name:  Mart Kask\n"
    "                                            Title: Chief Financial Officer\n"
)

_RULE = "=" * 78 + "\n"


def _numbered(number: int, headline: str, dateline: str) -> str:
    return (
        _RULE
        + " " * 64
        + f"News release {number}\n"
        + "\n"
        + f"            {headline}\n"
        + "\n"
        + f"{dateline} - Liivi Telekom AS today said its broadband network reached\n"
        + "every county seat of southern Estonia ahead of the plan set last year.\n"
        + "\n"
        + "The company expects to extend the network to the islands next year.\n"
        + "\n"
    )


def test_numbered_labels_each_open_a_release_dated_by_its_own_dateline() -> None:
    text = (
        _cover()
        + _numbered(1, "LIIVI TELEKOM REACHES EVERY COUNTY SEAT", "Tartu, 02.02.2006")
        + _numbered(2, "LIIVI TELEKOM CALLS ITS ANNUAL MEETING", "4 Feb 06, Tartu")
        + _numbered(3, "LIIVI TELEKOM OPENS A SHOP IN VALGA", "9 February 2006, Valga")
        + _RULE
        + "\n"
        + _SIGNATURE
    )
    releases = parse_text(text).releases
    assert [release.title for release in releases] == [
        "LIIVI TELEKOM REACHES EVERY COUNTY SEAT",
        "LIIVI TELEKOM CALLS ITS ANNUAL MEETING",
        "LIIVI TELEKOM OPENS A SHOP IN VALGA",
    ]
    assert [release.released_on for release in releases] == [
        date(2006, 2, 2),
        date(2006, 2, 4),
        date(2006, 2, 9),
    ]


@pytest.mark.parametrize("label", ["Contactos:", "Contatos:", "KONTAKT:"])
def test_contact_block_under_a_foreign_label_is_no_headline_and_a_dateline_may_say_a(
    label: str,
) -> None:
    text = (
        _cover(name="ANDES MOVIL S.A.")
        + _RULE
        + " " * 68
        + "Exhibit 1\n"
        + "\n"
        + f"{label}\n"
        + "Lucía Restrepo Mejía\n"
        + "Relación con Inversionistas\n"
        + "+57 (1) 606-2020\n"
        + "ir@andesmovil.com.co\n"
        + "\n"
        + "        ANDES MOVIL REPORTA RESULTADOS DEL PRIMER TRIMESTRE DE 2006\n"
        + "\n"
        + "Bogotá, D.C., Colombia, a 12 de mayo de 2006.- Andes Movil S.A. anunció hoy sus\n"
        + "resultados no auditados del primer trimestre de 2006.\n"
        + "\n"
        + _RULE
        + "\n"
        + _SIGNATURE
    )
    (release,) = parse_text(text).releases
    assert release.title == "ANDES MOVIL REPORTA RESULTADOS DEL PRIMER TRIMESTRE DE 2006"
    assert release.released_on == date(2006, 5, 12)
    assert [contact.name for contact in release.contacts] == ["Lucía Restrepo Mejía"]


def test_a_notice_is_dated_where_it_was_signed() -> None:
    text = (
        _cover(name="MARITIME CELLULAR INC.")
        + _RULE
        + "\n"
        + "                     NOTICE OF CHANGE OF TRANSFER AGENT\n"
        + "\n"
        + "Maritime Cellular Inc. gives notice that its transfer agent will change at the\n"
        + "close of business on the last day of the month, as its board has approved.\n"
        + "\n"
        + "Dated at Halifax, Nova Scotia, February 3, 2006.\n"
        + "\n"
        + _RULE
        + "\n"
        + _SIGNATURE
    )
    (release,) = parse_text(text).releases
    assert release.released_on == date(2006, 2, 3)


def test_the_tail_of_a_wrapped_translation_label_is_no_line_of_the_address() -> None:
    label = (
        "        (Translation of registrant's name into English: Southern Estonian\n"
        "                           Telecommunications Ltd.)\n"
    )
    cover = parse_text(_cover(label=label) + _SIGNATURE).cover
    assert cover.registrant_address == "Riia 14, 51010 Tartu, Estonia"
