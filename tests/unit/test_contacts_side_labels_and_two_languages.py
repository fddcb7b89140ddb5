"""Tests for contact layouts: a "Function, City" label beside a person's column, dotted
leaders between, is the person's function; a title written in two languages keeps the half
whose words are known titles; a line of labelled numbers is no prose, however many groups
its numbers have; people asked for in running prose by other verbs ("ring our Head of
Investor Relations, Jane Roe, on ...", "can reach John Doe, ...")."""

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


def test_a_long_line_of_labelled_numbers_is_no_prose() -> None:
    text = (
        "Contact:\n"
        "Investor Relations: Omar Haddad, Head of Investor Relations\n"
        "Tel.: +962 6 555 0100 - Mobile: +962 79 555 0199 - E-mail: o.haddad@petra.example\n"
    )
    assert contact_rows(text) == [
        (
            "Omar Haddad",
            "Head of Investor Relations",
            None,
            ("o.haddad@petra.example",),
            ("+962 6 555 0100", "+962 79 555 0199"),
        )
    ]


def test_people_asked_for_in_running_prose_by_other_verbs() -> None:
    text = (
        "Who answers further questions?\n"
        "\n"
        "Analysts should ring our Head of Investor Relations, Sophie Tran, on +64 9 555 0100\n"
        "or write to her at ir@kauri.example. Reporters can reach Mark Hale, Media Manager,\n"
        "on 021 555 0199 (mhale@kauri.example).\n"
    )
    assert contact_rows(text) == [
        (
            "Sophie Tran",
            "Head of Investor Relations",
            None,
            ("ir@kauri.example",),
            ("+64 9 555 0100",),
        ),
        ("Mark Hale", "Media Manager", None, ("mhale@kauri.example",), ("021 555 0199",)),
    ]
