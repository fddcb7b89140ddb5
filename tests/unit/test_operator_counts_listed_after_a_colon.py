"""A group's count followed by a colon and its operators' counts ("served 6.07 million
customers at 30 June 2008: Pannon GSM 4.12 million, Digicel 1.31 million and Comcel
640,000"): each listed figure is the named operator's count at the same date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.unit.invented import extract_body

REGISTRANT = "Veltra Communications S.A."


def test_counts_listed_after_a_colon_are_each_named_operator_s() -> None:
    text = (
        "Veltra's three operators served 6.07 million customers at 30 June 2008:\n"
        "Pannon GSM 4.12 million, Digicel 1.31 million and Comcel\n640,000.\n"
    )
    day = date(2008, 6, 30)
    got = {(m.operator, m.value, m.as_of) for m in extract_body(text, REGISTRANT).metrics}
    assert got == {
        ("veltra-communications", Decimal(6_070_000), day),
        ("pannon-gsm", Decimal(4_120_000), day),
        ("digicel", Decimal(1_310_000), day),
        ("comcel", Decimal(640_000), day),
    }
