"""Write Filing records to the database: batches of filings per transaction, a SAVEPOINT per
filing so each is stored whole or not at all, idempotent by content hash."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app import models
from app.ingest import records
from app.models import version
from app.models.base import utcnow

Outcome = Literal["loaded", "skipped"]

# Operators and alliances whose rows this process has seen, so later filings skip the upsert.
_CACHE_SIZE = 50_000


def _upsert(dialect: str, table: Any) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT."""
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def _operator_upsert(dialect: str) -> Any:
    """Insert an operator row; a stored one keeps its facts and gains those it lacked."""
    table = models.Operator.__table__
    statement = _upsert(dialect, models.Operator)
    excluded = statement.excluded
    return statement.on_conflict_do_update(
        index_elements=["slug"],
        set_={
            "country": func.coalesce(table.c.country, excluded.country),
            "parent_slug": func.coalesce(table.c.parent_slug, excluded.parent_slug),
            "website": func.coalesce(table.c.website, excluded.website),
        },
    )


@dataclass
class _Row:
    """What the database holds for an operator or alliance: its id and the facts filled in."""

    id: int
    filled: tuple[Any, ...] = ()
    aliases: frozenset[str] = frozenset()


class _RowCache:
    """Rows known to be committed, least recently used dropped; writes stage until commit."""

    def __init__(self) -> None:
        self._committed: OrderedDict[str, _Row] = OrderedDict()
        self._staged: dict[str, _Row] = {}

    def get(self, slug: str) -> _Row | None:
        row = self._staged.get(slug)
        if row is None:
            row = self._committed.get(slug)
            if row is not None:
                self._committed.move_to_end(slug)
        return row

    def stage(self, slug: str, row: _Row) -> None:
        self._staged[slug] = row

    def savepoint(self) -> dict[str, _Row]:
        return dict(self._staged)

    def restore(self, mark: dict[str, _Row]) -> None:
        self._staged = mark

    def commit(self) -> None:
        for slug, row in self._staged.items():
            self._committed[slug] = row
            self._committed.move_to_end(slug)
        self._staged = {}
        while len(self._committed) > _CACHE_SIZE:
            self._committed.popitem(last=False)

    def discard(self) -> None:
        self._staged = {}


@dataclass
class _Batch:
    """Child rows of the filings stored so far in the open transaction, inserted at commit."""

    rows: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)
    loaded: int = 0

    def add(self, table: Any, values: list[dict[str, Any]]) -> None:
        if values:
            self.rows.setdefault(table, []).extend(values)


