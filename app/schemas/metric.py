"""Metrics: one figure, its subject, its date and the span it was read from."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from app.schemas.common import OperatorRef, Schema, Source


class MetricOut(Schema):
    id: int
    operator: OperatorRef
    name: str = Field(examples=["customers"])
    value: float = Field(description="Fully scaled: 7.5 million is 7500000", examples=[7500000])
    unit: str = Field(examples=["count"], description="count, percent or an ISO 4217 code")
    qualifier: str = Field(examples=["more_than"])
    as_of: date | None
    period: str | None = Field(examples=["year ended 31 March 2003"])
    segment: str | None = Field(examples=["mobile"])
    release_id: int
    filing_id: int
    source: Source
