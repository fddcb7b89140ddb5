"""A French or German lead that names the financial year it reports on ("l'exercice clos le
31 décembre 2008", "au titre de l'exercice 2008", "das Geschäftsjahr 2008"): the year's
flows written without a period are of that year."""

from __future__ import annotations

import pytest

from tests.unit.invented import extract_body

REGISTRANT = "Veltra Communications S.A."

LEADS = {
    "french_closed_on": (
        "Veltra Communications S.A. publie ses résultats annuels pour l’exercice clos le\n"
        "31 décembre 2008. Le chiffre d’affaires consolidé s’établit à 812,4 millions\n"
        "d’euros.\n"
    ),
    "french_in_respect_of": (
        "Veltra Communications S.A. publie ses résultats au titre de l'exercice 2008.\n"
        "Le chiffre d’affaires consolidé s’établit à 812,4 millions d’euros.\n"
    ),
    "german_financial_year": (
        "Die Veltra Communications S.A. legt ihre Zahlen für das Geschäftsjahr 2008 vor.\n"
        "Die Umsatzerlöse stiegen auf 812,4 Mio. EUR.\n"
    ),
}


@pytest.mark.parametrize("case", sorted(LEADS))
def test_a_lead_naming_the_financial_year_gives_the_year_s_flows_their_period(case: str) -> None:
    metrics = extract_body(LEADS[case], REGISTRANT).metrics
    assert [(m.name, str(m.value), m.period) for m in metrics] == [("revenue", "812400000", "2008")]
