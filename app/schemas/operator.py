"""Operators and groups: one row per real company."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from app.schemas.common import OperatorRef, Schema, Source


class OperatorOut(Schema):
    slug: str = Field(examples=["amena"])
    name: str = Field(examples=["Amena"])
    kind: str = Field(examples=["mobile_operator"], description="mobile_operator, group or other")
    country: str | None = Field(examples=["ES"], description="ISO 3166-1 alpha-2")
    aliases: list[str]
    parent: str | None = Field(examples=["auna"], description="The parent operator's slug")
    website: str | None


class StakeOut(Schema):
    owner: OperatorRef
    owned: OperatorRef
    percent: float | None = Field(examples=[50.1])
    as_of: date | None
    release_id: int
    source: Source


class OperatorDetail(OperatorOut):
    owners: list[StakeOut] = Field(description="Stakes others hold in this operator")
    holdings: list[StakeOut] = Field(description="Stakes this operator holds in others")
    release_ids: list[int] = Field(description="Releases that name this operator")
