"""Operators named without a legal form: a table's country cell with a note on the region,
names built on a trade word in prose that says they compete, and renamed companies."""

from __future__ import annotations

from tests.unit.invented import extract_body


def test_a_country_cell_with_a_bracketed_region_note_places_its_row() -> None:
    text = (
        "Customers by operator ('000):\n\n"
        "Operator        Country       2005     2004\n"
        "Wadi Mobile     Syria          812      640\n"
        "Delta Phone     Congo (DRC)    455      301\n\n"
        "Both operators grew in the year.\n"
    )
    slugs = {m.operator for m in extract_body(text, "Acme Holdings Inc.").mentions}
    assert {"wadi-mobile", "delta-phone"} <= slugs


def test_a_company_that_will_change_its_name_is_one_company_by_its_name_until_then() -> None:
    text = (
        "The board approved the following:\n\n"
        "1.  Norvia Cel S.A., our mobile operator in Chile, registered in the\n"
        "    commercial registry, will change its corporate\n"
        "    name to Acme Movil Chile S.A.\n\n"
        "Acme Movil Chile S.A. will keep every licence of the company.\n"
    )
    mentions = extract_body(text, "Acme Holdings S.A.").mentions
    slugs = [m.operator for m in mentions]
    assert "norvia-cel" in slugs
    assert "acme-movil-chile" not in slugs
    assert slugs.count("norvia-cel") == 3
