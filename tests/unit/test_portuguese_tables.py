"""Key-figures tables written in Portuguese: "3T07" quarters, "R$ milhões", "(mil)"."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.invented import extract_body


def test_a_portuguese_table_of_quarters_in_millions_and_thousands() -> None:
    text = (
        "A Paraná Cabo S.A. divulga hoje os resultados do segundo trimestre de 2007.\n"
        "\n"
        "R$ milhões                    2T07      1T07      2T06      6M07\n"
        "Receita operacional líquida   212,4     201,9     180,3     414,3\n"
        "Lucro (prejuízo) líquido       14,1     (2,6)     (8,0)      11,5\n"
        "Investimentos (capex)          31,0      27,7      19,4      58,7\n"
        "\n"
        "                              2T07      1T07      2T06\n"
        "Assinantes de TV paga (mil)   488,2     480,1     466,9\n"
        "Clientes de Internet (mil)    151,6     140,2     109,8\n"
    )
    facts = {
        (m.name, m.value, m.unit, m.period, m.as_of and m.as_of.isoformat())
        for m in extract_body(text, "Paraná Cabo S.A.").metrics
    }
    assert ("revenue", Decimal("212400000"), "BRL", "Q2 2007", None) in facts
    assert ("revenue", Decimal("414300000"), "BRL", "H1 2007", None) in facts
    assert ("net_income", Decimal("-2600000"), "BRL", "Q1 2007", None) in facts
    assert ("investment", Decimal("19400000"), "BRL", "Q2 2006", None) in facts
    assert ("customers", Decimal("151600"), "count", None, "2007-06-30") in facts
    assert not any(value == Decimal("488200") for _, value, *_ in facts)  # pay TV
