"""Write a Filing record to the database: one transaction per filing, idempotent by hash."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app import models
from app.ingest import records
from app.models import version

Outcome = Literal["loaded", "skipped"]


def _upsert(session: Session, table: Any) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def store_filing(engine: Engine, filing: records.Filing) -> tuple[Outcome, int]:
    """Load ``filing`` whole or not at all; a filing already stored (same hash) is skipped."""
    with Session(engine) as session, session.begin():
        existing = session.scalar(
            select(models.Filing.id).where(models.Filing.sha256 == filing.document.sha256)
        )
        if existing is not None:
            return "skipped", existing
        filing_id = _insert_filing(session, filing)
        if filing_id is None:  # another loader stored the same file a moment ago
            existing = session.scalar(
                select(models.Filing.id).where(models.Filing.sha256 == filing.document.sha256)
            )
            return "skipped", int(existing or 0)
        operator_ids = _upsert_operators(session, _all_operators(filing))
        alliance_ids = _upsert_alliances(session, _all_alliances(filing))
        for position, release in enumerate(filing.releases):
            _insert_release(
                session,
                filing=filing,
                filing_id=filing_id,
                position=position,
                release=release,
                operator_ids=operator_ids,
                alliance_ids=alliance_ids,
            )
        version.bump(session)
        return "loaded", filing_id


def delete_filing(session: Session, filing_id: int) -> bool:
    """Remove a filing and everything extracted from it (the foreign keys cascade)."""
    filing = session.get(models.Filing, filing_id)
    if filing is None:
        return False
    session.delete(filing)
    session.flush()
    version.bump(session)
    return True


def _insert_filing(session: Session, filing: records.Filing) -> int | None:
    cover, document = filing.cover, filing.document
    statement = (
        _upsert(session, models.Filing)
        .values(
            sha256=document.sha256,
            source_name=document.source_name,
            accession_number=document.accession_number,
            form_type=cover.form_type,
            registrant=cover.registrant,
            registrant_address=cover.registrant_address,
            report_date=cover.report_date,
            annual_report_form=cover.annual_report_form,
            rule_12g3_2b=cover.rule_12g3_2b,
            enclosure=cover.enclosure,
            signed_by_name=cover.signed_by.name,
            signed_by_title=cover.signed_by.title,
            signed_on=cover.signed_on,
            raw_text=document.text,
            loaded_at=models.base.utcnow(),
        )
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(models.Filing.id)
    )
    return session.scalar(statement)


def _all_operators(filing: records.Filing) -> list[records.Operator]:
    found: dict[str, records.Operator] = {}
    if filing.registrant is not None:
        found[filing.registrant.slug] = filing.registrant
    for release in filing.releases:
        for operator in release.extraction.operators:
            found.setdefault(operator.slug, operator)
    return list(found.values())


def _all_alliances(filing: records.Filing) -> list[records.Alliance]:
    found: dict[str, records.Alliance] = {}
    for release in filing.releases:
        for alliance in release.extraction.alliances:
            found.setdefault(alliance.slug, alliance)
    return list(found.values())


def _upsert_operators(session: Session, operators: list[records.Operator]) -> dict[str, int]:
    """Insert operators not yet known; fill in what an earlier, thinner row lacked."""
    if not operators:
        return {}
    table = models.Operator.__table__
    for operator in sorted(operators, key=lambda o: o.slug):  # a fixed order avoids deadlocks
        statement = _upsert(session, models.Operator).values(
            slug=operator.slug,
            name=operator.name,
            kind=operator.kind,
            country=operator.country,
            parent_slug=operator.parent,
            website=operator.website,
        )
        excluded = statement.excluded
        statement = statement.on_conflict_do_update(
            index_elements=["slug"],
            set_={
                "country": func.coalesce(table.c.country, excluded.country),
                "parent_slug": func.coalesce(table.c.parent_slug, excluded.parent_slug),
                "website": func.coalesce(table.c.website, excluded.website),
            },
        )
        session.execute(statement)
    slugs = [operator.slug for operator in operators]
    # Result objects have .keys(), which dict() would take for a mapping: build it by hand.
    ids = {
        slug: id_
        for slug, id_ in session.execute(
            select(models.Operator.slug, models.Operator.id).where(models.Operator.slug.in_(slugs))
        )
    }
    alias_rows = [
        {"operator_id": ids[operator.slug], "alias": alias}
        for operator in operators
        for alias in _unique(operator.aliases)
    ]
    if alias_rows:
        session.execute(
            _upsert(session, models.OperatorAlias).on_conflict_do_nothing(
                index_elements=["operator_id", "alias"]
            ),
            alias_rows,
        )
    return ids


def _upsert_alliances(session: Session, alliances: list[records.Alliance]) -> dict[str, int]:
    if not alliances:
        return {}
    for alliance in sorted(alliances, key=lambda a: a.slug):
        session.execute(
            _upsert(session, models.Alliance)
            .values(slug=alliance.slug, name=alliance.name)
            .on_conflict_do_nothing(index_elements=["slug"])
        )
    slugs = [alliance.slug for alliance in alliances]
    ids = {
        slug: id_
        for slug, id_ in session.execute(
            select(models.Alliance.slug, models.Alliance.id).where(models.Alliance.slug.in_(slugs))
        )
    }
    alias_rows = [
        {"alliance_id": ids[alliance.slug], "alias": alias}
        for alliance in alliances
        for alias in _unique(alliance.aliases)
    ]
    if alias_rows:
        session.execute(
            _upsert(session, models.AllianceAlias).on_conflict_do_nothing(
                index_elements=["alliance_id", "alias"]
            ),
            alias_rows,
        )
    return ids


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))


def _span(span: records.Span) -> dict[str, Any]:
    return {"source_start": span.start, "source_end": span.end, "source_text": span.text}


def _insert_release(
    session: Session,
    *,
    filing: records.Filing,
    filing_id: int,
    position: int,
    release: records.Release,
    operator_ids: dict[str, int],
    alliance_ids: dict[str, int],
) -> None:
    parsed, found = release.parsed, release.extraction
    release_id = session.scalar(
        insert(models.Release)
        .values(
            filing_id=filing_id,
            position=position,
            reference=parsed.reference,
            title=parsed.title,
            released_on=parsed.released_on,
            body=parsed.body.text,
            body_start=parsed.body.start,
            body_end=parsed.body.end,
            notes=parsed.notes.text if parsed.notes else None,
        )
        .returning(models.Release.id)
    )
    dated = parsed.released_on or filing.cover.report_date
    rows: list[tuple[Any, list[dict[str, Any]]]] = [
        (
            models.Quote,
            [
                {"release_id": release_id, "speaker": q.speaker, "role": q.role, "text": q.text}
                | _span(q.span)
                for q in parsed.quotes
            ],
        ),
        (
            models.Contact,
            [
                {
                    "release_id": release_id,
                    "name": c.name,
                    "title": c.title,
                    "organization": c.organization,
                    "emails": list(c.emails),
                    "phones": list(c.phones),
                }
                | _span(c.span)
                for c in parsed.contacts
            ],
        ),
        (
            models.Mention,
            _dedupe(
                [
                    {"release_id": release_id, "operator_id": operator_ids[m.operator]}
                    | _span(m.span)
                    for m in found.mentions
                    if m.operator in operator_ids
                ],
                ("operator_id", "source_start"),
            ),
        ),
        (
            models.Metric,
            _dedupe(
                [
                    {
                        "release_id": release_id,
                        "filing_id": filing_id,
                        "operator_id": operator_ids[m.operator],
                        "name": m.name,
                        "value": float(m.value),
                        "unit": m.unit,
                        "qualifier": m.qualifier,
                        "as_of": m.as_of,
                        "period": m.period,
                        "segment": m.segment,
                        "observed_on": m.as_of or dated,
                    }
                    | _span(m.span)
                    for m in found.metrics
                    if m.operator in operator_ids
                ],
                ("operator_id", "name", "source_start"),
            ),
        ),
        (
            models.Membership,
            _dedupe(
                [
                    {
                        "release_id": release_id,
                        "alliance_id": alliance_ids[m.alliance],
                        "operator_id": operator_ids[m.operator],
                        "country": m.country,
                        "as_of": m.as_of or dated,
                    }
                    | _span(m.span)
                    for m in found.memberships
                    if m.alliance in alliance_ids and m.operator in operator_ids
                ],
                ("alliance_id", "operator_id"),
            ),
        ),
        (
            models.Stake,
            [
                {
                    "release_id": release_id,
                    "owner_id": operator_ids[s.owner],
                    "owned_id": operator_ids[s.owned],
                    "percent": float(s.percent) if s.percent is not None else None,
                    "as_of": s.as_of or dated,
                }
                | _span(s.span)
                for s in found.stakes
                if s.owner in operator_ids and s.owned in operator_ids
            ],
        ),
    ]
    for model, values in rows:
        if values:
            session.execute(insert(model), values)


def _dedupe(rows: list[dict[str, Any]], key: tuple[str, ...]) -> list[dict[str, Any]]:
    """Keep the first row per natural key, so a unique index never rejects a whole filing."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        seen.setdefault(tuple(row[k] for k in key), row)
    return list(seen.values())
