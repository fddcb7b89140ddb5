"""A table of operations by country whose name cells end in a note in brackets."""

from __future__ import annotations

from tests.unit.invented import extract_body


def test_a_name_cell_with_a_bracketed_note_names_an_operator() -> None:
    text = (
        "Operations at September 30, 2001:\n\n"
        "Company                          Country        Customers\n"
        "Halcon (lines in service)        Chile            118,000\n"
        "Norvia (cable television)        Argentina         97,000\n\n"
        "Both companies grew in the quarter.\n"
    )
    slugs = {m.operator for m in extract_body(text, "Acme Holdings Inc.").mentions}
    assert {"halcon", "norvia"} <= slugs
