"""One release's text → every entity it names: operators, mentions, metrics, alliances, stakes."""

from __future__ import annotations

from app.ingest.alliances import extract_alliances, extract_stakes
from app.ingest.catalog import Catalog
from app.ingest.metrics import extract_metrics, section_subject
from app.ingest.records import Extraction, Mention, Operator, ParsedRelease


def extract_release(
    text: str, release: ParsedRelease, *, registrant: Operator | None, catalog: Catalog
) -> Extraction:
    """Everything the extractors find in one release; ``operators`` covers every slug used."""
    subjects = [section_subject(s, catalog, registrant) for s in release.sections]
    known = catalog.extended([op for op in (registrant, *subjects) if op is not None])
    if release.sections:
        first, last = release.sections[0].start, max(s.end for s in release.sections)
        known = known.with_defined_terms(text, first, last)

    mentions: dict[tuple[str, int], Mention] = {}
    for section in release.sections:
        for mention in known.find_mentions(text, section.start, section.end):
            mentions.setdefault((mention.operator, mention.span.start), mention)

    alliance_findings = extract_alliances(text, release, catalog=known)
    known = known.extended(op for f in alliance_findings for op in f.operators)
    stakes, stake_operators = extract_stakes(text, release, registrant=registrant, catalog=known)
    known = known.extended(stake_operators)
    metrics = extract_metrics(text, release, registrant=registrant, catalog=known)

    memberships = tuple(m for f in alliance_findings for m in f.memberships)
    used = [
        *([registrant.slug] if registrant else []),
        *(m.operator for m in mentions.values()),
        *(m.operator for m in metrics),
        *(m.operator for m in memberships),
        *(slug for s in stakes for slug in (s.owner, s.owned)),
    ]
    return Extraction(
        operators=_with_parents(used, known),
        mentions=tuple(sorted(mentions.values(), key=lambda m: m.span.start)),
        metrics=metrics,
        alliances=tuple(f.alliance for f in alliance_findings),
        memberships=memberships,
        stakes=stakes,
    )


def _with_parents(slugs: list[str], catalog: Catalog) -> tuple[Operator, ...]:
    """Each used operator once, first use first, followed by the parents they point at."""
    result: dict[str, Operator] = {}
    queue = list(slugs)
    while queue:
        slug = queue.pop(0)
        operator = catalog.get(slug)
        if operator is None or slug in result:
            continue
        result[slug] = operator
        if operator.parent:
            queue.append(operator.parent)
    return tuple(result.values())
