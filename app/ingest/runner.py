"""Load files and folders: each file read, hashed, parsed and stored whole or not at all; many
filings share a transaction (one SAVEPOINT each), parsing runs in worker processes; a summary
at the end."""

from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.ingest import records
from app.ingest.catalog import default_catalog
from app.ingest.errors import RejectedFiling
from app.ingest.load import FilingWriter, is_transient, writer
from app.ingest.pipeline import read_filing
from app.observability import count_loaded

log = logging.getLogger("sixk.load")

# Filings per transaction, and the longest a batch stays open: commits are cheap per filing
# when shared, and a crash or a second loader never waits long for the next one.
BATCH_SIZE = 16
BATCH_SECONDS = 0.5
# Files hashed (and looked up) together: one query answers which are stored already.
HASH_CHUNK = 64
# Files in flight per worker process: enough to keep them busy, few enough to keep memory flat.
IN_FLIGHT_PER_WORKER = 4


@dataclass
class LoadReport:
    """What a load did: how many files it loaded and skipped (stored already), and each file
    it rejected with why. The names of loaded and skipped files are not kept, so a corpus of
    any size costs the same memory; ``on_file`` sees every file and its outcome in order."""

    loaded: int = 0
    skipped: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0


@dataclass
class _Item:
    """One file on its way: bytes and hash, then a parsed filing or why it was rejected."""

    path: Path
    data: bytes | None = None
    sha256: str | None = None
    filing: records.Filing | None = None
    outcome: str | None = None  # "loaded", "skipped" or "rejected"
    reason: str = ""


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and files under folders named: recursively, in sorted order, hidden ones
    skipped. A folder is listed when the walk reaches it, so a corpus of any size costs the
    names of one folder at a time, not a path for every file."""
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    """The files under ``folder`` in the order of sorted full paths: each folder's entries by
    name, a subfolder's files where its name sorts (links to folders are not followed).

    A folder's sorted names are kept as one string while its files are handed out: a flat
    folder of 100,000 filings costs about 2.6 MB so, where (name, kind) pairs held 12."""
    folders: set[str] = set()
    names: list[str] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if not entry.name.startswith("."):
                names.append(entry.name)
                if entry.is_dir(follow_symlinks=False):
                    folders.add(entry.name)
    names.sort()
    listing = "\0".join(names)  # no file name holds a NUL
    del names
    start = 0
    while start < len(listing):
        end = listing.find("\0", start)
        end = len(listing) if end == -1 else end
        name, start = listing[start:end], end + 1
        path = folder / name
        if name in folders:
            yield from _walk(path)
        elif path.is_file():
            yield path


def load_files(
    engine: Engine,
    files: Iterable[Path],
    *,
    max_bytes: int,
    on_file: Callable[[Path, str], None] | None = None,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
) -> LoadReport:
    """Load every file; a bad one is reported and the next one goes on.

    A file whose content hash is stored already is skipped before it is parsed. ``workers``
    processes parse (1: this one; they end with it, even when it is killed); this process
    alone writes, ``batch_size`` filings per transaction.
    """
    report = LoadReport()
    # What is loaded by now (modules, the catalog, compiled patterns) outlives the load: the
    # collector need not walk it again for every few filings read, and forked workers share
    # its pages instead of copying them as the collector touches them.
    default_catalog()
    gc.freeze()
    try:
        with writer(engine) as filing_writer:
            batch = _Batcher(filing_writer, report, on_file, batch_size=batch_size)
            items = _known(_read(files, max_bytes=max_bytes), filing_writer)
            for item in _parsed(items, max_bytes=max_bytes, workers=workers):
                batch.add(item)
            batch.flush()
    finally:
        gc.unfreeze()
    return report


def _read(files: Iterable[Path], *, max_bytes: int) -> Iterator[_Item]:
    for path in files:
        item = _Item(path)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise RejectedFiling(f"file is {size} bytes, over the {max_bytes}-byte limit")
            item.data = path.read_bytes()
            item.sha256 = hashlib.sha256(item.data).hexdigest()
        except RejectedFiling as exc:
            item.outcome, item.reason = "rejected", exc.reason
        except OSError as exc:
            item.outcome, item.reason = "rejected", f"cannot read: {exc.strerror or exc}"
        yield item


def _known(items: Iterator[_Item], filing_writer: FilingWriter) -> Iterator[_Item]:
    """Mark files already stored (by content hash) as skipped, a chunk per query."""
    while chunk := list(islice(items, HASH_CHUNK)):
        hashes = [item.sha256 for item in chunk if item.sha256 and item.outcome is None]
        stored = filing_writer.known(hashes)
        for item in chunk:
            if item.sha256 in stored and item.outcome is None:
                item.outcome, item.data = "skipped", None
            yield item


def _parse(data: bytes, source_name: str, max_bytes: int) -> tuple[records.Filing | None, str]:
    """A filing, or why not: runs in a worker process, so it returns what it would raise."""
    try:
        return read_filing(data, source_name=source_name, max_bytes=max_bytes), ""
    except RejectedFiling as exc:
        return None, exc.reason
    except Exception as exc:  # a parser bug must not stop the other files from loading
        log.exception("unexpected error while loading %s", source_name)
        return None, f"unexpected {type(exc).__name__}: {exc}"


def _settle(item: _Item, result: tuple[records.Filing | None, str]) -> _Item:
    item.data = None
    item.filing, item.reason = result
    if item.filing is None:
        item.outcome = "rejected"
    return item


def _parsed(items: Iterator[_Item], *, max_bytes: int, workers: int) -> Iterator[_Item]:
    """Items in their order, parsed here or by ``workers`` processes with bounded work queued."""
    if workers <= 1:
        for item in items:
            if item.outcome is None and item.data is not None:
                _settle(item, _parse(item.data, item.path.name, max_bytes))
            yield item
        return
    # Forked workers start warm (modules and catalog loaded) and are this process's children,
    # so they can tell when it is gone.
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )
    window: deque[tuple[_Item, Future[tuple[records.Filing | None, str]] | None]] = deque()
    try:
        for item in items:
            future = None
            if item.outcome is None and item.data is not None:
                future = pool.submit(_parse, item.data, item.path.name, max_bytes)
                item.data = None
            window.append((item, future))
            while len(window) > workers * IN_FLIGHT_PER_WORKER:
                yield _collect(*window.popleft())
        while window:
            yield _collect(*window.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start_worker(loader_pid: int) -> None:
    default_catalog()
    gc.freeze()
    threading.Thread(target=_exit_with, args=(loader_pid,), daemon=True).start()


def _exit_with(loader_pid: int) -> None:
    """End this worker once the loader is gone (killed): nothing else would ever stop it."""
    while os.getppid() == loader_pid:
        time.sleep(0.5)
    os._exit(1)


def _collect(item: _Item, future: Future[tuple[records.Filing | None, str]] | None) -> _Item:
    if future is None:
        return item
    try:
        return _settle(item, future.result())
    except Exception as exc:  # a worker that died (killed, out of memory)
        return _settle(item, (None, f"unexpected {type(exc).__name__}: {exc}"))


class _Batcher:
    """Stores parsed filings a batch at a time and reports every file in its order."""

    def __init__(
        self,
        filing_writer: FilingWriter,
        report: LoadReport,
        on_file: Callable[[Path, str], None] | None,
        *,
        batch_size: int,
    ) -> None:
        self._writer = filing_writer
        self._report = report
        self._on_file = on_file
        self._batch_size = max(1, batch_size)
        self._pending: list[_Item] = []
        self._stored = 0
        self._opened = time.monotonic()

    def add(self, item: _Item) -> None:
        self._pending.append(item)
        if item.filing is not None:
            if not self._writer.in_batch:
                self._opened = time.monotonic()
            try:
                item.outcome, _ = self._writer.add(item.filing)
                self._stored += 1
            except SQLAlchemyError as exc:
                if is_transient(exc):
                    self._replay()
                    return
                item.outcome, item.reason = "rejected", _refused(exc)
            except Exception as exc:  # a loader bug must not stop the other files either
                item.outcome, item.reason = "rejected", _unexpected(item, exc)
        if (
            self._stored >= self._batch_size
            or len(self._pending) >= 4 * self._batch_size
            or time.monotonic() - self._opened >= BATCH_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        """Commit the open batch (or, if that fails, store its filings one by one); report."""
        try:
            self._writer.commit()
        except SQLAlchemyError:
            self._replay()
            return
        self._report_pending()

    def _replay(self) -> None:
        """The batch failed as a whole: roll it back and store each filing in its own."""
        self._writer.rollback()
        for item in self._pending:
            if item.filing is None or item.outcome == "rejected":
                continue
            try:
                item.outcome, _ = self._writer.add(item.filing)
                self._writer.commit()
            except SQLAlchemyError as exc:
                self._writer.rollback()
                item.outcome, item.reason = "rejected", _refused(exc)
            except Exception as exc:
                self._writer.rollback()
                item.outcome, item.reason = "rejected", _unexpected(item, exc)
        self._report_pending()

    def _report_pending(self) -> None:
        for item in self._pending:
            outcome = item.outcome or "rejected"
            if outcome == "loaded":
                self._report.loaded += 1
            elif outcome == "skipped":
                self._report.skipped += 1
            else:
                self._report.rejected.append((str(item.path), item.reason))
            item.filing = None
            count_loaded(outcome)
            if self._on_file:
                self._on_file(item.path, outcome)
        self._pending = []
        self._stored = 0


def _refused(error: SQLAlchemyError) -> str:
    return f"database refused it: {type(error).__name__}"


def _unexpected(item: _Item, error: Exception) -> str:
    log.exception("unexpected error while loading %s", item.path)
    return f"unexpected {type(error).__name__}: {error}"
