"""Alliances of operators and their members over time."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from app.schemas.common import OperatorRef, Schema, Source


class MemberOut(Schema):
    operator: OperatorRef
    country: str | None = Field(examples=["ES"])
    as_of: date | None = Field(description="The date of the release that states the membership")
    release_id: int
    source: Source


class AllianceOut(Schema):
    slug: str = Field(examples=["starmap-mobile-alliance"])
    name: str = Field(examples=["Starmap Mobile Alliance"])
    aliases: list[str]
    members: list[MemberOut]
