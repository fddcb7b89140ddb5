"""The list queries are served by indexes on both databases: the planners are asked.

Each case builds the statement exactly as its route does (filters from app.queries.resources,
keyset order and cursor from app.queries.pagination, the page's plain-row projection) and
reads the plan: SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN. An index must find the
filtered rows (no full scan of the listed table) and already be in the sort order (no
temporary B-tree / Sort node), so a page costs the same on the first page and 10,000 rows
deep, however large the table.

PostgreSQL plans an empty test table as a sequential scan because that is cheapest there; the
planner is told sequential scans, bitmap scans and sorts are dear (enable_* = off), which
makes it pick an index that serves the query whenever one exists — and still show a Seq Scan
or Sort when none does, which is what this test catches.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, Select, text

from app.models import Filing, Metric, Operator, Release
from app.queries import resources
from app.queries.pagination import Ordering, Projection, SortKey, encode_cursor, keyset_page

# A cursor value per sort key type, as a page deep in the keyset would carry.
_SAMPLE = {int: 10_000, float: 1_000_000.0, str: "m"}


def _cursor(ordering: Ordering) -> str:
    if ordering.field == "id":
        return encode_cursor(ordering, 10_000, 10_000)
    parse = ordering.key.parse
    value: Any = date(2003, 6, 30) if parse not in _SAMPLE else _SAMPLE[parse]
    return encode_cursor(ordering, value, 10_000)


class Case:
    def __init__(
        self,
        table: str,
        build: Callable[[], Select[Any]],
        sorts: dict[str, SortKey],
        id_column: Any,
        sort: str,
        *,
        rows: Projection | None = None,
        filtered: bool = True,
    ) -> None:
        self.table, self.build, self.sorts, self.id_column = table, build, sorts, id_column
        self.sort, self.rows, self.filtered = sort, rows, filtered

    def statements(self, *, deep: bool) -> list[Select[Any]]:
        """The page's SQL as keyset_page runs it (captured, not executed): one statement, or
        two for a nullable sort column (its values, then its nulls)."""
        ordering = Ordering.from_param(self.sort, keys=self.sorts, id_column=self.id_column)
        statement = self.build()
        if self.rows is not None:
            statement = self.rows.of(statement)
        captured: list[Select[Any]] = []

        class Capture:
            def scalars(self, s: Select[Any]) -> Any:
                captured.append(s)
                return _Empty()

            def connection(self) -> Any:
                return self

            def execute(self, s: Select[Any]) -> Any:
                captured.append(s)
                return _Empty()

        keyset_page(
            Capture(),  # type: ignore[arg-type]
            statement,
            ordering=ordering,
            limit=50,
            cursor=_cursor(ordering) if deep else None,
            plain_rows=self.rows is not None,
        )
        return captured


class _Empty:
    def all(self) -> list[Any]:
        return []


def metric_case(sort: str, filtered: bool = True, **filters: Any) -> Case:
    return Case(
        "metric",
        lambda: resources.metrics(**filters),
        resources.METRIC_SORTS,
        Metric.id,
        sort,
        rows=resources.METRIC_ROWS,
        filtered=filtered,
    )


def release_case(sort: str, filtered: bool = True, **filters: Any) -> Case:
    return Case(
        "release",
        lambda: resources.releases(**filters),
        resources.RELEASE_SORTS,
        Release.id,
        sort,
        rows=resources.RELEASE_ROWS,
        filtered=filtered,
    )


def operator_case(sort: str, filtered: bool = True, **filters: Any) -> Case:
    return Case(
        "operator",
        lambda: resources.operators(**filters),
        resources.OPERATOR_SORTS,
        Operator.id,
        sort,
        filtered=filtered,
    )


def filing_case(sort: str, filtered: bool = True, **filters: Any) -> Case:
    return Case(
        "filing",
        lambda: resources.filings(**filters),
        resources.FILING_SORTS,
        Filing.id,
        sort,
        filtered=filtered,
    )


SINCE, UNTIL = date(2003, 1, 1), date(2003, 12, 31)

CASES: dict[str, Case] = {
    # metrics: every sort alone, and the filters each index serves in its sort order
    "metrics sort=id": metric_case("id", filtered=False),
    "metrics sort=-id": metric_case("-id", filtered=False),
    "metrics sort=value": metric_case("value", filtered=False),
    "metrics sort=-value": metric_case("-value", filtered=False),
    "metrics sort=as_of": metric_case("as_of", filtered=False),
    "metrics sort=-as_of": metric_case("-as_of", filtered=False),
    "metrics name= sort=id": metric_case("id", name="customers"),
    "metrics name= sort=-id": metric_case("-id", name="customers"),
    "metrics since/until sort=as_of": metric_case("as_of", since=SINCE, until=UNTIL),
    "metrics value range sort=value": metric_case("value", value_min=1e6, value_max=1e8),
    # releases
    "releases sort=id": release_case("id", filtered=False),
    "releases sort=released_on": release_case("released_on", filtered=False),
    "releases sort=-released_on": release_case("-released_on", filtered=False),
    "releases since/until sort=released_on": release_case("released_on", since=SINCE, until=UNTIL),
    "releases since/until sort=-released_on": release_case(
        "-released_on", since=SINCE, until=UNTIL
    ),
    # operators
    "operators sort=name": operator_case("name", filtered=False),
    "operators country= sort=id": operator_case("id", country="ES"),
    "operators kind= sort=id": operator_case("id", kind="mobile_operator"),
    # filings
    "filings sort=report_date": filing_case("report_date", filtered=False),
    "filings since/until sort=-report_date": filing_case("-report_date", since=SINCE, until=UNTIL),
}


def explain(engine: Engine, statement: Select[Any]) -> list[str]:
    sql = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            return [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
        for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
            conn.execute(text(f"SET LOCAL {setting} = off"))
        return [row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql)]


def problems(engine: Engine, table: str, plan: list[str], *, seek: bool) -> list[str]:
    """What in ``plan`` shows an index missing; ``seek``: the index must also find the rows
    (a filter, or the position of a deep page), not just give their order."""
    found = []
    if engine.dialect.name == "sqlite":
        for line in plan:
            if "TEMP B-TREE" in line:
                found.append(f"sorts in a temporary B-tree: {line}")
        listed = [line for line in plan if line.split(" ")[1:2] == [table]]
        if seek and not any(line.startswith(f"SEARCH {table} ") for line in listed):
            found.append(f"no index seeks the rows: {listed}")
    else:
        for line in plan:
            step = line.strip().removeprefix("->").strip()
            if step.startswith(f"Seq Scan on {table}"):
                found.append(f"sequential scan: {step}")
            if step.startswith(("Sort", "Incremental Sort")):
                found.append(f"sorts: {step}")
        if seek and not any("Index Cond" in line for line in plan):
            found.append("no index condition finds the rows")
    return found


@pytest.mark.parametrize("deep", [False, True], ids=["first page", "deep page"])
@pytest.mark.parametrize("name", list(CASES))
def test_an_index_serves_the_filter_and_the_sort(engine: Engine, name: str, deep: bool) -> None:
    case = CASES[name]
    for statement in case.statements(deep=deep):
        plan = explain(engine, statement)
        seek = case.filtered or deep
        assert not problems(engine, case.table, plan, seek=seek), "\n".join(plan)
