"""The loader on both databases: whole filings, idempotent, bad files reported and skipped."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from app import models
from app.ingest.load import delete_filing
from app.ingest.runner import iter_files, load_files
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
    assert len(first.loaded) == 4 and not first.rejected
    after_first = counts(engine)
    second = load_files(engine, seed_paths(), max_bytes=MAX)
    assert second.loaded == [] and len(second.skipped) == 4
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
    assert len(report.loaded) == 2
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
