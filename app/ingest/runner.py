"""Load files and folders: each file read, parsed and stored on its own; a summary at the end."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.ingest.errors import RejectedFiling
from app.ingest.load import store_filing
from app.ingest.pipeline import read_filing
from app.observability import count_loaded

log = logging.getLogger("sixk.load")


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and files under folders named (recursively, sorted, hidden ones skipped)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    yield child
        else:
            yield path


def load_files(
    engine: Engine,
    files: Iterable[Path],
    *,
    max_bytes: int,
    on_file: Callable[[Path, str], None] | None = None,
) -> LoadReport:
    """Load every file; a bad one is reported and the next one goes on."""
    report = LoadReport()
    for path in files:
        name = str(path)
        outcome: str
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise RejectedFiling(f"file is {size} bytes, over the {max_bytes}-byte limit")
            filing = read_filing(path.read_bytes(), source_name=path.name, max_bytes=max_bytes)
            outcome, _ = store_filing(engine, filing)
        except RejectedFiling as exc:
            report.rejected.append((name, exc.reason))
            outcome = "rejected"
        except OSError as exc:
            report.rejected.append((name, f"cannot read: {exc.strerror or exc}"))
            outcome = "rejected"
        except SQLAlchemyError as exc:
            report.rejected.append((name, f"database refused it: {type(exc).__name__}"))
            outcome = "rejected"
        except Exception as exc:  # a parser bug must not stop the other files from loading
            log.exception("unexpected error while loading %s", name)
            report.rejected.append((name, f"unexpected {type(exc).__name__}: {exc}"))
            outcome = "rejected"
        else:
            (report.loaded if outcome == "loaded" else report.skipped).append(name)
        count_loaded(outcome)
        if on_file:
            on_file(path, outcome)
    return report
