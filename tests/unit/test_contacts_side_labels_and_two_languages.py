"""Tests for contact layouts: a "Function, City" label beside a person's column, dotted
leaders between, is the person's function; a title written in two languages keeps the half
whose words are known titles."""

from __future__ import annotations

from tests.unit.contact_rows import contact_rows


def test_a_function_and_city_label_beside_the_name_is_the_title() -> None:
    text = (
        "For further information:\n"
        "\n"
        "   Media Relations, Oranjestad ...... Pieter van Dam\n"
        "                                      tel. +297 582 0000\n"
        "                                      press@caribtel.example\n"
    )
    assert contact_rows(text) == [
        (
            "Pieter van Dam",
            "Media Relations",
            None,
            ("press@caribtel.example",),
            ("+297 582 0000",),
        )
    ]


def test_a_title_in_two_languages_keeps_the_known_half() -> None:
    text = (
        "Lisatiedot / Further information:\n"
        "Aino Virtanen\n"
        "Viestinnän johtaja / Communications Director\n"
        "Puhelin / Phone: +358 9 555 0100\n"
        "Sähköposti / E-mail: aino.virtanen@suomitel.example\n"
    )
    assert contact_rows(text) == [
        (
            "Aino Virtanen",
            "Communications Director",
            None,
            ("aino.virtanen@suomitel.example",),
            ("+358 9 555 0100",),
        )
    ]
