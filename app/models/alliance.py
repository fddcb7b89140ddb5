"""Alliances of operators and who belonged to them, as of the release that says so."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import NAME, SLUG, Base, IdColumn, SpanColumns

if TYPE_CHECKING:
    from app.models.operator import Operator


class Alliance(IdColumn, Base):
    __tablename__ = "alliance"

    slug: Mapped[str] = mapped_column(SLUG, unique=True)
    name: Mapped[str] = mapped_column(NAME, index=True)

    aliases: Mapped[list[AllianceAlias]] = relationship(
        cascade="all, delete-orphan", order_by="AllianceAlias.alias", lazy="selectin"
    )
    memberships: Mapped[list[Membership]] = relationship(
        order_by="(Membership.as_of, Membership.id)", viewonly=True
    )


class AllianceAlias(IdColumn, Base):
    __tablename__ = "alliance_alias"

    alliance_id: Mapped[int] = mapped_column(ForeignKey("alliance.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(NAME)

    __table_args__ = (Index(None, "alliance_id", "alias", unique=True),)


class Membership(IdColumn, SpanColumns, Base):
    __tablename__ = "membership"

    alliance_id: Mapped[int] = mapped_column(
        ForeignKey("alliance.id", ondelete="CASCADE"), index=True
    )
    operator_id: Mapped[int] = mapped_column(
        ForeignKey("operator.id", ondelete="CASCADE"), index=True
    )
    release_id: Mapped[int] = mapped_column(
        ForeignKey("release.id", ondelete="CASCADE"), index=True
    )
    country: Mapped[str | None] = mapped_column(String(2))
    as_of: Mapped[date | None] = mapped_column(Date)

    operator: Mapped[Operator] = relationship()

    __table_args__ = (Index(None, "alliance_id", "operator_id", "release_id", unique=True),)
