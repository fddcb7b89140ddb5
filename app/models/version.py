"""The data version: one counter bumped by every load and delete, so caches know what changed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.base import Base, utcnow


class DataVersion(Base):
    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def bump(session: Session) -> None:
    """Mark the data changed, inside the caller's transaction."""
    session.execute(
        update(DataVersion)
        .where(DataVersion.id == 1)
        .values(version=DataVersion.version + 1, changed_at=utcnow())
    )


def current(session: Session) -> int:
    return session.scalar(select(DataVersion.version).where(DataVersion.id == 1)) or 0