class FilingWriter:
    """Stores filings in batches: one transaction per batch, one SAVEPOINT per filing.

    ``add`` stores a filing inside the open batch (a database error rolls back that filing
    alone and is raised); ``commit`` ends the batch. Operator and alliance ids are cached for
    the writer's life, so a filing only upserts the operators the database does not hold yet.
    On SQLite the batch takes the write lock up front (BEGIN IMMEDIATE): a second loader waits
    for it instead of failing on a stale snapshot.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._dialect = engine.dialect.name
        self._operators = _RowCache()
        self._alliances = _RowCache()
        self._conn: Connection | None = None
        self._batch = _Batch()
        # Statements built once: building one per row costs more than executing it.
        self._filing_insert: Any = (
            _upsert(self._dialect, models.Filing)
            .on_conflict_do_nothing(index_elements=["sha256"])
            .returning(models.Filing.id)
        )
        self._release_insert: Any = insert(models.Release).returning(models.Release.id)
        self._operator_upsert = _operator_upsert(self._dialect)
        self._alliance_upsert = _upsert(self._dialect, models.Alliance).on_conflict_do_nothing(
            index_elements=["slug"]
        )

    @property
    def in_batch(self) -> bool:
        return self._conn is not None

    def known(self, hashes: Sequence[str]) -> dict[str, int]:
        """The ids of filings already stored under these content hashes."""
        if not hashes:
            return {}
        query = select(models.Filing.sha256, models.Filing.id).where(
            models.Filing.sha256.in_(list(hashes))
        )
        if self._conn is not None:
            return {sha: id_ for sha, id_ in self._conn.execute(query)}
        with self._engine.connect() as conn:
            return {sha: id_ for sha, id_ in conn.execute(query)}

    def add(self, filing: records.Filing) -> tuple[Outcome, int]:
        """Store ``filing`` in the open batch, whole or not at all; a known hash is skipped."""
        conn = self._begin()
        operators, alliances = self._operators.savepoint(), self._alliances.savepoint()
        rows = {table: len(values) for table, values in self._batch.rows.items()}
        try:
            with conn.begin_nested():
                outcome = self._store(conn, filing)
        except BaseException:
            self._operators.restore(operators)
            self._alliances.restore(alliances)
            for table, values in self._batch.rows.items():
                del values[rows.get(table, 0) :]
            raise
        if outcome[0] == "loaded":
            self._batch.loaded += 1
        return outcome

    def commit(self) -> None:
        """Insert the batch's child rows, bump the data version and commit."""
        conn = self._conn
        if conn is None:
            return
        try:
            for table, values in self._batch.rows.items():
                if values:
                    conn.execute(insert(table), values)
            if self._batch.loaded:
                conn.execute(
                    update(version.DataVersion)
                    .where(version.DataVersion.id == 1)
                    .values(version=version.DataVersion.version + 1, changed_at=utcnow())
                )
            conn.commit()
        except BaseException:
            self.rollback()
            raise
        self._operators.commit()
        self._alliances.commit()
        self._end()

    def rollback(self) -> None:
        """Drop the open batch: nothing of it stays."""
        if self._conn is None:
            return
        try:
            self._conn.rollback()
        finally:
            self._operators.discard()
            self._alliances.discard()
            self._end()

    def close(self) -> None:
        self.rollback()

    def _begin(self) -> Connection:
        if self._conn is not None:
            return self._conn
        conn = self._engine.connect()
        try:
            if self._dialect == "sqlite":
                # pysqlite would begin lazily, at the first write, and knows no savepoints:
                # begin ourselves, taking the write lock now (it waits out busy_timeout).
                raw = conn.connection.dbapi_connection
                raw.isolation_level = None  # type: ignore[union-attr]
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.begin()
        except BaseException:
            self._release(conn)
            raise
        self._conn = conn
        return conn

    def _end(self) -> None:
        conn, self._conn = self._conn, None
        self._batch = _Batch()
        if conn is not None:
            self._release(conn)

    def _release(self, conn: Connection) -> None:
        if self._dialect == "sqlite" and not conn.invalidated:
            raw = conn.connection.dbapi_connection
            if raw is not None:  # back to pysqlite's own transactions for the pool's next user
                raw.isolation_level = ""
        conn.close()

    def _store(self, conn: Connection, filing: records.Filing) -> tuple[Outcome, int]:
        filing_id = conn.scalar(self._filing_insert, _filing_row(filing))
        if filing_id is None:  # stored already, by an earlier run or another loader
            existing = conn.scalar(
                select(models.Filing.id).where(models.Filing.sha256 == filing.document.sha256)
            )
            return "skipped", int(existing or 0)
        operator_ids = self._ensure_operators(conn, _all_operators(filing))
        alliance_ids = self._ensure_alliances(conn, _all_alliances(filing))
        for position, release in enumerate(filing.releases):
            release_id = conn.scalar(
                self._release_insert, _release_row(filing_id, position, release)
            )
            for table, values in _child_rows(
                filing=filing,
                filing_id=filing_id,
                release_id=int(release_id),
                release=release,
                operator_ids=operator_ids,
                alliance_ids=alliance_ids,
            ):
                self._batch.add(table, values)
        return "loaded", int(filing_id)

    def _ensure_operators(
        self, conn: Connection, operators: list[records.Operator]
    ) -> dict[str, int]:
        """Upsert the operators not cached (or that now know more); aliases likewise."""
        todo = []
        for operator in sorted(operators, key=lambda o: o.slug):  # a fixed order avoids deadlocks
            row = self._operators.get(operator.slug)
            facts = (operator.country, operator.parent, operator.website)
            if row is None or any(
                new and not old for new, old in zip(facts, row.filled, strict=True)
            ):
                todo.append(operator)
        if todo:
            conn.execute(
                self._operator_upsert,
                [
                    {
                        "slug": operator.slug,
                        "name": operator.name,
                        "kind": operator.kind,
                        "country": operator.country,
                        "parent_slug": operator.parent,
                        "website": operator.website,
                    }
                    for operator in todo
                ],
            )
            fetched = conn.execute(
                select(
                    models.Operator.slug,
                    models.Operator.id,
                    models.Operator.country,
                    models.Operator.parent_slug,
                    models.Operator.website,
                ).where(models.Operator.slug.in_([o.slug for o in todo]))
            )
            for slug, id_, *filled in fetched:
                old = self._operators.get(slug)
                aliases = old.aliases if old is not None and old.id == id_ else frozenset()
                self._operators.stage(slug, _Row(id_, tuple(filled), aliases))
        ids: dict[str, int] = {}
        alias_rows = []
        for operator in operators:
            row = self._operators.get(operator.slug)
            assert row is not None
            ids[operator.slug] = row.id
            new = [a for a in _unique(operator.aliases) if a not in row.aliases]
            if new:
                alias_rows += [{"operator_id": row.id, "alias": alias} for alias in new]
                self._operators.stage(
                    operator.slug, _Row(row.id, row.filled, row.aliases | frozenset(new))
                )
        if alias_rows:
            conn.execute(
                _upsert(self._dialect, models.OperatorAlias).on_conflict_do_nothing(
                    index_elements=["operator_id", "alias"]
                ),
                alias_rows,
            )
        return ids

    def _ensure_alliances(
        self, conn: Connection, alliances: list[records.Alliance]
    ) -> dict[str, int]:
        todo = [
            a for a in sorted(alliances, key=lambda a: a.slug) if not self._alliances.get(a.slug)
        ]
        if todo:
            conn.execute(
                self._alliance_upsert,
                [{"slug": alliance.slug, "name": alliance.name} for alliance in todo],
            )
            fetched = conn.execute(
                select(models.Alliance.slug, models.Alliance.id).where(
                    models.Alliance.slug.in_([a.slug for a in todo])
                )
            )
            for slug, id_ in fetched:
                self._alliances.stage(slug, _Row(id_))
        ids: dict[str, int] = {}
        alias_rows = []
        for alliance in alliances:
            row = self._alliances.get(alliance.slug)
            assert row is not None
            ids[alliance.slug] = row.id
            new = [a for a in _unique(alliance.aliases) if a not in row.aliases]
            if new:
                alias_rows += [{"alliance_id": row.id, "alias": alias} for alias in new]
                self._alliances.stage(alliance.slug, _Row(row.id, (), row.aliases | frozenset(new)))
        if alias_rows:
            conn.execute(
                _upsert(self._dialect, models.AllianceAlias).on_conflict_do_nothing(
                    index_elements=["alliance_id", "alias"]
                ),
                alias_rows,
            )
        return ids


