"""Tests for contact layouts: a fax written on the phone's line a space or two after it; a
firm's name with its legal form after a comma under a person's name; two names joined by a
slash sharing their firm's line, phone and e-mail; labels over two columns on the first line
of the block; a hyphenated "Vice-President" title under a name; a section headed by a
company's name before the release's closing mark ("- 30 -") and the contacts after it."""

from __future__ import annotations

import re

import pytest

from app.ingest import contacts
from app.ingest.contacts import find_contacts
from app.ingest.records import Section
from tests.unit.contact_rows import contact_rows


def test_a_fax_after_the_phone_on_one_line_leaves_the_phone() -> None:
    text = (
        "Contacts in Lima:\n"
        "\n"
        "Andes Cable S.A.\n"
        "Marta Quispe Rojas, Treasury Manager\n"
        "Phone: (51-1) 611-4300  Fax: (51-1) 611-4399\n"
        "E-mail: mquispe@andescable.example\n"
    )
    assert contact_rows(text) == [
        (
            "Marta Quispe Rojas",
            "Treasury Manager",
            "Andes Cable S.A.",
            ("mquispe@andescable.example",),
            ("(51-1) 611-4300",),
        )
    ]


def test_a_firm_s_name_with_its_legal_form_after_a_comma_is_the_organization() -> None:
    text = (
        "Media contact:\n"
        "\n"
        "Lucas Brandt\n"
        "Nordhafen Public Relations, Inc.\n"
        "Phone: (617) 555-0142\n"
        "E-mail: lbrandt@nordhafenpr.example\n"
    )
    assert contact_rows(text) == [
        (
            "Lucas Brandt",
            None,
            "Nordhafen Public Relations, Inc.",
            ("lbrandt@nordhafenpr.example",),
            ("(617) 555-0142",),
        )
    ]


def test_names_joined_by_a_slash_share_their_firm_phone_and_email() -> None:
    text = (
        "Contacts in London:\n"
        "\n"
        "Priya Nair / Oliver Hartley\n"
        "Hartley Nair Communications Ltd.\n"
        "Phone: +44 20 7946 0321\n"
        "E-mail: andesnet@hartleynair.example\n"
    )
    contacts = find_contacts(text, start=0, end=len(text))
    assert contact_rows(text) == [
        (
            name,
            None,
            "Hartley Nair Communications Ltd.",
            ("andesnet@hartleynair.example",),
            ("+44 20 7946 0321",),
        )
        for name in ("Priya Nair", "Oliver Hartley")
    ]
    assert contacts[1].span.text.startswith("Oliver Hartley\nHartley Nair")


def test_labels_on_the_first_line_of_two_columns_are_their_titles() -> None:
    text = (
        "Press:                                  Investors:\n"
        "Ines Carvalho                           Rui Matos Pereira\n"
        "Tel. +351 21 555 0110                   Tel. +351 21 555 0120\n"
        "icarvalho@tejonet.example               rmpereira@tejonet.example\n"
    )
    assert contact_rows(text) == [
        ("Ines Carvalho", "Press", None, ("icarvalho@tejonet.example",), ("+351 21 555 0110",)),
        (
            "Rui Matos Pereira",
            "Investors",
            None,
            ("rmpereira@tejonet.example",),
            ("+351 21 555 0120",),
        ),
    ]


def test_a_hyphenated_vice_president_under_a_name_is_a_title() -> None:
    text = (
        "Contact:\n"
        "\n"
        "Helen K. Marsh\n"
        "Vice-President, Corporate Affairs\n"
        "(902) 555-0177\n"
        "helen.marsh@atlanticnet.example\n"
    )
    assert contact_rows(text) == [
        (
            "Helen K. Marsh",
            "Vice-President, Corporate Affairs",
            None,
            ("helen.marsh@atlanticnet.example",),
            ("(902) 555-0177",),
        )
    ]


def _section_contacts(closing: str) -> list[tuple[object, ...]]:
    """The contacts under a section headed by a company's name, ``closing`` between them."""
    text = (
        "Andean Towers\n"
        "\n"
        "On March 3 the company and two partners formed Andean Towers Ltd., a tower company\n"
        "that will own the sites of its three mobile networks.\n"
        "\n"
        f"{closing}"
        "Media:\n"
        "Lucia Ferrer\n"
        "Manager, Public Affairs\n"
        "(305) 555-0148\n"
        "lucia.ferrer@pampanet.example\n"
    )
    section = Section(kind="about", heading="Andean Towers", start=0, end=len(text))
    contacts = find_contacts(text, start=0, end=len(text), sections=(section,))
    return [(c.name, c.title, c.organization) for c in contacts]


def test_a_company_heading_in_the_story_gives_no_company_after_the_closing_mark() -> None:
    assert _section_contacts("- 30 -\n\n") == [("Lucia Ferrer", "Manager, Public Affairs", None)]
    # With no mark between them the contacts are still read as under the heading.
    assert _section_contacts("") == [("Lucia Ferrer", "Manager, Public Affairs", "Andean Towers")]


def test_the_closing_mark_is_looked_for_once_per_section_not_before_each_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A company heading over a thousand contact blocks, the mark after half of them: the
    # blocks before it are the heading's company's, those after it nobody's. The mark was
    # looked for from the section's start before each block (quadratic: 9.7 s for 200 KB).
    block = "Tomas Berg\nPress Officer\n(305) 555-0101\n\n"
    text = (
        "Andean Towers\n\nAndean Towers is a tower company in Peru.\n\n"
        + block * 500
        + "- 30 -\n\n"
        + block * 500
    )
    searched = [0]
    mark = contacts._CLOSING_MARK

    class Counted:
        def search(self, string: str, pos: int, endpos: int) -> re.Match[str] | None:
            searched[0] += endpos - pos
            return mark.search(string, pos, endpos)

    monkeypatch.setattr(contacts, "_CLOSING_MARK", Counted())
    section = Section(kind="about", heading="Andean Towers", start=0, end=len(text))
    found = contacts.find_contacts(text, start=0, end=len(text), sections=(section,))
    assert [c.organization for c in found] == ["Andean Towers"] * 500 + [None] * 500
    assert searched[0] <= 2 * len(text)
