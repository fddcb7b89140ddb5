"""The metric vocabulary: each name keeps its meaning; its unit is a count, a percent or money."""

from __future__ import annotations

from enum import Enum

CURRENCY = "currency"  # the unit is the ISO 4217 code the text gives

METRIC_UNITS: dict[str, str] = {
    "customers": "count",
    "net_additions": "count",
    "employees": "count",
    "revenue": CURRENCY,
    "net_income": CURRENCY,
    "investment": CURRENCY,
    "market_share": "percent",
    "population_coverage": "percent",
    "territory_coverage": "percent",
    "data_revenue_share": "percent",
    "roaming_partners": "count",
    "base_stations": "count",
    # Beyond SPEC's list: coverage stated without saying of what ("coverage of 98%").
    "network_coverage": "percent",
}

QUALIFIERS = ("exact", "approximately", "more_than", "less_than", "nearly", "up_to")

MetricName = Enum("MetricName", {name: name for name in METRIC_UNITS}, type=str)  # type: ignore[misc]
Qualifier = Enum("Qualifier", {name: name for name in QUALIFIERS}, type=str)  # type: ignore[misc]
