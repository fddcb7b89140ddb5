"""Extraction quality: run the real pipeline over hand-checked filings and score every area.

Each fixture under ``tests/fixtures/eval/<group>/`` is an ``*.expected.yaml`` file written by
hand (what a careful analyst would type in), next to the filing it describes (``NAME.txt``, or
the path given by its ``filing:`` key). Facts on both sides are compared as multisets:

* metrics   — (release, operator, name, value, unit); as_of, period, segment and qualifier
              are reported for the matched ones
* mentions  — (release, operator slug) for every operator the release names
* contacts  — (release, name, field, value) for the name, title, organization, each e-mail
              and each phone
* alliances — (release, alliance, member, country)
* fields    — cover fields and each release's reference, title and date

The groups:

* ``seeds``   — the real filings the project started from; held to fixed bars (``SEED_BARS``).
* ``unseen``  — written by hand in other issuers' styles; judged: every measure must stay within
                ``SLACK`` of the seeds.
* ``holdout`` — first written to be reported only, but the extraction has since been tuned on
                them, so they are no estimate any more: judged like ``unseen``.
* ``fresh``, ``blind``, ``third`` — each written blind (by someone who did not read the
                extraction code or its tables) as an honest estimate, then tuned on: judged
                like ``unseen``.
                Their first, untuned runs were the estimates (F1 metrics / mentions /
                contacts / alliances / fields): fresh 0.44 / 0.69 / 0.43 / 0.00 / 0.91,
                blind 0.52 / 0.66 / 0.80 / 0.00 / 0.90 (after the fresh fixes).
                third (eight filings: other issuers, CRLF, cp1252, Brazilian and
                space-grouped numbers, right-aligned contacts, an AGM notice) 0.36 / 0.59 /
                0.50 / 0.00 / 0.90 (after the blind fixes).
* ``fourth``  — eight more filings written blind (KT, TeliaSonera, Tele2, China Unicom, NTT
                DoCoMo, Hutchison Telecom, Telkom Indonesia, MTNL: Latin-1, CRLF, tables of
                operators by period, space-grouped and Indonesian numbers, "31.12.2005"
                dates, two releases, a new alliance, a director notice). First run 0.25 /
                0.55 / 0.61 / 0.00 / 0.94 (after the third's fixes); 0.38 / 0.74 / 0.61 /
                0.00 / 0.94 once operators compare by identity (see ``_operator``). Tuned
                on since: judged like ``unseen``.
* ``fifth``   — eight more filings written blind (TIW, Versatel, CTC Chile, Cable & Wireless,
                Indosat, BT, Telmex as an EDGAR HTML 6-K, CANTV: operating tables with a
                column per subsidiary, Dutch "mln"/"mld", "(x 1.000)", Latin-1 with
                no-break spaces, three exhibits, an alliance table, a buy-back notice,
                slash-separated and tabular contacts). First run 0.33 / 0.77 / 0.21 / 0.00
                / 0.92 (after the fourth's fixes). Tuned on for three rounds; judged like
                ``unseen`` since its metrics recall came within 10 points of the seeds.
* ``sixth``   — eight more filings written blind (Hanaro Telecom, Tele Norte Leste, TELUS,
                Rogers Wireless, China Netcom, Telefónica, VSNL, Telemig Celular: KPI tables
                with three-line headers, Brazilian and Spanish continental numbers, cp1252,
                Latin-1 and CRLF, three releases in one filing, two letters with no figures, a
                numbered dot-leader alliance list, contacts in tables, dot leaders and
                right-aligned blocks). First run 0.49 / 0.89 / 0.23 / 0.00 / 0.92 (after the
                fifth's fixes). Tuned on since: judged like ``unseen``.
* ``seventh`` — eight more filings written blind (Vivo, PCCW as an HTML 6-K, Sify, Microcell,
                SingTel, AsiaSat, Telefónica del Perú, Nokia as a vendor: four-line table
                headers, lakh and crore, Indian digit grouping, negative net additions, an
                alliance table with a total row, side-by-side and pipe-drawn contacts, an AGM
                poll with no operator figures). First run 0.48 / 0.84 / 0.72 / 0.00 / 0.88
                (after the sixth's first fixes). Reported, not judged.
* ``eighth``  — eight more filings written blind (China Telecom as an HTML 6-K, NTT, BCE,
                Embratel, Maxcom, City Telecom, Tele Centro Oeste, Tricom: three releases in
                one filing, the same material fact in Portuguese and English with continental
                numbers, "(000s)" with decimals, counts in words, cp1252, Latin-1 and CRLF, a
                notice with no figures, a six-member alliance table, one-line, column, table
                and "For further information" contacts). First run 0.52 / 0.71 / 0.70 / 0.67
                / 0.86. Tuned on since (metrics F1 1.000 after two rounds): judged like
                ``unseen``.
* ``ninth``   — eight more filings written blind (TIM Participacoes, Jazztel, Netia, Equant,
                COLT as an HTML 6-K, Sonera, Tele Sudeste Celular, TIM Hellas: a KPI table with
                postpaid and prepaid rows and a "% Change" column, a Spanish release with
                continental euros, "(R$ thousand)", three exhibits with a change of auditor and
                a stake acquisition, an AGM notice with no figures, a bulleted list of alliance
                members by country, cp1252, Latin-1 and CRLF, two-column, tabular and
                "Contact:" contacts). First run 0.50 / 0.85 / 0.86 / 1.00 / 0.95 (after the
                eighth's fixes). Reported, not judged.
* ``tenth``   — seven more filings written blind (Tele Leste Celular, Tiscali, Inmarsat,
                Tele Nordeste Celular, Orascom Telecom, Stratos Global as an HTML 6-K on Form
                40-F, Elisa: a KPI table with postpaid and prepaid rows, an Italian release in
                Latin-1 with continental euros, three exhibits behind an exhibit index with a
                stake purchase and an appointment, a call notice with no figures, subscribers
                by country in a table, a dotted-leader joint-venture member list, cp1252,
                Latin-1 and CRLF, stacked, two-column, tabular and one-line contacts). First
                run 0.75 / 0.76 / 0.85 / 0.00 / 0.96. Reported, not judged.
* ``eleventh`` — eight more filings written blind (eircom, Telesp, Telefónica de Argentina,
                Call-Net, Pacific Internet, Internet Gold, Song Networks, Korea Thrunet as an
                HTML 6-K: Irish pounds in Latin-1, Brazilian continental numbers in a KPI table
                in thousands with CRLF, "Ps." in cp1252, three releases on a 40-F cover,
                Swedish space-grouped numbers with year-earlier figures in brackets, won with
                dollar translations in upper-case HTML, an alliance of seven listed in running
                prose, an AGM notice with no figures, two-column, table, one-line and
                company-headed contacts). First run 0.43 / 0.81 / 0.86 / 0.20 / 0.96 (after
                the tenth's first fixes). Reported, not judged.
* ``twelfth`` — eight more filings written blind (SUNDAY Communications, Polska Telefonia
                Cyfrowa, Bell Canada International as an HTML 6-K on Form 40-F, 012
                Smile.Communications, Tele Norte Celular, Alestra, GT Group Telecom,
                Telex-Chile: a "(000s)" KPI table with three date columns in CRLF, an alliance
                listed as country and legal name, customers by subsidiary and country, a
                director and shareholding notice with no metrics, Brazilian numbers in
                Latin-1, "Ps." in cp1252, three releases after the signature block, counts in
                words, contacts by city). First run 0.74 / 0.81 / 0.90 / 0.00 / 0.97 (metrics
                P 0.91, R 0.62; after the eleventh's first fixes). Reported, not judged.
* ``thirteenth`` — eight more filings written blind (NetCom, Energis, Terra Networks,
                GigaMedia as an HTML 6-K, Nortel Inversora, Internet Initiative Japan,
                Crosswave, Teleglobe on Form 40-F: a key-figures table with quarters as
                columns and a YoY column in Latin-1, "NOK ... mill.", UK half-year results with
                "GBP452.3m" in CRLF, euros in cp1252 and a contact table, NT$ with q-o-q and
                y-o-y columns in thousands with a decimal, three releases behind an "ITEM"
                table of contents, an alliance of seven "together with six" in a table with the
                country last, a directors' notice with no figures, two-level table headers,
                contacts in three columns and by city). First run 0.41 / 0.75 / 0.63 / 0.00 /
                0.93 (metrics P 0.57, R 0.31; after the general member-list reading and the
                key-figure table layouts, whose invented batteries were briefed with some of
                the same layouts as the writer). Reported, not judged.
* ``fourteenth`` — eight more filings written blind (Telealp, Bosfor Telekomünikasyon,
                Kamatelecom, Konkan Telelinks, VisTel: invented issuers; NET Serviços as an
                HTML 6-K, Clearnet, Axtel: Swiss apostrophe grouping in cp1252 with CRLF, old
                Turkish lira in trillions with a units column in Latin-1, three releases dated
                "15.03.2005", "March 17th, 2005" and "21 Mar 05", roubles in transposed
                tables, lakh and crore, an alliance of five named country first ("for Sri
                Lanka, Dialog Telekom PLC;"), Portuguese and Spanish releases, a change of
                auditor with no figures, contacts in a running sentence, by company label,
                name last and in capitals). First run 0.36 / 0.86 / 0.43 / 0.00 / 0.91
                (metrics P 0.66, R 0.25; after the thirteenth's first fixes). Reported, not
                judged.
* ``fifteenth`` — eight more filings written blind, all issuers invented (Karoo
                Telecommunications, Equator Telecom, Delta Data Networks, Gulf Crescent
                Telecom, Vltava Telekom, Põhjala Telekom, Nullarbor Networks as an HTML 6-K,
                Arawak Cellular: review paragraphs opening with labels, rand with decimal
                commas in cp1252, "2006" written once above four quarter columns, subscribers
                by country over a total, a release and its correction, a roaming club of six
                named in a quote and as "X, which operates in Y", two operators side by side in
                CRLF, a listing notice with no figures in Latin-1, questions and answers,
                customers by technology over a total, contacts in running prose, by pipes and
                with dot leaders). First run 0.47 / 0.72 / 0.69 / 0.00 / 0.91 (metrics P 0.74,
                R 0.34; after the fourteenth's first fixes). Reported, not judged.
* ``sixteenth`` — eight more filings written blind, asked for the TYPICAL kind of 1999-2009
                rather than new layouts (Shaw as an HTML 6-K on Form 40-F, PrimaCom, i-CABLE,
                APT Satellite, Satmex, Multicanal; Movilandina and Tengri Mobile invented:
                results in prose with highlights lists, subsidiaries in brackets and by
                possessive, a stake purchase, a milestone, a board notice with no figures, a
                fixed-width alliance table with a total row, Latin-1, cp1252 and CRLF,
                contacts in tables, columns, labelled blocks and one line per city). First run
                0.51 / 0.65 / 0.44 / 0.43 / 0.97 (metrics P 0.51, R 0.51; after the
                fifteenth's fixes). Reported, not judged.
* ``seventeenth`` — eight more filings written blind at the same time, issuers invented
                (Noricum, Baobab, Kula Pacific, Tengri Telecom, Mekong as an HTML 6-K,
                Cordillera, Nabatea, Carpathia: releases written in German and in French with
                their number forms, four announcements in one filing, an alliance table with
                joiners and a leaver, a name-change notice with no figures, operators as bold
                rows over indented metric rows, key-figure tables with a comment column,
                Wingdings check marks, contacts as a transposed grid, a definition list and
                with honorifics). First run 0.29 / 0.49 / 0.43 / 0.71 / 0.76 (metrics P 0.59,
                R 0.19). Reported, not judged.
* ``eighteenth`` — eight more filings written blind, asked for a month's realistic mix
                (Cable & Wireless HKT, Telesp Celular, Celular CRT, Freeserve in their styles;
                Zambezi, Andes Pacífico as an HTML 6-K, Istra Telekom and Sundarban invented:
                results in prose with highlights, a KPI table in thousands in cp1252, a
                milestone in Latin-1, a board notice with no figures in CRLF, a roaming club as
                a bulleted list, three releases in one filing, a division with its own brand,
                contacts under company headings, in columns, tables and label blocks). First
                run 0.72 / 0.74 / 0.64 / 0.83 / 0.93 (metrics P 0.79, R 0.67; after the
                sixteenth's and seventeenth's fixes). Reported, not judged.

A new blind group goes in ``REPORTED``: reported, never judged, so that no bar invites tuning
on it until its first run has been recorded; then it joins the judged groups.

``python -m app.evaluation`` prints a table per group and exits 1 when a bar fails on the seeds
(``--strict``: on the other judged groups too); ``-v`` lists every miss and every extra.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from app.ingest import records
from app.ingest.alliances import alliance_table
from app.ingest.catalog import default_catalog, fold, slugify
from app.ingest.metrics import canonical_period
from app.ingest.pipeline import read_filing

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "tests" / "fixtures" / "eval"
# Groups held within SLACK of the seeds on every measure.
NEAR_SEEDS = (
    "unseen", "holdout", "fresh", "blind", "third", "fourth", "fifth", "sixth", "eighth",
)  # fmt: skip
JUDGED = ("seeds", *NEAR_SEEDS)
# Reported only: scoring these against a bar would invite tuning on them.
REPORTED: tuple[str, ...] = (
    "seventh",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
)
REPORTED_LABELS: dict[str, str] = {
    "seventh": "seventh: written blind, first run recorded (docstring); reported, not judged",
    "ninth": "ninth: written blind, first run recorded (docstring); reported, not judged",
    "tenth": "tenth: written blind, first run recorded (docstring); reported, not judged",
    "eleventh": "eleventh: written blind, first run recorded (docstring); reported, not judged",
    "twelfth": "twelfth: written blind, first run recorded (docstring); reported, not judged",
    "thirteenth": "thirteenth: written blind, first run recorded (docstring); reported, not judged",
    "fourteenth": "fourteenth: written blind, first run recorded (docstring); reported, not judged",
    "fifteenth": "fifteenth: written blind, first run recorded (docstring); reported, not judged",
    "sixteenth": "sixteenth: written blind, first run recorded (docstring); reported, not judged",
    "seventeenth": (
        "seventeenth: written blind, first run recorded (docstring); reported, not judged"
    ),
    "eighteenth": (
        "eighteenth: written blind, first run recorded (docstring); reported, not judged"
    ),
}
GROUPS = JUDGED + REPORTED
AREAS = ("metrics", "mentions", "contacts", "alliances", "fields")
# How far the groups in NEAR_SEEDS may fall behind the seeds on any measure.
SLACK = 0.10

Fact = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Bar:
    """The least a group must reach in one area."""

    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0

    def describe(self) -> str:
        parts = [
            f"{label}>={value:.2f}"
            for label, value in (("P", self.precision), ("R", self.recall), ("F1", self.f1))
            if value
        ]
        return " ".join(parts)


SEED_BARS: dict[str, Bar] = {
    "metrics": Bar(precision=0.95, recall=0.90),
    "mentions": Bar(f1=0.95),
    "contacts": Bar(f1=0.95),
    "alliances": Bar(precision=1.0, recall=1.0),
    "fields": Bar(precision=1.0, recall=1.0),
}


@dataclass(slots=True)
class Score:
    """Counts of matched, extra and missed facts, and the measures they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def meets(self, bar: Bar) -> bool:
        return self.precision >= bar.precision and self.recall >= bar.recall and self.f1 >= bar.f1


