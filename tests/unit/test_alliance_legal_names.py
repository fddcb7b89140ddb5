"""Member lists in running prose whose legal names carry commas: on invented text."""

from __future__ import annotations

from app.ingest.alliances import extract_alliances
from app.ingest.catalog import default_catalog
from tests.unit.test_alliances import release


def test_a_legal_form_after_a_comma_belongs_to_the_member_before_it() -> None:
    text = (
        "The Polar Roaming Alliance has four founding members: Telenor ASA (Norway),\n"
        "Globe Telecom, Inc. (Philippines), Chunghwa Telecom Co., Ltd. (Taiwan) and\n"
        "Nordavia Mobile Oy (Finland).\n"
    )
    (finding,) = extract_alliances(text, release(text), catalog=default_catalog())
    assert [(m.operator, m.country) for m in finding.memberships] == [
        ("telenor", "NO"),  # the group by its legal name, not its Norwegian operator
        ("globe-telecom", "PH"),
        ("chunghwa-telecom", "TW"),
        ("nordavia-mobile", "FI"),
    ]
    assert finding.stated_count == 4 and not finding.count_mismatch
