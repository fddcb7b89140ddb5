"""A table of a group's operators whose name cells carry the country in brackets ("Example
Mobil (Slovenia)", in English or in German): each row names an operator of its own. On
invented text."""

from __future__ import annotations

from tests.unit.invented import extract_body


def _mentioned(text: str) -> list[str]:
    return [m.operator for m in extract_body(text, "Alpen Holding AG").mentions]


def test_name_cells_with_a_country_in_brackets_are_operators() -> None:
    text = (
        "Customers (thousands, at June 30)\n"
        "  Drava mobil (Slovenia)              602.3        531.8\n"
        "  Velebit GSM (Croatia)             2,263.5      1,878.0\n"
        "  Group total                       2,865.8      2,409.8\n"
    )
    assert {"drava-mobil", "velebit-gsm"} <= set(_mentioned(text))


def test_the_country_may_be_written_in_german() -> None:
    text = (
        "Kunden (in Tsd., per 30.6.)\n"
        "  Drava mobil (Slowenien)             602,3        531,8\n"
        "  Velebit GSM (Kroatien)            2.263,5      1.878,0\n"
        "  Gruppe gesamt                     2.865,8      2.409,8\n"
    )
    assert {"drava-mobil", "velebit-gsm"} <= set(_mentioned(text))


def test_one_such_row_alone_is_no_table_of_operators() -> None:
    text = "  Roaming revenue (Germany)           12.3         11.0\n"
    assert _mentioned(text) == []


def test_a_country_opening_with_an_accented_capital_is_read() -> None:
    text = (
        "Kunden (in Tsd., per 30.6.)\n"
        "  Tauern Mobil (Österreich)         3.214,6      3.058,2\n"
        "  Velebit GSM (Kroatien)            2.263,5      1.878,0\n"
    )
    assert {"tauern-mobil", "velebit-gsm"} <= set(_mentioned(text))
