"""Keyset pagination, written once: whitelisted sorts, opaque cursors, no OFFSET scans."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cached_property
from typing import Any, TypeVar

import orjson
from sqlalchemy import ColumnElement, Select, and_, literal, or_, select, tuple_
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
    PostgreSQL alike, so a page deep in the keyset costs what the first does: the position
    is a row-value comparison, ``(column, id) > (value, last_id)``, and a nullable sort
    column is read in two parts — its values, then its nulls (which sort last) — because
    "nulls last" in both directions is an order no plain index holds on both databases.
    ``plain_rows`` for a statement of columns (rows, not ORM objects).
    """
    position = decode_cursor(cursor, ordering) if cursor else None
    column, ident = ordering.key.column, ordering.id_column
    forward = (lambda c: c.desc()) if ordering.descending else (lambda c: c.asc())

    def fetch(query: Select[Any], count: int) -> Sequence[Any]:
        query = query.limit(count)
        if plain_rows:  # straight from the connection: no ORM loading for plain rows
            return session.connection().execute(query).all()
        return session.scalars(query).all()

    def beyond(value: Any, last_id: int) -> ColumnElement[bool]:
        pair, mark = tuple_(column, ident), tuple_(literal(value, column.type), last_id)
        return pair < mark if ordering.descending else pair > mark

    def id_beyond(last_id: int) -> ColumnElement[bool]:
        return ident < last_id if ordering.descending else ident > last_id

    if column is ident:
        query = statement if position is None else statement.where(id_beyond(position[1]))
        rows = fetch(query.order_by(forward(ident)), limit + 1)
    elif not ordering.key.nullable:
        query = statement if position is None else statement.where(beyond(*position))
        rows = fetch(query.order_by(forward(column), forward(ident)), limit + 1)
    else:
        rows = []
        if position is None or position[0] is not None:
            values = statement.where(column.is_not(None))
            if position is not None:
                values = values.where(beyond(*position))
            rows = list(fetch(values.order_by(forward(column), forward(ident)), limit + 1))
        if len(rows) <= limit:
            nulls = statement.where(column.is_(None))
            if position is not None and position[0] is None:
                nulls = nulls.where(id_beyond(position[1]))
            # Ordered by (column, id) as the values were: the same index order, no sort.
            order = (forward(column), forward(ident))
            rows += fetch(nulls.order_by(*order), limit + 1 - len(rows))
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    return rows, encode_cursor(ordering, getattr(last, ordering.key.attribute), last.id)