@dataclass(slots=True)
class FixtureResult:
    """One filing scored against its expectation."""

    name: str
    group: str
    scores: dict[str, Score]
    missed: dict[str, list[Fact]]
    extra: dict[str, list[Fact]]
    spans: int
    bad_spans: list[str]
    metric_count: int
    no_figures: bool
    attributes_agree: int
    attributes_total: int
    attribute_diffs: list[str]


@dataclass(slots=True)
class GroupResult:
    name: str
    fixtures: list[FixtureResult] = field(default_factory=list)

    def score(self, area: str) -> Score:
        total = Score()
        for fixture in self.fixtures:
            total.add(fixture.scores[area])
        return total

    @property
    def spans(self) -> int:
        return sum(f.spans for f in self.fixtures)

    @property
    def bad_spans(self) -> list[str]:
        return [f"{f.name}: {s}" for f in self.fixtures for s in f.bad_spans]

    @property
    def silent_failures(self) -> list[str]:
        """Filings that state no figures but were given metrics anyway."""
        return [f.name for f in self.fixtures if f.no_figures and f.metric_count]

    @property
    def attributes(self) -> tuple[int, int]:
        return (
            sum(f.attributes_agree for f in self.fixtures),
            sum(f.attributes_total for f in self.fixtures),
        )


