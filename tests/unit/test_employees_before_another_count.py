"""The employees' words before a figure do not reach past an "and" that goes on to something
else: "1,800 employees and a network of more than 450 shops" holds no 450 employees."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.invented import extract_body


def test_a_count_of_shops_after_the_employees_is_not_theirs() -> None:
    text = (
        "Kestrel Telecom has about 1,800 employees and a network of more than 450 shops"
        " and 90,000 dealers.\n"
    )
    metrics = extract_body(text, "Kestrel Telecom").metrics
    assert [(m.name, m.value) for m in metrics] == [("employees", Decimal("1800"))]


def test_the_number_of_employees_was_still_reads() -> None:
    text = "The number of employees at the end of the year was 1,800.\n"
    metrics = extract_body(text, "Kestrel Telecom").metrics
    assert [(m.name, m.value) for m in metrics] == [("employees", Decimal("1800"))]
