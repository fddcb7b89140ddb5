"""Frames: one value per operator for one period, the latest within it (like XBRL frames)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased, joinedload

from app.models import Metric

PERIOD = re.compile(r"^(?P<year>\d{4})(?:-(?:Q(?P<quarter>[1-4])|(?P<month>0[1-9]|1[0-2])))?$")


def period_bounds(period: str) -> tuple[date, date]:
    """ "2003" → the year, "2003-Q2" → April-June, "2003-06" → June; ValueError otherwise."""
    match = PERIOD.match(period.strip())
    if not match:
        raise ValueError("period must be YYYY, YYYY-Qn or YYYY-MM")
    year = int(match["year"])
    if match["quarter"]:
        first = 3 * (int(match["quarter"]) - 1) + 1
        return date(year, first, 1), date(year, first + 2, monthrange(year, first + 2)[1])
    if match["month"]:
        month = int(match["month"])
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    return date(year, 1, 1), date(year, 12, 31)


def frame(
    session: Session, *, name: str, start: date, end: date, segment: str | None = None
) -> list[Metric]:
    """The latest figure of ``name`` per operator observed within [start, end]."""
    ranked: Select[Any] = select(
        Metric.id,
        func.row_number()
        .over(
            partition_by=Metric.operator_id,
            order_by=(Metric.observed_on.desc(), Metric.id.desc()),
        )
        .label("rank"),
    ).where(
        Metric.name == name,
        Metric.observed_on >= start,
        Metric.observed_on <= end,
        Metric.segment.is_(None) if segment is None else Metric.segment == segment,
    )
    latest = ranked.subquery()
    chosen = aliased(Metric)
    statement = (
        select(chosen)
        .join(latest, latest.c.id == chosen.id)
        .where(latest.c.rank == 1)
        .options(joinedload(chosen.operator))
        .order_by(chosen.value.desc(), chosen.id)
    )
    return list(session.scalars(statement))
