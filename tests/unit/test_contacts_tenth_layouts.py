"""Tests for contact layouts: a "Company - Function" line over each person's row of name,
phone and e-mail; a one-line "Function: Name, tel. ..., e-mail ..." in a notice; a
"Name, Title, Company, tel. ..." line with a phone and no e-mail."""

from __future__ import annotations

from app.ingest.contacts import find_contacts
from tests.unit.contact_rows import contact_rows


def _own_spans(text: str) -> list[str]:
    """Each contact's span (the text's own characters), checked to hold its name and its
    details."""
    spans: list[str] = []
    for contact in find_contacts(text, start=0, end=len(text)):
        assert text[contact.span.start : contact.span.end] == contact.span.text
        span = " ".join(contact.span.text.split())
        for piece in (contact.name, *contact.emails, *contact.phones):
            assert piece in span
        spans.append(span)
    return spans


def test_a_company_and_function_line_over_each_row_is_that_persons() -> None:
    text = (
        "For more information:\n"
        "\n"
        "Norvik Tel - Press Office\n"
        "Ada Lindqvist       tel. +47 22 00 11 22     ada@norviktel.example\n"
        "Norvik Tel - Investor Relations\n"
        "Per Holm            tel. +47 22 00 11 33     per.holm@norviktel.example\n"
    )
    assert contact_rows(text) == [
        (
            "Ada Lindqvist",
            "Press Office",
            "Norvik Tel",
            ("ada@norviktel.example",),
            ("+47 22 00 11 22",),
        ),
        (
            "Per Holm",
            "Investor Relations",
            "Norvik Tel",
            ("per.holm@norviktel.example",),
            ("+47 22 00 11 33",),
        ),
    ]
    spans = _own_spans(text)
    assert "Per" not in spans[0] and "Ada" not in spans[1]


def test_an_italian_press_office_line_names_the_function() -> None:
    text = (
        "Per informazioni:\n"
        "Lumina Rete - Ufficio Stampa\n"
        "Chiara Fadda        tel. +39 02 5550 1201    cfadda@luminarete.example\n"
    )
    assert contact_rows(text) == [
        (
            "Chiara Fadda",
            "Ufficio Stampa",
            "Lumina Rete",
            ("cfadda@luminarete.example",),
            ("+39 02 5550 1201",),
        ),
    ]
    _own_spans(text)


def test_one_labelled_person_wrapping_at_a_comma_is_a_contact() -> None:
    text = (
        "Rio Verde, April 2, 2031.\n"
        "\n"
        "Relacoes com Investidores: Marta Quintela, tel. (55 21) 5555-0142,\n"
        "e-mail ri@fictelco.example\n"
    )
    assert contact_rows(text) == [
        (
            "Marta Quintela",
            "Relacoes com Investidores",
            None,
            ("ri@fictelco.example",),
            ("(55 21) 5555-0142",),
        ),
    ]
    _own_spans(text)


def test_a_name_line_ending_with_a_phone_and_no_email_is_a_contact() -> None:
    text = (
        "For more details:\n"
        "Oskar Brenna, Chief Executive Officer, Fjellnet AS, tel. +47 22 55 01 90\n"
        "Lene Vik, Press Officer, Fjellnet AS,\n"
        "tel. +47 22 55 01 91, lene.vik@fjellnet.example\n"
    )
    assert contact_rows(text) == [
        ("Oskar Brenna", "Chief Executive Officer", "Fjellnet AS", (), ("+47 22 55 01 90",)),
        (
            "Lene Vik",
            "Press Officer",
            "Fjellnet AS",
            ("lene.vik@fjellnet.example",),
            ("+47 22 55 01 91",),
        ),
    ]
    spans = _own_spans(text)
    assert "Lene" not in spans[0] and "Oskar" not in spans[1]
