"""A month's first day in a sentence ("consolidated from 1 April 2007") opens a span: a flow's
amount there is of the period the release reports, not at that day."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.invented import extract_body


def test_a_flow_is_not_dated_by_the_day_a_span_opens() -> None:
    text = (
        "Kestrel Telecom today announced its results for the year ended 31 December 2008.\n\n"
        "Revenue rose 12.0% to EUR 412.3 million, helped by a full year of Orion Cable,\n"
        "which Kestrel consolidated from 1 April 2007.\n"
    )
    metrics = extract_body(text, "Kestrel Telecom").metrics
    assert [(m.name, m.value, m.as_of, m.period) for m in metrics] == [
        ("revenue", Decimal("412300000"), None, "2008")
    ]
