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
