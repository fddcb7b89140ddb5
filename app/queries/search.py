"""Full-text search over releases: user syntax → FTS5 MATCH or PostgreSQL tsquery, safely.

User text never reaches the search engine as syntax: it is tokenised here into words,
prefixes, phrases, AND/OR/NOT and parentheses, and rendered into each engine's grammar with
every term quoted. Text that is no valid query (an unbalanced quote or parenthesis, a
dangling operator) is searched as its plain words.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import text
from sqlalchemy.orm import Session

TokenKind = Literal["term", "phrase", "and", "or", "not", "open", "close"]

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(
    r'"(?P<phrase>[^"]*)"|(?P<paren>[()])|(?P<word>\w+)(?P<star>\*)?|\S', re.UNICODE
)
_OPERATORS = {"AND": "and", "OR": "or", "NOT": "not"}


@dataclass(frozen=True)
class Token:
    kind: TokenKind
    words: tuple[str, ...] = ()
    prefix: bool = False


class QuerySyntaxError(ValueError):
    """The text is not a valid query; it is then searched as plain words."""


def tokenize(query: str) -> list[Token]:
    """Tokens of a strict query; raises QuerySyntaxError on anything unbalanced or stray."""
    if query.count('"') % 2:
        raise QuerySyntaxError("unbalanced quote")
    tokens: list[Token] = []
    for match in _TOKEN.finditer(query):
        if match.group("phrase") is not None:
            words = tuple(w.lower() for w in _WORD.findall(match.group("phrase")))
            if words:
                tokens.append(Token("phrase", words))
        elif match.group("paren"):
            tokens.append(Token("open" if match.group("paren") == "(" else "close"))
        elif match.group("word"):
            word = match.group("word")
            if word in _OPERATORS and not match.group("star"):
                tokens.append(Token(_OPERATORS[word]))  # type: ignore[arg-type]
            else:
                tokens.append(Token("term", (word.lower(),), prefix=bool(match.group("star"))))
        else:
            raise QuerySyntaxError(f"unexpected {match.group(0)!r}")
    _check_grammar(tokens)
    return tokens


def _check_grammar(tokens: list[Token]) -> None:
    """Operands and operators must alternate; parentheses must balance; NOT may lead."""
    depth = 0
    expect_operand = True
    for token in tokens:
        if token.kind in ("term", "phrase"):
            expect_operand = False
        elif token.kind == "open":
            if not expect_operand:
                raise QuerySyntaxError("missing operator before '('")
            depth += 1
        elif token.kind == "close":
            if expect_operand or depth == 0:
                raise QuerySyntaxError("unbalanced ')'")
            depth -= 1
        elif token.kind == "not":
            expect_operand = True
        else:
            if expect_operand:
                raise QuerySyntaxError(f"{token.kind.upper()} needs a term before it")
            expect_operand = True
    if expect_operand or depth:
        raise QuerySyntaxError("incomplete query")
    if not any(t.kind in ("term", "phrase") for t in tokens):
        raise QuerySyntaxError("no search terms")


def plain_words(query: str) -> list[Token]:
    return [Token("term", (w.lower(),)) for w in _WORD.findall(query)]


def parse_query(query: str) -> list[Token]:
    """The tokens of ``query``, or its plain words when it is not valid syntax."""
    try:
        return tokenize(query)
    except QuerySyntaxError:
        return plain_words(query)


def _with_implicit_and(tokens: list[Token]) -> list[Token]:
    """Juxtaposed operands mean AND; make it explicit so both engines read it alike."""
    out: list[Token] = []
    for token in tokens:
        if out and token.kind in ("term", "phrase", "open", "not"):
            previous = out[-1].kind
            if previous in ("term", "phrase", "close"):
                out.append(Token("and"))
        out.append(token)
    return out


def to_fts5(tokens: list[Token]) -> str:
    parts: list[str] = []
    for token in _with_implicit_and(tokens):
        if token.kind in ("term", "phrase"):
            quoted = '"' + " ".join(token.words) + '"'
            parts.append(quoted + ("*" if token.prefix else ""))
        elif token.kind == "open":
            parts.append("(")
        elif token.kind == "close":
            parts.append(")")
        elif token.kind == "not":
            # FTS5's NOT is binary; a leading NOT has nothing to subtract from.
            if parts and parts[-1] == "AND":
                parts[-1] = "NOT"
            elif parts:
                parts.append("NOT")
        else:
            parts.append(token.kind.upper())
    return " ".join(parts)


def to_tsquery(tokens: list[Token]) -> str:
    parts: list[str] = []
    for token in _with_implicit_and(tokens):
        if token.kind in ("term", "phrase"):
            lexemes = [f"'{w}'" + (":*" if token.prefix else "") for w in token.words]
            parts.append("(" + " <-> ".join(lexemes) + ")" if len(lexemes) > 1 else lexemes[0])
        elif token.kind == "open":
            parts.append("(")
        elif token.kind == "close":
            parts.append(")")
        elif token.kind == "not":
            parts.append("!")
        else:
            parts.append("&" if token.kind == "and" else "|")
    return " ".join(parts)


@dataclass(frozen=True)
class Hit:
    id: int
    reference: str | None
    title: str | None
    released_on: date | None
    rank: float
    snippet: str


_SQLITE = """
SELECT r.id, r.reference, r.title, r.released_on, -bm25(release_fts, 10.0, 1.0, 2.0) AS rank,
       snippet(release_fts, -1, '<mark>', '</mark>', '…', 24) AS snippet
