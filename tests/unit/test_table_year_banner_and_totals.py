"""Key-figure tables that write a year once over bare quarters, and that count a company's
customers by country or technology over a "Total" row (with an "of which" part below it)."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.invented import extract_body


def _facts(text: str, registrant: str) -> set[tuple[object, ...]]:
    return {
        (m.operator, m.name, m.value, m.period, m.as_of and m.as_of.isoformat(), m.segment)
        for m in extract_body(text, registrant).metrics
    }


def test_a_year_written_once_over_bare_quarter_columns() -> None:
    text = (
        "Andes Movil S.A. published its quarterly operating data.\n"
        "\n"
        "Lines by region\n"
        "\n"
        "                            ============= 2005 =============\n"
        "                               1Q        2Q        3Q        4Q\n"
        "Lines in service ('000)\n"
        "  North                      310.2     322.9     331.0     340.4\n"
        "  South                      120.1     125.3     128.8     131.9\n"
        "  Total                      430.3     448.2     459.8     472.3\n"
        "Net additions ('000)          11.5      17.9      11.6      12.5\n"
    )
    facts = _facts(text, "Andes Movil S.A.")
    assert ("andes-movil", "net_additions", Decimal("17900"), "Q2 2005", None, None) in facts
    assert ("andes-movil", "customers", Decimal("472300"), None, "2005-12-31", None) in facts
    assert ("andes-movil", "customers", Decimal("430300"), None, "2005-03-31", None) in facts
    assert not any(value == Decimal("310200") for _, _, value, *_ in facts)


def test_a_total_over_technology_rows_and_its_postpaid_part() -> None:
    text = (
        "Fjord Mobil ASA ended the year with more customers on its newer network.\n"
        "\n"
        "Subscriptions by network ('000)\n"
        "\n"
        "                      31 December 2005    30 September 2005\n"
        "UMTS                             88.1                 61.0\n"
        "GSM                             402.7                420.5\n"
        "                         ------------         ------------\n"
        "Total                           490.8                481.5\n"
        "  of which prepaid              301.6                299.2\n"
    )
    facts = _facts(text, "Fjord Mobil ASA")
    slug = next(iter(facts))[0]
    assert (slug, "customers", Decimal("490800"), None, "2005-12-31", None) in facts
    assert (slug, "customers", Decimal("481500"), None, "2005-09-30", None) in facts
    assert (slug, "customers", Decimal("301600"), None, "2005-12-31", "prepaid") in facts
    assert not any(value == Decimal("402700") for _, _, value, *_ in facts)
