"""A known name with "Participações" and a legal form that the table does not list as a name of
that operator: a holding of its own, not the operator."""

from __future__ import annotations

from tests.unit.invented import extract_body

_OPENING = "Sul Movel Participações S.A. reported its results for the second quarter today.\n\n"


def _slugs(text: str) -> set[str]:
    return {m.operator for m in extract_body(text, "Sul Movel Participações S.A.").mentions}


def test_a_known_name_with_participacoes_is_its_holding() -> None:
    slugs = _slugs(
        _OPENING + "Sul Movel Participações S.A. and Telemar Participações S.A.\n"
        "have the same board of directors.\n"
    )
    assert "telemar-participacoes" in slugs
    assert "telemar-norte-leste" not in slugs


def test_a_holding_the_table_lists_stays_its_operator() -> None:
    slugs = _slugs(_OPENING + "TIM Participações S.A. launched a new prepaid plan in the south.\n")
    assert "tim-brasil" in slugs
    assert "tim-participacoes" not in slugs


def test_a_holding_named_as_a_shareholder_is_no_company_of_its_own() -> None:
    slugs = _slugs(_OPENING + "Telemar Participações S.A. owns 38% of our common shares.\n")
    assert "telemar-participacoes" not in slugs
