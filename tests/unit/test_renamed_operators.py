"""Operators the table lists by their own or later names (renamed, or a group's company under
its own brand)."""

from __future__ import annotations

from tests.unit.invented import extract_body


def test_cesky_telecoms_later_name_is_cesky_telecom() -> None:
    # Český Telecom traded as Telefónica O2 Czech Republic from 2006: one company, no
    # mention of Telefónica's group or of an O2 branch.
    text = (
        "Prague Fibre competes with Telefonica O2 Czech Republic in fixed lines and with\n"
        "T-Mobile Czech Republic in mobile.\n"
    )
    extraction = extract_body(text, "Prague Fibre a.s.")
    assert [m.operator for m in extraction.mentions] == [
        "prague-fibre",
        "cesky-telecom",
        "t-mobile-cz",
    ]


def test_operators_the_table_adds_are_found_by_their_names() -> None:
    # France Telecom's Caribbean mobile operator under its own name, Telecom Egypt's ISP, an
    # Australian ISP: table rows, not the Orange group or names left unread.
    text = (
        "Antilles Fibre competes with Orange Caraibe in Martinique, with TE Data in its\n"
        "Cairo venture and with iiNet in Perth.\n"
    )
    extraction = extract_body(text, "Antilles Fibre S.A.")
    assert [m.operator for m in extraction.mentions] == [
        "antilles-fibre",
        "orange-caraibe",
        "te-data",
        "iinet",
    ]
