"""Operators renamed by a new owner keep their row: the table lists the later names."""

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
