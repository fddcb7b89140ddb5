"""Press contacts named in releases."""

from __future__ import annotations

from pydantic import Field

from app.schemas.common import Schema, Source


class ContactOut(Schema):
    id: int
    name: str = Field(examples=["David Nicholas"])
    title: str | None = Field(examples=["Head of Media Relations"])
    organization: str | None = Field(examples=["mmO2"])
    email: str | None = Field(description="The first e-mail address given")
    emails: list[str]
    phones: list[str] = Field(examples=[["+44 (0) 771 575 9176"]])
    release_id: int
    source: Source
