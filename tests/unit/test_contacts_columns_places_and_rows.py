"""Tests for contact layouts: three or more columns side by side, each under its own label;
an office's city over each person (cells written one after the other, as an HTML table's
are); a phone number with its extension; a firm named after people under a person's name."""

from __future__ import annotations

import pytest

from tests.unit.contact_rows import contact_rows


def test_three_columns_side_by_side_are_three_people() -> None:
    text = (
        "Analysts:                    Journalists:                 Agency:\n"
        "Sofie Lindqvist              Pieter de Vries              Tomas Ekberg\n"
        "Head of Investor Relations   Press Officer                Fjordvik Partners Ltd\n"
        "Norrnet AB                   Norrnet AB                   +46 8 555 0199\n"
        "+46 8 555 0101               +46 8 555 0102\n"
        "sofie.lindqvist@norrnet.se   pieter.devries@norrnet.se\n"
    )
    assert contact_rows(text) == [
        (
            "Sofie Lindqvist",
            "Head of Investor Relations",
            "Norrnet AB",
            ("sofie.lindqvist@norrnet.se",),
            ("+46 8 555 0101",),
        ),
        (
            "Pieter de Vries",
            "Press Officer",
            "Norrnet AB",
            ("pieter.devries@norrnet.se",),
            ("+46 8 555 0102",),
        ),
        ("Tomas Ekberg", None, "Fjordvik Partners Ltd", (), ("+46 8 555 0199",)),
    ]


def test_a_third_column_that_only_one_line_reaches_is_no_column() -> None:
    # A gap inside the right column on one line only: still two columns.
    text = (
        "Sofie Lindqvist              Pieter de Vries\n"
        "Head of Investor Relations   Press Officer     Norrnet AB\n"
        "+46 8 555 0101               +46 8 555 0102\n"
    )
    assert [row[0] for row in contact_rows(text)] == ["Sofie Lindqvist", "Pieter de Vries"]


def test_a_city_over_each_person_is_no_person() -> None:
    # Two table cells written one after the other: the second cell's city on the line of the
    # first cell's last line.
    text = (
        "Contacts:\n"
        "\n"
        "Singapore\n"
        "Lim Wei Ling\n"
        "Corporate Communications Manager\n"
        "Straitsnet Holdings Ltd\n"
        "Tel: +65 6555 0142\n"
        "E-mail: weiling.lim@straitsnet.example    San Francisco\n"
        "Megan Doyle\n"
        "Investor Relations Adviser\n"
        "Tel: +1-415-555-0188\n"
        "E-mail: straitsnet@harborir.example\n"
    )
    assert contact_rows(text) == [
        (
            "Lim Wei Ling",
            "Corporate Communications Manager",
            "Straitsnet Holdings Ltd",
            ("weiling.lim@straitsnet.example",),
            ("+65 6555 0142",),
        ),
        (
            "Megan Doyle",
            "Investor Relations Adviser",
            None,
            ("straitsnet@harborir.example",),
            ("+1-415-555-0188",),
        ),
    ]


def test_cities_over_two_columns_are_no_people() -> None:
    text = (
        "Buenos Aires                       Los Angeles\n"
        "Lucia Ferraro                      Dana Whitcomb\n"
        "Head of Investor Relations         Press Officer\n"
        "+54 11 5555 0101                   +1 310 555 0102\n"
    )
    assert contact_rows(text) == [
        ("Lucia Ferraro", "Head of Investor Relations", None, (), ("+54 11 5555 0101",)),
        ("Dana Whitcomb", "Press Officer", None, (), ("+1 310 555 0102",)),
    ]


def test_a_phone_number_keeps_its_extension() -> None:
    text = (
        "Media contact:\n"
        "Hannah Kessler, Press Officer\n"
        "Tel: +49 (0)40 555 0190 ext. 214\n"
        "Phone: (617) 555-0142 x305\n"
    )
    assert contact_rows(text) == [
        (
            "Hannah Kessler",
            "Press Officer",
            None,
            (),
            ("+49 (0)40 555 0190 ext. 214", "(617) 555-0142 x305"),
        )
    ]


def test_a_firm_named_after_people_under_a_name_is_the_organization() -> None:
    text = (
        "Investor contact:\n"
        "\n"
        "Megan Doyle\n"
        "Carson Whitfield\n"
        "Tel: +1-415-555-0188\n"
        "E-mail: straitsnet@carsonwhitfield.example\n"
    )
    assert contact_rows(text) == [
        (
            "Megan Doyle",
            None,
            "Carson Whitfield",
            ("straitsnet@carsonwhitfield.example",),
            ("+1-415-555-0188",),
        )
    ]


def test_rows_of_function_name_phone_and_email_between_ruled_lines() -> None:
    text = (
        "Contacts\n"
        "==============================================================================\n"
        "Investor Relations    João Estêvão Brandão   +351 21 555 0110   ir@lusonet.example\n"
        "Press Desk            Siobhán Ní Bhriain     +353 1 555 0120    press@lusonet.example\n"
        "Media (U.K.)          Declan O’Rourke        +44 20 7946 0130   drourke@lusonet.example\n"
        "==============================================================================\n"
    )
    assert contact_rows(text) == [
        (
            "João Estêvão Brandão",
            "Investor Relations",
            None,
            ("ir@lusonet.example",),
            ("+351 21 555 0110",),
        ),
        (
            "Siobhán Ní Bhriain",
            "Press Desk",
            None,
            ("press@lusonet.example",),
            ("+353 1 555 0120",),
        ),
        (
            "Declan O’Rourke",
            "Media (U.K.)",
            None,
            ("drourke@lusonet.example",),
            ("+44 20 7946 0130",),
        ),
    ]


@pytest.mark.parametrize(
    "department",
    [
        "Gerencia de Comunicaciones de Andinatel",
        "Departamento de Comunicações da Lusotel",
    ],
)
def test_a_press_line_naming_a_department_names_no_one(department: str) -> None:
    text = f"Media: {department}, (593-2) 555-0100,\nprensa@andinatel.example\n"
    assert contact_rows(text) == []
