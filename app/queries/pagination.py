"""Keyset pagination, written once: whitelisted sorts, opaque cursors, no OFFSET scans."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cached_property
from typing import Any, TypeVar

import orjson
from sqlalchemy import ColumnElement, Select, and_, bindparam, literal, or_, select, tuple_
from sqlalchemy.orm import QueryableAttribute, Session

from app.errors import ProblemError

T = TypeVar("T")
Column = ColumnElement[Any] | QueryableAttribute[Any]


@dataclass(frozen=True)
class SortKey:
    """A column a list can be sorted by; ``parse`` turns a cursor value back into its type."""

    column: Column
    attribute: str
    parse: Callable[[Any], Any] = lambda value: value
    nullable: bool = False


def parse_date(value: Any) -> date:
    return date.fromisoformat(value)


@dataclass(frozen=True)
class Ordering:
    """A resolved ``sort=`` value: which key, which direction, and the id tie-breaker."""

    field: str
    descending: bool
    key: SortKey
    id_column: Column

    @classmethod
    def from_param(
        cls, sort: Enum | str, *, keys: dict[str, SortKey], id_column: Column
    ) -> Ordering:
        value = sort.value if isinstance(sort, Enum) else sort
        field = value.lstrip("-")
        if field not in keys:
            raise ProblemError(422, f"sort: unknown field {field!r}", slug="invalid-parameters")
        return cls(field, value.startswith("-"), keys[field], id_column)

    @property
    def name(self) -> str:
        return ("-" if self.descending else "") + self.field

    def order_by(self) -> list[ColumnElement[Any]]:
        column, ident = self.key.column, self.id_column
        if self.descending:
            primary, tie = column.desc(), ident.desc()
        else:
            primary, tie = column.asc(), ident.asc()
        if self.key.nullable:
            primary = primary.nulls_last()
        return [primary, tie] if column is not ident else [tie]

    def after(self, value: Any, last_id: int) -> ColumnElement[bool]:
        """Rows that come after (value, last_id) in this ordering; nulls sort last."""
        column, ident = self.key.column, self.id_column
        id_after = ident < last_id if self.descending else ident > last_id
        if column is ident:
            return id_after
        if value is None:
            return and_(column.is_(None), id_after)
        beyond = column < value if self.descending else column > value
        condition = or_(beyond, and_(column == value, id_after))
        return or_(condition, column.is_(None)) if self.key.nullable else condition


def encode_cursor(ordering: Ordering, value: Any, last_id: int) -> str:
    if isinstance(value, date):
        value = value.isoformat()
    payload = orjson.dumps({"s": ordering.name, "v": value, "i": last_id})
    return base64.urlsafe_b64encode(payload).decode().rstrip("=")


def decode_cursor(cursor: str, ordering: Ordering) -> tuple[Any, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        payload = orjson.loads(base64.urlsafe_b64decode(padded.encode()))
        if payload["s"] != ordering.name:
            raise ProblemError(
                422,
                f"cursor: it was made for sort={payload['s']}, not sort={ordering.name}",
                slug="invalid-cursor",
            )
        last_id = payload["i"]
        if not isinstance(last_id, int) or isinstance(last_id, bool):
            raise TypeError("id")
        raw = payload["v"]
        value = None if raw is None else ordering.key.parse(raw)
        if ordering.key.column is ordering.id_column:
            value = last_id
        return value, last_id
    except ProblemError:
        raise
    except (ValueError, TypeError, KeyError, binascii.Error, orjson.JSONDecodeError) as exc:
        raise ProblemError(
            422, "cursor: not a cursor this API issued", slug="invalid-cursor"
        ) from exc


@dataclass(frozen=True)
class Projection:
    """Just the columns a list page shows, as plain rows: no ORM objects on the hot path.

    ``of(statement)`` keeps the filters (the WHERE clause) of a resource's ORM statement and
    selects ``columns`` from ``model`` joined by ``join``; the columns must include every
    sort key's attribute and ``id``.
    """

    model: type
    columns: tuple[Column, ...]
    join: Callable[[Select[Any]], Select[Any]] = lambda statement: statement

    @cached_property
    def base(self) -> Select[Any]:
        return self.join(select(*self.columns).select_from(self.model))

    def of(self, statement: Select[Any]) -> Select[Any]:
        if statement.whereclause is None:
            return self.base
        return self.base.where(statement.whereclause)


Position = tuple[Any, int] | None
# Makes the bound parameter of a page query: (name, value, type) -> SQL expression.
Bind = Callable[[str, Any, Any], ColumnElement[Any]]


def _literal(_name: str, value: Any, type_: Any) -> ColumnElement[Any]:
    return literal(value, type_)


def page_queries(
    statement: Select[Any], ordering: Ordering, position: Position, bind: Bind = _literal
) -> list[Select[Any]]:
    """The queries of one page, in order and without their LIMIT: one, or two for a nullable
    sort column (its values, then its nulls), each served by an index on (column, id).

    The position is a row-value comparison, ``(column, id) > (value, last_id)``, so a page
    deep in the keyset costs what the first does; a nullable column is read in two parts
    because "nulls last" in both directions is an order no plain index holds on both
    databases. ``bind`` makes the position's parameters ``k_value`` and ``k_id``.
    """
    column, ident = ordering.key.column, ordering.id_column
    forward = (lambda c: c.desc()) if ordering.descending else (lambda c: c.asc())

    def beyond(value: Any, last_id: int) -> ColumnElement[bool]:
        pair = tuple_(column, ident)
        mark = tuple_(bind("k_value", value, column.type), bind("k_id", last_id, ident.type))
        return pair < mark if ordering.descending else pair > mark

    def id_beyond(last_id: int) -> ColumnElement[bool]:
        mark = bind("k_id", last_id, ident.type)
        return ident < mark if ordering.descending else ident > mark

    if column is ident:
        query = statement if position is None else statement.where(id_beyond(position[1]))
        return [query.order_by(forward(ident))]
    if not ordering.key.nullable:
        query = statement if position is None else statement.where(beyond(*position))
        return [query.order_by(forward(column), forward(ident))]
    queries = []
    if position is None or position[0] is not None:
        values = statement.where(column.is_not(None))
        if position is not None:
            values = values.where(beyond(*position))
        queries.append(values.order_by(forward(column), forward(ident)))
    nulls = statement.where(column.is_(None))
    if position is not None and position[0] is None:
        nulls = nulls.where(id_beyond(position[1]))
    # Ordered by (column, id) as the values were: the same index order, no sort.
    queries.append(nulls.order_by(forward(column), forward(ident)))
    return queries


def keyset_page(
    session: Session,
    statement: Select[Any],
    *,
    ordering: Ordering,
    limit: int,
    cursor: str | None,
    plain_rows: bool = False,
) -> tuple[Sequence[Any], str | None]:
    """One page of ``statement`` and the cursor of the next page (None at the end).

    Every query here is one an index on (sort column, id) serves by seeking, on SQLite and
    PostgreSQL alike (see ``page_queries``). ``plain_rows`` for a statement of columns
    (rows, not ORM objects).
    """
    position = decode_cursor(cursor, ordering) if cursor else None
    rows: list[Any] = []
    for query in page_queries(statement, ordering, position):
        query = query.limit(limit + 1 - len(rows))
        if plain_rows:  # straight from the connection: no ORM loading for plain rows
            rows += session.connection().execute(query).all()
        else:
            rows += session.scalars(query).all()
        if len(rows) > limit:
            break
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    return rows, encode_cursor(ordering, getattr(last, ordering.key.attribute), last.id)


# Pages as plain SQL, compiled once per shape -----------------------------------------------


@dataclass(frozen=True)
class Filter:
    """One filter of a list: its condition, given the value's bound parameter, and how a
    value from the request is put in the form the column holds (case, whitespace)."""

    condition: Callable[[Any], ColumnElement[bool]]
    normalize: Callable[[Any], Any] = lambda value: value
    indexed: bool = True  # False: no index finds its rows, so a page of it may scan


def given(values: dict[str, Any]) -> dict[str, Any]:
    """The filter values a request sets: None and the empty string set none."""
    return {name: value for name, value in values.items() if value is not None and value != ""}


def conditions(filters: dict[str, Filter], values: dict[str, Any]) -> list[ColumnElement[bool]]:
    """The WHERE conditions for ``values``, each value bound in its normalized form."""
    return [
        filters[name].condition(bindparam(f"f_{name}", filters[name].normalize(value), unique=True))
        for name, value in given(values).items()
    ]


@dataclass(frozen=True)
class CompiledQuery:
    sql: str
    names: tuple[str, ...] | None  # the parameters in order (positional styles), else None
    fixed: dict[str, Any]  # parameters the statement itself sets (e.g. SQLite's OFFSET 0)

    def bind(self, params: dict[str, Any], limit: int) -> dict[str, Any] | list[Any]:
        """The statement's parameters in its driver's style, ``limit`` rows at most."""
        bound = {**self.fixed, **params, "k_limit": limit}
        return bound if self.names is None else [bound[name] for name in self.names]


@dataclass(frozen=True)
class CompiledPage:
    """A list page of one shape as SQL for one database: which filters are set, the sort,
    and the kind of position (first page, after a value, after a null). Built and compiled
    once; each request only binds its values, so no statement is built per request."""

    queries: tuple[CompiledQuery, ...]
    sort_index: int  # where the sort key and the id are in a row, for the next cursor
    id_index: int
    # The same queries with the data version as a last column (PostgreSQL): the page and the
    # version it is tagged with in one round trip, read in one snapshot.
    versioned: tuple[CompiledQuery, ...] = ()

    def fetch(
        self,
        cursor: Any,
        params: dict[str, Any],
        *,
        limit: int,
        iso_dates: bool,
    ) -> list[Any]:
        """Up to ``limit + 1`` rows, by a DBAPI cursor; ``iso_dates`` binds dates as text."""
        if iso_dates:
            params = {k: v.isoformat() if isinstance(v, date) else v for k, v in params.items()}
        rows: list[Any] = []
        for query in self.queries:
            cursor.execute(query.sql, query.bind(params, limit + 1 - len(rows)))
            rows += cursor.fetchall()
            if len(rows) > limit:
                break
        return rows

    async def fetch_async(self, cursor: Any, params: dict[str, Any], *, limit: int) -> list[Any]:
        """``fetch`` by an async DBAPI cursor (psycopg's ``AsyncCursor``)."""
        rows: list[Any] = []
        for query in self.queries:
            await cursor.execute(query.sql, query.bind(params, limit + 1 - len(rows)))
            rows += await cursor.fetchall()
            if len(rows) > limit:
                break
        return rows

    async def fetch_versioned_async(
        self, cursor: Any, params: dict[str, Any], *, limit: int
    ) -> tuple[int, list[Any]] | None:
        """``fetch_async`` by the ``versioned`` queries: the data version of the first
        statement that found rows (the page is at least as new as it), and the rows without
        it. None when the page is empty (no row carried a version) or there is no versioned
        form: the caller reads the version first, then the page, as without one."""
        version: int | None = None
        rows: list[Any] = []
        for query in self.versioned:
            await cursor.execute(query.sql, query.bind(params, limit + 1 - len(rows)))
            found = await cursor.fetchall()
            if found and version is None:
                version = found[0][-1] or 0
            rows += [row[:-1] for row in found]
            if len(rows) > limit:
                break
        return None if version is None else (version, rows)


def compile_page(
    projection: Projection,
    filters: dict[str, Filter],
    names: tuple[str, ...],
    ordering: Ordering,
    position_kind: str,
    dialect: Any,
    version: ColumnElement[Any] | None = None,
) -> CompiledPage | None:
    """The CompiledPage of a shape; None when the SQL needs rendering per execution.

    With ``version`` (a scalar subquery of the data version), each query also has a
    ``versioned`` form that selects it as a last column."""
    statement = projection.base.where(
        *(filters[name].condition(bindparam(f"f_{name}")) for name in names)
    )
    position: Position = {"first": None, "value": (0, 0), "null": (None, 0)}[position_kind]
    ours = {"k_limit", "k_value", "k_id", *(f"f_{name}" for name in names)}

    def compiled_query(query: Select[Any]) -> CompiledQuery | None:
        compiled = query.limit(bindparam("k_limit")).compile(dialect=dialect)
        sql = str(compiled)
        if "POSTCOMPILE" in sql:
            return None
        names_in_order = tuple(compiled.positiontup or ()) if compiled.positional else None
        fixed = {
            name: bind.effective_value
            for bind, name in compiled.bind_names.items()
            if name not in ours
        }
        return CompiledQuery(sql, names_in_order, fixed)

    queries: list[CompiledQuery] = []
    versioned: list[CompiledQuery] = []
    for query in page_queries(
        statement,
        ordering,
        position,
        lambda name, _value, type_: bindparam(name, type_=type_),
    ):
        plain = compiled_query(query)
        if plain is None:
            return None
        queries.append(plain)
        tagged = compiled_query(query.add_columns(version)) if version is not None else None
        if tagged is not None:
            versioned.append(tagged)
    labels = [column.key for column in projection.columns]
    return CompiledPage(
        tuple(queries),
        sort_index=labels.index(ordering.key.attribute),
        id_index=labels.index("id"),
        versioned=tuple(versioned) if len(versioned) == len(queries) else (),
    )


@dataclass(frozen=True, eq=False)
class Listing:
    """A list whose JSON pages read plain rows: its projection, filters and sorts, and its
    pages compiled per shape and database (a handful of shapes in practice: bounded)."""

    rows: Projection
    filters: dict[str, Filter]
    sorts: dict[str, SortKey]
    # The data version as a scalar subquery: PostgreSQL pages read it with their rows.
    version: ColumnElement[Any] | None = None
    _compiled: dict[tuple[Any, ...], CompiledPage | None] = field(default_factory=dict)

    def seeks(self, values: dict[str, Any]) -> bool:
        """Whether an index finds the rows of every filter ``values`` set (no scan)."""
        return all(self.filters[name].indexed for name in given(values))

    def page(
        self, names: tuple[str, ...], ordering: Ordering, position: Position, dialect: Any
    ) -> CompiledPage | None:
        kind = "first" if position is None else ("null" if position[0] is None else "value")
        key = (names, ordering.name, kind, dialect.name)
        try:
            return self._compiled[key]
        except KeyError:
            version = self.version if dialect.name == "postgresql" else None
            compiled = compile_page(
                self.rows, self.filters, names, ordering, kind, dialect, version
            )
            if len(self._compiled) < 4096:
                self._compiled[key] = compiled
            return compiled
