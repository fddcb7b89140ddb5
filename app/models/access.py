"""Who may write: API keys (stored only as hashes) and the audit trail of every write."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import NAME, Base, IdColumn, created_at_column


class ApiKey(IdColumn, Base):
    __tablename__ = "api_key"

    name: Mapped[str] = mapped_column(NAME, unique=True)
    # The key's public lookup part; the secret is never stored, only its SHA-256.
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = created_at_column()
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AuditEvent(IdColumn, Base):
    __tablename__ = "audit_event"

    at: Mapped[datetime] = created_at_column()
    key_name: Mapped[str] = mapped_column(NAME, index=True)
    action: Mapped[str] = mapped_column(String(40))
    filing_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(Text)
