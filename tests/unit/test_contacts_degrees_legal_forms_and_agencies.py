"""Tests for contact layouts: an academic degree before a name ("Ing.", "Mgr.") is no part
of it; a Central European legal form after a comma ("Nordtel Sever, a.s.") ends a firm's
name, which heads its column; "Firm -- Investor Relations" over a person; an agency with its
city in brackets, or after a dash on the person's line, is the organization (an audience
label is no title of it); a spaced dash parts a phone from an e-mail; a letterhead over the
whole release names no contact's company."""

from __future__ import annotations

from app.ingest.contacts import find_contacts
from app.ingest.records import Section
from tests.unit.contact_rows import contact_rows


def test_a_degree_before_a_name_is_dropped_and_a_legal_form_ends_the_firm() -> None:
    text = (
        "Contacts:\n"
        "Morava Spoje, a.s.                          Tatry Kabel, s.r.o.\n"
        "Press Office                                Investor Relations\n"
        "Mgr. Jiří Dvořák                            PhDr. Ing. Eva Kováčová\n"
        "tel.: +420 222 555 010                      tel.: +421 2 4455 0101\n"
        "e-mail: press@moravaspoje.example           e-mail: ir@tatrykabel.example\n"
    )
    assert contact_rows(text) == [
        (
            "Jiří Dvořák",
            "Press Office",
            "Morava Spoje, a.s.",
            ("press@moravaspoje.example",),
            ("+420 222 555 010",),
        ),
        (
            "Eva Kováčová",
            "Investor Relations",
            "Tatry Kabel, s.r.o.",
            ("ir@tatrykabel.example",),
            ("+421 2 4455 0101",),
        ),
    ]


def test_a_double_hyphen_parts_the_company_from_its_department() -> None:
    text = (
        "Contacts\n"
        "\n"
        "Savanna Mobile Group -- Investor Relations\n"
        "Amina Otieno, Head of Investor Relations\n"
        "+255 22 211 0000 | ir@savanna.example\n"
    )
    assert contact_rows(text) == [
        (
            "Amina Otieno",
            "Head of Investor Relations",
            "Savanna Mobile Group",
            ("ir@savanna.example",),
            ("+255 22 211 0000",),
        )
    ]


def test_an_agency_with_its_city_in_brackets_is_the_organization() -> None:
    text = (
        "Contacts\n"
        "\n"
        "Redfern Lane Communications (Edinburgh)\n"
        "Fiona Baird\n"
        "+44 131 555 0199 | savanna@redfernlane.example\n"
    )
    assert contact_rows(text) == [
        (
            "Fiona Baird",
            None,
            "Redfern Lane Communications",
            ("savanna@redfernlane.example",),
            ("+44 131 555 0199",),
        )
    ]


def test_labelled_lines_with_dashes_an_agency_and_two_phones() -> None:
    text = (
        "Enquiries\n"
        "Analysts:   Thabo Mokoena \u2013 Head: Investor Relations\n"
        "            (021) 555 0100 / 083 555 0199 \u2013 tmokoena@kapa.example\n"
        "Media:      Ruth Adams \u2013 Fynbos Public Relations\n"
        "            (021) 555 0200 \u2013 radams@fynbos.example\n"
    )
    assert contact_rows(text) == [
        (
            "Thabo Mokoena",
            "Head: Investor Relations",
            None,
            ("tmokoena@kapa.example",),
            ("(021) 555 0100", "083 555 0199"),
        ),
        (
            "Ruth Adams",
            None,
            "Fynbos Public Relations",
            ("radams@fynbos.example",),
            ("(021) 555 0200",),
        ),
    ]


def test_a_letterhead_over_the_whole_release_names_no_contact_s_company() -> None:
    story = "The group reported higher revenue for the year. " * 70
    text = (
        "KAPA WIRELESS HOLDINGS LIMITED\n"
        "(Incorporated in the Republic of South Africa)\n\n"
        f"{story}\n\n"
        "Enquiries\n"
        "Thabo Mokoena, Head of Investor Relations\n"
        "(021) 555 0100, tmokoena@kapa.example\n"
    )
    about = Section("about", "KAPA WIRELESS HOLDINGS LIMITED", 0, len(text))
    contacts = find_contacts(text, start=0, end=len(text), sections=[about])
    assert [(c.name, c.organization) for c in contacts] == [("Thabo Mokoena", None)]
