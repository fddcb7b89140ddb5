"""A table of two operators side by side, a column each and no caption over the labels."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.invented import extract_body


def test_two_operators_as_columns_with_a_grouped_total_and_undated_coverage() -> None:
    text = (
        "Telenor agreed today to buy Vodafone's stake in a joint venture.\n"
        "\n"
        "                                     Telenor            Vodafone\n"
        "Subscribers at 31 March 2007\n"
        "   Consumer                           801 000             605 000\n"
        "   Corporate                          200 500             150 250\n"
        "   Total                            1 001 500             755 250\n"
        "Net additions, Q1 2007                 12 400               9 100\n"
        "Population coverage                      88 %                71 %\n"
        "\n"
        "The deal is expected to close in June.\n"
    )
    facts = {
        (m.operator, m.name, m.value, m.period, m.as_of and m.as_of.isoformat())
        for m in extract_body(text, "Telenor ASA").metrics
    }
    assert ("vodafone", "customers", Decimal("755250"), None, "2007-03-31") in facts
    assert ("vodafone", "net_additions", Decimal("9100"), "Q1 2007", None) in facts
    assert ("vodafone", "population_coverage", Decimal("71"), None, None) in facts
    assert ("telenor", "net_additions", Decimal("12400"), "Q1 2007", None) in facts
    assert not any(value == Decimal("605000") for _, _, value, _, _ in facts)
