"""A group's brand followed by "in" and a country: its operator there when the table names
that operator brand plus country, else the group. On invented text."""

from __future__ import annotations

from tests.unit.invented import extract_body


def _mentioned(text: str) -> list[str]:
    return [m.operator for m in extract_body(text, "Example Holdings S.A.").mentions]


def test_a_brand_in_a_country_is_its_operator_named_brand_plus_country() -> None:
    text = (
        "Our customers can now roam on 140 networks abroad, among them Tele2 in Russia\n"
        "and Telenor in Sweden, with MMS from the first day.\n"
    )
    assert _mentioned(text) == ["tele2-ru", "telenor-se"]


def test_a_group_in_a_country_whose_operator_has_another_name_stays_the_group() -> None:
    text = "The company's shareholders are Telenor in Norway (25%) and Example Capital\n(75%).\n"
    assert _mentioned(text) == ["telenor"]


def test_another_groups_operator_the_table_has_is_its_row() -> None:
    # Named in passing by a rival, a group's operator the table has keeps the table's slug
    # (brand-cc), as one it lacks is slugged by its name.
    text = (
        "In Rwanda the Company competes with MTN Rwanda; in Zambia, its second market, with\n"
        "Celtel Zambia, and in Lesotho with Vodacom Lesotho and Tele2 Mongolia's owner.\n"
    )
    assert _mentioned(text) == ["mtn-rw", "celtel-zm", "vodacom-ls", "tele2-mongolia"]
