"""Parsing speed, single process: ms per filing and filings per second for ``read_filing``.

    python bench/parse_speed.py [CORPUS ...] [--repeat N] [--dump FILE] [--profile FILE]

CORPUS defaults to 300 synthetic filings (``sixk synth --count 300``) in the temporary folder,
written on first use. ``--dump`` writes every
record (or rejection) as text, one per file, for a byte-for-byte comparison before and after a
change: also parses the seeds (data/filings) and the test fixtures (tests/fixtures/eval/**/*.txt,
tests/fixtures/real/*). ``--profile`` writes cProfile stats of one timed pass. Times are CPU
seconds (the median of ``--repeat`` passes), so that other work on a shared machine counts less.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.ingest.catalog import default_catalog  # noqa: E402
from app.ingest.errors import RejectedFiling  # noqa: E402
from app.ingest.pipeline import read_filing  # noqa: E402

MAX_BYTES = 10**8
DEFAULT_CORPUS = Path(tempfile.gettempdir()) / "sixk-parse-300"


def corpus(paths: list[Path]) -> list[tuple[str, bytes]]:
    files: list[Path] = []
    for path in paths:
        files += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return [(str(f), f.read_bytes()) for f in files]


def golden_files(paths: list[Path]) -> list[Path]:
    files = [p for path in paths for p in sorted(path.iterdir()) if p.is_file()]
    files += sorted((ROOT / "data" / "filings").iterdir())
    files += sorted((ROOT / "tests" / "fixtures" / "eval").rglob("*.txt"))
    files += sorted(p for p in (ROOT / "tests" / "fixtures" / "real").iterdir() if p.is_file())
    return files


def dump(paths: list[Path], out: Path) -> None:
    """Every record as its repr, labelled by file (paths relative to the repo when inside it)."""
    with out.open("w", encoding="utf-8") as stream:
        for path in golden_files(paths):
            label = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
            try:
                data = path.read_bytes()
                result = repr(read_filing(data, source_name=path.name, max_bytes=MAX_BYTES))
            except RejectedFiling as error:
                result = f"RejectedFiling({error})"
            stream.write(f"=== {label}\n{result}\n")


def timed(filings: list[tuple[str, bytes]]) -> float:
    """CPU seconds of one pass: on a shared machine, wall time mostly measures the neighbours."""
    started = time.process_time()
    for name, data in filings:
        with contextlib.suppress(RejectedFiling):
            read_filing(data, source_name=Path(name).name, max_bytes=MAX_BYTES)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    if args.corpus == [DEFAULT_CORPUS] and not DEFAULT_CORPUS.is_dir():
        from app.synth import generate

        generate(300, DEFAULT_CORPUS, seed=0)
    if args.dump:
        dump(args.corpus, args.dump)
        return
    filings = corpus(args.corpus)
    default_catalog()
    timed(filings[:20])  # warm caches and imports
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(timed, filings)
        profiler.dump_stats(args.profile)
    runs = sorted(timed(filings) for _ in range(args.repeat))
    per = runs[len(runs) // 2] / len(filings)
    print(f"{len(filings)} filings: {per * 1000:.2f} ms/filing, {1 / per:.0f} filings/s (CPU)")


if __name__ == "__main__":
    main()
