"""Tests for contact layouts: a title written in two languages, both halves titles, keeps the
English half; a fax number whose label ends one line and whose digits open the next is no
phone."""

from __future__ import annotations

from tests.unit.contact_rows import contact_rows


def test_a_title_in_two_known_languages_keeps_the_english_half() -> None:
    text = (
        "Contacto / Contact: Ing. Rodrigo Paz, Director de Comunicaciones / Communications\n"
        "Director, Tel. (56-2) 555-0100, e-mail: rpaz@andestel.example\n"
    )
    assert contact_rows(text) == [
        (
            "Rodrigo Paz",
            "Communications Director",
            None,
            ("rpaz@andestel.example",),
            ("(56-2) 555-0100",),
        )
    ]


def test_a_fax_label_wrapped_away_from_its_number_is_no_phone() -> None:
    text = (
        "Contact: Lic. Ana Ruiz, Investor Relations Manager, Tel. (56-2) 555-0100, Fax (56-2)\n"
        "555-0199, e-mail: aruiz@andestel.example\n"
    )
    assert contact_rows(text) == [
        (
            "Ana Ruiz",
            "Investor Relations Manager",
            None,
            ("aruiz@andestel.example",),
            ("(56-2) 555-0100",),
        )
    ]


def test_a_title_before_the_name_after_an_invitation_in_a_paragraph() -> None:
    text = (
        "Released by Nordlys Holdings Limited. For further details: Head of Investor\n"
        "Relations, Kari Lund, tel +47 22 55 01 00, ir@nordlys.example\n"
    )
    assert contact_rows(text) == [
        (
            "Kari Lund",
            "Head of Investor Relations",
            None,
            ("ir@nordlys.example",),
            ("+47 22 55 01 00",),
        )
    ]


def test_numbers_in_brackets_after_a_name_and_firm_between_semicolons() -> None:
    text = (
        "Press enquiries: Ana Ruiz, Fjordvik AS (+47 22 55 01 00,\n"
        "aruiz@fjord.example); Per Berg, Nordlys AS (+47 22 55 02 00)\n"
    )
    assert contact_rows(text) == [
        (
            "Ana Ruiz",
            "Press enquiries",
            "Fjordvik AS",
            ("aruiz@fjord.example",),
            ("+47 22 55 01 00",),
        ),
        ("Per Berg", None, "Nordlys AS", (), ("+47 22 55 02 00",)),
    ]


def test_a_title_wrapped_onto_the_next_row_of_a_captioned_grid() -> None:
    text = (
        "Contacts\n"
        "\n"
        "                 Relations investisseurs           Relations presse\n"
        "Nom :            Claire Fall                       Moussa Traoré\n"
        "Fonction :       Responsable des relations         Directeur de la\n"
        "                 actionnaires                      communication externe\n"
        "Tél. :           +221 33 800 00 01                 +221 33 800 00 02\n"
        "Courriel :       c.fall@sahel.example              presse@sahel.example\n"
    )
    assert contact_rows(text) == [
        (
            "Claire Fall",
            "Responsable des relations actionnaires",
            None,
            ("c.fall@sahel.example",),
            ("+221 33 800 00 01",),
        ),
        (
            "Moussa Traoré",
            "Directeur de la communication externe",
            None,
            ("presse@sahel.example",),
            ("+221 33 800 00 02",),
        ),
    ]


def test_one_number_for_phone_and_fax_is_a_phone() -> None:
    text = (
        "Press contact\n"
        "\n"
        "   Kari Lund, Head of Public Relations\n"
        "   Tel/Fax: +47 22 55 01 00\n"
        "   kari.lund@nordlys.example\n"
    )
    assert contact_rows(text) == [
        (
            "Kari Lund",
            "Head of Public Relations",
            None,
            ("kari.lund@nordlys.example",),
            ("+47 22 55 01 00",),
        )
    ]


def test_a_function_heading_over_a_person_without_a_title_is_the_title() -> None:
    text = (
        "Investor Relations:\n"
        "Dr. Kari Lund, CFA\n"
        "Tel.: +47 22 55 01 00\n"
        "Fax: +47 22 55 01 09\n"
        "E-Mail: ir@nordlys.example\n"
    )
    assert contact_rows(text) == [
        ("Kari Lund", "Investor Relations", None, ("ir@nordlys.example",), ("+47 22 55 01 00",))
    ]


def test_a_company_line_centred_under_two_columns_is_their_organization() -> None:
    text = (
        "For more information please contact:\n"
        "\n"
        "Kari Lund                                 Per Berg\n"
        "Head of Media Relations                   Investor Relations Manager\n"
        "Tel. +47 22 55 01 00                      Tel. +47 22 55 02 00\n"
        "kari.lund@nordlys.example                 per.berg@nordlys.example\n"
        "                  - Nordlys Telekom P.L.C., Bergen -\n"
    )
    assert contact_rows(text) == [
        (
            "Kari Lund",
            "Head of Media Relations",
            "Nordlys Telekom P.L.C.",
            ("kari.lund@nordlys.example",),
            ("+47 22 55 01 00",),
        ),
        (
            "Per Berg",
            "Investor Relations Manager",
            "Nordlys Telekom P.L.C.",
            ("per.berg@nordlys.example",),
            ("+47 22 55 02 00",),
        ),
    ]
