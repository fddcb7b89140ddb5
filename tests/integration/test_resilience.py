"""Hostile files, crashes and concurrent loaders: what one clean load leaves, and nothing else."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from app.ingest.runner import iter_files, load_files
from app.synth import generate
from tests.conftest import seed_paths
from tests.integration.test_loader import counts

MAX = 10 * 1024 * 1024


def hostile_folder(folder: Path) -> tuple[set[str], set[str]]:
    """Bad files beside good ones in unusual encodings; returns (bad names, good names)."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "random.bin").write_bytes(os.urandom(4096))
    (folder / "nul.txt").write_bytes(b"FORM 6-K\x00\x00\x00 nul bytes")
    (folder / "notes.txt").write_text("Shopping list: milk, eggs.\n")
    (folder / "junk.html").write_text("<html><body><div>junk <b>page</b></div></body></html>")
    with zipfile.ZipFile(folder / "archive.zip", "w") as archive:
        archive.writestr("filing.txt", seed_paths()[0].read_text())
    (folder / "longline.txt").write_bytes(b"A" * 30_000_000)
    seeds = [path.read_text(encoding="utf-8") for path in seed_paths()]
    (folder / "good_crlf.txt").write_bytes(seeds[0].replace("\n", "\r\n").encode())
    cp1252 = seeds[1].replace("Cindy", "Cindy Nägeli ‘Ñ’")
    (folder / "good_cp1252.txt").write_bytes(cp1252.encode("cp1252", errors="replace"))
    (folder / "good_bom.txt").write_bytes(b"\xef\xbb\xbf" + seeds[2].encode())
    bad = {"empty.txt", "random.bin", "nul.txt", "notes.txt", "junk.html", "archive.zip"}
    return bad | {"longline.txt"}, {"good_crlf.txt", "good_cp1252.txt", "good_bom.txt"}


@pytest.mark.parametrize("max_bytes", [MAX, 64 * 1024 * 1024])
def test_hostile_files_are_named_and_good_ones_load(
    engine: Engine, tmp_path: Path, max_bytes: int
) -> None:
    bad, good = hostile_folder(tmp_path / "in")
    seen: list[tuple[Path, str]] = []
    report = load_files(
        engine,
        iter_files([tmp_path / "in"]),
        max_bytes=max_bytes,
        on_file=lambda *done: seen.append(done),
    )
    assert {Path(name).name for name, _ in report.rejected} == bad
    assert all(reason.strip() for _, reason in report.rejected)
    assert {path.name for path, outcome in seen if outcome == "loaded"} == good
    assert report.loaded == len(good)
    assert report.exit_code == 1
    assert counts(engine)["filing"] == len(good)
    with engine.connect() as conn:
        texts = conn.execute(text("SELECT raw_text FROM filing")).scalars().all()
    assert all("\r" not in raw and not raw.startswith("\ufeff") for raw in texts)
    assert any("Nägeli" in raw for raw in texts)


def _sixk_load(folder: Path, url: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DATABASE_URL": url}
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "load", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _reset(engine: Engine) -> None:
    """Empty every table (a clean slate for the reference load on the same database)."""
    from app.migrate import upgrade

    if engine.dialect.name == "sqlite":
        engine.dispose()
        Path(engine.url.database or "").unlink()
        for suffix in ("-wal", "-shm"):
            Path(f"{engine.url.database}{suffix}").unlink(missing_ok=True)
    else:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    upgrade(engine)


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _children(pid: int) -> list[int]:
    """The parsing workers of a loader (Linux: /proc lists a process's children)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(child) for child in (task / "children").read_text().split()]
    return found


def _wait_gone(pids: list[int]) -> None:
    """Workers end with a killed loader rather than linger as orphans."""
    deadline = time.monotonic() + 15
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [pid for pid in alive if Path(f"/proc/{pid}").exists() and not _zombie(pid)]
    assert not alive, f"workers outlived their loader: {alive}"


def _zombie(pid: int) -> bool:
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    return True


def test_killed_twice_then_rerun_equals_a_clean_load(engine: Engine, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    generate(80, corpus, seed=7)
    for _ in range(2):
        process = _sixk_load(corpus, _url(engine))
        deadline = time.monotonic() + 60
        before = counts(engine)["filing"]
        while time.monotonic() < deadline and counts(engine)["filing"] < before + 10:
            time.sleep(0.05)
        workers = _children(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait()
        _wait_gone(workers)
    partial = counts(engine)["filing"]
    assert 0 < partial < 80, "the loader was killed part-way"
    assert _sixk_load(corpus, _url(engine)).wait(timeout=300) == 0
    after_crashes = counts(engine)

    _reset(engine)
    assert _sixk_load(corpus, _url(engine)).wait(timeout=300) == 0
    assert counts(engine) == after_crashes
    assert after_crashes["filing"] == 80


def test_two_loaders_at_once_equal_one(engine: Engine, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    generate(40, corpus, seed=11)
    first, second = _sixk_load(corpus, _url(engine)), _sixk_load(corpus, _url(engine))
    assert first.wait(timeout=300) == 0
    assert second.wait(timeout=300) == 0
    together = counts(engine)

    _reset(engine)
    assert _sixk_load(corpus, _url(engine)).wait(timeout=300) == 0
    assert counts(engine) == together
    assert together["filing"] == 40
