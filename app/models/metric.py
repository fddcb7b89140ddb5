"""Figures read from releases: one row per number, with its exact source span."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, IdColumn, SpanColumns

if TYPE_CHECKING:
    from app.models.operator import Operator


class Metric(IdColumn, SpanColumns, Base):
    __tablename__ = "metric"

    release_id: Mapped[int] = mapped_column(ForeignKey("release.id", ondelete="CASCADE"))
    filing_id: Mapped[int] = mapped_column(ForeignKey("filing.id", ondelete="CASCADE"), index=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(60))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20))
    qualifier: Mapped[str] = mapped_column(String(20))
    as_of: Mapped[date | None] = mapped_column(Date)
    period: Mapped[str | None] = mapped_column(Text)
    segment: Mapped[str | None] = mapped_column(String(60))
    # The date a time series orders by: as_of when the text gives one, else the release date.
    observed_on: Mapped[date | None] = mapped_column(Date)

    operator: Mapped[Operator] = relationship(lazy="raise_on_sql")

    __table_args__ = (
        Index(None, "release_id", "operator_id", "name", "source_start", unique=True),
        Index(None, "name", "id"),
        Index(None, "operator_id", "observed_on", "id"),
        Index(None, "observed_on", "id"),
        Index(None, "value", "id"),
    )
