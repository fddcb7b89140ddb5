"""Legal forms a slug drops: the Gulf's dotted forms after a name ("B.S.C. (c)", "K.S.C.P.",
"Q.P.S.C.", "S.A.O.G.", "P.J.S.C."), and the Baltic, Nordic and Russian forms written before
it ("AS", "AB", "AO")."""

from __future__ import annotations

import pytest

from app.ingest.catalog import slugify, strip_legal_forms
from tests.unit.invented import extract_body


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Dilmun Wireless B.S.C.", "dilmun-wireless"),
        ("Dilmun Wireless B.S.C. (c)", "dilmun-wireless"),
        ("Failaka Mobile K.S.C.P.", "failaka-mobile"),
        ("Failaka Mobile K.S.C. (Closed)", "failaka-mobile"),
        ("Doha Fibre Q.P.S.C.", "doha-fibre"),
        ("Muscat Wave S.A.O.G.", "muscat-wave"),
        ("Sharjah Links P.J.S.C.", "sharjah-links"),
        ("AS Saare Side", "saare-side"),
        ("AB Nemunas Ryšiai", "nemunas-rysiai"),
        ("AO Volga Svyaz", "volga-svyaz"),
    ],
)
def test_slug_drops_the_legal_form(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_a_leading_form_alone_stays() -> None:
    assert strip_legal_forms("AS") == ""
    assert slugify("Astra Telecom") == "astra-telecom"


def test_a_registrant_with_a_gulf_form_keeps_its_metrics_under_its_name() -> None:
    text = (
        "Dilmun Wireless B.S.C. (c) had 81,200 customers at 30 April 2007, and its network "
        "covers 97% of the population."
    )
    extraction = extract_body(text, "DILMUN WIRELESS B.S.C. (c)")
    assert {m.operator for m in extraction.metrics} == {"dilmun-wireless"}


def test_a_telecom_company_named_after_its_leading_form_is_discovered() -> None:
    text = (
        "Kuressaare Kaabel offers cable television on the islands, in competition with AS\n"
        "Saaremaa Telefon and UAB Nemunas Mobilus. AS Riga Bank is its lender, and OJSC\n"
        "Volga Svyaz a customer. As Tallinn Cable grew, it hired 40 people.\n"
    )
    extraction = extract_body(text, "Kuressaare Kaabel AS")
    assert [m.operator for m in extraction.mentions] == [
        "kuressaare-kaabel",
        "saaremaa-telefon",
        "nemunas-mobilus",
        "volga-svyaz",
    ]
