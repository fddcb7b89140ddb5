"""Facets: counts by operator, country, year or name over the current filter of a list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, extract, func, select
from sqlalchemy.orm import Session

from app.models import Contact, Filing, Mention, Metric, Operator, Release
from app.queries.pagination import Column

MAX_VALUES = 50


@dataclass(frozen=True)
class Facet:
    """What to group by, how to reach it from the listed rows, and the filter that applies it."""

    value: Column
    join: Callable[[Select[Any, Any]], Select[Any, Any]]
    applies: Callable[[Any], dict[str, str]]


def _year(column: Any) -> ColumnElement[Any]:
    return extract("year", column)


def _year_range(year: Any) -> dict[str, str]:
    return {"since": f"{int(year):04d}-01-01", "until": f"{int(year):04d}-12-31"}


def _same(param: str) -> Callable[[Any], dict[str, str]]:
    return lambda value: {param: str(value)}


def _as_is(statement: Select[Any, Any]) -> Select[Any, Any]:
    return statement


def _metric_operator(statement: Select[Any, Any]) -> Select[Any, Any]:
    return statement.join(Operator, Operator.id == Metric.operator_id)


def _release_operator(statement: Select[Any, Any]) -> Select[Any, Any]:
    return statement.join(Mention, Mention.release_id == Release.id).join(
        Operator, Operator.id == Mention.operator_id
    )


FACETS: dict[type, dict[str, Facet]] = {
    Metric: {
        "operator": Facet(Operator.slug, _metric_operator, _same("operator")),
        "country": Facet(Operator.country, _metric_operator, _same("country")),
        "name": Facet(Metric.name, _as_is, _same("name")),
        "unit": Facet(Metric.unit, _as_is, _same("unit")),
        "year": Facet(_year(Metric.observed_on), _as_is, _year_range),
    },
    Release: {
        "operator": Facet(Operator.slug, _release_operator, _same("operator")),
        "year": Facet(_year(Release.released_on), _as_is, _year_range),
    },
    Operator: {
        "country": Facet(Operator.country, _as_is, _same("country")),
        "kind": Facet(Operator.kind, _as_is, _same("kind")),
    },
    Filing: {
        "registrant": Facet(Filing.registrant, _as_is, _same("registrant")),
        "year": Facet(_year(Filing.report_date), _as_is, _year_range),
    },
    Contact: {
        "organization": Facet(Contact.organization, _as_is, _same("organization")),
    },
}


def facet_names(model: type) -> list[str]:
    return list(FACETS.get(model, {}))


def facet_counts(
    session: Session, statement: Select[Any, Any], *, model: Any, names: list[str]
) -> dict[str, list[tuple[Any, int, dict[str, str]]]]:
    """For each facet, (value, count, filter that applies it), most frequent first."""
    matching = select(model.id)
    if statement.whereclause is not None:
        matching = matching.where(statement.whereclause)
    ids = matching.subquery()
    out: dict[str, list[tuple[Any, int, dict[str, str]]]] = {}
    for name in names:
        facet = FACETS[model][name]
        count = func.count(func.distinct(model.id)).label("n")
        grouped: Select[Any, Any] = (
            select(facet.value.label("value"), count)
            .select_from(model)
            .join(ids, ids.c.id == model.id)
        )
        query = facet.join(grouped)
        query = (
            query.where(facet.value.is_not(None))
            .group_by(facet.value)
            .order_by(count.desc(), facet.value)
            .limit(MAX_VALUES)
        )
        out[name] = [
            (_plain(row.value), int(row.n), facet.applies(row.value))
            for row in session.execute(query)
        ]
    return out


def _plain(value: Any) -> Any:
    # extract() gives Decimal on PostgreSQL and int on SQLite: make years plain ints.
    if hasattr(value, "as_integer_ratio") and not isinstance(value, int | float):
        return int(value)
    return int(value) if isinstance(value, float) and value.is_integer() else value
