"""Metrics from results releases worded as the ninth and tenth groups word them: bottom lines
called a loss for the period, Spanish results prose, leads that report two spans at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.unit.test_metrics import run


def test_a_loss_for_the_quarter_that_narrowed_is_a_negative_net_income() -> None:
    text = (
        "Highlights\n\n"
        "Loss for the quarter narrowed to £12.7 million from £19.4 million\n\n"
        "Loss for the year of £48.2 million\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2007, 2, 20))}
    assert got == {
        ("net_income", Decimal(-12_700_000)),
        ("net_income", Decimal(-19_400_000)),
        ("net_income", Decimal(-48_200_000)),
    }


def test_a_spanish_net_loss_and_the_year_before_in_brackets() -> None:
    text = (
        "La pérdida neta del ejercicio ascendió a 41,3 millones de euros (2004: 55,9 millones "
        "de euros).\n"
    )
    got = {(m.name, m.value) for m in run(text, date(2006, 3, 2))}
    assert got == {
        ("net_income", Decimal(-41_300_000)),
        ("net_income", Decimal(-55_900_000)),
    }
