"""Operators (one row per real company, however written), their aliases, mentions and stakes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import NAME, SLUG, Base, IdColumn, SpanColumns


class Operator(IdColumn, Base):
    __tablename__ = "operator"

    slug: Mapped[str] = mapped_column(SLUG, unique=True)
    name: Mapped[str] = mapped_column(NAME)
    kind: Mapped[str] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(2))
    parent_slug: Mapped[str | None] = mapped_column(SLUG, index=True)
    website: Mapped[str | None] = mapped_column(String(300))

    aliases: Mapped[list[OperatorAlias]] = relationship(
        cascade="all, delete-orphan", order_by="OperatorAlias.alias", lazy="selectin"
    )

    __table_args__ = (
        Index(None, "name", "id"),
        Index(None, "country", "id"),
        Index(None, "kind", "id"),
    )


class OperatorAlias(IdColumn, Base):
    __tablename__ = "operator_alias"

    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(NAME)

    __table_args__ = (Index(None, "operator_id", "alias", unique=True),)


class Mention(IdColumn, SpanColumns, Base):
    __tablename__ = "mention"

    release_id: Mapped[int] = mapped_column(
        ForeignKey("release.id", ondelete="CASCADE"), index=True
    )
    operator_id: Mapped[int] = mapped_column(
        ForeignKey("operator.id", ondelete="CASCADE"), index=True
    )

    __table_args__ = (Index(None, "release_id", "operator_id", "source_start", unique=True),)


class Stake(IdColumn, SpanColumns, Base):
    __tablename__ = "stake"

    release_id: Mapped[int] = mapped_column(
        ForeignKey("release.id", ondelete="CASCADE"), index=True
    )
    owner_id: Mapped[int] = mapped_column(ForeignKey("operator.id", ondelete="CASCADE"), index=True)
    owned_id: Mapped[int] = mapped_column(ForeignKey("operator.id", ondelete="CASCADE"), index=True)
    percent: Mapped[float | None] = mapped_column(Float)
    as_of: Mapped[date | None] = mapped_column(Date)

    owner: Mapped[Operator] = relationship(foreign_keys=[owner_id])
    owned: Mapped[Operator] = relationship(foreign_keys=[owned_id])
