"""Filters → SQL for every resource: one statement builder and a sort whitelist each."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.models import (
    Alliance,
    AllianceAlias,
    Contact,
    DataVersion,
    Filing,
    Membership,
    Mention,
    Metric,
    Operator,
    OperatorAlias,
    Release,
    Stake,
)
from app.queries.pagination import (
    Column,
    Filter,
    Listing,
    Projection,
    SortKey,
    conditions,
    parse_date,
)


def _lower_equals(column: Column, value: str) -> ColumnElement[bool]:
    return func.lower(column) == value.strip().lower()


def _operator_id(slug: str) -> Select[Any]:
    return select(Operator.id).where(Operator.slug == slug.strip().lower())


# --- filings -------------------------------------------------------------------------------

FILING_SORTS = {
    "id": SortKey(Filing.id, "id", int),
    "report_date": SortKey(Filing.report_date, "report_date", parse_date, nullable=True),
}


def filings(
    *,
    registrant: str | None = None,
    form_type: str | None = None,
    accession_number: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Select[Any]:
    statement = select(Filing).options(selectinload(Filing.releases).load_only(Release.id))
    if registrant:
        statement = statement.where(_lower_equals(Filing.registrant, registrant))
    if form_type:
        statement = statement.where(Filing.form_type == form_type.strip().upper())
    if accession_number:
        statement = statement.where(Filing.accession_number == accession_number.strip())
    if since:
        statement = statement.where(Filing.report_date >= since)
    if until:
        statement = statement.where(Filing.report_date <= until)
    return statement


# --- releases ------------------------------------------------------------------------------

RELEASE_SORTS = {
    "id": SortKey(Release.id, "id", int),
    "released_on": SortKey(Release.released_on, "released_on", parse_date, nullable=True),
}


def _lower(value: str) -> str:
    return value.strip().lower()


def _upper(value: str) -> str:
    return value.strip().upper()


def _contains(value: str) -> str:
    return f"%{value.strip().lower()}%"


RELEASE_FILTERS = {
    "filing_id": Filter(lambda value: Release.filing_id == value),
    "operator": Filter(
        lambda slug: exists().where(
            Mention.release_id == Release.id,
            Mention.operator_id.in_(
                select(Operator.id).where(Operator.slug == slug).scalar_subquery()
            ),
        ),
        _lower,
    ),
    "reference": Filter(
        lambda value: func.lower(Release.reference) == value, _lower, indexed=False
    ),
    "text": Filter(
        lambda pattern: or_(
            func.lower(Release.title).like(pattern), func.lower(Release.body).like(pattern)
        ),
        _contains,
        indexed=False,
    ),
    "since": Filter(lambda day: Release.released_on >= day),
    "until": Filter(lambda day: Release.released_on <= day),
}


def releases(
    *,
    filing_id: int | None = None,
    operator: str | None = None,
    reference: str | None = None,
    text: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Select[Any]:
    values = {
        "filing_id": filing_id,
        "operator": operator,
        "reference": reference,
        "text": text,
        "since": since,
        "until": until,
    }
    return select(Release).where(*conditions(RELEASE_FILTERS, values))


# A list page of releases: the item's columns only (never the body).
RELEASE_ROWS = Projection(
    Release,
    (Release.id, Release.filing_id, Release.reference, Release.title, Release.released_on),
)


def release_detail(session: Session, release_id: int) -> Release | None:
    statement = (
        select(Release)
        .where(Release.id == release_id)
        .options(
            selectinload(Release.quotes),
            selectinload(Release.contacts),
            selectinload(Release.metrics).joinedload(Metric.operator),
        )
    )
    return session.scalars(statement).first()


def release_operators(session: Session, release_id: int) -> list[Operator]:
    first_seen = (
        select(Mention.operator_id, func.min(Mention.source_start).label("first"))
        .where(Mention.release_id == release_id)
        .group_by(Mention.operator_id)
        .subquery()
    )
    statement = (
        select(Operator)
        .join(first_seen, first_seen.c.operator_id == Operator.id)
        .order_by(first_seen.c.first)
    )
    return list(session.scalars(statement))


# --- operators -----------------------------------------------------------------------------

OPERATOR_SORTS = {
    "id": SortKey(Operator.id, "id", int),
    "name": SortKey(Operator.name, "name", str),
    "slug": SortKey(Operator.slug, "slug", str),
    "country": SortKey(Operator.country, "country", str, nullable=True),
}


def operators(
    *,
    country: str | None = None,
    kind: str | None = None,
    alliance: str | None = None,
    name: str | None = None,
    parent: str | None = None,
) -> Select[Any]:
    statement = select(Operator)
    if country:
        statement = statement.where(Operator.country == country.strip().upper())
    if kind:
        statement = statement.where(Operator.kind == kind)
    if parent:
        statement = statement.where(Operator.parent_slug == parent.strip().lower())
    if alliance:
        members = (
            select(Membership.operator_id)
            .join(Alliance, Alliance.id == Membership.alliance_id)
            .where(Alliance.slug == alliance.strip().lower())
        )
        statement = statement.where(Operator.id.in_(members))
    if name:
        aliased = select(OperatorAlias.operator_id).where(_lower_equals(OperatorAlias.alias, name))
        statement = statement.where(
            or_(_lower_equals(Operator.name, name), Operator.id.in_(aliased))
        )
    return statement


def operator_by_slug(session: Session, slug: str) -> Operator | None:
    return session.scalars(select(Operator).where(Operator.slug == slug.lower())).first()


def operator_stakes(session: Session, operator_id: int) -> tuple[list[Stake], list[Stake]]:
    base = select(Stake).options(joinedload(Stake.owner), joinedload(Stake.owned))
    owners = session.scalars(
        base.where(Stake.owned_id == operator_id).order_by(Stake.as_of, Stake.id)
    ).all()
    holdings = session.scalars(
        base.where(Stake.owner_id == operator_id).order_by(Stake.as_of, Stake.id)
    ).all()
    return list(owners), list(holdings)


def operator_release_ids(session: Session, operator_id: int) -> list[int]:
    statement = (
        select(Mention.release_id)
        .where(Mention.operator_id == operator_id)
        .distinct()
        .order_by(Mention.release_id)
    )
    return list(session.scalars(statement))


# --- metrics -------------------------------------------------------------------------------

METRIC_SORTS = {
    "id": SortKey(Metric.id, "id", int),
    "value": SortKey(Metric.value, "value", float),
    "as_of": SortKey(Metric.observed_on, "observed_on", parse_date, nullable=True),
}


METRIC_FILTERS = {
    "operator": Filter(
        lambda slug: Metric.operator_id.in_(select(Operator.id).where(Operator.slug == slug)),
        _lower,
    ),
    "country": Filter(
        lambda code: Metric.operator_id.in_(select(Operator.id).where(Operator.country == code)),
        _upper,
    ),
    "name": Filter(lambda value: Metric.name == value, _lower),
    "unit": Filter(lambda value: func.lower(Metric.unit) == value, _lower, indexed=False),
    "qualifier": Filter(lambda value: Metric.qualifier == value, indexed=False),
    "segment": Filter(lambda value: func.lower(Metric.segment) == value, _lower, indexed=False),
    "release_id": Filter(lambda value: Metric.release_id == value),
    "filing_id": Filter(lambda value: Metric.filing_id == value),
    "since": Filter(lambda day: Metric.observed_on >= day),
    "until": Filter(lambda day: Metric.observed_on <= day),
    "value_min": Filter(lambda value: Metric.value >= value),
    "value_max": Filter(lambda value: Metric.value <= value),
}


def metrics(
    *,
    operator: str | None = None,
    country: str | None = None,
    name: str | None = None,
    unit: str | None = None,
    qualifier: str | None = None,
    segment: str | None = None,
    release_id: int | None = None,
    filing_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
    value_min: float | None = None,
    value_max: float | None = None,
) -> Select[Any]:
    values = {
        "operator": operator,
        "country": country,
        "name": name,
        "unit": unit,
        "qualifier": qualifier,
        "segment": segment,
        "release_id": release_id,
        "filing_id": filing_id,
        "since": since,
        "until": until,
        "value_min": value_min,
        "value_max": value_max,
    }
    statement = select(Metric).options(joinedload(Metric.operator))
    return statement.where(*conditions(METRIC_FILTERS, values))


# A list page of metrics: the item's columns, the operator joined, and every sort key.
METRIC_ROWS = Projection(
    Metric,
    (
        Metric.id,
        Operator.slug.label("operator_slug"),
        Operator.name.label("operator_name"),
        Metric.name,
        Metric.value,
        Metric.unit,
        Metric.qualifier,
        Metric.as_of,
        Metric.period,
        Metric.segment,
        Metric.release_id,
        Metric.filing_id,
        Metric.source_start,
        Metric.source_end,
        Metric.source_text,
        Metric.observed_on,
    ),
    lambda statement: statement.join(Operator, Operator.id == Metric.operator_id),
)


# --- contacts ------------------------------------------------------------------------------

CONTACT_SORTS = {
    "id": SortKey(Contact.id, "id", int),
    "name": SortKey(Contact.name, "name", str),
}


def contacts(
    *,
    organization: str | None = None,
    name: str | None = None,
    release_id: int | None = None,
) -> Select[Any]:
    statement = select(Contact)
    if organization:
        statement = statement.where(_lower_equals(Contact.organization, organization))
    if name:
        statement = statement.where(_lower_equals(Contact.name, name))
    if release_id is not None:
        statement = statement.where(Contact.release_id == release_id)
    return statement


# --- alliances -----------------------------------------------------------------------------

ALLIANCE_SORTS = {
    "id": SortKey(Alliance.id, "id", int),
    "name": SortKey(Alliance.name, "name", str),
    "slug": SortKey(Alliance.slug, "slug", str),
}


def alliances(*, name: str | None = None, operator: str | None = None) -> Select[Any]:
    statement = select(Alliance).options(
        selectinload(Alliance.memberships).joinedload(Membership.operator)
    )
    if name:
        aliased = select(AllianceAlias.alliance_id).where(_lower_equals(AllianceAlias.alias, name))
        statement = statement.where(
            or_(_lower_equals(Alliance.name, name), Alliance.id.in_(aliased))
        )
    if operator:
        members = select(Membership.alliance_id).where(
            Membership.operator_id.in_(_operator_id(operator))
        )
        statement = statement.where(Alliance.id.in_(members))
    return statement


def alliance_by_slug(session: Session, slug: str) -> Alliance | None:
    statement = alliances().where(Alliance.slug == slug.lower())
    return session.scalars(statement).first()


# The data version a page is tagged with (its ETag), read by PostgreSQL pages with their rows.
DATA_VERSION = (
    select(DataVersion.version).where(DataVersion.id == 1).scalar_subquery().label("data_version")
)

# The lists whose JSON pages run as SQL compiled once per shape (app.api.responses).
METRIC_LISTING = Listing(METRIC_ROWS, METRIC_FILTERS, METRIC_SORTS, DATA_VERSION)
RELEASE_LISTING = Listing(RELEASE_ROWS, RELEASE_FILTERS, RELEASE_SORTS, DATA_VERSION)
