"""Whitelisted sort values as enums, so every choice shows in OpenAPI."""

from __future__ import annotations

from enum import Enum

from app.queries.pagination import SortKey


def sort_enum(name: str, keys: dict[str, SortKey]) -> type[Enum]:
    """An enum of ``field`` and ``-field`` (descending) for each sortable field."""
    values = {}
    for field in keys:
        values[field] = field
        values[f"{field}_desc"] = f"-{field}"
    return Enum(name, values, type=str)  # type: ignore[return-value]
