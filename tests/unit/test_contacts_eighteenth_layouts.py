"""Tests for contact layouts: a company's name in capitals over a "Name, Title" line is the
heading of the person's block, never a person shouted in capitals."""

from __future__ import annotations

from tests.unit.contact_rows import contact_rows


def test_a_shouted_company_over_a_name_and_title_line_is_their_heading() -> None:
    text = (
        "Press contacts\n"
        "\n"
        "KESTREL CELLULAR\n"
        "Amara Okafor, Head of External Affairs\n"
        "+234 1 555 0100 / +234 80 555 0101\n"
        "amara.okafor@kestrel.example\n"
    )
    assert contact_rows(text) == [
        (
            "Amara Okafor",
            "Head of External Affairs",
            "KESTREL CELLULAR",
            ("amara.okafor@kestrel.example",),
            ("+234 1 555 0100", "+234 80 555 0101"),
        )
    ]


def test_a_web_page_table_with_rows_set_apart_by_blank_lines() -> None:
    text = (
        "Contacts\n"
        "\n"
        "Investor Relations   Media\n"
        "\n"
        "Ana Lucia Paredes   Tomas Vera Ruiz\n"
        "\n"
        "Investor Relations Officer   Press Manager\n"
        "\n"
        "Tel: +593 2 555 0100   Tel: +593 2 555 0200\n"
        "\n"
        "ir@kondor.example   press@kondor.example\n"
    )
    assert contact_rows(text) == [
        (
            "Ana Lucia Paredes",
            "Investor Relations Officer",
            None,
            ("ir@kondor.example",),
            ("+593 2 555 0100",),
        ),
        ("Tomas Vera Ruiz", "Press Manager", None, ("press@kondor.example",), ("+593 2 555 0200",)),
    ]


def test_a_company_line_under_the_contacts_heading_is_the_people_s_company() -> None:
    text = (
        "CONTACTS - INVESTOR RELATIONS\n"
        "Ribeira Movel Participacoes S.A.\n"
        "\n"
        "Joana Prado Lima                    Pedro Alves Couto\n"
        "Investor Relations Director         Investor Relations Manager\n"
        "Tel.: +55 21 5555-0101              Tel.: +55 21 5555-0102\n"
        "jlima@ribeira.example               ri@ribeira.example\n"
    )
    rows = contact_rows(text)
    assert [(name, organization) for name, _, organization, _, _ in rows] == [
        ("Joana Prado Lima", "Ribeira Movel Participacoes S.A."),
        ("Pedro Alves Couto", "Ribeira Movel Participacoes S.A."),
    ]


def test_rows_under_firm_headings_with_an_address_under_the_row() -> None:
    text = (
        "Enquiries:\n"
        "\n"
        "Larkspur Online plc\n"
        "   Tom Beck, Head of Investor Relations           +44 (0)1632 960 100\n"
        "   tbeck@larkspur.example\n"
        "\n"
        "Hollins\n"
        "   Ruth Carver                                    +44 (0)20 7946 0200\n"
    )
    assert contact_rows(text) == [
        (
            "Tom Beck",
            "Head of Investor Relations",
            "Larkspur Online plc",
            ("tbeck@larkspur.example",),
            ("+44 (0)1632 960 100",),
        ),
        ("Ruth Carver", None, "Hollins", (), ("+44 (0)20 7946 0200",)),
    ]
