"""Rows → response schemas: the one place table columns meet API field names."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from app import models
from app.schemas.alliance import AllianceOut, MemberOut
from app.schemas.common import OperatorRef, Source
from app.schemas.contact import ContactOut
from app.schemas.filing import FilingOut, Signatory
from app.schemas.metric import MetricOut
from app.schemas.operator import OperatorOut, StakeOut
from app.schemas.release import QuoteOut, ReleaseOut


def source(row: models.base.SpanColumns) -> Source:
    return Source(start=row.source_start, end=row.source_end, text=row.source_text)


def operator_ref(row: models.Operator) -> OperatorRef:
    return OperatorRef(slug=row.slug, name=row.name)


def filing(row: models.Filing) -> FilingOut:
    return FilingOut(
        id=row.id,
        form_type=row.form_type,
        registrant=row.registrant,
        registrant_address=row.registrant_address,
        report_date=row.report_date,
        annual_report_form=row.annual_report_form,
        rule_12g3_2b=row.rule_12g3_2b,
        enclosure=row.enclosure,
        signed_by=Signatory(name=row.signed_by_name, title=row.signed_by_title),
        signed_on=row.signed_on,
        sha256=row.sha256,
        source_name=row.source_name,
        accession_number=row.accession_number,
        # SQLite hands back naive datetimes; they were written in UTC.
        loaded_at=row.loaded_at if row.loaded_at.tzinfo else row.loaded_at.replace(tzinfo=UTC),
        release_ids=[release.id for release in row.releases],
    )


def release(row: models.Release) -> ReleaseOut:
    return ReleaseOut(
        id=row.id,
        filing_id=row.filing_id,
        reference=row.reference,
        title=row.title,
        released_on=row.released_on,
    )


def release_item(row: Any) -> dict[str, Any]:
    """A row of ``resources.RELEASE_ROWS`` (a Row or a plain tuple, its columns in that
    order) as the list item (the fields of ReleaseOut)."""
    id_, filing_id, reference, title, released_on = row
    return {
        "id": id_,
        "filing_id": filing_id,
        "reference": reference,
        "title": title,
        "released_on": released_on,
    }


def quote(row: models.Quote) -> QuoteOut:
    return QuoteOut(speaker=row.speaker, role=row.role, text=row.text, source=source(row))


def metric(row: models.Metric) -> MetricOut:
    return MetricOut(
        id=row.id,
        operator=operator_ref(row.operator),
        name=row.name,
        value=row.value,
        unit=row.unit,
        qualifier=row.qualifier,
        as_of=row.as_of,
        period=row.period,
        segment=row.segment,
        release_id=row.release_id,
        filing_id=row.filing_id,
        source=source(row),
    )


def metric_item(row: Any) -> dict[str, Any]:
    """A row of ``resources.METRIC_ROWS`` (a Row or a plain tuple, its columns in that
    order) as the list item (the fields of MetricOut)."""
    (
        id_,
        operator_slug,
        operator_name,
        name,
        value,
        unit,
        qualifier,
        as_of,
        period,
        segment,
        release_id,
        filing_id,
        source_start,
        source_end,
        source_text,
        _observed_on,
    ) = row
    return {
        "id": id_,
        "operator": {"slug": operator_slug, "name": operator_name},
        "name": name,
        "value": float(value),
        "unit": unit,
        "qualifier": qualifier,
        "as_of": as_of,
        "period": period,
        "segment": segment,
        "release_id": release_id,
        "filing_id": filing_id,
        "source": {"start": source_start, "end": source_end, "text": source_text},
    }


def contact(row: models.Contact) -> ContactOut:
    emails = list(row.emails or [])
    return ContactOut(
        id=row.id,
        name=row.name,
        title=row.title,
        organization=row.organization,
        email=emails[0] if emails else None,
        emails=emails,
        phones=list(row.phones or []),
        release_id=row.release_id,
        source=source(row),
    )


def operator(row: models.Operator) -> OperatorOut:
    return OperatorOut(
        slug=row.slug,
        name=row.name,
        kind=row.kind,
        country=row.country,
        aliases=[alias.alias for alias in row.aliases],
        parent=row.parent_slug,
        website=row.website,
    )


def stake(row: models.Stake) -> StakeOut:
    return StakeOut(
        owner=operator_ref(row.owner),
        owned=operator_ref(row.owned),
        percent=row.percent,
        as_of=row.as_of,
        release_id=row.release_id,
        source=source(row),
    )


def alliance(row: models.Alliance) -> AllianceOut:
    return AllianceOut(
        slug=row.slug,
        name=row.name,
        aliases=[alias.alias for alias in row.aliases],
        members=[
            MemberOut(
                operator=operator_ref(member.operator),
                country=member.country,
                as_of=member.as_of,
                release_id=member.release_id,
                source=source(member),
            )
            for member in row.memberships
        ],
    )
