"""Tests for contact layouts: people run together in one sentence with each function in
brackets after the name; a title naming its company after "of"; numbers and an address
apart by a spaced slash; a name in capitals over its title; a local extension ("loc.") and
an extension after a comma; the numbers first and the name last after a dash; a company as
a row's label with the numbers on the line under the name; caption rows ("Name:",
"Position:") set apart by blank lines."""

from __future__ import annotations

from tests.unit.contact_rows import contact_rows


def test_people_run_together_with_their_functions_in_brackets() -> None:
    text = (
        "Enquiries: Pavel Novak (Media Relations), +420 2 5555 0101,\n"
        "press@vltava.example; Jana Dvorak (Investor Relations), +420 2 5555 0102,\n"
        "ir@vltava.example\n"
    )
    assert contact_rows(text) == [
        ("Pavel Novak", "Media Relations", None, ("press@vltava.example",), ("+420 2 5555 0101",)),
        ("Jana Dvorak", "Investor Relations", None, ("ir@vltava.example",), ("+420 2 5555 0102",)),
    ]


def test_a_title_naming_its_company_with_a_legal_form_after_of() -> None:
    text = (
        "Contact person: Oleg Petrov (Head of Media of JSC Uraltel)\n"
        "tel. +7 343 555 0188 / petrov@uraltel.example\n"
    )
    assert contact_rows(text) == [
        ("Oleg Petrov", "Head of Media", "JSC Uraltel", ("petrov@uraltel.example",),
         ("+7 343 555 0188",)),
    ]  # fmt: skip


def test_a_name_in_capitals_over_its_title_with_a_local_extension() -> None:
    text = (
        "For inquiries:\n"
        "\n"
        "MA. LUISA DELA PAZ-REYES\n"
        "Assistant Vice President, Corporate Communications\n"
        "Tel. No.: (632) 555-7100 loc. 318\n"
        "Fax No.: (632) 555-7199\n"
        "Email: media@luzontel.example\n"
    )
    assert contact_rows(text) == [
        ("MA. LUISA DELA PAZ-REYES", "Assistant Vice President, Corporate Communications",
         None, ("media@luzontel.example",), ("(632) 555-7100 loc. 318",)),
    ]  # fmt: skip


def test_numbers_first_and_the_name_last_after_a_dash() -> None:
    text = (
        "Enquiries about this notice may be addressed to:\n"
        "\n"
        "   phone  (604) 555-0130, ext. 212\n"
        "   fax    (604) 555-0131\n"
        "   email  shareholders@coastlink.example\n"
        "      --  Robert Tamsin, Manager, Investor Relations\n"
    )
    assert contact_rows(text) == [
        ("Robert Tamsin", "Manager, Investor Relations", None,
         ("shareholders@coastlink.example",), ("(604) 555-0130, ext. 212",)),
    ]  # fmt: skip


def test_companies_as_labels_with_the_numbers_under_the_names() -> None:
    text = (
        "Press contacts:\n"
        "Baltic Wavelink   : Mr. Andris Kalnins, Head - Public Relations\n"
        "                    +371 6 555 0101 | andris.kalnins@wavelink.example\n"
        "Elisa             : Ms. Laura Virtanen, Media Relations\n"
        "                    +358 10 555 0102 | press@elisa.example\n"
    )
    assert contact_rows(text) == [
        ("Andris Kalnins", "Head - Public Relations", "Baltic Wavelink",
         ("andris.kalnins@wavelink.example",), ("+371 6 555 0101",)),
        ("Laura Virtanen", "Media Relations", "Elisa", ("press@elisa.example",),
         ("+358 10 555 0102",)),
    ]  # fmt: skip


def test_caption_rows_set_apart_by_blank_lines_are_one_person() -> None:
    text = (
        "Relaciones con Inversionistas\n"
        "\n"
        "Nombre:   Lucia Fernandez Soto\n"
        "\n"
        "Puesto:   Gerente de Relaciones con Inversionistas\n"
        "\n"
        "Telefono:   (52 55) 5555-0140\n"
        "\n"
        "E-mail:   ir@andinared.example\n"
    )
    assert contact_rows(text) == [
        ("Lucia Fernandez Soto", "Gerente de Relaciones con Inversionistas", None,
         ("ir@andinared.example",), ("(52 55) 5555-0140",)),
    ]  # fmt: skip
