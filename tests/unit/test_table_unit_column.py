"""A key-figures table with a column of units between the labels and the figures."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.invented import extract_body


def _facts(text: str, registrant: str) -> set[tuple[object, ...]]:
    return {
        (m.name, m.value, m.unit, m.period, m.as_of and m.as_of.isoformat())
        for m in extract_body(text, registrant).metrics
    }


def test_each_row_takes_the_unit_of_its_unit_cell() -> None:
    text = (
        "Danubia Net Kft. today announced its results for the first half of 2006.\n"
        "\n"
        "SELECTED DATA\n"
        "\n"
        "                              Unit             H1 2006    H1 2005    Change\n"
        "---------------------------------------------------------------------------\n"
        "Broadband subscribers         thousand           221.4      160.2    +38.2%\n"
        "Average revenue per user      EUR/month           19.5       21.0     -7.1%\n"
        "Net sales                     EUR million         88.6       71.9    +23.2%\n"
        "Net income (loss)             EUR million         (3.1)      (9.4)        -\n"
        "Employees                     persons              644        610     +5.6%\n"
        "---------------------------------------------------------------------------\n"
    )
    facts = _facts(text, "Danubia Net Kft.")
    assert ("customers", Decimal("221400"), "count", None, "2006-06-30") in facts
    assert ("revenue", Decimal("88600000"), "EUR", "H1 2006", None) in facts
    assert ("net_income", Decimal("-9400000"), "EUR", "H1 2005", None) in facts
    assert ("employees", Decimal("610"), "count", None, "2005-06-30") in facts
    assert not any(value in {Decimal("19.5"), Decimal("21.0")} for _, value, *_ in facts)


def test_a_group_heading_naming_one_business_gives_its_total_row() -> None:
    text = (
        "Pannon Kabel Zrt. today announced its results for the first half of 2006.\n"
        "\n"
        "                              Unit             H1 2006    H1 2005\n"
        "-------------------------------------------------------------------\n"
        "Broadband customers at period end\n"
        "  Cable modem                 thousand           101.7       80.3\n"
        "  Fibre                       thousand            12.2        4.0\n"
        "  Total                       thousand           113.9       84.3\n"
        "Employees                     persons              431        415\n"
        "-------------------------------------------------------------------\n"
    )
    metrics = extract_body(text, "Pannon Kabel Zrt.").metrics
    counts = {(m.value, m.segment) for m in metrics if m.name == "customers"}
    assert counts == {(Decimal("113900"), "internet"), (Decimal("84300"), "internet")}
