"""Tests for contact layouts: tables drawn with bars, side-by-side blocks, agencies on the
name's line, department desks with no person."""

from __future__ import annotations

from tests.unit.contact_rows import contact_rows


def test_a_table_drawn_with_bars_reads_its_captions_and_wrapped_cells() -> None:
    text = (
        "| Name        | Company / Position              | Phone           | E-mail            |\n"
        "|-------------|---------------------------------|-----------------|-------------------|\n"
        "| Ingrid Dahl | Nordlys / Director, Group Media | +47 22 00 11 44 | ingrid@nordlys.no |\n"
        "|             | Relations                       |                 |                   |\n"
        "| Ola Berg    | Fjord Roaming Club / Head of    | +47 900 11 222  | ola@fjordclub.org |\n"
        "|             | Partnerships                    |                 |                   |\n"
    )
    assert contact_rows(text) == [
        (
            "Ingrid Dahl",
            "Director, Group Media Relations",
            "Nordlys",
            ("ingrid@nordlys.no",),
            ("+47 22 00 11 44",),
        ),
        (
            "Ola Berg",
            "Head of Partnerships",
            "Fjord Roaming Club",
            ("ola@fjordclub.org",),
            ("+47 900 11 222",),
        ),
    ]


def test_a_business_units_desk_is_no_person() -> None:
    text = (
        "Media Enquiries:\n"
        "\n"
        "Fjord Systems, Northern Europe\n"
        "Communications\n"
        "Tel. +47 22 00 11 44\n"
        "E-mail: systems.press@fjord.example\n"
    )
    assert contact_rows(text) == []


def test_a_labelled_name_and_number_under_the_wires_source_line() -> None:
    text = "Source: Nordlys Telecom Inc.\nInvestors: Kari Holm, 22.00.1144\n"
    assert contact_rows(text) == [
        ("Kari Holm", "Investors", "Nordlys Telecom Inc.", (), ("22.00.1144",)),
    ]


def test_a_consultancys_name_and_city_in_a_comma_row_are_organization_and_office() -> None:
    text = (
        "For further information, please contact:\n"
        "Kari Holm, Head - Media Relations, Nordlys ASA, +47 22 00 11 44, kari@nordlys.no\n"
        "Ola Berg, The Fjord Advisory Partners, London, +44 20 7946 0000, ola@fap.example\n"
    )
    assert contact_rows(text) == [
        (
            "Kari Holm",
            "Head - Media Relations",
            "Nordlys ASA",
            ("kari@nordlys.no",),
            ("+47 22 00 11 44",),
        ),
        (
            "Ola Berg",
            None,
            "The Fjord Advisory Partners",
            ("ola@fap.example",),
            ("+44 20 7946 0000",),
        ),
    ]


def test_gerente_after_the_name_is_the_persons_title() -> None:
    text = (
        "Relaciones con Inversionistas\n"
        "Andina Telecom S.A.\n"
        "Luis Romero Vega - Gerente\n"
        "Tel.: (511) 555 0101\n"
        "E-mail: lromero@andina.example\n"
    )
    assert contact_rows(text) == [
        (
            "Luis Romero Vega",
            "Gerente",
            "Andina Telecom S.A.",
            ("lromero@andina.example",),
            ("(511) 555 0101",),
        ),
    ]


def test_the_company_over_a_block_is_everyones_in_it() -> None:
    text = (
        "Andina Telecom S.A.\n"
        "Luis Romero Vega\n"
        "Tel.: (511) 555 0101\n"
        "Ana Torres Ruiz\n"
        "Tel.: (511) 555 0102\n"
    )
    assert [(name, organization) for name, _, organization, _, _ in contact_rows(text)] == [
        ("Luis Romero Vega", "Andina Telecom S.A."),
        ("Ana Torres Ruiz", "Andina Telecom S.A."),
    ]


def test_a_department_and_company_heading_above_a_blank_line_names_the_tables_company() -> None:
    text = (
        "MEDIA RELATIONS - NORDLYS HOLDING ASA\n"
        "\n"
        "Name              Position              Phone              E-mail\n"
        "Kari Holm         Press Officer         +47 22 00 11 44    kari@nordlys.no\n"
    )
    assert contact_rows(text) == [
        (
            "Kari Holm",
            "Press Officer",
            "NORDLYS HOLDING ASA",
            ("kari@nordlys.no",),
            ("+47 22 00 11 44",),
        ),
    ]
