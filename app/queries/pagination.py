"""Keyset pagination, written once: whitelisted sorts, opaque cursors, no OFFSET scans."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, TypeVar

import orjson
from sqlalchemy import ColumnElement, Select, and_, or_
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


def keyset_page(
    session: Session,
    statement: Select[Any],
    *,
    ordering: Ordering,
    limit: int,
    cursor: str | None,
) -> tuple[Sequence[Any], str | None]:
    """One page of ``statement`` and the cursor of the next page (None at the end)."""
    if cursor:
        value, last_id = decode_cursor(cursor, ordering)
        statement = statement.where(ordering.after(value, last_id))
    statement = statement.order_by(*ordering.order_by()).limit(limit + 1)
    rows = session.scalars(statement).all()
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    return rows, encode_cursor(ordering, getattr(last, ordering.key.attribute), last.id)