@contextmanager
def writer(engine: Engine) -> Iterator[FilingWriter]:
    """A FilingWriter whose open batch is rolled back if the caller fails."""
    filing_writer = FilingWriter(engine)
    try:
        yield filing_writer
    finally:
        filing_writer.close()


def store_filing(engine: Engine, filing: records.Filing) -> tuple[Outcome, int]:
    """Load ``filing`` whole or not at all, in its own transaction; a stored hash is skipped."""
    with writer(engine) as filing_writer:
        outcome = filing_writer.add(filing)
        filing_writer.commit()
        return outcome


def is_transient(error: BaseException) -> bool:
    """A failure of the moment (lock, deadlock, lost connection), not of the filing itself."""
    return isinstance(error, OperationalError)


def delete_filing(session: Session, filing_id: int) -> bool:
    """Remove a filing and everything extracted from it (the foreign keys cascade)."""
    filing = session.get(models.Filing, filing_id)
    if filing is None:
        return False
    session.delete(filing)
    session.flush()
    version.bump(session)
    return True


def _filing_row(filing: records.Filing) -> dict[str, Any]:
    cover, document = filing.cover, filing.document
    return {
        "sha256": document.sha256,
        "source_name": document.source_name,
        "accession_number": document.accession_number,
        **cover.columns(),
        "raw_text": document.text,
        "loaded_at": utcnow(),
    }


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


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))


def _span(span: records.Span) -> dict[str, Any]:
    return {"source_start": span.start, "source_end": span.end, "source_text": span.text}


def _release_row(filing_id: int, position: int, release: records.Release) -> dict[str, Any]:
    parsed = release.parsed
    return {
        "filing_id": filing_id,
        "position": position,
        "reference": parsed.reference,
        "title": parsed.title,
        "released_on": parsed.released_on,
        "body": parsed.body.text,
        "body_start": parsed.body.start,
        "body_end": parsed.body.end,
        "notes": parsed.notes.text if parsed.notes else None,
    }


def _child_rows(
    *,
    filing: records.Filing,
    filing_id: int,
    release_id: int,
    release: records.Release,
    operator_ids: dict[str, int],
    alliance_ids: dict[str, int],
) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Quotes, contacts, mentions, metrics, memberships and stakes of one stored release."""
    parsed, found = release.parsed, release.extraction
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
    return rows


def _dedupe(rows: list[dict[str, Any]], key: tuple[str, ...]) -> list[dict[str, Any]]:
    """Keep the first row per natural key, so a unique index never rejects a whole filing."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        seen.setdefault(tuple(row[k] for k in key), row)
    return list(seen.values())
