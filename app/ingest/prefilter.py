"""Words a pattern cannot match without: a cheap ``in`` test that skips a regex scan.

``re`` has no fast path for a case-blind pattern that opens with a look-behind, so it tries
every position of the text. Most of the extractors' patterns name words ("ended", a month, a
count noun) that every match contains; text that holds none of them needs no scan.
``required_words`` reads them off the pattern itself, so a rule edited stays filtered exactly.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from app.ingest.numbers import word_key

# Alternatives of an exact piece kept (beyond these, the piece counts as a gap).
_MOST_SPELLINGS = 64
# A class this small ("[1-4]", "['’]") is as good as an alternation of its characters.
_SMALL_CLASS = 10
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


class _Piece:
    """What a part of a pattern matches: ``exact`` when only one of a few strings (lower
    case), and ``needed``: strings one of which each of its matches contains (None: none)."""

    __slots__ = ("exact", "needed")

    def __init__(self, exact: frozenset[str] | None, needed: frozenset[str] | None) -> None:
        self.exact = exact
        self.needed = needed if needed is not None else _usable(exact)


def _usable(words: frozenset[str] | None) -> frozenset[str] | None:
    return None if not words or "" in words else words


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more telling of two word sets: longer shortest word, then fewer words."""
    if a is None or b is None:
        return a if b is None else b
    key_a, key_b = (-min(map(len, a)), len(a)), (-min(map(len, b)), len(b))
    return a if key_a <= key_b else b


def _sequence(items: list[tuple[Any, Any]]) -> _Piece:
    """A run of pieces: each one's needed words, and the exact strings of each stretch of
    exact pieces together ("end" "ed|ing" → "ended", "ending")."""
    needed: frozenset[str] | None = None
    run: frozenset[str] = frozenset({""})  # the exact strings of the current stretch
    exact = True  # the whole run so far is one stretch
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # matches no text: the stretch goes on across it
        piece = _node(op, av)
        needed = _better(needed, piece.needed)
        if piece.exact is not None and len(run) * len(piece.exact) <= _MOST_SPELLINGS:
            run = frozenset(r + e for r in run for e in piece.exact)
            continue
        needed = _better(needed, _usable(run))
        exact = False
        run = piece.exact if piece.exact is not None else frozenset({""})
    needed = _better(needed, _usable(run))
    return _Piece(run if exact else None, needed)


def _node(op: Any, av: Any) -> _Piece:
    if op is sre.LITERAL:
        return _Piece(_spelling(av), None)
    if op is sre.IN:
        return _Piece(_class_spellings(av), None)
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.BRANCH:
        pieces = [_sequence(list(branch)) for branch in av[1]]
        exact = None
        if all(p.exact is not None for p in pieces):
            exact = frozenset().union(*(p.exact for p in pieces if p.exact is not None))
            exact = exact if len(exact) <= _MOST_SPELLINGS else None
        needed = None
        if all(p.needed is not None for p in pieces):
            needed = frozenset().union(*(p.needed for p in pieces if p.needed is not None))
        return _Piece(exact, needed)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        inner = _sequence(list(body))
        if low == high == 1:
            return inner
        if low == 0:
            if high == 1 and inner.exact is not None:
                return _Piece(inner.exact | {""}, None)  # an optional piece
            return _Piece(None, None)
        return _Piece(None, inner.needed)
    return _Piece(None, None)  # any character, a class, a back-reference: a gap


def _class_spellings(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a small class of plain characters and ranges ("[1-4]")."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            codes = [av]
        elif op is sre.RANGE and av[1] - av[0] < _SMALL_CLASS:
            codes = list(range(av[0], av[1] + 1))
        else:
            return None  # a category, a negation, a wide range
        for code in codes:
            spelled = _spelling(code)
            if spelled is None:
                return None
            chars |= spelled
    return frozenset(chars) if len(chars) <= _SMALL_CLASS else None


def _spelling(code: int) -> frozenset[str] | None:
    """A character as ``word_key`` folds the text; None for a cased letter outside ASCII,
    whose case-blind matches (Greek sigmas, ...) folding need not bring together."""
    char = chr(code)
    if not char.isascii() and char.lower() != char.upper():
        return None
    return frozenset({word_key(char)})


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings, in ``word_key`` form, one of which is in the text of every match of ``pattern``;
    None when it needs no word (every match of ``"\\d+"``)."""
    words = _sequence(list(sre_parse.parse(pattern.pattern, pattern.flags))).needed
    if words is None:
        return None
    # Text holding "customers" holds "customer": the shorter word alone tells as much.
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def might_match(words: frozenset[str] | None, folded: str) -> bool:
    """False only when a pattern requiring ``words`` finds nothing in a stretch of text whose
    ``word_key`` is ``folded``."""
    if words is None:
        return True
    # A loop, not any() over a generator: this runs for every figure and rule.
    for word in words:  # noqa: SIM110
        if word in folded:
            return True
    return False
