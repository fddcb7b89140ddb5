"""Filings, their releases, and what the parser reads straight off a release."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import NAME, Base, IdColumn, SpanColumns, created_at_column

if TYPE_CHECKING:
    from app.models.metric import Metric


class Filing(IdColumn, Base):
    __tablename__ = "filing"

    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_name: Mapped[str] = mapped_column(String(500))
    accession_number: Mapped[str | None] = mapped_column(String(40), index=True)
    form_type: Mapped[str] = mapped_column(String(20))
    registrant: Mapped[str | None] = mapped_column(NAME, index=True)
    registrant_address: Mapped[str | None] = mapped_column(Text)
    report_date: Mapped[date | None] = mapped_column(Date)
    annual_report_form: Mapped[str | None] = mapped_column(String(10))
    rule_12g3_2b: Mapped[bool | None] = mapped_column(Boolean)
    enclosure: Mapped[str | None] = mapped_column(Text)
    signed_by_name: Mapped[str | None] = mapped_column(NAME)
    signed_by_title: Mapped[str | None] = mapped_column(NAME)
    signed_on: Mapped[date | None] = mapped_column(Date)
    raw_text: Mapped[str] = mapped_column(Text, deferred=True)
    loaded_at: Mapped[datetime] = created_at_column()

    releases: Mapped[list[Release]] = relationship(
        back_populates="filing",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Release.position",
    )

    __table_args__ = (Index(None, "report_date", "id"),)


class Release(IdColumn, Base):
    __tablename__ = "release"

    filing_id: Mapped[int] = mapped_column(ForeignKey("filing.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str | None] = mapped_column(String(60), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    released_on: Mapped[date | None] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text)
    body_start: Mapped[int] = mapped_column(Integer)
    body_end: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    filing: Mapped[Filing] = relationship(back_populates="releases")
    quotes: Mapped[list[Quote]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Quote.source_start"
    )
    contacts: Mapped[list[Contact]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Contact.source_start"
    )
    metrics: Mapped[list[Metric]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Metric.source_start"
    )

    __table_args__ = (
        Index(None, "filing_id", "position", unique=True),
        Index(None, "released_on", "id"),
        Index(None, "title", "id"),
    )


class Quote(IdColumn, SpanColumns, Base):
    __tablename__ = "quote"

    release_id: Mapped[int] = mapped_column(
        ForeignKey("release.id", ondelete="CASCADE"), index=True
    )
    speaker: Mapped[str] = mapped_column(NAME)
    role: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class Contact(IdColumn, SpanColumns, Base):
    __tablename__ = "contact"

    release_id: Mapped[int] = mapped_column(
        ForeignKey("release.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(NAME)
    title: Mapped[str | None] = mapped_column(Text)
    organization: Mapped[str | None] = mapped_column(NAME)
    emails: Mapped[list[Any]] = mapped_column(JSON, default=list)
    phones: Mapped[list[Any]] = mapped_column(JSON, default=list)

    __table_args__ = (Index(None, "name", "id"), Index(None, "organization", "id"))
