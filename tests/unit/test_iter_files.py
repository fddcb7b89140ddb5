"""The loader's file listing: sorted full paths, hidden entries skipped, one folder at a time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.ingest.runner import iter_files


def _tree(root: Path) -> None:
    for name in ("b/y.txt", "a/sub/x.txt", "a-b.txt", "a/.hidden.txt", ".git/config", "c.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x")


def test_files_come_in_the_order_of_their_sorted_paths_without_hidden_ones(
    tmp_path: Path,
) -> None:
    _tree(tmp_path)
    single = tmp_path / "c.txt"
    assert list(iter_files([tmp_path, single])) == [
        tmp_path / "a" / "sub" / "x.txt",  # a folder's files where its name sorts
        tmp_path / "a-b.txt",
        tmp_path / "b" / "y.txt",
        tmp_path / "c.txt",
        single,  # a file named is given as it is
    ]


def test_a_folder_is_listed_only_when_the_walk_reaches_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path)
    listed: list[str] = []
    scandir = os.scandir

    def recording(path: os.PathLike[str]) -> object:
        listed.append(Path(path).name)
        return scandir(path)

    monkeypatch.setattr(os, "scandir", recording)
    files = iter_files([tmp_path])
    assert next(files) == tmp_path / "a" / "sub" / "x.txt"
    assert listed == [tmp_path.name, "a", "sub"]  # "b" is not read before its turn
    assert len(list(files)) == 3
    assert listed == [tmp_path.name, "a", "sub", "b"]
