"""Search answers are cached per data version; two databases at the same version never share."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import make_engine
from app.ingest.runner import load_files
from app.migrate import upgrade
from app.queries.search import search_releases
from tests.conftest import seed_paths

MAX = 10 * 1024 * 1024


def test_two_databases_at_one_version_get_their_own_answers(tmp_path: Path) -> None:
    seeds = seed_paths()
    with_mms = make_engine(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    without_mms = make_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    answers = []
    for engine, paths in ((with_mms, seeds), (without_mms, seeds[:1])):
        upgrade(engine)
        load_files(engine, paths, max_bytes=MAX)
        with engine.begin() as connection:  # the same version in both databases
            connection.execute(text("UPDATE data_version SET version = 7 WHERE id = 1"))
        with Session(engine) as session:
            answers.append(search_releases(session, "interconnect", limit=10, data_version=7))
        engine.dispose()
    assert answers[0], "the database holding the MMS release finds it"
    assert answers[1] == []
