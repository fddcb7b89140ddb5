"""The `sixk` command as a user runs it: exit codes, summary, idempotence."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import seed_paths


def sixk(*args: str, database: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_load_reports_and_exits_by_outcome(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in seed_paths():
        shutil.copy(seed, folder / seed.name)

    first = sixk("load", str(folder), database=database)
    assert first.returncode == 0, first.stderr
    assert "loaded 4, skipped 0 (already loaded), rejected 0" in first.stdout

    again = sixk("load", str(folder), database=database)
    assert again.returncode == 0
    assert "loaded 0, skipped 4" in again.stdout

    (folder / "junk.txt").write_text("not a filing at all\n")
    with_junk = sixk("load", str(folder), database=database)
    assert with_junk.returncode == 1
    assert f"rejected {folder / 'junk.txt'}:" in with_junk.stdout


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    assert sixk("load", database=database).returncode == 2
    assert sixk("load", str(tmp_path / "missing"), database=database).returncode == 2
    assert sixk("no-such-command", database=database).returncode == 2


def test_db_upgrade_creates_the_schema(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    result = sixk("db", "upgrade", database=database)
    assert result.returncode == 0, result.stderr
    assert database.exists()
