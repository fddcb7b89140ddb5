"""The loader on both databases: whole filings, idempotent, bad files reported and skipped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from app import models
from app.db import make_engine
from app.ingest import records
from app.ingest.load import FilingWriter, delete_filing
from app.ingest.runner import iter_files, load_files
from app.migrate import upgrade
from app.synth import generate
from tests.conftest import FIXTURES, seed_paths

MAX = 10 * 1024 * 1024
TABLES = [
    models.Filing,
    models.Release,
    models.Operator,
    models.OperatorAlias,
    models.Mention,
    models.Metric,
    models.Contact,
    models.Quote,
    models.Alliance,
    models.Membership,
    models.Stake,
]


def counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in TABLES
        }


def test_loading_twice_changes_nothing(engine: Engine) -> None:
    first = load_files(engine, seed_paths(), max_bytes=MAX)
    assert first.loaded == 4 and not first.rejected
    after_first = counts(engine)
    second = load_files(engine, seed_paths(), max_bytes=MAX)
    assert second.loaded == 0 and second.skipped == 4
    assert counts(engine) == after_first
    assert after_first["metric"] >= 30
    assert after_first["operator"] >= 10


def test_a_bad_file_among_good_ones_is_named_and_the_rest_load(
    engine: Engine, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "incoming"
    tmp_path.mkdir()
    for seed in seed_paths()[:2]:
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "notes.txt").write_text("Shopping list: milk, eggs.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 8)
    report = load_files(engine, iter_files([tmp_path]), max_bytes=MAX)
    assert report.loaded == 2
    rejected = dict(report.rejected)
    assert set(rejected) == {
        str(tmp_path / "notes.txt"),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "binary.bin"),
    }
    assert all(reason for reason in rejected.values())
    assert report.exit_code == 1
    assert counts(engine)["filing"] == 2


def test_an_8k_submission_is_rejected_as_not_a_6k(engine: Engine) -> None:
    eight_k = sorted((FIXTURES / "real").glob("*8k-not-6k*"))
    assert len(eight_k) == 3
    report = load_files(engine, eight_k, max_bytes=MAX)
    assert len(report.rejected) == len(eight_k)
    assert all("6-K" in reason for _, reason in report.rejected)
    assert counts(engine)["filing"] == 0


def test_a_file_over_the_limit_is_rejected(engine: Engine) -> None:
    report = load_files(engine, seed_paths()[:1], max_bytes=100)
    assert report.rejected and "limit" in report.rejected[0][1]
    assert counts(engine)["filing"] == 0


def test_deleting_a_filing_removes_everything_extracted_from_it(engine: Engine) -> None:
    load_files(engine, seed_paths(), max_bytes=MAX)
    before = counts(engine)
    with Session(engine) as session, session.begin():
        filing_id = session.scalar(select(models.Filing.id).order_by(models.Filing.id))
        assert filing_id is not None
        assert delete_filing(session, filing_id)
    after = counts(engine)
    assert after["filing"] == before["filing"] - 1
    assert after["release"] < before["release"]
    assert after["metric"] < before["metric"]
    with engine.connect() as conn:
        orphans = conn.execute(
            text("SELECT count(*) FROM metric WHERE release_id NOT IN (SELECT id FROM release)")
        ).scalar()
    assert orphans == 0


def test_operators_are_shared_across_filings(engine: Engine) -> None:
    load_files(engine, seed_paths(), max_bytes=MAX)
    with Session(engine) as session:
        slugs = session.scalars(select(models.Operator.slug)).all()
    assert len(slugs) == len(set(slugs))


def _facts(engine: Engine) -> list[tuple[str, ...]]:
    """What was extracted, by content rather than by id: metrics and mentions per filing."""
    with engine.connect() as conn:
        metrics = conn.execute(
            text(
                "SELECT f.sha256, o.slug, m.name, m.value, m.unit, m.source_start, m.source_end "
                "FROM metric m JOIN filing f ON f.id = m.filing_id "
                "JOIN operator o ON o.id = m.operator_id"
            )
        ).all()
        mentions = conn.execute(
            text(
                "SELECT f.sha256, o.slug, x.source_start FROM mention x "
                "JOIN release r ON r.id = x.release_id JOIN filing f ON f.id = r.filing_id "
                "JOIN operator o ON o.id = x.operator_id"
            )
        ).all()
    return sorted(tuple(map(str, row)) for row in [*metrics, *mentions])


def _corpus(folder: Path, count: int) -> list[Path]:
    generate(count, folder, seed=3)
    return [*seed_paths(), *sorted(folder.iterdir())]


def test_a_filing_the_database_refuses_mid_batch_is_rejected_alone(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _corpus(tmp_path / "corpus", 6)
    victim = files[3].name
    store = FilingWriter._store

    def refuse_one(self: FilingWriter, conn: Connection, filing: records.Filing) -> object:
        outcome = store(self, conn, filing)  # its rows are written, then the filing fails
        if filing.document.source_name == victim:
            raise IntegrityError("INSERT", {}, Exception("refused"))
        return outcome

    monkeypatch.setattr(FilingWriter, "_store", refuse_one)
    report = load_files(engine, files, max_bytes=MAX, batch_size=len(files))
    assert report.rejected == [(str(files[3]), "database refused it: IntegrityError")]
    assert report.loaded == len(files) - 1
    stored = counts(engine)
    assert stored["filing"] == len(files) - 1

    monkeypatch.setattr(FilingWriter, "_store", store)
    seen: list[tuple[Path, str]] = []
    again = load_files(engine, files, max_bytes=MAX, on_file=lambda *done: seen.append(done))
    assert again.loaded == 1 and again.skipped == len(files) - 1
    assert [path for path, outcome in seen if outcome == "loaded"] == [files[3]]
    with engine.connect() as conn:
        orphans = conn.execute(
            text("SELECT count(*) FROM release WHERE filing_id NOT IN (SELECT id FROM filing)")
        ).scalar()
    assert orphans == 0


def test_a_batch_that_fails_to_commit_is_stored_filing_by_filing(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _corpus(tmp_path / "corpus", 4)
    commit = FilingWriter.commit
    failures = iter([True])

    def fail_once(self: FilingWriter) -> None:
        if self.in_batch and next(failures, False):
            self.rollback()
            raise OperationalError("COMMIT", {}, Exception("database is locked"))
        commit(self)

    monkeypatch.setattr(FilingWriter, "commit", fail_once)
    seen: list[tuple[Path, str]] = []
    report = load_files(
        engine,
        files,
        max_bytes=MAX,
        batch_size=len(files),
        on_file=lambda *done: seen.append(done),
    )
    assert report.loaded == len(files) and not report.rejected
    assert counts(engine)["filing"] == len(files)
    assert seen == [(path, "loaded") for path in files]


def test_two_workers_load_what_one_loads(engine: Engine, tmp_path: Path) -> None:
    files = _corpus(tmp_path / "corpus", 12)
    seen: list[tuple[Path, str]] = []
    parallel = load_files(
        engine, files, max_bytes=MAX, workers=2, batch_size=5, on_file=lambda *d: seen.append(d)
    )
    assert parallel.loaded == len(files)
    assert seen == [(path, "loaded") for path in files]  # reported in the order given
    together = counts(engine), _facts(engine)

    single = make_engine(f"sqlite:///{tmp_path / 'single.sqlite3'}")
    upgrade(single)
    load_files(single, files, max_bytes=MAX, workers=1)
    assert (counts(single), _facts(single)) == together
    single.dispose()


def test_a_rerun_skips_stored_files_without_parsing_them(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _corpus(tmp_path / "corpus", 3)
    load_files(engine, files, max_bytes=MAX)
    before = counts(engine)

    def no_parsing(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a stored file was parsed again")

    monkeypatch.setattr("app.ingest.runner.read_filing", no_parsing)
    seen: list[tuple[Path, str]] = []
    report = load_files(engine, files, max_bytes=MAX, on_file=lambda *done: seen.append(done))
    assert report.skipped == len(files) and not report.rejected
    assert seen == [(path, "skipped") for path in files]
    assert counts(engine) == before