FROM release_fts JOIN release AS r ON r.id = release_fts.rowid
WHERE release_fts MATCH :match {filters}
ORDER BY rank DESC, r.id ASC
LIMIT :limit
"""

_POSTGRES = """
SELECT r.id, r.reference, r.title, r.released_on,
       ts_rank_cd(r.search_vector, q.query) AS rank,
       ts_headline('english', coalesce(r.title, '') || ' ' || r.body, q.query,
                   'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10')
         AS snippet
FROM release AS r, (SELECT to_tsquery('english', :match) AS query) AS q
WHERE r.search_vector @@ q.query {filters}
ORDER BY rank DESC, r.id ASC
LIMIT :limit
"""


# Ranking every match is the cost of a search (BM25 / ts_rank over all matching releases);
# the answer only changes when the data does, so each process keeps recent answers keyed by
# the database (versions of two databases are unrelated) and its data version, which every
# load and delete bumps.
CACHE_SIZE = 512
_cache: OrderedDict[tuple[Any, ...], list[Hit]] = OrderedDict()
_cache_lock = threading.Lock()


def search_releases(
    session: Session,
    query: str,
    *,
    limit: int,
    after: tuple[float, int] | None = None,
    since: date | None = None,
    until: date | None = None,
    operator: str | None = None,
    data_version: int | None = None,
) -> list[Hit]:
    """Releases matching ``query``, best first; ``after`` is the (rank, id) of the last hit.

    With ``data_version`` (read in the same session), answers are cached per version.
    """
    if data_version is None:
        return _search(session, query, limit, after, since, until, operator)
    database = str(session.get_bind().engine.url)
    key = (database, data_version, query, limit, after, since, until, operator)
    if (hits := _cached(key)) is not None:
        return hits
    hits = _search(session, query, limit, after, since, until, operator)
    with _cache_lock:
        _cache[key] = hits
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return hits


def cached_search(
    database: str,
    query: str,
    *,
    limit: int,
    after: tuple[float, int] | None = None,
    since: date | None = None,
    until: date | None = None,
    operator: str | None = None,
    data_version: int,
) -> list[Hit] | None:
    """The answer ``search_releases`` keeps for these arguments in ``database`` (its engine's
    URL), or None: never searches."""
    return _cached((database, data_version, query, limit, after, since, until, operator))


def _cached(key: tuple[Any, ...]) -> list[Hit] | None:
    with _cache_lock:
        if (hits := _cache.get(key)) is not None:
            _cache.move_to_end(key)
        return hits


def _search(
    session: Session,
    query: str,
    limit: int,
    after: tuple[float, int] | None,
    since: date | None,
    until: date | None,
    operator: str | None,
) -> list[Hit]:
    tokens = parse_query(query)
    if not tokens:
        return []
    dialect = session.get_bind().dialect.name
    match = to_fts5(tokens) if dialect == "sqlite" else to_tsquery(tokens)
    params: dict[str, Any] = {"match": match, "limit": limit}
    filters = []
    if since:
        filters.append("r.released_on >= :since")
        params["since"] = since
    if until:
        filters.append("r.released_on <= :until")
        params["until"] = until
    if operator:
        filters.append(
            "EXISTS (SELECT 1 FROM mention m JOIN operator o ON o.id = m.operator_id"
            " WHERE m.release_id = r.id AND o.slug = :operator)"
        )
        params["operator"] = operator.strip().lower()
    template = _SQLITE if dialect == "sqlite" else _POSTGRES
    statement = template.format(filters="".join(" AND " + f for f in filters))
    if after is not None:
        # Keyset on the computed rank: wrap the query so the rank can be compared.
        statement = (
            f"SELECT * FROM ({statement.replace('LIMIT :limit', '')}) AS ranked"
            " WHERE ranked.rank < :after_rank"
            " OR (ranked.rank = :after_rank AND ranked.id > :after_id)"
            " ORDER BY ranked.rank DESC, ranked.id ASC LIMIT :limit"
        )
        params["after_rank"], params["after_id"] = after
    rows = session.execute(text(statement), params).all()
    return [
        Hit(
            id=row.id,
            reference=row.reference,
            title=row.title,
            released_on=_as_date(row.released_on),
            rank=float(row.rank),
            snippet=row.snippet or "",
        )
        for row in rows
    ]


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
