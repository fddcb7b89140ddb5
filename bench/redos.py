"""Catastrophic backtracking check: every parser regex against 1 MB of near-miss text.

Finds every module-level ``re.Pattern`` in ``app/ingest/*`` (and those inside the metric and
date rule tables and the operator catalog), builds for each a megabyte of text that almost
matches it — runs of its own literal words and of the characters its classes accept, with the
closing piece left out — and times ``finditer`` over it. A linear pattern takes well under a
second; a backtracking one takes minutes, so each run is cut off after ``--limit`` seconds.

    python bench/redos.py [--size BYTES] [--limit SECONDS] [--only SUBSTRING]
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import pkgutil
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import app.ingest

SLOW = 1.0  # seconds for 1 MB: above this a pattern needs fixing


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """(label, pattern) for every compiled regex the parser modules hold."""
    seen: set[int] = set()
    for info in sorted(pkgutil.iter_modules(app.ingest.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"app.ingest.{info.name}")
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern) and id(value) not in seen:
                seen.add(id(value))
                yield f"{info.name}.{name}", value
    from app.ingest.catalog import default_catalog
    from app.ingest.metric_rules import DATE_RULES, RULES

    for rule in RULES:
        for part in ("after", "before", "requires"):
            value = getattr(rule, part)
            if value is not None and id(value) not in seen:
                seen.add(id(value))
                yield f"metric_rules.RULES[{rule.name}].{part}", value
    for date_rule in DATE_RULES:
        if id(date_rule.pattern) not in seen:
            seen.add(id(date_rule.pattern))
            yield f"metric_rules.DATE_RULES[{date_rule.kind}]", date_rule.pattern
    try:
        catalog_pattern = default_catalog()._pattern
    except Exception as error:  # the catalog is another module's; report, do not stop
        print(f"(catalog pattern skipped: {error!r})", file=sys.stderr)
        return
    if isinstance(catalog_pattern, re.Pattern):
        yield "catalog.Catalog._pattern (default)", catalog_pattern


# --- near-miss text ----------------------------------------------------------------------


def _literals(parsed: Any, words: list[str], chars: set[str]) -> None:
    """Collect literal runs (as words) and single characters that classes accept."""
    run: list[str] = []

    def flush() -> None:
        if run:
            words.append("".join(run))
            run.clear()

    for op, arg in parsed:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(arg))
            continue
        flush()
        if name == "SUBPATTERN":
            _literals(arg[-1], words, chars)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _literals(arg[2], words, chars)
        elif name == "BRANCH":
            for branch in arg[1]:
                _literals(branch, words, chars)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _literals(arg[1], words, chars)
        elif name == "IN":
            for item_op, item_arg in arg:
                item = str(item_op)
                if item == "LITERAL":
                    chars.add(chr(item_arg))
                elif item == "RANGE":
                    low, high = item_arg
                    chars.update(chr(c) for c in range(low, min(high, low + 5) + 1))
                elif item == "CATEGORY":
                    chars.update(_CATEGORY_SAMPLES.get(str(item_arg), "a"))
        elif name == "CATEGORY":
            chars.update(_CATEGORY_SAMPLES.get(str(arg), "a"))
        elif name == "ANY":
            chars.update("a .")
    flush()


_CATEGORY_SAMPLES = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " \n",
    "CATEGORY_NOT_SPACE": "a1",
    "CATEGORY_WORD": "a1",
    "CATEGORY_NOT_WORD": " .",
}


def near_miss(pattern: re.Pattern[str], size: int) -> str:
    """A ``size``-character text of near misses: long runs the pattern must look into."""
    words: list[str] = []
    chars: set[str] = set()
    _literals(sre_parse.parse(pattern.pattern, pattern.flags), words, chars)
    words = [w for w in dict.fromkeys(words) if w.strip()][:200] or ["a"]
    alphabet = "".join(sorted(chars)) or "a"
    families = [
        # Every literal word, repeated with one space: the prefix of a match, again and again.
        " ".join(words) + " ",
        # The pattern's words without separators between them.
        "".join(words),
        # Each class character in a long run ("    ", "1111", "aaaa").
        *[c * 64 for c in sorted(chars)][:20],
        # Generic near misses: whitespace runs, numbers with separators, capitalised words.
        " \t" * 32,
        "1.1," * 16,
        "Aaa " * 16,
        "of the " * 8,
        alphabet * 4,
    ]
    # Each family in one contiguous block: a quadratic pattern needs a long run to show.
    block = size // len(families)
    parts = [(family * (block // max(len(family), 1) + 1))[:block] for family in families]
    text = "".join(parts)
    return (text + "x" * size)[:size]


def _time_one(label: str, size: int, queue: Any) -> None:
    pattern = dict(patterns())[label]
    text = near_miss(pattern, size)
    started = time.perf_counter()
    count = sum(1 for _ in pattern.finditer(text))
    queue.put((time.perf_counter() - started, count))


def measure(label: str, size: int, limit: float) -> tuple[float | None, int]:
    """Seconds for one pattern over ``size`` characters (None: cut off at ``limit``)."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=_time_one, args=(label, size, queue))
    process.start()
    process.join(limit)
    if process.is_alive():
        process.terminate()
        process.join()
        return None, 0
    seconds, count = queue.get()
    return seconds, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per pattern")
    parser.add_argument("--limit", type=float, default=30.0, help="seconds before a cut-off")
    parser.add_argument("--only", default="", help="patterns whose label contains this")
    args = parser.parse_args(argv)
    labels = [label for label, _ in patterns() if args.only in label]
    results: list[tuple[str, float | None, int]] = []
    for label in labels:
        seconds, count = measure(label, args.size, args.limit)
        results.append((label, seconds, count))
    width = max(len(label) for label in labels)
    print(f"{'pattern':<{width}}  {'seconds':>8}  {'matches':>8}  verdict")
    ordered = sorted(results, key=lambda r: -(r[1] if r[1] is not None else float("inf")))
    slow = 0
    for label, seconds, count in ordered:
        if seconds is None:
            shown, verdict = f">{args.limit:g}", "BACKTRACKS"
        else:
            shown, verdict = f"{seconds:.3f}", "slow" if seconds > SLOW else "ok"
        slow += verdict != "ok"
        print(f"{label:<{width}}  {shown:>8}  {count:>8}  {verdict}")
    total = sum(s for _, s, _ in results if s is not None)
    print(
        f"\n{len(results)} patterns, {args.size:,} characters each, {total:.1f} s in all; "
        f"{slow} over {SLOW:g} s"
    )
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
