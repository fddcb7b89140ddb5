"""A French or German sentence opened by a possessive ("Son réseau couvre ...", "Ihr Umsatz
erreichte ...") speaks of the operator the sentence before named, as "Its network ..." does."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.unit.invented import extract_body

REGISTRANT = "Veltra Communications S.A."

TEXTS = {
    "french": (
        "Veltra Communications S.A. publie ses résultats annuels.\n\n"
        "Hongrie – Pannon GSM a gagné 41 300 abonnés nets. Son réseau couvre désormais\n"
        "97 % de la population.\n",
        ("population_coverage", Decimal(97)),
    ),
    "german": (
        "Die Veltra Communications S.A. legt ihre Zahlen vor.\n\n"
        "Ungarn: Pannon GSM gewann im Halbjahr netto 41.300 Kunden hinzu. Ihr Umsatz\n"
        "erreichte 742,1 Mio. EUR.\n",
        ("revenue", Decimal(742_100_000)),
    ),
}


@pytest.mark.parametrize("case", sorted(TEXTS))
def test_a_possessive_opening_speaks_of_the_operator_named_before(case: str) -> None:
    text, (name, value) = TEXTS[case]
    metrics = extract_body(text, REGISTRANT).metrics
    assert [(m.operator, m.value) for m in metrics if m.name == name] == [("pannon-gsm", value)]


def test_a_sentence_opened_by_a_name_that_begins_like_a_possessive_is_no_pronoun() -> None:
    text = (
        "Veltra Communications S.A. publie ses résultats annuels.\n\n"
        "Pannon GSM a gagné 41 300 abonnés nets. Sonatel compte 3 600 000 abonnés.\n"
    )
    metrics = extract_body(text, REGISTRANT).metrics
    assert ("sonatel", "customers") in {(m.operator, m.name) for m in metrics}
