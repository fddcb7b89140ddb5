"""Releases: the list item, and the full view with everything read from it."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from app.schemas.common import OperatorRef, Schema, Source
from app.schemas.contact import ContactOut
from app.schemas.metric import MetricOut


class ReleaseOut(Schema):
    id: int
    filing_id: int
    reference: str | None = Field(examples=["PR0412"])
    title: str | None = Field(examples=["NORDLINK MOBILE PASSES ONE MILLION CUSTOMERS"])
    released_on: date | None


class QuoteOut(Schema):
    speaker: str = Field(examples=["Anna Berg"])
    role: str | None = Field(examples=["Chief Executive Officer of Nordlink Mobile"])
    text: str
    source: Source


class ReleaseDetail(ReleaseOut):
    body: str
    notes: str | None
    operators: list[OperatorRef]
    metrics: list[MetricOut]
    contacts: list[ContactOut]
    quotes: list[QuoteOut]
