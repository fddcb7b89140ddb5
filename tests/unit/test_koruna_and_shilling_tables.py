"""Table rows in Czech and Slovak koruna ("CZK 1 204,7 mil.") and in Kenya shillings
("Revenue (KSh million)")."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.invented import extract_body


def _money(text: str, registrant: str) -> set[tuple[object, ...]]:
    return {(m.name, m.value, m.unit) for m in extract_body(text, registrant).metrics}


def test_a_koruna_cell_with_mil_is_millions() -> None:
    text = (
        "Morava Data, a.s. today announced its results for the first half of 2006.\n"
        "\n"
        "                                  H1 2006            H1 2005\n"
        "Revenue                     CZK 1 204,7 mil.    CZK 1 011,3 mil.\n"
        "Net profit                    CZK 88,4 mil.       CZK 61,0 mil.\n"
    )
    money = _money(text, "Morava Data, a.s.")
    assert ("revenue", Decimal("1204700000"), "CZK") in money
    assert ("net_income", Decimal("88400000"), "CZK") in money


def test_a_row_in_kenya_shillings_million() -> None:
    text = (
        "Savanna Mobile Limited today announced its results for 2007.\n"
        "\n"
        "                                 Q1 2007    Q2 2007    Q3 2007    Q4 2007\n"
        "Revenue (KSh million)              3,211      3,402      3,587      3,790\n"
    )
    money = _money(text, "Savanna Mobile Limited")
    assert ("revenue", Decimal("3211000000"), "KES") in money
    assert ("revenue", Decimal("3790000000"), "KES") in money
