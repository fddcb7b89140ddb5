"""Tests for contact layouts: three or more columns side by side, each under its own label."""

from __future__ import annotations

from tests.unit.contact_rows import contact_rows


def test_three_columns_side_by_side_are_three_people() -> None:
    text = (
        "Analysts:                    Journalists:                 Agency:\n"
        "Sofie Lindqvist              Pieter de Vries              Tomas Ekberg\n"
        "Head of Investor Relations   Press Officer                Fjordvik Partners Ltd\n"
        "Norrnet AB                   Norrnet AB                   +46 8 555 0199\n"
        "+46 8 555 0101               +46 8 555 0102\n"
        "sofie.lindqvist@norrnet.se   pieter.devries@norrnet.se\n"
    )
    assert contact_rows(text) == [
        (
            "Sofie Lindqvist",
            "Head of Investor Relations",
            "Norrnet AB",
            ("sofie.lindqvist@norrnet.se",),
            ("+46 8 555 0101",),
        ),
        (
            "Pieter de Vries",
            "Press Officer",
            "Norrnet AB",
            ("pieter.devries@norrnet.se",),
            ("+46 8 555 0102",),
        ),
        ("Tomas Ekberg", None, "Fjordvik Partners Ltd", (), ("+46 8 555 0199",)),
    ]


def test_a_third_column_that_only_one_line_reaches_is_no_column() -> None:
    # A gap inside the right column on one line only: still two columns.
    text = (
        "Sofie Lindqvist              Pieter de Vries\n"
        "Head of Investor Relations   Press Officer     Norrnet AB\n"
        "+46 8 555 0101               +46 8 555 0102\n"
    )
    assert [row[0] for row in contact_rows(text)] == ["Sofie Lindqvist", "Pieter de Vries"]
