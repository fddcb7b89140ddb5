"""The words a pattern requires: every match holds one, so text with none needs no scan."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.ingest.metric_rules import DATE_RULES, RULES
from app.ingest.numbers import word_key
from app.ingest.prefilter import might_match, required_words

ROOT = Path(__file__).resolve().parents[2]

RULE_PATTERNS = [rule.pattern for rule in DATE_RULES] + [
    pattern
    for rule in RULES
    for pattern in (rule.before, rule.after, rule.requires, rule.not_after)
    if pattern is not None
]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"end(?:ed|ing)\s+(?:June|July)", {"ended", "ending"}),
        (r"(?<!\w)Q[1-4]\b", {"q1", "q2", "q3", "q4"}),
        (r"(?:first|second)\s(?:half|quarter)", {"first", "second"}),
        (r"net\s+adds|customers?", {"adds", "customer"}),
        (r"(?:19|20)\d\d", {"19", "20"}),
        (r"\d+(?:[.,]\d+)*", None),  # no word
        (r"abc|\d+", None),  # one branch needs none
        (r"(?:net\s+)?sales", {"sales"}),
        (r"[^x]{2,5}y", {"y"}),
        (r"\u03c3igma", {"igma"}),  # a cased letter outside ASCII is no word of its own
    ],
)
def test_required_words(pattern: str, words: set[str] | None) -> None:
    found = required_words(re.compile(pattern, re.IGNORECASE))
    assert found == (frozenset(words) if words is not None else None)


def test_words_are_as_text_folds_them() -> None:
    words = required_words(re.compile("subscribers", re.IGNORECASE))
    assert might_match(words, word_key("SUBSCRİBERS"))  # a dotted capital İ
    assert might_match(words, word_key("ſubscribers"))  # a long s
    assert not might_match(words, word_key("customers"))
    assert might_match(None, "")


def _texts() -> list[str]:
    files = sorted((ROOT / "data" / "filings").iterdir())
    files += sorted((ROOT / "tests" / "fixtures" / "eval").rglob("*.txt"))
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


@pytest.mark.parametrize("pattern", RULE_PATTERNS, ids=lambda p: p.pattern[:40])
def test_every_match_holds_a_required_word(pattern: re.Pattern[str]) -> None:
    words = required_words(pattern)
    for text in _texts():
        for match in pattern.finditer(text):
            assert might_match(words, word_key(match.group(0))), match.group(0)


_ALPHABET = st.sampled_from([*"endquarterfirst 1920Q3-'\n\tİſıK", "ended ", "June "])


@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_no_words_no_match(text: str) -> None:
    for pattern in RULE_PATTERNS:
        if not might_match(required_words(pattern), word_key(text)):
            assert pattern.search(text) is None
