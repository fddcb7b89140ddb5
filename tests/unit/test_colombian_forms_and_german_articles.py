"""A slug drops Colombia's public-service form ("S.A. E.S.P.") and a German article written
before a name ("Die Example Telekom AG"). On invented names."""

from __future__ import annotations

import pytest

from app.ingest.catalog import slugify
from tests.unit.invented import extract_body


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("CONDOR MOVIL S.A. E.S.P.", "condor-movil"),
        ("Condor Móvil E.S.P.", "condor-movil"),
        ("Die Alpen Telekom AG", "alpen-telekom"),
        ("Der Example Mobilfunk GmbH", "example-mobilfunk"),
    ],
)
def test_slug_drops_the_form_and_the_article(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_a_registrant_with_its_public_service_form_is_its_short_name() -> None:
    text = "At March 31, 2006 Condor Movil served 1,200,000 customers in Colombia.\n"
    mentions = extract_body(text, "CONDOR MOVIL S.A. E.S.P.").mentions
    assert [m.operator for m in mentions] == ["condor-movil"]


def test_a_german_sentence_opening_with_the_article_names_the_registrant() -> None:
    text = "Die Alpen Telekom AG hält 100 % an der Alpen Mobil GmbH mit Sitz in Wien.\n"
    slugs = [m.operator for m in extract_body(text, "Alpen Telekom AG").mentions]
    assert slugs[0] == "alpen-telekom" and "die-alpen-telekom" not in slugs
