"""Filings as clients see them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field

from app.schemas.common import Schema


class Signatory(Schema):
    name: str | None = Field(examples=["Robert Harwood"])
    title: str | None = Field(examples=["Assistant Secretary"])


class FilingOut(Schema):
    id: int
    form_type: str = Field(examples=["6-K"])
    registrant: str | None = Field(examples=["mmO2 plc"])
    registrant_address: str | None = Field(
        examples=["Wellington Street, Slough, Berkshire SL1 1YP, England"]
    )
    report_date: date | None
    annual_report_form: Literal["20-F", "40-F"] | None
    rule_12g3_2b: bool | None = Field(description="The 12g3-2(b) check mark: Yes → true")
    enclosure: str | None
    signed_by: Signatory
    signed_on: date | None
    sha256: str = Field(description="SHA-256 of the file as received, hex")
    source_name: str = Field(description="The file name it was loaded from")
    accession_number: str | None = Field(description="From an EDGAR header, else null")
    loaded_at: datetime
    release_ids: list[int]
