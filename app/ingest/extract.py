"""One release's text → every entity it names: operators, mentions, metrics, alliances, stakes."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from app.ingest.alliances import alliance_table, extract_alliances, extract_stakes
from app.ingest.catalog import (
    Catalog,
    abbreviates,
    country_code,
    is_company_name,
    opens_name,
)
from app.ingest.metrics import content_start, extract_metrics, section_subject
from app.ingest.records import Extraction, Mention, Operator, ParsedRelease, Section


def extract_release(
    text: str, release: ParsedRelease, *, registrant: Operator | None, catalog: Catalog
) -> Extraction:
    """Everything the extractors find in one release; ``operators`` covers every slug used."""
    release = _topics_as_body(text, release, catalog)
    if registrant is not None and release.sections:
        # Before the sections' subjects: "About Example Fiji" is the registrant's operator
        # there, as the prose's "Example Fiji" is.
        catalog = catalog.with_own_branches(
            text, release.sections[0].start, max(s.end for s in release.sections), registrant
        )
    subjects = [section_subject(s, catalog, registrant) for s in release.sections]
    # "About the Nordic Roaming Alliance": the alliance speaks there, but it is no operator.
    # "About Maxcom" over the registrant Maxcom Telecomunicaciones: the registrant, shortened.
    subjects = [
        _registrant_if_shortened(op, registrant, catalog)
        for op in subjects
        if op is not None and not _is_alliance(op)
    ]
    known = catalog.extended([op for op in (registrant, *subjects) if op is not None])
    if registrant is not None:
        # Its own group's markets by the group's convention, other groups' by their names.
        home = {registrant.slug, *([registrant.parent] if registrant.parent else [])}
        known = known.at_home(home | {op.slug for op in subjects if op is not None})
    if release.sections:
        first, last = release.sections[0].start, max(s.end for s in release.sections)
        holders = [op for op in (registrant, *subjects) if op is not None]
        # Before the companies named after a holder: "Example Cel S.A. will change its name
        # to Example Movil Peru S.A." names one company, by its name until then.
        known = known.with_renamed_companies(text, first, last)
        known = known.with_operating_companies(text, first, last, holders)
        known = known.with_placed_companies(text, first, last)
        known = known.with_related_companies(text, first, last)
        known = known.with_family_companies(text, first, last)
        known = known.with_said_operators(text, first, last)
        known = known.with_cued_operators(text, first, last)
        known = known.with_apposed_operators(text, first, last)
        known = known.with_described_companies(text, first, last)
        known = known.with_opening_companies(text, first, last)
        known = known.with_paired_companies(text, first, last)
        known = known.with_form_first_companies(text, first, last)
        known = known.with_defined_terms(text, first, last)
        known = known.with_trade_names(text, first, last)
        # After the defined terms: a row naming a company by the short name the text gave it
        # ('Ostrava Mobil S.A. ("Ostrava")' over "Ostrava   Czech Republic   1,842") is that
        # company's, not another one to discover.
        known = known.with_country_rows(text, first, last)
        # Last: a company held that no rule above knew ("owns 75% of Example Mobile Co., Ltd.").
        known = known.with_held_companies(text, first, last)

    mentions: dict[tuple[str, int], Mention] = {}
    for section in release.sections:
        for mention in known.find_mentions(text, section.start, section.end):
            mentions.setdefault((mention.operator, mention.span.start), mention)

    alliance_findings = extract_alliances(text, release, catalog=known)
    known = known.extended(op for f in alliance_findings for op in f.operators)
    # A member the list names that no name of the text was known for ("Example Net Sdn. Bhd."
    # in a table of members) is named there all the same: a mention at its name.
    named = {m.operator for m in mentions.values()}
    for membership in (m for f in alliance_findings for m in f.memberships):
        if membership.operator in named:
            continue
        span = membership.span
        for mention in known.find_mentions(text, span.start, span.end):
            if mention.operator == membership.operator:
                mentions.setdefault((mention.operator, mention.span.start), mention)
                named.add(mention.operator)
                break
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


def _registrant_if_shortened(
    subject: Operator, registrant: Operator | None, catalog: Catalog
) -> Operator:
    """The registrant, known by the subject's name too, when a discovered subject's name is the
    first words of its name or its initials ("About IIJ" of Internet Initiative Japan Inc.)."""
    if registrant is None or catalog.get(subject.slug) is not None:
        return subject
    if not opens_name(subject.name, registrant.name) and not abbreviates(
        subject.name, registrant.name
    ):
        return subject
    if subject.name in (registrant.name, *registrant.aliases):
        return registrant
    return dataclasses.replace(registrant, aliases=(*registrant.aliases, subject.name))


def _is_alliance(operator: Operator) -> bool:
    """An operator discovered under a heading that names an alliance of operators."""
    words = operator.name.split()
    if words and words[-1].lower() in {"alliance", "alliances"}:
        return True
    table = alliance_table()
    return any(
        operator.name.lower() in {name.lower() for name in (alliance.name, *alliance.aliases)}
        for alliance in table
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


def _topics_as_body(text: str, release: ParsedRelease, catalog: Catalog) -> ParsedRelease:
    """The release with its topic headings ("Revenue", "Mobile", "Broadband") read as part of
    the body: a block headed by a topic speaks of the release's own company, not of a company
    named like the topic. A heading is a topic when it names no known operator and is made of
    topic words, or when the block writes each of its words in lower case ("Mobile" over
    "... mobile subscribers ..."), which no company's name is."""
    sections = tuple(
        dataclasses.replace(section, kind="body") if _is_topic(text, section, catalog) else section
        for section in release.sections
    )
    if sections == release.sections:
        return release
    return dataclasses.replace(release, sections=sections)


_HEADING_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _is_topic(text: str, section: Section, catalog: Catalog) -> bool:
    heading = section.heading
    if section.kind != "about" or not heading or heading.lower().startswith("about "):
        return False
    if catalog.resolve(heading) is not None or country_code(heading) is not None:
        return False  # an operator, or a country ("Greece"): the registrant's business there
    if not is_company_name(heading):
        return True
    block = text[content_start(text, section) : section.end]
    words = _HEADING_WORD.findall(heading)
    return bool(words) and all(_lower_word(word).search(block) for word in words)


@lru_cache(maxsize=1024)
def _lower_word(word: str) -> re.Pattern[str]:
    """The word written in lower case as a word of prose (plural or compound too), not inside
    an address ("press@nordlink.com", "www.nordlink.com")."""
    return re.compile(r"(?<![^\s(\"'])" + re.escape(word.lower()) + r"[\w'-]*(?![\w@/]|\.\w)")
