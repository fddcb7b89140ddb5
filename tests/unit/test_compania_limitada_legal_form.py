"""The Andean limited company's form a slug drops: "Cía. Ltda." (compañía limitada), written
with or without its accent and dots. On invented names."""

from __future__ import annotations

import pytest

from app.ingest.catalog import slugify
from tests.unit.invented import extract_body


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Cumbrenet Cía. Ltda.", "cumbrenet"),
        ("CUMBRENET CIA. LTDA.", "cumbrenet"),
        ("Cumbrenet Cia Ltda", "cumbrenet"),
        # "Cía" inside a name is kept when no "Ltda." follows.
        ("Cía Andina de Cable", "cia-andina-de-cable"),
    ],
)
def test_slug_drops_the_compania_limitada_form(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_an_operator_with_a_compania_limitada_form_is_slugged_without_it() -> None:
    text = (
        "Paramo Movil S.A. said its data subsidiary, Cumbrenet Cía. Ltda.\n"
        "(\u201cCumbrenet\u201d), had 41,200 broadband customers.\n"
        "Cumbrenet\u2019s network now reaches six cities.\n"
    )
    mentions = extract_body(text, "Paramo Movil S.A.").mentions
    assert list(dict.fromkeys(m.operator for m in mentions)) == ["paramo-movil", "cumbrenet"]
