"""Tests for contact layouts: forms of address before names, notes after numbers, postal
codes, firms over names, dot leaders, captioned tables, dash-separated lines."""

from __future__ import annotations

from app.ingest.contacts import find_contacts, parse_phone


def _full(text: str) -> list[tuple[object, ...]]:
    contacts = find_contacts(text, start=0, end=len(text))
    for contact in contacts:
        assert text[contact.span.start : contact.span.end] == contact.span.text
    return [(c.name, c.title, c.organization, c.emails, c.phones) for c in contacts]


def test_a_right_aligned_block_drops_the_form_of_address_and_the_line_note() -> None:
    text = (
        "                                          Corporate Communications\n"
        "                                            Nordlys Telecom Limited\n"
        "                                                    Mrs. Ingrid Dahl\n"
        "                                                 Head of Media, Press\n"
        "                                              Tel: +47 22 00 11 44\n"
        "                                              Fax: +47 22 00 11 45\n"
        "                                       E-mail: press@nordlys.example\n"
        "\n"
        "                                              Fjordvik & Partners\n"
        "                                                    Dr Ola Berg\n"
        "                                  Tel: +47 22 00 99 88 (mobile)\n"
        "                                           ola.berg@fjordvik.example\n"
    )
    assert _full(text) == [
        (
            "Ingrid Dahl",
            "Head of Media, Press",
            "Nordlys Telecom Limited",
            ("press@nordlys.example",),
            ("+47 22 00 11 44",),
        ),
        (
            "Ola Berg",
            None,
            "Fjordvik & Partners",
            ("ola.berg@fjordvik.example",),
            ("+47 22 00 99 88",),
        ),
    ]


def test_a_postal_code_is_no_phone_and_a_letters_addressee_no_contact() -> None:
    text = (
        "The Secretary                        The Secretary\n"
        "Calcutta Stock Exchange Limited      Delhi Stock Exchange Association\n"
        "Lyons Range Towers                   DSE House, Asaf Ali Road\n"
        "Lyons Range, Kolkata 700 001         Darya Ganj, New Delhi 110002\n"
    )
    assert _full(text) == []
    assert parse_phone("Kolkata 700 001") is None
    assert parse_phone("Tel. +91-33-2210 4470") == "+91-33-2210 4470"


def test_a_brazilian_carrier_prefix_is_part_of_the_number() -> None:
    assert parse_phone("Tel. 0xx21 2555-0100") == "0xx21 2555-0100"
