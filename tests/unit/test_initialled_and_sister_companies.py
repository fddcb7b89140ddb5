"""Companies named without help from the table: a telecom company whose initials a bracket
defines, with no legal form ("Example National Telephone Services (ENTS)"), and a holding's
sister company named with the holding's first word and a legal form ("Example Antilles
S.A.S." beside "Example Cellular Holdings N.V.")."""

from __future__ import annotations

from tests.unit.invented import extract_body


def _mentioned(text: str, registrant: str) -> list[str]:
    return list(dict.fromkeys(m.operator for m in extract_body(text, registrant).mentions))


def test_a_telecom_company_defined_by_its_initials_is_discovered() -> None:
    text = (
        "In Bonaire, Zemi holds about a third of the market and Kralendijk Telephone\n"
        "Services (KTS) the rest. Pricing follows the Bonaire Broadband Area Network (BBAN)\n"
        "and the Island Telecom Regulatory Authority (ITRA) rules.\n"
    )
    assert _mentioned(text, "Zemi Cellular Holdings N.V.") == ["kralendijk-telephone-services"]


def test_a_holdings_sister_company_is_discovered() -> None:
    text = (
        "Zemi's GSM service started in Martinique in 2003 through Zemi Antilles S.A.S.;\n"
        "Zemi Antilles as well as Zemi reported results as planned.\n"
    )
    assert _mentioned(text, "Zemi Cellular Holdings N.V.") == [
        "zemi-antilles",
    ]
