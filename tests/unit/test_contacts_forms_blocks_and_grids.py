"""Tests for contact layouts: a graduate's or engineer's form before a name ("Lic.",
"Eng.") and a credential after it (", CFA") are no part of it, nor a title or firm."""

from __future__ import annotations

from tests.unit.contact_rows import contact_rows


def test_a_graduate_form_before_a_name_is_dropped() -> None:
    text = (
        "Contact: Lic. Rosa Elena Paredes, Investor Relations Manager,"
        " Tel. (54-11) 4000-1200, e-mail: ir@pampanet.example\n"
    )
    assert [row[:2] for row in contact_rows(text)] == [
        ("Rosa Elena Paredes", "Investor Relations Manager")
    ]


def test_an_engineer_form_before_a_name_is_dropped() -> None:
    text = (
        "For more information please contact:\n"
        "\n"
        "Eng. Samir Khoury\n"
        "Head of Corporate Communications\n"
        "Tel. +961 1 555 0100\n"
        "s.khoury@cedarnet.example\n"
    )
    assert [row[:2] for row in contact_rows(text)] == [
        ("Samir Khoury", "Head of Corporate Communications")
    ]


def test_a_credential_after_a_name_is_no_firm() -> None:
    text = (
        "Investor Relations:\n"
        "Dr. Petra Lindner, CFA\n"
        "Tel.: +43 1 555 20 10\n"
        "E-Mail: ir@alpennetz.example\n"
    )
    rows = contact_rows(text)
    assert [(row[0], row[2]) for row in rows] == [("Petra Lindner", None)]


def test_caption_rows_with_aligned_colons_are_one_person() -> None:
    text = (
        "Investor enquiries:\n"
        "   Name  : Mr. Tomas Varga\n"
        "   Title : Investor Relations Manager\n"
        "   Tel   : (36) 1 555 0100 / (36) 30 555 0199\n"
        "   Email : ir@dunanet.example\n"
    )
    assert contact_rows(text) == [
        (
            "Tomas Varga",
            "Investor Relations Manager",
            None,
            ("ir@dunanet.example",),
            ("(36) 1 555 0100", "(36) 30 555 0199"),
        )
    ]


def test_a_captioned_table_with_the_company_first_and_wrapped_titles() -> None:
    text = (
        "Media contacts:\n"
        "\n"
        "  Company          Contact                      Telephone          E-mail\n"
        "  ---------------  ---------------------------  -----------------  ------------------\n"
        "  Nordlys Mobile   Kari Nordmann                +47 22 00 00 00    press@nl.example\n"
        "                   Head of Public Relations\n"
        "  Fjordnet         Ola Hansen                   +47 22 11 11 11    media@fj.example\n"
        "                   Corporate Communications\n"
        "                   Manager\n"
    )
    assert contact_rows(text) == [
        (
            "Kari Nordmann",
            "Head of Public Relations",
            "Nordlys Mobile",
            ("press@nl.example",),
            ("+47 22 00 00 00",),
        ),
        (
            "Ola Hansen",
            "Corporate Communications Manager",
            "Fjordnet",
            ("media@fj.example",),
            ("+47 22 11 11 11",),
        ),
    ]


def test_a_name_and_its_numbers_set_apart_by_a_blank_line_are_one_person() -> None:
    text = (
        "For further information:\n"
        "\n"
        "Investor Relations\n"
        "\n"
        "Ms Lim Wei Ling, Vice President\n"
        "\n"
        "Direct line +65 6000 2180 \u00b7 ir@orchid.example\n"
        "\n"
        "Media\n"
        "\n"
        "Dara Sok, Public Affairs Manager, Lotus Mobile\n"
        "\n"
        "Hand phone +855 12 000 440 \u00b7 dara.sok@lotus.example\n"
    )
    assert contact_rows(text) == [
        ("Lim Wei Ling", "Vice President", None, ("ir@orchid.example",), ("+65 6000 2180",)),
        (
            "Dara Sok",
            "Public Affairs Manager",
            "Lotus Mobile",
            ("dara.sok@lotus.example",),
            ("+855 12 000 440",),
        ),
    ]


def test_a_person_line_wrapped_inside_its_number_or_before_a_dash() -> None:
    text = (
        "CONTACTS\n"
        "Lima: Rosa Paz Soto, Investor Relations \u2013 Tel. +51 (1)\n"
        "2629-5800 \u2013 rpaz@andes.example\n"
        "New York: John Smith, Bluewater Communications \u2013 Tel. +1 (212) 555-3690\n"
        "\u2013 andes@bluewater.example\n"
    )
    assert contact_rows(text) == [
        (
            "Rosa Paz Soto",
            "Investor Relations",
            None,
            ("rpaz@andes.example",),
            ("+51 (1) 2629-5800",),
        ),
        (
            "John Smith",
            None,
            "Bluewater Communications",
            ("andes@bluewater.example",),
            ("+1 (212) 555-3690",),
        ),
    ]


def test_rows_of_names_and_a_shared_number_under_firm_lines() -> None:
    text = (
        "Enquiries:\n"
        "\n"
        "Siret Telecom plc\n"
        "Ion Vasile, Chief Executive Officer /\n"
        "Ana Radu, Chief Financial Officer               +40 21 000 7700\n"
        "\n"
        "Harbour Group (London)\n"
        "Tom Hill / Jo Reed                        +44 20 7000 5959\n"
    )
    assert contact_rows(text) == [
        ("Ion Vasile", "Chief Executive Officer", "Siret Telecom plc", (), ("+40 21 000 7700",)),
        ("Ana Radu", "Chief Financial Officer", "Siret Telecom plc", (), ("+40 21 000 7700",)),
        ("Tom Hill", None, "Harbour Group", (), ("+44 20 7000 5959",)),
        ("Jo Reed", None, "Harbour Group", (), ("+44 20 7000 5959",)),
    ]


def test_one_name_and_its_number_apart_by_a_wide_gap() -> None:
    text = "Enquiries:\nTevita Lolo     +679 000 1200\n"
    assert contact_rows(text) == [("Tevita Lolo", None, None, (), ("+679 000 1200",))]


def test_a_number_after_the_title_without_a_comma() -> None:
    text = "Enquiries: Tevita Lolo, Company Secretary +679 000 1200\n"
    assert contact_rows(text) == [
        ("Tevita Lolo", "Company Secretary", None, (), ("+679 000 1200",))
    ]


def test_a_spanish_extension_stays_with_its_number() -> None:
    text = (
        "Contacto:\n"
        "Lic. Ana Torres Vega\n"
        "Gerente de Relaciones con Inversionistas\n"
        "Tel\u00e9fono: (511) 555-4400 anexo 2210\n"
        "Correo: atorres@andina.example\n"
    )
    assert [row[4] for row in contact_rows(text)] == [("(511) 555-4400 anexo 2210",)]