@dataclass(slots=True)
class Report:
    groups: dict[str, GroupResult]

    def seed_failures(self) -> list[str]:
        """Every seed bar that is not met, in words."""
        seeds = self.groups.get("seeds")
        if seeds is None or not seeds.fixtures:
            return ["no seed fixtures"]
        failures = [
            f"seeds {area}: {_measures(seeds.score(area))} misses {bar.describe()}"
            for area, bar in SEED_BARS.items()
            if not seeds.score(area).meets(bar)
        ]
        failures += [f"seeds span not exact: {s}" for s in seeds.bad_spans]
        failures += [f"seeds no-figures filing has metrics: {n}" for n in seeds.silent_failures]
        return failures

    def slack_failures(self) -> list[str]:
        """Measures of the ``NEAR_SEEDS`` groups more than ``SLACK`` behind the seeds;
        span and figure faults in those groups."""
        seeds = self.groups.get("seeds")
        if seeds is None:
            return ["no seed fixtures"]
        failures: list[str] = []
        for name in NEAR_SEEDS:
            group = self.groups.get(name)
            if group is None or not group.fixtures:
                failures.append(f"no {name} fixtures")
                continue
            for area in AREAS:
                ours, theirs = seeds.score(area), group.score(area)
                for measure in ("precision", "recall", "f1"):
                    gap = getattr(ours, measure) - getattr(theirs, measure)
                    if gap > SLACK + 1e-9:
                        failures.append(
                            f"{name} {area} {measure} {getattr(theirs, measure):.3f} is "
                            f"{gap * 100:.1f} points behind the seeds"
                        )
            failures += [f"{name} span not exact: {s}" for s in group.bad_spans]
            failures += [
                f"{name} no-figures filing has metrics: {n}" for n in group.silent_failures
            ]
        return failures


