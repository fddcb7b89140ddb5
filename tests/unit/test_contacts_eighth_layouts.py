"""Tests for contact layouts: labels over two columns, a company line under the name, an
invitation before the name, a wrapped "at", people sharing one contact line, a label then
dashes or bars between the pieces, an agency with its office's city in a table row."""

from __future__ import annotations

from app.ingest.contacts import find_contacts
from app.ingest.records import Section
from tests.unit.contact_rows import contact_rows


def test_labels_over_two_columns_are_their_functions_and_a_company_line_the_organization() -> None:
    text = (
        "Press enquiries:                          Analyst enquiries:\n"
        "\n"
        "Kari Holm                                 Ola Berg\n"
        "Telenor                                   Nordlys ASA\n"
        "+47 22 00 11 44                           +47 900 11 222\n"
        "kari.holm@telenor.example                 ola.berg@nordlys.example\n"
    )
    assert contact_rows(text) == [
        (
            "Kari Holm",
            "Press enquiries",
            "Telenor",
            ("kari.holm@telenor.example",),
            ("+47 22 00 11 44",),
        ),
        (
            "Ola Berg",
            "Analyst enquiries",
            "Nordlys ASA",
            ("ola.berg@nordlys.example",),
            ("+47 900 11 222",),
        ),
    ]


def test_an_invitation_before_the_name_is_no_title() -> None:
    text = "For more information: Kari Holm, Nordlys ASA, +47 22 00 11 44\n"
    assert contact_rows(text) == [("Kari Holm", None, "Nordlys ASA", (), ("+47 22 00 11 44",))]


def test_a_name_line_ending_with_the_sentences_at_before_the_number() -> None:
    text = (
        "Mr. Ola Berg, Head of Press, Nordlys Holdings Limited, at\n"
        "+47 22 00 11 44, ola.berg@nordlys.example\n"
    )
    assert contact_rows(text) == [
        (
            "Ola Berg",
            "Head of Press",
            "Nordlys Holdings Limited",
            ("ola.berg@nordlys.example",),
            ("+47 22 00 11 44",),
        )
    ]


def test_two_people_sharing_one_contact_line_each_get_it() -> None:
    text = (
        "For further details, please contact: Kari Holm or Ola Berg, Press\n"
        "Office, Nordlys Cable and Radio Corporation,\n"
        "Tel. +47-22-00-11-44, press@nordlys.example\n"
    )
    contacts = find_contacts(text, start=0, end=len(text))
    shared = ("Press Office", "Nordlys Cable and Radio Corporation")
    details = (("press@nordlys.example",), ("+47-22-00-11-44",))
    assert [(c.name, c.title, c.organization, c.emails, c.phones) for c in contacts] == [
        ("Kari Holm", *shared, *details),
        ("Ola Berg", *shared, *details),
    ]
    for contact in contacts:
        span = contact.span
        assert text[span.start : span.end] == span.text
        assert span.text.startswith(contact.name)
        assert span.text.endswith("press@nordlys.example")


def test_a_label_then_the_name_and_number_between_dashes() -> None:
    text = "Relações com Investidores: Ana Paula Souza - (55 11) 5555-0100 -\nri@exemplo.com.br\n"
    assert contact_rows(text) == [
        (
            "Ana Paula Souza",
            "Relações com Investidores",
            None,
            ("ri@exemplo.com.br",),
            ("(55 11) 5555-0100",),
        )
    ]


def test_labelled_lines_with_bars_between_the_pieces() -> None:
    text = (
        "  Telenor: Kari Holm, Investor Relations | +47 22 00 11 44 |\n"
        "  kari.holm@telenor.example\n"
        "  Forum: Ola Berg, Secretariat, Nordic Roaming Forum |\n"
        "  +47 900 11 222 | ola.berg@forum.example\n"
    )
    assert contact_rows(text) == [
        (
            "Kari Holm",
            "Investor Relations",
            "Telenor",
            ("kari.holm@telenor.example",),
            ("+47 22 00 11 44",),
        ),
        (
            "Ola Berg",
            "Secretariat",
            "Nordic Roaming Forum",
            ("ola.berg@forum.example",),
            ("+47 900 11 222",),
        ),
    ]


def test_an_agency_with_its_office_in_a_table_row_keeps_the_issuers_name_off() -> None:
    about = "About Nordlys\n\nNordlys ASA runs fixed and mobile networks in Norway.\n\n"
    block = (
        "Kari Holm        Investor Relations    +47 22 00 11 44\n"
        "Ola Berg         Fjordvik (Bergen)     +47 900 11 222\n"
    )
    text = about + block
    section = Section(kind="about", heading="About Nordlys", start=0, end=len(text))
    contacts = find_contacts(text, start=len(about), end=len(text), sections=(section,))
    assert [(c.name, c.title, c.organization) for c in contacts] == [
        ("Kari Holm", "Investor Relations", "Nordlys"),
        ("Ola Berg", None, "Fjordvik"),
    ]
