"""A company named right before a description of it as a subsidiary, an affiliate, a carrier
or an operator, set off by a comma: a company the release names. On invented text."""

from __future__ import annotations

from tests.unit.invented import extract_body


def _mentioned(text: str) -> set[str]:
    return {m.operator for m in extract_body(text, "Example Holdings S.A.").mentions}


def test_a_subsidiary_described_with_its_parents_name() -> None:
    text = (
        "Fjordnet Online, Example's Internet subsidiary, connected 41,000 homes in\nthe quarter.\n"
    )
    assert "fjordnet-online" in _mentioned(text)


def test_a_carrier_with_its_legal_form_described_after_a_comma() -> None:
    text = (
        "In May the company bought Lusitel Redes S.A., the Portuguese long distance\n"
        "carrier, for EUR 120m, and Brevik Data AS, an Example affiliate.\n"
    )
    assert {"lusitel-redes", "brevik-data"} <= _mentioned(text)


def test_a_one_word_name_without_a_legal_form_is_not_enough() -> None:
    text = "Yesterday, the third carrier said it would cut prices in June.\n"
    assert _mentioned(text) == set()


def test_a_cable_television_operator_is_no_telecom_operator() -> None:
    text = (
        "Example owns 40% of Kabel Nordia, a cable network operator, and employs\n"
        "some 900 people.\n"
    )
    assert "kabel-nordia" not in _mentioned(text)