def _measures(score: Score) -> str:
    return f"P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}"


# --- expectations ------------------------------------------------------------------------


def _clean(value: object) -> str | None:
    """Whitespace-collapsed text, or None for a missing value."""
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


def _period(value: object) -> str | None:
    """A period by its meaning: "nine months ended September 30, 2005" is "Q1-Q3 2005"."""
    text = _clean(value)
    return canonical_period(text) if text else None


def _day(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _number(value: object) -> Decimal:
    number = Decimal(str(value))
    return (
        number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize()
    )


def _organization(name: object) -> str | None:
    """Organizations compare as the operator they resolve to ("mmO2 plc" is "mmO2")."""
    text = _clean(name)
    if text is None:
        return None
    known = default_catalog().resolve(text)
    return known.slug if known else fold(text).lower()


@cache
def _slug_spellings() -> dict[str, str]:
    """Each slug a name or alias of the operator table would slugify to, and the table's own
    slug for that operator: "eesti-mobiiltelefon" is the row ``emt``."""
    spellings: dict[str, str] = {}
    for operator in default_catalog().operators:
        for name in (operator.name, *operator.aliases):
            spellings.setdefault(slugify(name), operator.slug)
    return spellings


def _operator(slug: str) -> str:
    """An expected operator as the table's slug: a writer who does not know the table slugs
    the operator's full name ("total-access-communication"), the table calls it ``dtac``."""
    if default_catalog().get(slug) is not None:
        return slug
    return _slug_spellings().get(slug, slug)


@cache
def _alliance_spellings() -> dict[str, str]:
    """Each slug a name or alias of the alliance table would slugify to, and the table's own
    slug for that alliance: "starmap-mobile-alliance" is the row ``starmap``."""
    spellings: dict[str, str] = {}
    for alliance in alliance_table():
        for name in (alliance.name, *alliance.aliases):
            spellings.setdefault(slugify(name), alliance.slug)
    return spellings


def _alliance(slug: str) -> str:
    """An expected alliance as the table's slug, as ``_operator`` does for operators: a writer
    who does not know the table slugs the alliance's full name."""
    if any(alliance.slug == slug for alliance in alliance_table()):
        return slug
    return _alliance_spellings().get(slug, slug)


def _phone(number: str) -> str:
    return re.sub(r"\s+", " ", number).strip()


@dataclass(slots=True)
class _Facts:
    metrics: Counter[Fact] = field(default_factory=Counter)
    attributes: dict[Fact, list[tuple[str | None, ...]]] = field(default_factory=dict)
    mentions: Counter[Fact] = field(default_factory=Counter)
    contacts: Counter[Fact] = field(default_factory=Counter)
    alliances: Counter[Fact] = field(default_factory=Counter)
    fields: Counter[Fact] = field(default_factory=Counter)

    def area(self, name: str) -> Counter[Fact]:
        value: Counter[Fact] = getattr(self, name)
        return value

    def add_metric(
        self,
        release: int,
        operator: str,
        name: str,
        value: Decimal,
        unit: str,
        attributes: tuple[str | None, ...],
    ) -> None:
        key = (release, operator, name, value, unit)
        self.metrics[key] += 1
        self.attributes.setdefault(key, []).append(attributes)

    def add_contact(
        self,
        release: int,
        name: str,
        title: object,
        organization: object,
        emails: Iterable[str],
        phones: Iterable[str],
    ) -> None:
        person = _clean(name) or ""
        self.contacts[(release, person, "name", person)] += 1
        if _clean(title):
            self.contacts[(release, person, "title", _clean(title))] += 1
        if _organization(organization):
            self.contacts[(release, person, "organization", _organization(organization))] += 1
        for email in emails:
            self.contacts[(release, person, "email", email.strip().lower())] += 1
        for phone in phones:
            self.contacts[(release, person, "phone", _phone(phone))] += 1


_COVER_FIELDS = (
    "form_type",
    "registrant",
    "registrant_address",
    "report_date",
    "annual_report_form",
    "rule_12g3_2b",
    "enclosure",
    "signed_by_name",
    "signed_by_title",
    "signed_on",
)
_RELEASE_FIELDS = ("reference", "title", "released_on")


def _field_value(value: object) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return _clean(value)


def expected_facts(expected: dict[str, Any]) -> _Facts:
    """The facts a hand-written expectation states."""
    facts = _Facts()
    cover = dict(expected.get("cover") or {})
    signed_by = cover.pop("signed_by", None) or {}
    cover["signed_by_name"] = signed_by.get("name")
    cover["signed_by_title"] = signed_by.get("title")
    for name in _COVER_FIELDS:
        value = _field_value(cover.get(name))
        if value is not None:
            facts.fields[("cover", name, value)] += 1
    for index, release in enumerate(expected.get("releases") or []):
        for name in _RELEASE_FIELDS:
            value = _field_value(release.get(name))
            if value is not None:
                facts.fields[(index, name, value)] += 1
        for slug in release.get("mentions") or []:
            facts.mentions[(index, _operator(slug))] += 1
        for metric in release.get("metrics") or []:
            facts.add_metric(
                index,
                _operator(metric["operator"]),
                metric["name"],
                _number(metric["value"]),
                metric["unit"],
                (
                    _day(metric.get("as_of")),
                    _period(metric.get("period")),
                    metric.get("segment"),
                    metric.get("qualifier", "exact"),
                ),
            )
        for contact in release.get("contacts") or []:
            facts.add_contact(
                index,
                contact["name"],
                contact.get("title"),
                contact.get("organization"),
                contact.get("emails") or [],
                contact.get("phones") or [],
            )
        for alliance, members in (release.get("alliances") or {}).items():
            for member in members:
                operator = _operator(member["operator"])
                key = (index, _alliance(alliance), operator, member.get("country"))
                facts.alliances[key] += 1
    return facts


def found_facts(filing: records.Filing) -> _Facts:
    """The facts the pipeline extracted from a filing."""
    facts = _Facts()
    values = filing.cover.columns()
    for name in _COVER_FIELDS:
        value = _field_value(values[name])
        if value is not None:
            facts.fields[("cover", name, value)] += 1
    for index, release in enumerate(filing.releases):
        parsed, extraction = release.parsed, release.extraction
        for name in _RELEASE_FIELDS:
            value = _field_value(getattr(parsed, name))
            if value is not None:
                facts.fields[(index, name, value)] += 1
        for slug in named_operators(extraction, filing.registrant):
            facts.mentions[(index, slug)] += 1
        for metric in extraction.metrics:
            facts.add_metric(
                index,
                metric.operator,
                metric.name,
                _number(metric.value),
                metric.unit,
                (
                    _day(metric.as_of),
                    _period(metric.period),
                    metric.segment,
                    metric.qualifier,
                ),
            )
        for contact in parsed.contacts:
            facts.add_contact(
                index,
                contact.name,
                contact.title,
                contact.organization,
                contact.emails,
                contact.phones,
            )
        for membership in extraction.memberships:
            facts.alliances[
                (index, membership.alliance, membership.operator, membership.country)
            ] += 1
    return facts


def named_operators(
    extraction: records.Extraction, registrant: records.Operator | None
) -> set[str]:
    """Operators the release itself names: mentions, members, stakes, metric subjects.

    Parents the catalog adds without the text naming them (France Telecom behind Orange) are
    not named, so they are left out.
    """
    named = {m.operator for m in extraction.mentions}
    named |= {m.operator for m in extraction.memberships}
    named |= {slug for s in extraction.stakes for slug in (s.owner, s.owned)}
    named |= {m.operator for m in extraction.metrics}
    if registrant is not None:
        named.add(registrant.slug)  # the registrant is always a row: its own figures' subject
    return named


def spans_of(filing: records.Filing) -> Iterator[tuple[str, records.Span]]:
    """Every span the API can show, labelled for a report."""
    for index, release in enumerate(filing.releases):
        parsed, extraction = release.parsed, release.extraction
        yield f"release {index} body", parsed.body
        if parsed.notes is not None:
            yield f"release {index} notes", parsed.notes
        for quote in parsed.quotes:
            yield f"release {index} quote", quote.span
        for contact in parsed.contacts:
            yield f"release {index} contact", contact.span
        for mention in extraction.mentions:
            yield f"release {index} mention", mention.span
        for metric in extraction.metrics:
            yield f"release {index} metric {metric.name}", metric.span
        for membership in extraction.memberships:
            yield f"release {index} membership", membership.span
        for stake in extraction.stakes:
            yield f"release {index} stake", stake.span


# --- running -----------------------------------------------------------------------------


def fixtures(root: Path = EVAL_DIR) -> Iterator[tuple[str, Path, Path]]:
    """(group, expectation, filing) for every fixture, in a stable order."""
    for group in GROUPS:
        for expectation in sorted((root / group).glob("*.expected.yaml")):
            spec = _load_yaml(expectation)
            filing = spec.get("filing")
            if filing:
                path = (ROOT / filing) if not Path(filing).is_absolute() else Path(filing)
            else:
                path = expectation.with_name(expectation.name.replace(".expected.yaml", ".txt"))
            yield group, expectation, path


def _load_yaml(path: Path) -> dict[str, Any]:
    import yaml  # a development tool's dependency; the API never imports this module

    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ValueError(f"{path.name}: {error}") from error
    if not isinstance(loaded, dict):
        raise ValueError(f"{path.name}: an expectation must be a mapping")
    return loaded


def evaluate_fixture(group: str, expectation: Path, path: Path) -> FixtureResult:
    spec = _load_yaml(expectation)
    raw = path.read_bytes()
    filing = read_filing(raw, source_name=path.name)
    want, got = expected_facts(spec), found_facts(filing)
    scores: dict[str, Score] = {}
    missed: dict[str, list[Fact]] = {}
    extra: dict[str, list[Fact]] = {}
    for area in AREAS:
        expected_area, found_area = want.area(area), got.area(area)
        matched = expected_area & found_area
        scores[area] = Score(
            tp=sum(matched.values()),
            fp=sum((found_area - expected_area).values()),
            fn=sum((expected_area - found_area).values()),
        )
        missed[area] = sorted((expected_area - found_area).elements(), key=str)
        extra[area] = sorted((found_area - expected_area).elements(), key=str)
    agree = total = 0
    diffs: list[str] = []
    for key in (want.metrics & got.metrics).elements():
        wanted, found = want.attributes[key], got.attributes[key]
        total += 1
        if any(w in found for w in wanted):
            agree += 1
        else:
            diffs.append(f"{key[1:]}: want {wanted[0]} got {found[0]}")
    text = filing.document.text
    spans = list(spans_of(filing))
    bad = [
        f"{label} {span.start}:{span.end}"
        for label, span in spans
        if text[span.start : span.end] != span.text
    ]
    return FixtureResult(
        name=expectation.name.replace(".expected.yaml", ""),
        group=group,
        scores=scores,
        missed=missed,
        extra=extra,
        spans=len(spans),
        bad_spans=bad,
        metric_count=sum(len(r.extraction.metrics) for r in filing.releases),
        no_figures=bool(spec.get("no_figures")),
        attributes_agree=agree,
        attributes_total=total,
        attribute_diffs=sorted(set(diffs)),
    )


def evaluate(root: Path = EVAL_DIR) -> Report:
    """Score every fixture under ``root``."""
    groups = {group: GroupResult(group) for group in GROUPS}
    for group, expectation, path in fixtures(root):
        groups[group].fixtures.append(evaluate_fixture(group, expectation, path))
    return Report(groups)


# --- printing ----------------------------------------------------------------------------


def format_group(group: GroupResult, *, bars: dict[str, Bar] | None = None) -> str:
    lines = [
        f"{group.name}: {len(group.fixtures)} filings",
        f"  {'area':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4}  bar",
    ]
    for area in AREAS:
        score = group.score(area)
        verdict = ""
        if bars is not None:
            bar = bars[area]
            verdict = f"{bar.describe():<16} {'ok' if score.meets(bar) else 'FAIL'}"
        lines.append(
            f"  {area:<10} {score.precision:>6.3f} {score.recall:>6.3f} {score.f1:>6.3f}"
            f" {score.tp:>5} {score.fp:>4} {score.fn:>4}  {verdict}".rstrip()
        )
    agree, total = group.attributes
    lines.append(f"  metric as_of/period/segment/qualifier agree on {agree}/{total} matched")
    lines.append(f"  spans exact: {group.spans - len(group.bad_spans)}/{group.spans}")
    quiet = [f for f in group.fixtures if f.no_figures]
    if quiet:
        clean = sum(1 for f in quiet if not f.metric_count)
        lines.append(f"  filings without figures that yield no metrics: {clean}/{len(quiet)}")
    return "\n".join(lines)


def format_details(group: GroupResult) -> str:
    lines: list[str] = []
    for fixture in group.fixtures:
        rows: list[str] = []
        for area in AREAS:
            rows += [f"    miss  {area:<9} {fact}" for fact in fixture.missed[area]]
            rows += [f"    extra {area:<9} {fact}" for fact in fixture.extra[area]]
        rows += [f"    attr  {diff}" for diff in fixture.attribute_diffs]
        rows += [f"    span  {span}" for span in fixture.bad_spans]
        if rows:
            lines.append(f"  {fixture.name}")
            lines += rows
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.evaluation", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail on the unseen, holdout, fresh, blind and third bars too",
    )
    parser.add_argument("--root", type=Path, default=EVAL_DIR, help="fixture folder")
    args = parser.parse_args(argv)
    report = evaluate(args.root)
    for name, group in report.groups.items():
        print(format_group(group, bars=SEED_BARS if name == "seeds" else None))
        if name in REPORTED:
            print(f"  {REPORTED_LABELS.get(name, f'{name}: reported, not judged')}")
        if args.verbose:
            details = format_details(group)
            if details:
                print(details)
        print()
    seed_failures = report.seed_failures()
    slack_failures = report.slack_failures()
    for failure in seed_failures + slack_failures:
        print(f"FAIL {failure}")
    if not seed_failures and not slack_failures:
        near = " and ".join(NEAR_SEEDS)
        print(f"all bars met ({near} within {SLACK * 100:.0f} points of the seeds)")
    return 1 if seed_failures or (args.strict and slack_failures) else 0


if __name__ == "__main__":
    sys.exit(main())
