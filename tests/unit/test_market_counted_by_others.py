"""A count that someone counted or reported of a whole country, state or market ("the regulator
counted 4.1 million mobile lines in the country") is the market's size, no operator's; the
operator's own count beside it stays."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.unit.invented import extract_body


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator counted 4.1 million mobile lines in the country at the same date.",
        "The telecommunications authority reported some 4.1 million mobile subscribers in"
        " the whole country.",
        "The ministry registered 4.1 million subscribers across the market.",
    ],
)
def test_a_counted_market_is_no_operators_count(sentence: str) -> None:
    text = f"Kestrel Telecom had 1,350,000 customers at 31 March 2006. {sentence}\n"
    metrics = extract_body(text, "Kestrel Telecom").metrics
    assert [(m.name, m.value) for m in metrics] == [("customers", Decimal("1350000"))]


def test_an_operators_count_in_the_country_stays() -> None:
    text = "Kestrel Telecom had 1,350,000 customers in the country at 31 March 2006.\n"
    metrics = extract_body(text, "Kestrel Telecom").metrics
    assert [(m.name, m.value) for m in metrics] == [("customers", Decimal("1350000"))]
