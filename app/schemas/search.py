"""Full-text search hits."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from app.schemas.common import Schema


class ReleaseRef(Schema):
    id: int
    reference: str | None
    title: str | None
    released_on: date | None


class SearchHit(Schema):
    release: ReleaseRef
    rank: float = Field(description="Relevance; higher is better")
    snippet: str = Field(
        examples=["O2 today announced multimedia messaging (MMS) <mark>interconnect</mark>"]
    )
