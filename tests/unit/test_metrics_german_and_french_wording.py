"""Figures of releases written in German and French: number forms, scale abbreviations that
keep their point, the CFA franc, and the words that name the metrics."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.ingest.numbers import find_figures
from tests.unit.invented import extract_body


@pytest.mark.parametrize(
    ("phrase", "value", "currency"),
    [
        ("auf 2.417,3 Mio. EUR gesteigert", "2417300000", "EUR"),
        ("rund 3,9 Mrd. EUR", "3900000000", "EUR"),
        ("1,7 Milliarden Euro", "1700000000", "EUR"),
        ("de 227,4 milliards de FCFA", "227400000000", "cfa"),
        ("853 millions d'euros", "853000000", "EUR"),
        ("12,5 Mio. \u20ac", "12500000", "EUR"),
    ],
)
def test_german_and_french_amounts(phrase: str, value: str, currency: str) -> None:
    figure = next(f for f in find_figures(phrase) if f.scaled)
    assert (figure.value, figure.currency) == (Decimal(value), currency)


def _metrics(text: str) -> set[tuple[str, Decimal, str, str | None, str | None, str]]:
    return {
        (m.name, m.value, m.unit, str(m.as_of) if m.as_of else None, m.period, m.qualifier)
        for m in extract_body(text, "Vorarlberg Funk AG").metrics
    }


def test_german_prose_metrics() -> None:
    text = (
        "Die Gruppe hat im ersten Halbjahr 2006 ihre Umsatzerlöse um 4,2 % auf 871,6 Mio. EUR "
        "gesteigert. Das Konzernergebnis erhöhte sich auf 63,2 Mio. EUR. Zum 30. Juni 2006 "
        "betreute die Gruppe 4,17 Mio. Kunden. Im Halbjahr gewann sie netto 118.400 Kunden "
        "hinzu. Die Gruppe beschäftigte 3.214 Mitarbeiter und erreichte einen Marktanteil "
        "von rund 41 %. Das Netz versorgt 97 % der Bevölkerung.\n"
    )
    found = _metrics(text)
    assert ("revenue", Decimal(871600000), "EUR", None, "H1 2006", "exact") in found
    assert ("net_income", Decimal(63200000), "EUR", None, "H1 2006", "exact") in found
    assert ("customers", Decimal(4170000), "count", "2006-06-30", None, "exact") in found
    assert ("net_additions", Decimal(118400), "count", None, "H1 2006", "exact") in found
    assert any(f[:3] == ("employees", Decimal(3214), "count") for f in found)
    assert any(f[:3] == ("market_share", Decimal(41), "percent") and f[5] == "approximately"
               for f in found)  # fmt: skip
    assert any(f[:3] == ("population_coverage", Decimal(97), "percent") for f in found)


def test_french_prose_metrics_and_forecasts() -> None:
    text = (
        "Au 31 décembre 2007, le Groupe comptait 2 418 000 abonnés, soit 512 000 abonnés nets "
        "supplémentaires en un an. Le Groupe employait 934 salariés. Son réseau couvre 74 % de "
        "la population. Les abonnés peuvent utiliser leur téléphone auprès de 121 opérateurs "
        "partenaires. Nous visons 4 millions d'abonnés à la fin de 2008.\n"
    )
    found = _metrics(text)
    assert ("customers", Decimal(2418000), "count", "2007-12-31", None, "exact") in found
    assert any(f[:3] == ("net_additions", Decimal(512000), "count") for f in found)
    assert any(f[:3] == ("employees", Decimal(934), "count") for f in found)
    assert any(f[:3] == ("population_coverage", Decimal(74), "percent") for f in found)
    assert any(f[:3] == ("roaming_partners", Decimal(121), "count") for f in found)
    assert not any(f[1] == Decimal(4000000) for f in found)  # a target, no fact


def test_german_earlier_figures_in_brackets_and_after_nach() -> None:
    text = (
        "Die Gruppe hat im ersten Halbjahr 2006 ihre Umsatzerlöse um 4,2 % auf 871,6 Mio. EUR "
        "gesteigert (1. Hj. 2005: 836,5 Mio. EUR). Im ersten Halbjahr 2006 gewann sie netto "
        "118.400 Kunden hinzu (1. Hj. 2005: 97.300). Das Konzernergebnis erhöhte sich im "
        "ersten Halbjahr 2006 auf 63,2 Mio. EUR nach 51,7 Mio.\nEUR im Vorjahreszeitraum.\n"
    )
    found = _metrics(text)
    assert ("revenue", Decimal(836500000), "EUR", None, "H1 2005", "exact") in found
    assert ("net_additions", Decimal(97300), "count", None, "H1 2005", "exact") in found
    assert ("net_income", Decimal(51700000), "EUR", None, "H1 2005", "exact") in found


def test_no_break_spaces_a_french_segment_and_a_mark_passed() -> None:
    text = (
        "Au 30 juin 2008, le Groupe comptait 3\u00a0204\u00a0500\u00a0abonnés. Le Groupe "
        "employait 1\u00a0215\u00a0salariés. Son concurrent revendique plus de 1,9 millions "
        "d'abonnés mobiles. Le Groupe a franchi le cap des 3 millions d'abonnés.\n"
    )
    found = {
        (m.name, m.value, m.segment, m.qualifier)
        for m in extract_body(text, "Vorarlberg Funk AG").metrics
    }
    assert ("customers", Decimal(3204500), None, "exact") in found
    assert ("employees", Decimal(1215), None, "exact") in found
    assert ("customers", Decimal(3000000), None, "more_than") in found
    assert ("customers", Decimal(1900000), "mobile", "more_than") in found
