"""A registrant the table does not know names its operators by its brand and a country
("Kestrel Fiji", "Kestrel PNG", "Kestrel Samoa Limited"): each is the registrant's operator
there, slugged brand-cc as a group's own markets are. On invented text."""

from __future__ import annotations

from tests.unit.invented import extract_body


def _mentioned(text: str, registrant: str) -> list[str]:
    return [m.operator for m in extract_body(text, registrant).mentions]


def test_the_registrants_brand_and_a_country_is_its_operator_there() -> None:
    text = (
        'Kestrel Pacific Holdings Limited ("Kestrel") said its mobile operators had 900,000\n'
        "customers: Kestrel PNG 480,000, Kestrel Fiji 320,000 and Kestrel Vanuatu 100,000.\n"
        "Its new subsidiary, Kestrel Samoa Limited, won the second GSM licence in Samoa.\n"
    )
    slugs = _mentioned(text, "KESTREL PACIFIC HOLDINGS LIMITED")
    assert slugs[0] == "kestrel-pacific-holdings"
    assert {"kestrel-pg", "kestrel-fj", "kestrel-vu", "kestrel-ws"} <= set(slugs)
    assert not any(s in slugs for s in ("kestrel-fiji", "kestrel-samoa"))


def test_in_its_own_language_the_country_is_read_too() -> None:
    text = (
        "Acacia Télécom S.A. compte 5,2 millions d'abonnés : Acacia Sénégal 3,1 millions,\n"
        "Acacia Guinée 1,1 million et Acacia Mali 1,0 million.\n"
    )
    slugs = _mentioned(text, "ACACIA TELECOM S.A.")
    assert {"acacia-sn", "acacia-gn", "acacia-ml"} <= set(slugs)


def test_a_registrant_opening_with_a_word_of_the_trade_has_no_brand() -> None:
    # "Telecom" opens many names: "Telecom Chile" is no branch of "Telecom Example S.A.".
    text = "Telecom Example S.A. competes with Telecom Chile and with Entel in Chile.\n"
    assert not any(s.startswith("telecom-cl") for s in _mentioned(text, "Telecom Example S.A."))


def test_a_country_named_with_the_brand_or_a_longer_name_is_no_branch() -> None:
    # "North Korea" is a country of its own; "Kestrel Georgia Pacific" a longer name.
    text = "Sales in North Korea and South Korea rose.\n"
    registrant = "North Pacific Telecom Holdings Limited"
    slugs = {o.slug for o in extract_body(text, registrant).operators}
    assert slugs == {"north-pacific-telecom-holdings"}
    text = "Revenue at the Kestrel Georgia Pacific plant rose.\n"
    slugs = {o.slug for o in extract_body(text, "Kestrel Holdings Limited").operators}
    assert slugs == {"kestrel-holdings"}
