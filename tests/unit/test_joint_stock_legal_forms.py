"""Legal forms of the former Soviet Union a slug drops: the joint-stock company spelt out or
as initials ("Joint Stock Company", "CJSC") and Uzbekistan's foreign enterprise ("FE LLC").
On invented names."""

from __future__ import annotations

import pytest

from app.ingest.catalog import slugify
from tests.unit.invented import extract_body


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Steppe Wireless Joint Stock Company", "steppe-wireless"),
        ("STEPPE WIRELESS JOINT STOCK COMPANY", "steppe-wireless"),
        ("Pamir-Cell CJSC", "pamir-cell"),
        ("Oasis Link FE LLC", "oasis-link"),
        # A name that ends in "Fe" without the LLC keeps it.
        ("Santa Fe Cable", "santa-fe-cable"),
    ],
)
def test_slug_drops_the_joint_stock_form(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_an_operator_with_a_joint_stock_form_is_slugged_without_it() -> None:
    text = (
        "Steppe Wireless JSC signed roaming agreements with Pamir-Cell CJSC, a mobile\n"
        "operator in Tajikistan, and with Oasis Link FE LLC, a mobile operator in Uzbekistan.\n"
    )
    slugs = [m.operator for m in extract_body(text, "Steppe Wireless Joint Stock Company").mentions]
    assert slugs == ["steppe-wireless", "pamir-cell", "oasis-link"]
