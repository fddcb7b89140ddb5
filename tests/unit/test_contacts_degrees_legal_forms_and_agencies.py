"""Tests for contact layouts: an academic degree before a name ("Ing.", "Mgr.") is no part
of it; a Central European legal form after a comma ("Nordtel Sever, a.s.") ends a firm's
name, which heads its column."""

from __future__ import annotations

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
