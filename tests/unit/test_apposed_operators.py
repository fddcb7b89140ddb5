"""A name set off by commas right after "operator" or "carrier" names that operator."""

from __future__ import annotations

from tests.unit.invented import extract_body


def _slugs(text: str) -> set[str]:
    return {m.operator for m in extract_body(text, "Alestra").mentions}


def test_a_name_apposed_to_carrier_is_an_operator() -> None:
    slugs = _slugs(
        "Alestra's share of the domestic market rose to 11% in the year, while the\n"
        "second carrier, Norvantel, reached about 8% of the minutes.\n"
    )
    assert "norvantel" in slugs


def test_a_place_apposed_to_operator_is_no_operator() -> None:
    slugs = _slugs(
        "Alestra became the largest alternative operator, Monterrey included, in the year.\n"
    )
    assert slugs == {"alestra"}
