"""Metrics from a run-on sentence: each sentence-level pattern is scanned once per sentence,
not once per figure from the sentence's start, and the answers are the per-figure scans'."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.ingest import metrics
from app.ingest.catalog import default_catalog
from app.ingest.metric_rules import (
    COMBINED_FIGURE,
    FORECAST,
    MARKET_VERB,
    NOT_OPERATOR_FIGURE,
    OPERATORS_PLURAL,
    PER_UNIT_BEFORE,
    SEGMENT_SUBJECT,
)
from app.ingest.metrics import extract_metrics
from app.ingest.pipeline import read_filing
from app.ingest.records import Metric, Operator, ParsedRelease, Section, Span

ROOT = Path(__file__).resolve().parents[2]
REGISTRANT = Operator(slug="mmo2", name="mmO2", kind="group", country="GB")
# The patterns asked about each figure of a sentence (by their names in ``metrics``).
SENTENCE_PATTERNS = {
    "COMBINED_FIGURE": COMBINED_FIGURE,
    "FORECAST": FORECAST,
    "MARKET_VERB": MARKET_VERB,
    "NOT_OPERATOR_FIGURE": NOT_OPERATOR_FIGURE,
    "OPERATORS_PLURAL": OPERATORS_PLURAL,
    "PER_UNIT_BEFORE": PER_UNIT_BEFORE,
    "SEGMENT_SUBJECT": SEGMENT_SUBJECT,
    "_OWN_SPAN": metrics._OWN_SPAN,
}
# Run-on sentences (no full stop) of figures: each phrase said again and again.
RUN_ONS = (
    "a net loss of EUR 3.9 million against a net loss of EUR 1 million, ",
    "2,000 subscribers, ",
    "Vodafone UK's 700,000 customers and ",
    "2,000 clients at 30 June 2005, ",
)


class _Counted:
    """A pattern that counts the characters its scans are given (search, match, finditer)."""

    def __init__(self, pattern: re.Pattern[str], scanned: list[int]) -> None:
        self._pattern, self._scanned = pattern, scanned

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def _count(self, text: str, pos: int, endpos: int | None) -> None:
        self._scanned[0] += max(0, (len(text) if endpos is None else endpos) - pos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._count(text, pos, endpos)
        return self._pattern.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._count(text, pos, endpos)
        return self._pattern.match(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._count(text, pos, endpos)
        return self._pattern.finditer(text, pos, len(text) if endpos is None else endpos)


def release_of(text: str) -> ParsedRelease:
    section = Section("body", None, 0, len(text))
    span = Span.of(text, 0, len(text))
    return ParsedRelease(None, None, date(2005, 8, 1), span, None, (section,), (), ())


def run(text: str) -> tuple[Metric, ...]:
    release = release_of(text)
    return extract_metrics(text, release, registrant=REGISTRANT, catalog=default_catalog())


def run_on(phrase: str, times: int) -> str:
    return "Results for the quarter ended June 30, 2005: " + phrase * times + "in all.\n"


@pytest.mark.parametrize("phrase", RUN_ONS)
def test_a_run_on_sentence_is_scanned_once_per_pattern_not_once_per_figure(
    phrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scanned = [0]
    for name, pattern in SENTENCE_PATTERNS.items():
        monkeypatch.setattr(metrics, name, _Counted(pattern, scanned))
    ratios = []
    for times in (50, 400):
        text = run_on(phrase, times)
        scanned[0] = 0
        assert run(text)
        ratios.append(scanned[0] / len(text))
    # Each pattern reads the sentence about once, whatever the number of figures in it (a
    # scan from the sentence's start for each figure reads it times/2 times over).
    assert max(ratios) <= 2 * len(SENTENCE_PATTERNS), ratios


@pytest.mark.parametrize("phrase", RUN_ONS)
def test_an_indexed_sentence_reads_as_one_searched_for_each_figure(
    phrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = run_on(phrase, 60) + (
        "Vodafone and Orange together had 5 million customers, compared with 4 million "
        "at the end of 2004, and the alliance had 9 million; the market grew to 40 million, "
        "and Vodafone UK's mobile business added 200,000 (150,000) in the first half of "
        "2005, up from 100,000 a quarter earlier, and plans to reach 8 million.\n"
    )
    monkeypatch.setattr(metrics, "_SHORT_SENTENCE", 10**9)
    monkeypatch.setattr(metrics, "_FEW_DATES", 10**9)
    searched = run(text)  # every sentence searched afresh for each figure, each date looked at
    monkeypatch.setattr(metrics, "_SHORT_SENTENCE", 0)
    monkeypatch.setattr(metrics, "_FEW_DATES", 0)
    assert run(text) == searched


# Text that the patterns above (nearly) match, cut anywhere: the answers must not change
# with where a piece ends.
_WORDS = (
    "together", "combined", "population", "in total", "in  aggregate", "between them",
    "operators", "operator", "alliance", "alliances", "market grew", "market's", "will",
    "plans to", "per user", "ARPU", "ARPUs", "mobile business", "the market had", "had",
    "for the quarter", "for the quarter end", "since", "-", ",", " ", "  ", "\n", "5",
    "Germany", "the UK", "stood at", "grew to", "x",
)  # fmt: skip


@pytest.mark.parametrize("name", sorted(SENTENCE_PATTERNS))
def test_found_answers_what_the_pattern_does_for_every_piece(name: str) -> None:
    pattern = SENTENCE_PATTERNS[name]
    rng = random.Random(name)
    for _ in range(40):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 40)))
        start, end = rng.randint(0, 5), len(text) - rng.randint(0, 5)
        found = metrics._Found(pattern, text, start, end)
        for _ in range(30):
            b = rng.randint(start, end)
            a = rng.randint(start, b)
            assert found.search(a, b) == (pattern.search(text, a, b) is not None)
            first, direct = found.first(a, b), pattern.search(text, a, b)
            assert (first and (first.span(), first.groups())) == (
                direct and (direct.span(), direct.groups())
            )
            assert [m.span() for m in found.finditer(b)] == [
                m.span() for m in pattern.finditer(text, start, b)
            ]


def test_reach_bounds_what_a_pattern_reads() -> None:
    # "combined" and the look-ahead that refuses "combined   population"
    assert metrics._reach(re.compile(r"ab(?![ ]{1,3}cd)")) == 2 + 5 + 1
    assert metrics._reach(re.compile(r"(?:a|bcd)\b")) == 3 + 1
    unbounded = re.compile(r"a[ ]+b")
    assert metrics._reach(unbounded) >= metrics._UNBOUNDED
    found = metrics._Found(unbounded, "a    b a b", 0, 10)
    assert found.search(0, 5) is False and found.search(0, 6) is True


@pytest.mark.parametrize("phrase", RUN_ONS)
def test_every_pattern_a_sentence_asks_about_its_figures_has_a_bounded_reach(
    phrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pattern whose match has no bounded width ("estime[nt]*") is searched from the
    # sentence's start again for each figure: a run-on sentence then costs the square of its
    # length. Whatever pattern the sentence reader is given, not a list kept by hand.
    asked: dict[str, int] = {}
    found_init = metrics._Found.__init__

    def recording(self: Any, pattern: re.Pattern[str], *args: Any) -> None:
        asked[pattern.pattern[:60]] = metrics._reach(pattern)
        found_init(self, pattern, *args)

    monkeypatch.setattr(metrics._Found, "__init__", recording)
    assert run(run_on(phrase, 200))
    assert asked
    assert [p for p, reach in asked.items() if reach >= metrics._UNBOUNDED] == []


def test_claimed_stretches_overlap_as_one_by_one() -> None:
    rng = random.Random(7)
    for _ in range(200):
        claimed, spans = metrics._Claimed(), []
        for _ in range(30):
            start = rng.randint(0, 60)
            end = start + rng.choice((0, 1, 2, 5, 9))
            overlaps = any(start < e and s < end for s, e in spans)
            assert claimed.overlaps(start, end) == overlaps
            if not overlaps:
                claimed.add(start, end)
                spans.append((start, end))


def test_figures_of_a_run_on_sentence_step_back_over_few_relative_clauses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every clause after the first is a relative one ("of which ..."): each figure's subject
    # search passes back over a few of them, not over every clause before it.
    steps = [0]
    starting_from = metrics._starting_from

    def counted(mentions: list[Any], start: int, ordered: bool) -> list[Any]:
        steps[0] += 1
        return starting_from(mentions, start, ordered)

    monkeypatch.setattr(metrics, "_starting_from", counted)
    seed = sorted((ROOT / "data" / "filings").iterdir())[0].read_text(encoding="latin-1")
    after = seed.index("\n", seed.index("Released:")) + 1
    per_figure = []
    for times in (40, 160):
        steps[0] = 0
        run_on_text = "1,000 subscribers, of which 5 at O2, " * times
        data = (seed[:after] + run_on_text + "\n" + seed[after:]).encode("latin-1")
        read_filing(data, source_name="run-on.txt", max_bytes=10**8)
        per_figure.append(steps[0] / (2 * times))
    # Bounded per figure whatever the sentence's length; the old search grew with it (11 steps
    # a figure at 40 repeats, 41 at 160).
    assert max(per_figure) <= 8, per_figure


def test_a_part_after_of_which_belongs_to_the_operator_named_after_it() -> None:
    text = run_on("1,000 subscribers, of which 5 at Vodafone UK and ", 3)
    found = run(text)
    # Each part after "of which" is the operator named right after it, as before.
    assert {m.operator for m in found if m.value == 5} == {"vodafone-uk"}


def test_a_table_of_many_rows_naming_operators_reads_each_rows_mentions_only() -> None:
    # A table of thousands of rows, each naming an operator in its first cell, then a table
    # with a column per operator: each line is tested for a header by the mentions on it, not
    # by every mention of the section (quadratic: 5.3 s for 400 KB of such rows).
    rows = "".join(f"  Vodafone        {i},000      {i},500\n" for i in range(1, 2001))
    table = (
        "\n  Key operating data                        Vodafone        Orange\n"
        "  Subscribers, September 30, 2004          4,412,000       2,627,000\n"
    )
    text = rows + table
    catalog = default_catalog()
    found = catalog.find_mentions(text)
    assert len(found) > 2000
    looked = [0]

    class Counted:
        __slots__ = ("_span", "operator")

        def __init__(self, mention: Any) -> None:
            self.operator, self._span = mention.operator, mention.span

        @property
        def span(self) -> Span:
            looked[0] += 1
            return self._span

    metrics_found = metrics.extract_operator_column_metrics(
        text,
        0,
        len(text),
        mentions=[Counted(m) for m in found],  # type: ignore[misc]
        released_on=date(2004, 10, 28),
        catalog=catalog,
    )
    assert sorted((m.operator, m.value) for m in metrics_found) == [
        ("orange", 2627000),
        ("vodafone", 4412000),
    ]
    assert looked[0] < 40 * text.count("\n"), looked[0]
