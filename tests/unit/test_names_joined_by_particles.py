"""A company's legal name whose words a lower-case particle joins ("Example del Litoral S.A.",
"Rede de Example S.A."), found whole in the paragraph that opens a release. On invented text."""

from __future__ import annotations

from tests.unit.invented import extract_body


def test_a_legal_name_joined_by_del_is_one_company() -> None:
    text = (
        'Cabocanal S.A. ("Cabocanal") today agreed to acquire a 60% interest in Telecable\n'
        'del Pantano S.A. ("Telecable del Pantano"), which operates cable networks in three\n'
        "cities. Telecable del Pantano serves 50,000 cable television subscribers.\n"
    )
    slugs = [m.operator for m in extract_body(text, "Cabocanal S.A.").mentions]
    assert "telecable-del-pantano" in slugs
    assert "telecable" not in slugs
