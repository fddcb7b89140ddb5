"""Tests for parse_filing(): cover, signature, releases, sections, quotes and contacts."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.ingest import parse
from app.ingest.decode import decode
from app.ingest.envelope import unwrap
from app.ingest.errors import RejectedFiling
from app.ingest.parse import find_date, parse_date, parse_filing
from app.ingest.records import Document, ParsedFiling, Signatory

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "data" / "filings"
FIXTURES = ROOT / "tests" / "fixtures" / "parse"
REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real"


def _parse(path: Path) -> ParsedFiling:
    return parse_filing(unwrap(decode(path.read_bytes(), source_name=path.name)))


def _seed(prefix: str) -> ParsedFiling:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return _parse(path)


def _document(text: str) -> Document:
    return Document(text=text, sha256="0" * 64, source_name="t.txt")


def _assert_spans_hold(filing: ParsedFiling) -> None:
    text = filing.document.text
    for release in filing.releases:
        spans = [release.body, *(q.span for q in release.quotes)]
        spans += [c.span for c in release.contacts]
        spans += [release.notes] if release.notes else []
        for span in spans:
            assert text[span.start : span.end] == span.text
        for section in release.sections:
            assert 0 <= section.start <= section.end <= len(text)
            assert text[section.start : section.end].strip() == text[section.start : section.end]


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("01 October 2003", date(2003, 10, 1)),
        ("11 NOVEMBER. 2004", date(2004, 11, 11)),
        ("17 November, 2003", date(2003, 11, 17)),
        ("March 28, 2003", date(2003, 3, 28)),
        ("March, 31 2004", date(2004, 3, 31)),
        ("1st October 2003", date(2003, 10, 1)),
        ("28th March 2003", date(2003, 3, 28)),
        ("2004-05-14", date(2004, 5, 14)),
        ("14.05.2004", date(2004, 5, 14)),
        ("1. Oktober 2003", date(2003, 10, 1)),
        ("28 de marzo de 2003", date(2003, 3, 28)),
        ("14 mai 2004", date(2004, 5, 14)),
        ("Sept. 3, 2004", date(2004, 9, 3)),
        ("12/31/2003", date(2003, 12, 31)),
        ("For the month of June 2005", None),
        ("31 February 2004", None),
        ("no date here", None),
    ],
)
def test_parse_date(written: str, expected: date | None) -> None:
    assert parse_date(written) == expected


def test_find_date_reports_where_the_date_is() -> None:
    assert find_date("Released: 1st October 2003") == (date(2003, 10, 1), 10, 26)


# -- the four seeds ------------------------------------------------------------------------

MMO2_ADDRESS = "Wellington Street, Slough, Berkshire SL1 1YP, England"
HARWOOD = Signatory(name="Robert Harwood", title="Assistant Secretary")


@pytest.mark.parametrize(
    ("prefix", "report_date", "enclosure"),
    [
        (
            "000",
            date(2003, 10, 1),
            "Copy of announcement regarding Mobile Alliance sent to the London Stock "
            "Exchange on 01 October 2003.",
        ),
        (
            "001",
            date(2004, 11, 11),
            "Copy of announcement regarding Starmap mobile alliance sent to the London "
            "Stock Exchange on 11 November, 2004",
        ),
        (
            "002",
            date(2003, 3, 28),
            "Copy of announcement regarding MMS INTERCONNECT sent to the London Stock "
            "Exchange on 28 March 2003",
        ),
        (
            "003",
            date(2003, 11, 17),
            "Copy of announcement regarding Online 1 million customers sent to the "
            "London Stock Exchange on 17 November, 2003",
        ),
    ],
)
def test_seed_covers(prefix: str, report_date: date, enclosure: str) -> None:
    cover = _seed(prefix).cover
    assert cover.form_type == "6-K"
    assert cover.registrant == "mmO2 plc"
    assert cover.registrant_address == MMO2_ADDRESS
    assert cover.report_date == report_date
    assert cover.annual_report_form == "20-F"
    assert cover.rule_12g3_2b is False
    assert cover.enclosure == enclosure
    assert cover.signed_by == HARWOOD
    assert cover.signed_on == report_date


@pytest.mark.parametrize(
    ("prefix", "reference", "title", "released_on", "about", "has_notes"),
    [
        (
            "000",
            "PR0337",
            "THE 'MOBILE ALLIANCE' IS FORMED TO SERVE CUSTOMERS ACROSS EUROPE",
            date(2003, 10, 1),
            ["mmO2", "Amena", "One", "Pannon GSM", "sunrise", "Telenor Mobil", "Wind"],
            False,
        ),
        (
            "001",
            "PR0439",
            "THE STARMAP MOBILE ALLIANCE UNVEILS NEW MULTI-COUNTRY CORPORATE PROPOSITION",
            date(2004, 11, 11),
            ["mmO2", "Amena", "Eurotel", "ONE", "Pannon GSM", "sunrise", "Wind"],
            True,
        ),
        (
            "002",
            "09-2003",
            "O2 FIRST TO PROVIDE MMS INTERCONNECT WITH ALL UK NETWORKS*",
            date(2003, 3, 28),
            ["About O2 UK"],
            True,
        ),
        (
            "003",
            "PR0343",
            "O2 SIGNS UP ONE MILLION ONLINE CUSTOMERS",
            date(2003, 11, 17),
            ["mmO2"],
            False,
        ),
    ],
)
def test_seed_releases(
    prefix: str,
    reference: str,
    title: str,
    released_on: date,
    about: list[str],
    has_notes: bool,
) -> None:
    filing = _seed(prefix)
    (release,) = filing.releases
    assert release.reference == reference
    assert release.title == title
    assert release.released_on == released_on
    assert [s.heading for s in release.sections if s.kind == "about"] == about
    assert release.sections[0].kind == "body"
    assert (release.sections[0].start, release.sections[0].end) == (
        release.body.start,
        release.body.end,
    )
    assert (release.notes is not None) is has_notes
    _assert_spans_hold(filing)


def test_seed_000_body_stops_at_the_end_marker() -> None:
    (release,) = _seed("000").releases
    assert release.body.text.startswith("Nine leading independent mobile operators")
    assert release.body.text.endswith('far quicker to market with new and innovative services."')
    assert "- ends -" not in release.body.text


def test_seed_001_without_end_marker_body_stops_at_the_notes() -> None:
    (release,) = _seed("001").releases
    assert release.body.text.startswith("The Starmap Mobile Alliance today announced")
    assert release.body.text.endswith('introducing a new multi-national\nproposition."')
    assert release.notes is not None
    assert release.notes.text.startswith("The Starmap Mobile Alliance has eleven members")
    assert release.notes.text.endswith("visit www.starmapmobile.com")


def test_seed_002_notes_run_to_the_about_section() -> None:
    (release,) = _seed("002").releases
    assert release.notes is not None
    assert release.notes.text.startswith('*Does not include 3G network "3".')
    assert release.notes.text.endswith("Usability By Design,\nNovember 2002.")
    kinds = [(s.kind, s.heading) for s in release.sections]
    assert kinds == [("body", None), ("notes", "Notes to editors"), ("about", "About O2 UK")]


def test_about_sections_run_to_the_next_heading_and_keep_their_contacts() -> None:
    filing = _seed("000")
    (release,) = filing.releases
    about = [s for s in release.sections if s.kind == "about"]
    text = filing.document.text
    amena = text[about[1].start : about[1].end]
    assert amena.startswith("Amena\n\nAmena is amember of Auna Group")
    assert amena.endswith("phone: + 34 656 155 213")
    wind = text[about[-1].start : about[-1].end]
    assert wind.endswith("www.libero.it")
    assert "SIGNATURE" not in wind


SEED_CONTACTS = {
    "000": [
        ("David Nicholas", "mmO2", ("david.nicholas@o2.com",), ("+44 (0) 771 575 9176",)),
        ("Simon Gordon", "mmO2", ("simon.gordon@o2.com",), ("+44 (0)771 007 0698",)),
        (
            "Fernando Castro Izuzquiza",
            "Amena",
            ("fernando.castro@amena.es",),
            ("+ 34 656 155 213",),
        ),
        ("Cindy Naegeli-du Pont", "One", ("cindy.naegeli-dupont@one.at",), ("+43 699 1699 3400",)),
        ("Gyorgy Felkai", "Pannon GSM", ("GyFelkai@PGSM.HU",), ("+36 20 930 2000",)),
        (
            "Monika Walser",
            "sunrise",
            ("media@sunrise.net",),
            ("0800 333 000", "+41 (0)1 300 91 01"),
        ),
        ("Sigurd Sandvin", "Telenor Mobil", ("sigurd.sandvin@telenor.com",), ("+47 905 21 100",)),
        (
            "Gianni Di Giovanni",
            "Wind",
            ("gianni.digiovanni@mail.wind.it",),
            ("+39 06 8311 4546", "+39 02 3011 5416"),
        ),
    ],
    "001": [
        ("David Nicholas", "mmO2", ("david.nicholas@o2.com",), ("+44 (0) 771 575 9176",)),
        ("Simon Gordon", "mmO2", ("simon.gordon@o2.com",), ("+44 (0)771 007 0698",)),
        ("Manuel Bueno Montoya", "Auna Group", (), ("+34.91.202.50.61",)),
        ("Fernando Castro Izuzquiza", "Amena", (), ("+34.656.155.213",)),
        ("Diana Dobalova", "Eurotel", ("diana_dobalova@eurotel.cz",), ("+420 720 70 44 00",)),
        ("Cindy NTM?geli-du Pont", "ONE", ("cindy.naegeli-dupont@one.at",), ("+43 699-1699 3400",)),
        ("Dora Somlyai", "Pannon GSM", ("dsomlyai@pgsm.hu",), ("+ 36 20 930 4000",)),
        (
            "Monika Walser",
            "sunrise",
            ("media@sunrise.net",),
            ("+41 (0)1 555 69 33", "0800 333 000"),
        ),
        (
            "Gianni Di Giovanni",
            "Wind",
            ("gianni.digiovanni@mail.wind.it",),
            ("+39 06 8311 4546", "+39 02 3011 5416"),
        ),
    ],
    "002": [],
    "003": [
        ("David Nicholas", "mmO2 plc", ("david.nicholas@o2.com",), ("+44 (0) 771 575 9176",)),
        ("Simon Gordon", "mmO2 plc", ("simon.gordon@o2.com",), ("+44 (0)771 007 0698",)),
    ],
}


@pytest.mark.parametrize("prefix", sorted(SEED_CONTACTS))
def test_seed_contacts(prefix: str) -> None:
    (release,) = _seed(prefix).releases
    found = [(c.name, c.organization, c.emails, c.phones) for c in release.contacts]
    assert found == SEED_CONTACTS[prefix]
    assert all(c.name != "Robert Harwood" for c in release.contacts)


def test_seed_contact_titles() -> None:
    (release,) = _seed("000").releases
    titles = {c.name: c.title for c in release.contacts}
    assert titles["David Nicholas"] == "Head of Media Relations"
    assert titles["Fernando Castro Izuzquiza"] == "Press Director"
    assert titles["Gianni Di Giovanni"] == "Responsabile Comunicazione con i Media"


def test_seed_quotes() -> None:
    (alliance,) = _seed("000").releases
    (quote,) = alliance.quotes
    assert (quote.speaker, quote.role) == ("Rudi Groger", "director of mmO2 plc")
    assert quote.text.startswith("The creation of this alliance will be excellent news")
    assert "could alone.\n\nKey to the success of this alliance" in quote.text
    assert quote.text.endswith("new and innovative services.")
    assert '"' not in quote.text
    assert quote.span.text.startswith("The creation") and quote.span.text.endswith("services.")

    (starmap,) = _seed("001").releases
    assert [(q.speaker, q.role) for q in starmap.quotes] == [
        (
            "Rudi Groger",
            "chief executive officer of O2 Germany, and company lead for Starmap Mobile Alliance",
        )
    ]
    (mms,) = _seed("002").releases
    assert [(q.speaker, q.role) for q in mms.quotes] == [("Dave McGlade", "CEO O2 UK")]
    assert mms.quotes[0].text.endswith("a critical mass of enabled handsets")
    (online,) = _seed("003").releases
    assert [(q.speaker, q.role) for q in online.quotes] == [
        ("Kent Thexton", "chief marketing and data officer, mmO2")
    ]


# -- variant fixtures ----------------------------------------------------------------------


def test_two_releases_bracket_marks_iso_and_continental_dates() -> None:
    filing = _parse(FIXTURES / "two_releases.txt")
    cover = filing.cover
    assert cover.registrant == "Nordlys Telecom ASA"
    assert cover.registrant_address == "Fjordveien 12, 0150 Oslo, Norway"
    assert cover.report_date == date(2004, 5, 14)
    assert cover.annual_report_form == "20-F"
    assert cover.rule_12g3_2b is False
    assert cover.enclosure == "Two announcements sent to the Oslo Stock Exchange on 14 May 2004"
    assert cover.signed_by == Signatory(name="Kari Nordmann", title="Chief Executive Officer")
    assert cover.signed_on == date(2004, 5, 14)

    first, second = filing.releases
    assert first.reference == "NT-2004-07"
    assert first.title == "NORDLYS TELECOM PASSES THREE MILLION CUSTOMERS IN NORWAY"
    assert first.released_on == date(2004, 5, 14)
    assert first.body.text.endswith('"We will keep investing in the network."')
    assert [s.heading for s in first.sections if s.kind == "about"] == ["About Nordlys Telecom"]
    assert [(c.name, c.organization, c.phones) for c in first.contacts] == [
        ("Ola Hansen", "Nordlys Telecom", ("+47 22 00 00 00",)),
        ("Ingrid Berg", "Nordlys Telecom", ("+47 22 00 00 02",)),
    ]
    (quote,) = first.quotes
    assert quote.speaker == "Kari Nordmann"
    assert (
        quote.text
        == "This is a proud day for everyone at Nordlys.\n\nWe will keep investing in the network."
    )

    assert second.reference == "NT-2004-08"
    assert second.title == "NORDLYS TELECOM LAUNCHES MMS ROAMING"
    assert second.released_on == date(2004, 5, 14)
    assert second.body.text.endswith("the company said today in Oslo.")
    assert second.notes is not None
    assert (
        second.notes.text
        == "MMS roaming is available on all Nordlys contract plans from 1 June 2004."
    )
    assert second.contacts == ()
    assert first.body.end < second.body.start
    _assert_spans_hold(filing)


def test_missing_cover_parts_are_none_and_marks_before_forty_f() -> None:
    filing = _parse(FIXTURES / "bare_cover.txt")
    cover = filing.cover
    assert cover.registrant == "Beispiel Mobilfunk AG"
    assert cover.registrant_address is None
    assert cover.report_date is None
    assert cover.annual_report_form == "40-F"
    assert cover.rule_12g3_2b is None
    assert cover.enclosure is None
    assert cover.signed_by == Signatory(name=None, title=None)
    assert cover.signed_on is None
    (release,) = filing.releases
    assert release.reference is None
    assert release.title == "BEISPIEL MOBILFUNK OPENS NEW NETWORK CENTRE"
    assert release.released_on == date(2005, 6, 3)
    assert [(q.speaker, q.role) for q in release.quotes] == [
        ("Hans Weber", "CEO Beispiel Mobilfunk")
    ]
    # No end marker: the body stops at the about heading.
    assert release.body.text.endswith('"The centre makes our network safer."')
    assert [s.heading for s in release.sections if s.kind == "about"] == ["Beispiel Mobilfunk"]
    (contact,) = release.contacts
    assert (contact.name, contact.title, contact.phones) == (
        "Petra Schmidt",
        "Pressesprecherin",
        ("0800 123 456",),
    )


def test_crlf_cp1252_filing_with_spanish_cover_date() -> None:
    filing = _parse(FIXTURES / "crlf_cp1252.txt")
    assert filing.cover.registrant == "Telefonía Café Móvil S.A."
    assert filing.cover.registrant_address == "Calle Mayor 1, 28013 Madrid, España"
    assert filing.cover.report_date == date(2003, 3, 28)
    assert filing.cover.annual_report_form == "20-F"
    (release,) = filing.releases
    assert release.title == "CAFÉ MÓVIL’S NETWORK REACHES €1 BILLION INVESTMENT"
    assert release.released_on == date(2003, 3, 28)
    assert release.body.text.endswith("2,5 million customers.")


@pytest.mark.parametrize(
    ("marks", "form"),
    [
        ("Form 20-F..X... Form 40-F.....", "20-F"),
        ("Form 20-F ..... Form 40-F ..X..", "40-F"),
        ("Form 20-F [X]    Form 40-F [ ]", "20-F"),
        ("[ ] Form 20-F    [x] Form 40-F", "40-F"),
        ("☐ Form 20-F    ☒ Form 40-F", "40-F"),
        ("Form 20-F ☒    Form 40-F ☐", "20-F"),
        ("Form 20-F .... Form 40-F ....", None),
        ("Form 20-F [√]  Form 40-F [ ]", "20-F"),
        ("Form 20-F   o        Form 40-F   þ", "40-F"),
        ("Form 20-F   ý        Form 40-F   q", "20-F"),
        ("Form 20-F   ¨        Form 40-F   ü", "40-F"),
        ("Form 20-F __x__      Form 40-F _____", "20-F"),
    ],
)
def test_annual_report_marks(marks: str, form: str | None) -> None:
    text = (
        "FORM 6-K\n\nIndicate by check mark whether the registrant files or will file annual "
        f"reports\nunder cover Form 20-F or Form 40-F\n\n    {marks}\n"
    )
    assert parse_filing(_document(text)).cover.annual_report_form == form


@pytest.mark.parametrize(
    ("marks", "furnishing"),
    [
        ("Yes   o          No   þ", False),
        ("Yes   ü          No   ¨", True),
        ("Yes [ ]          No [√]", False),
    ],
)
def test_rule_12g3_2b_marks_drawn_in_a_text_font(marks: str, furnishing: bool) -> None:
    text = (
        "FORM 6-K\n\nIndicate by check mark whether the registrant by furnishing the "
        "information\ncontained in this Form is also thereby furnishing the information to the"
        "\nCommission pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934.\n"
        f"\n    {marks}\n"
    )
    assert parse_filing(_document(text)).cover.rule_12g3_2b is furnishing


def test_text_without_a_six_k_cover_is_rejected() -> None:
    text = "PRESS RELEASE\n\nACME WINS\n\nReleased: 1 May 2004\n\nAcme today won.\n"
    with pytest.raises(RejectedFiling) as caught:
        parse_filing(_document(text))
    assert (
        "FORM 6-K" in caught.value.reason
        and "Report of Foreign Private Issuer" in caught.value.reason
    )


def test_an_eight_k_cover_is_rejected_naming_the_form() -> None:
    with pytest.raises(RejectedFiling, match="found FORM 8-K"):
        parse_filing(_document("UNITED STATES\nFORM 8-K\nCURRENT REPORT\n"))


def test_a_cover_without_releases_has_none() -> None:
    text = "FORM 6-K\n\nReport of Foreign Private Issuer\n\n01 October 2003\n\nAcme plc\n"
    filing = parse_filing(_document(text))
    assert filing.releases == ()
    assert filing.cover.registrant == "Acme plc"


def test_near_miss_megabyte_input_parses_quickly() -> None:
    import time

    lines = ["FORM 6-K", "", "press release", "", "Released: 1st October 2003", ""]
    filler = 'Nobody said: "' + "a" * 200 + "\n"
    text = "\n".join(lines) + filler * 4000 + ("Aa Bb, cc, said: x\n" * 20_000)
    started = time.perf_counter()
    parse_filing(_document(text))
    assert time.perf_counter() - started < 10


# -- real HTML 6-Ks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "registrant", "signed_by", "releases"),
    [
        ("equinor_2025-02-14_notifiable-trading.html", "Equinor ASA", "Torgrim Reitan", 1),
        (
            "alcon_2023-02-13_cover-litigation-settlement-exhibit-index.html",
            "ALCON INC.",
            "David J. Endicott",
            0,
        ),
        (
            "asml_2026-07-15_q2-2026-results-cover-exhibit-index.html",
            "ASML Holding N.V.",
            "Christophe D. Fouquet",
            0,
        ),
        (
            "credicorp_2025-02-14_cover-only-no-exhibit.html",
            "CREDICORP LTD.",
            "Milagros Cigüeñas",
            0,
        ),
        (
            "tsmc_2024-05-15_cover-q1-2024-financial-statements-exhibit-index.html",
            "Taiwan Semiconductor Manufacturing Company Ltd.",
            "Wendell Huang",
            0,
        ),
        (
            "royal-philips_2023-01-30_plan-to-create-value-with-sustainable-impact.html",
            "KONINKLIJKE PHILIPS N.V.",
            "M.J. van Ginneken",
            1,
        ),
    ],
)
def test_real_html_covers(name: str, registrant: str, signed_by: str, releases: int) -> None:
    filing = _parse(REAL / name)
    assert filing.cover.registrant == registrant
    assert filing.cover.annual_report_form == "20-F"
    assert filing.cover.signed_by.name == signed_by
    assert filing.cover.signed_on is not None
    assert len(filing.releases) == releases
    _assert_spans_hold(filing)


def test_real_philips_release() -> None:
    filing = _parse(
        REAL / "royal-philips_2023-01-30_plan-to-create-value-with-sustainable-impact.html"
    )
    assert filing.cover.rule_12g3_2b is False
    assert filing.cover.registrant_address == (
        "Breitner Center, Amstelplein 2, 1096 BC Amsterdam, The Netherlands"
    )
    assert filing.cover.signed_by.title == "Chief Legal Officer"
    (release,) = filing.releases
    assert release.title == "Philips presents its plan to create value with sustainable impact"
    assert release.released_on == date(2023, 1, 30)
    assert release.body.text.startswith("Amsterdam, the Netherlands – Royal Philips")
    assert [s.heading for s in release.sections if s.kind == "about"] == ["About Royal Philips"]
    assert [(c.name, c.emails) for c in release.contacts] == [
        ("Ben Zwirs", ("ben.zwirs@philips.com",)),
        ("Derya Guzel", ("derya.guzel@philips.com",)),
    ]


_MINI_COVER = """FORM 6-K

SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

Report of Foreign Private Issuer

Date: 3 March 2005

NORDLYS TELECOM ASA

Fjordveien 12
0150 Oslo, Norway
(Address of principal executive offices)

Form 20-F [X]     Form 40-F [ ]

Yes [ ]     No [X]

"""

_MINI_BODY = """
Nordlys Telecom today reported that its network now reaches every county of Norway and
that the roll-out of new services will continue over the coming year as planned.

The company will publish its full year figures in the spring, as it does every year.

"""

_MINI_SIGNATURE = """
SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.

                                   NORDLYS TELECOM ASA
"""


def _mini(header: str, signature: str, body: str = _MINI_BODY) -> ParsedFiling:
    text = _MINI_COVER + header + body + _MINI_SIGNATURE + signature
    return parse_filing(_document(text))


@pytest.mark.parametrize(
    ("label", "reference"),
    [
        ("Communiqué de presse / Press release", None),
        ("Press release - regulated information", None),
        ("Company Announcement no. 7-2005", "7-2005"),
        ("Stock Exchange Release", None),
    ],
)
def test_release_labels_are_no_titles(label: str, reference: str | None) -> None:
    header = f"\n{label}\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n").releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    assert release.reference == reference
    assert release.released_on == date(2005, 3, 3)


def test_a_subtitle_between_headline_and_dateline_is_skipped() -> None:
    header = (
        "\nPRESS RELEASE\n\nNORDLYS: 2004 ANNUAL RESULTS\nSteady growth in every county\n\n"
        "Oslo, 3 March 2005\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n").releases
    assert release.title == "NORDLYS: 2004 ANNUAL RESULTS"
    assert release.released_on == date(2005, 3, 3)


def test_a_headline_over_two_lines_and_a_bracketed_dateline() -> None:
    header = (
        "\n      NORDLYS ANNOUNCES FULL YEAR 2004 FINANCIAL AND\n               OPERATING RESULTS\n"
    )
    body = (
        "\nOslo and London (March 3, 2005) - Nordlys Telecom today announced its results and"
        " said that\nthe network now reaches every county of Norway as it had planned.\n\n"
        "The company will publish its annual report in the spring, as it does every year.\n\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "NORDLYS ANNOUNCES FULL YEAR 2004 FINANCIAL AND OPERATING RESULTS"
    assert release.released_on == date(2005, 3, 3)


def test_signature_rule_wrapped_title_and_ordinal_date_line() -> None:
    header = "\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    signature = (
        "Date: March 3, 2005            By: /s/ Kari Nordmann\n"
        "                                   ------------------------\n"
        "                                   Name:  Kari Nordmann\n"
        "                                   Title: Director of Financial\n"
        "                                          Information\n"
    )
    cover = _mini(header, signature).cover
    assert cover.signed_by == Signatory(
        name="Kari Nordmann", title="Director of Financial Information"
    )
    signature = (
        "                                   BY: /s/ Kari Nordmann\n"
        "                                       ------------------\n"
        "                                       KARI NORDMANN\n"
        "                                       Company Manager\n\n"
        "Date: March 3rd, 2005\n"
    )
    filing = _mini(header, signature)
    assert filing.cover.signed_by == Signatory(name="Kari Nordmann", title="Company Manager")
    assert filing.cover.signed_on == date(2005, 3, 3)
    assert len(filing.releases) == 1


def _from_bytes(text: str) -> ParsedFiling:
    return parse_filing(unwrap(decode(text.encode("utf-8"), source_name="t.txt")))


_DATELINE_BODY = (
    "\n{dateline} Nordlys Telecom today reported that its network now reaches every\n"
    "county of Norway and that the roll-out of new services will continue as planned.\n\n"
    "The company will publish its full year figures in the spring, as it does every year.\n\n"
)


@pytest.mark.parametrize(
    "banner",
    ["FOR IMMEDIATE RELEASE", "News Release", "For release at 07:00 CET", "IMMEDIATE RELEASE"],
)
def test_banners_are_no_titles(banner: str) -> None:
    header = f"\n{' ' * 40}{banner}\n\n   NORDLYS EXTENDS ITS NETWORK TO EVERY COUNTY\n"
    body = _DATELINE_BODY.format(dateline="Oslo, March 3, 2005 -")
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK TO EVERY COUNTY"
    assert release.released_on == date(2005, 3, 3)
    assert release.body.text.startswith("Oslo, March 3, 2005 - Nordlys")


@pytest.mark.parametrize(
    "dateline",
    [
        "Tromso, Norway - March 3, 2005 -",
        "TROMSO, Troms, Norway, 3 March 2005 -",
        "Sao Paulo, Brazil – 3 March 2005 –",
        "Oslo, Kingdom of Norway: March 3, 2005 -",
    ],
)
def test_a_dateline_with_a_country_before_the_date(dateline: str) -> None:
    header = "\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n"
    body = _DATELINE_BODY.format(dateline=dateline)
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    assert release.released_on == date(2005, 3, 3)


def test_a_dateline_needs_a_place_before_and_a_dash_after_the_date() -> None:
    header = "\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n"
    body = _DATELINE_BODY.format(dateline="On March 9, 2005 the board said that")
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    # No dateline: the release takes the filing's date, not a date from its prose.
    assert release.released_on == date(2005, 3, 3)


def test_a_one_paragraph_notice_is_a_release_dated_by_its_filing() -> None:
    header = "\nNordlys Telecom ASA - change of financial calendar\n"
    body = (
        "\nNordlys Telecom ASA will publish its results for the third quarter on Wednesday\n"
        "27 October instead of Thursday 28 October, as earlier announced. The\n"
        "presentation will be webcast on the company's website.\n\n"
    )
    cover = _MINI_COVER.replace("Date: 3 March 2005", "For the month of March 2005")
    text = cover + header + body + _MINI_SIGNATURE + "Date: 4 March 2005   By: /s/ Kari Nordmann\n"
    (release,) = parse_filing(_document(text)).releases
    assert release.title == "Nordlys Telecom ASA - change of financial calendar"
    assert release.released_on == date(2005, 3, 4)
    assert release.body.text.endswith("on the company's website.")


def test_a_bracketed_note_under_the_issuer_is_no_title_and_a_signoff_dates_it() -> None:
    header = (
        "\n                NORDLYS TELECOM ASA\n"
        "   (Incorporated in Norway with limited liability under the\n"
        "              Public Limited Companies Act)\n\n"
        "        ANNOUNCEMENT OF 2004 ANNUAL RESULTS\n"
    )
    body = _MINI_BODY + "Board of Directors\n\nTromso, 4 March 2005\n\n"
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "ANNOUNCEMENT OF 2004 ANNUAL RESULTS"
    assert release.released_on == date(2005, 3, 4)


def test_a_labelled_signoff_date_wins_over_a_bare_date_in_a_form_answer() -> None:
    header = "\nNORDLYS TELECOM NOTIFIES A HOLDING\n"
    body = (
        _MINI_BODY
        + "5. Date of transaction\n\n1 March 2005\n\n"
        + "Date of notification: 4 March 2005\n\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "NORDLYS TELECOM NOTIFIES A HOLDING"
    assert release.released_on == date(2005, 3, 4)


def test_contacts_above_a_two_line_headline_crlf() -> None:
    header = (
        "\nFOR IMMEDIATE RELEASE\n\nMedia contacts:\n"
        "Kari Nordmann, Head of Press\nNordlys Telecom ASA\n"
        "Tel: +47 22 00 11 22\nkari.nordmann@nordlys.no\n\n"
        "Ola Berg\nInvestor Relations\nTel: +47 22 00 11 33\n\n\n"
        "     NORDLYS AND TWO PARTNERS FORM THE NORTHERN\n"
        "                 ROAMING ALLIANCE\n"
    )
    body = _DATELINE_BODY.format(dateline="Tromso, Norway, March 3, 2005 -")
    text = _MINI_COVER + header + body + _MINI_SIGNATURE + "By: /s/ Kari Nordmann\n"
    filing = _from_bytes(text.replace("\n", "\r\n"))
    (release,) = filing.releases
    assert release.title == "NORDLYS AND TWO PARTNERS FORM THE NORTHERN ROAMING ALLIANCE"
    assert release.released_on == date(2005, 3, 3)
    assert release.body.text.startswith("Tromso, Norway, March 3, 2005 - Nordlys")
    assert [(c.name, c.phones) for c in release.contacts] == [
        ("Kari Nordmann", ("+47 22 00 11 22",)),
        ("Ola Berg", ("+47 22 00 11 33",)),
    ]
    _assert_spans_hold(filing)


@pytest.mark.parametrize("marker", ["EXHIBIT 99.{n}", "Exhibit {n}", "Exhibit No. {n}"])
def test_exhibits_after_the_signature_are_releases_of_their_own(marker: str) -> None:
    def exhibit(n: int, headline: str, day: int, person: str) -> str:
        return (
            f"\n\n{' ' * 50}{marker.format(n=n)}\n\n"
            f"       {headline}\n\n"
            f"OSLO, Norway, March {day}, 2005 - Nordlys Telecom ASA today said that its network\n"
            "now reaches every county of Norway and that new services will follow soon.\n\n"
            "The company will publish its full year figures in the spring, as every year.\n\n"
            f"Contact:\n{person}\nHead of Press\nTel: +47 22 00 11 2{n}\n"
        )

    text = (
        _MINI_COVER
        + _MINI_SIGNATURE
        + "By: /s/ Kari Nordmann\n    Name: Kari Nordmann\n    Title: Chief Financial Officer\n"
        + exhibit(1, "NORDLYS EXTENDS ITS NETWORK", 3, "Ola Berg")
        + exhibit(2, "NORDLYS LAUNCHES VIDEO CALLING", 4, "Siri Dahl")
    )
    filing = parse_filing(_document(text))
    assert [(r.title, r.released_on) for r in filing.releases] == [
        ("NORDLYS EXTENDS ITS NETWORK", date(2005, 3, 3)),
        ("NORDLYS LAUNCHES VIDEO CALLING", date(2005, 3, 4)),
    ]
    assert [[c.name for c in r.contacts] for r in filing.releases] == [["Ola Berg"], ["Siri Dahl"]]
    assert "EXHIBIT" not in filing.releases[0].body.text.upper()
    assert filing.cover.signed_by == Signatory(
        name="Kari Nordmann", title="Chief Financial Officer"
    )
    _assert_spans_hold(filing)


@pytest.mark.parametrize("form", ["SCHEDULE 11", "Annex 2", "APPENDIX A"])
def test_a_form_name_over_the_headline_is_no_title(form: str) -> None:
    header = f"\n{form}\n\nNOTIFICATION OF A CHANGE IN DIRECTORS' INTERESTS\n"
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n").releases
    assert release.title == "NOTIFICATION OF A CHANGE IN DIRECTORS' INTERESTS"


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_spaced_signer_labels_and_a_date_under_the_signature(newline: str) -> None:
    header = "\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    signature = (
        "                        By : /s/ Kari A. Nordmann-Berg\n"
        "                        Name  : Kari A. Nordmann-Berg\n"
        "                        TITLE : Executive Vice President, Legal Affairs and\n"
        "                                Company Secretary\n\n"
        "Date: March 4, 2005\n"
    )
    text = _MINI_COVER + header + _MINI_BODY + _MINI_SIGNATURE + signature
    filing = _from_bytes(text.replace("\n", newline))
    assert filing.cover.signed_by == Signatory(
        name="Kari A. Nordmann-Berg",
        title="Executive Vice President, Legal Affairs and Company Secretary",
    )
    assert filing.cover.signed_on == date(2005, 3, 4)
    (release,) = filing.releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    _assert_spans_hold(filing)


@pytest.mark.parametrize("caption", ["(Signature)", "( Signature )", "(Signed)"])
def test_a_caption_under_the_signature_line_is_no_title(caption: str) -> None:
    header = "\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    signature = (
        "                                   (Registrant)\n\n"
        "                                   By: /s/ Ola Berg\n"
        f"                                   {caption}\n"
        "                                   Name: Ola Berg\n"
        "                                   Title: Chief Financial Officer\n\n"
        "Date: 3 March 2005\n"
    )
    filing = _mini(header, signature)
    assert filing.cover.signed_by == Signatory(name="Ola Berg", title="Chief Financial Officer")
    assert filing.cover.signed_on == date(2005, 3, 3)
    assert len(filing.releases) == 1


def test_a_date_line_far_under_the_signature_opens_no_empty_release() -> None:
    header = "\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    signature = (
        "By: /s/ Ola Berg\nOla Berg\nChief Financial Officer\n\n\n\n\n\nDate: 3 March 2005\n"
    )
    filing = _mini(header, signature)
    (release,) = filing.releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    # No dated line at all but the one under the signature: the headline still makes a release.
    filing = _mini("\nNORDLYS EXTENDS ITS NETWORK\n", signature)
    (release,) = filing.releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    assert release.body.text.startswith("Nordlys Telecom today reported")


@pytest.mark.parametrize(
    "number",
    [
        "ACN 051 775 556",
        "(Registration No. 199201624D)",
        "Company No. 2290069",
        "A.B.N. 33 051 775 556",
        "Reg. no: 556012-3456",
    ],
)
@pytest.mark.parametrize("label", [True, False])
def test_a_company_number_under_the_registrant_is_no_name(number: str, label: bool) -> None:
    named = f"NORDLYS TELECOM ASA\n   {number}\n"
    if label:
        named += "(Exact name of registrant as specified in its charter)\n"
    cover = _MINI_COVER.replace("NORDLYS TELECOM ASA\n", named)
    header = "\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    text = cover + header + _MINI_BODY + _MINI_SIGNATURE + "By: /s/ Kari Nordmann\n"
    filing = _from_bytes(text.replace("\n", "\r\n"))
    assert filing.cover.registrant == "NORDLYS TELECOM ASA"
    assert filing.cover.registrant_address == "Fjordveien 12, 0150 Oslo, Norway"


@pytest.mark.parametrize(
    "signoff",
    [
        "Issued by Nordlys Telecom Corporate Communications, Tromso, 4 March 2005",
        "Released by: Nordlys Telecom ASA Investor Relations, Oslo, Norway, March 4, 2005.",
        "Authorised for release by the Company Secretary, Oslo, 4 March 2005",
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_closing_issued_by_line_dates_a_release_without_dateline(
    signoff: str, newline: str
) -> None:
    header = "\nMEDIA RELEASE\n\n          NORDLYS EXTENDS ITS NETWORK\n"
    body = _MINI_BODY + "Media contact:\n\nOla Berg\nPhone: +47 22 00 11 33\n\n" + signoff + "\n\n"
    text = _MINI_COVER + header + body + _MINI_SIGNATURE + "By: /s/ Kari Nordmann\n"
    filing = _from_bytes(text.replace("\n", newline))
    (release,) = filing.releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    assert release.released_on == date(2005, 3, 4)
    # A dateline still wins over the sign-off.
    dated = text.replace("NETWORK\n", "NETWORK\n\nBergen, 2 March 2005\n", 1)
    (release,) = _from_bytes(dated.replace("\n", newline)).releases
    assert release.released_on == date(2005, 3, 2)


@pytest.mark.parametrize(
    "rows",
    [
        "Kari Nordmann      Head of Press            +47 22 00 11 22   kari@nordlys.no\n"
        "Ola Berg           Investor Relations Manager  +47 22 00 11 33   ola@nordlys.no\n",
        "Kari Nordmann, Head of Press, +47 22 00 11 22, kari@nordlys.no\n"
        "Ola Berg, Investor Relations Manager, +47 22 00 11 33, ola@nordlys.no\n",
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_contact_table_above_the_headline_is_no_title(rows: str, newline: str) -> None:
    header = "\nInvestor Relations contacts:\n\n" + rows + "\n\n     NORDLYS EXTENDS ITS NETWORK\n"
    body = _DATELINE_BODY.format(dateline="Tromso - March 3, 2005 -")
    text = _MINI_COVER + header + body + _MINI_SIGNATURE + "By: /s/ Kari Nordmann\n"
    filing = _from_bytes(text.replace("\n", newline))
    (release,) = filing.releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    assert release.body.text.startswith("Tromso - March 3, 2005 - Nordlys")
    assert [(c.name, c.title) for c in release.contacts] == [
        ("Kari Nordmann", "Head of Press"),
        ("Ola Berg", "Investor Relations Manager"),
    ]
    _assert_spans_hold(filing)


_WRAPPED_COVER = """FORM 6-K

REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 OR 15d-16
OF THE SECURITIES EXCHANGE ACT OF 1934

For the month of March, 2005

{name}

{address}
(Address of principal executive offices)

Form 20-F [X]     Form 40-F [ ]

Yes [ ]     No [X]

"""


@pytest.mark.parametrize(
    ("name", "registrant"),
    [
        (
            "PUBLIC JOINT STOCK COMPANY NORTHERN AND ARCTIC\n   TELEPHONE NETWORKS "
            '"NORDSVYAZ"\n(Translation of registrant\'s name into English)',
            'PUBLIC JOINT STOCK COMPANY NORTHERN AND ARCTIC TELEPHONE NETWORKS "NORDSVYAZ"',
        ),
        (
            "TELECOMUNICAÇÕES DO NORDESTE S.A.\n(Exact Name as Specified in its Charter)\n\n"
            "NORTHEAST TELECOMMUNICATIONS\n(Translation of Registrant's Name in English)",
            "TELECOMUNICAÇÕES DO NORDESTE S.A.",
        ),
        # A name ending in its legal form is whole: the translation under it is no second line.
        (
            "TELEFONOS DEL NORTE, S.A. DE C.V.\nNORTHERN TELEPHONES\n"
            "(Translation of registrant's name into English)",
            "NORTHERN TELEPHONES",
        ),
    ],
)
def test_a_registrant_wrapped_or_followed_by_its_translation(name: str, registrant: str) -> None:
    text = _WRAPPED_COVER.format(name=name, address="Fjordveien 12, 0150 Oslo") + _MINI_BODY
    assert _from_bytes(text).cover.registrant == registrant


@pytest.mark.parametrize(
    ("address", "joined"),
    [
        # A postal code closing a line belongs to the city on the next.
        (
            "Avenida Reforma 250, 06600\nCiudad de Mexico, Mexico",
            "Avenida Reforma 250, 06600 Ciudad de Mexico, Mexico",
        ),
        # A street number closing a line does not; a written comma is kept once.
        ("Calle Mayor, 12\n28013 Madrid, Spain", "Calle Mayor, 12, 28013 Madrid, Spain"),
        (
            "Harbour Tower, 1 Quay Street, Auckland 1010,\nNew Zealand",
            "Harbour Tower, 1 Quay Street, Auckland 1010, New Zealand",
        ),
        # A country's name wrapped at a small word is one name, before or after the break.
        (
            "Strada Mare 4, 010011 Bucuresti, Socialist Republic\nof Ruritania",
            "Strada Mare 4, 010011 Bucuresti, Socialist Republic of Ruritania",
        ),
        (
            "Strada Mare 4, 010011 Bucuresti, Grand Duchy of\nRuritania",
            "Strada Mare 4, 010011 Bucuresti, Grand Duchy of Ruritania",
        ),
    ],
)
def test_address_lines_are_joined_as_written(address: str, joined: str) -> None:
    text = _WRAPPED_COVER.format(name="NORDLYS TELECOM ASA", address=address) + _MINI_BODY
    assert _from_bytes(text).cover.registrant_address == joined


def test_an_exhibit_index_stands_for_the_enclosure_line() -> None:
    cover = _MINI_COVER.replace(
        "Yes [ ]     No [X]\n",
        "Yes [ ]     No [X]\n\n                 EXHIBIT INDEX\n\n"
        "Exhibit      Description\n-------      ---------------------------------\n"
        "  99.1       Announcement of 4 March 2005: Nordlys Telecom\n"
        "             opens its network to other operators\n\n",
    )
    text = cover + "\nNORDLYS OPENS ITS NETWORK\n\nOslo, 4 March 2005\n" + _MINI_BODY
    assert parse_filing(_document(text)).cover.enclosure == (
        "Announcement of 4 March 2005: Nordlys Telecom opens its network to other operators"
    )


def test_an_unlabelled_enclosure_line_between_the_last_question_and_a_rule() -> None:
    cover = _MINI_COVER.replace(
        "Yes [ ]     No [X]\n",
        "Indicate by check mark whether the registrant is furnishing the information to\n"
        "the Commission pursuant to Rule 12g3-2(b):\n\n      Yes [ ]     No [X]\n\n"
        'If "Yes" is marked, the file number assigned under Rule 12g3-2(b): 82-____\n\n'
        "Nordlys Telecom ASA - network report for the first quarter of\n2005 (1Q05)\n\n"
        + "=" * 60
        + "\n",
    )
    text = cover + "\nNORDLYS OPENS ITS NETWORK\n\nOslo, 4 March 2005\n" + _MINI_BODY
    assert parse_filing(_document(text)).cover.enclosure == (
        "Nordlys Telecom ASA - network report for the first quarter of 2005 (1Q05)"
    )
    # Without the rule, the paragraph may be the headline: no enclosure.
    text = text.replace("=" * 60 + "\n", "")
    assert parse_filing(_document(text)).cover.enclosure is None


def test_the_issuers_line_with_a_date_to_its_right_is_no_title() -> None:
    header = (
        "\nSTOCK EXCHANGE RELEASE\n\nNORDLYS TELECOM ASA                        4 March 2005\n\n"
        "            NORDLYS EXTENDS ITS NETWORK\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n").releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    assert release.released_on == date(2005, 3, 4)


@pytest.mark.parametrize(
    "row",
    [
        "NEWS RELEASE" + " " * 30 + "FOR RELEASE AT 07:00 CET",
        "NORDLYS OYJ     COMPANY ANNOUNCEMENT     4 March 2005 at 14.30",
        "NORDLYS     PRESS RELEASE     March 4, 2005",
    ],
)
def test_a_row_of_labels_dates_and_the_issuer_is_no_title(row: str) -> None:
    header = f"\n{row}\n\n            NORDLYS EXTENDS ITS NETWORK\n"
    body = _DATELINE_BODY.format(dateline="Oslo, March 4, 2005 -")
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    assert release.released_on == date(2005, 3, 4)


def test_a_mixed_case_headline_wrapped_over_two_lines() -> None:
    header = (
        "\nPRESS RELEASE\n\n   Nordlys Telecom Announces Unaudited Operating Results for\n"
        "                     February 2005\n\n"
    )
    body = (
        "\nOslo, March 3, 2005 - Nordlys Telecom today announced its results and said that\n"
        "the network now reaches every county of Norway as it had planned.\n\n"
        "The company will publish its annual report in the spring, as it does every year.\n\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == (
        "Nordlys Telecom Announces Unaudited Operating Results for February 2005"
    )
    # A first paragraph of prose over two lines is no headline.
    header = "\nPRESS RELEASE\n\n"
    body = (
        "\nNordlys Telecom said on Thursday that its network now reaches every county\n"
        "of Norway as planned\n\nThe company will publish its annual report in the spring.\n\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title is None


def test_a_dated_headline_and_the_issuers_address_block() -> None:
    # A headline with its date to the right stays the title (only an issuer, written with its
    # legal form, is stepped over); the issuer's name and address are no wrapped headline.
    header = "\nPRESS RELEASE\n\nTHIRD QUARTER 2005 RESULTS                 8 November 2005\n\n"
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n").releases
    assert (release.title or "").startswith("THIRD QUARTER 2005 RESULTS")
    header = "\nPRESS RELEASE\n\nNordlys Telecom ASA\nFjordveien 12, 0150 Oslo, Norway\n\n"
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n").releases
    assert release.title is None


@pytest.mark.parametrize("label", ["ANNOUNCEMENT", "Voluntary Announcement"])
def test_an_announcement_label_over_the_headline_is_no_title(label: str) -> None:
    # A Hong Kong announcement: the issuer, its incorporation note, the label, the headline;
    # the date is written at the end, under the board's order.
    header = (
        "\n\n                    FJORDHAVN MOBILE HOLDINGS LIMITED\n"
        "           (Incorporated in Bermuda with limited liability)\n\n"
        f"                              {label}\n\n"
        "            SUBSCRIBER FIGURES FOR APRIL 2005\n"
    )
    body = (
        "\nThe board of directors of Fjordhavn Mobile Holdings Limited announces that its\n"
        "mobile network carried 2.1 million subscribers at the end of April 2005.\n\n"
        "Shareholders are advised to exercise caution in dealing in the shares.\n\n"
        "Hong Kong, 2 May 2005\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "SUBSCRIBER FIGURES FOR APRIL 2005"
    assert release.released_on == date(2005, 5, 2)
    assert release.body.text.startswith("The board of directors")


@pytest.mark.parametrize(
    ("issuer", "dated"),
    [
        ("FJORDHAVN MOBIL AB (publ)", "Gothenburg, 9 February 2006"),
        ("Fjordhavn Mobil AB (publ)", "9 February 2006"),
        ("FJORDHAVN", "Gothenburg, 9 February 2006"),
    ],
)
def test_an_issuers_line_with_its_place_and_date_is_no_title(issuer: str, dated: str) -> None:
    # No label and no dated line: the headline under the issuer's line is still found.
    header = f"\n\n{issuer}{' ' * 30}{dated}\n\n\n        FJORDHAVN PASSES TWO MILLION CUSTOMERS\n"
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n").releases
    assert release.title == "FJORDHAVN PASSES TWO MILLION CUSTOMERS"
    assert release.released_on == date(2006, 2, 9)
    assert release.body.text.startswith("Nordlys Telecom today reported")


@pytest.mark.parametrize(
    ("written", "reference"),
    [
        ("No. FJH.12/IR-01/2005", "FJH.12/IR-01/2005"),
        ("Nr: 045/2005", "045/2005"),
        ("INV.2005/117", "INV.2005/117"),
    ],
)
def test_a_numbered_reference_line_is_the_reference_not_the_title(
    written: str, reference: str
) -> None:
    header = f"\nPRESS RELEASE\n{written}\n\n     FJORDHAVN POSTS H1 2005 NET INCOME UP 12,5%\n"
    body = "\nBergen, 1 August 2005 - " + _MINI_BODY.lstrip("\n")
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.reference == reference
    assert release.title == "FJORDHAVN POSTS H1 2005 NET INCOME UP 12,5%"
    # A headline opening with "No." is still the headline.
    header = "\nPRESS RELEASE\n\nNO. 1 IN NORWEGIAN BROADBAND\n\nOslo, 3 March 2005\n"
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n").releases
    assert (release.reference, release.title) == (None, "NO. 1 IN NORWEGIAN BROADBAND")


@pytest.mark.parametrize(
    ("signed", "typed", "title"),
    [
        ("/S/ INGRID HALVORSEN", "Ingrid Halvorsen", "Head of Investor Relations"),
        ("/s/ I. Halvorsen", "Ingrid Halvorsen", "General Counsel"),
        ("/S/ I. HALVORSEN", "Ingrid M. Halvorsen", "Senior Vice President, Finance"),
    ],
)
def test_the_typed_name_under_a_conformed_signature_is_the_signer(
    signed: str, typed: str, title: str
) -> None:
    header = "\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    signature = (
        f"Date: March 3, 2005                     By: {signed}\n"
        "                                            ---------------------------\n"
        f"                                            {typed}\n"
        f"                                            {title}\n"
    )
    filing = _mini(header, signature)
    assert filing.cover.signed_by == Signatory(name=typed, title=title)
    assert filing.cover.signed_on == date(2005, 3, 3)
    (release,) = filing.releases
    assert title not in release.body.text


def test_a_title_alone_under_a_conformed_signature_stays_the_title() -> None:
    header = "\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    signature = "By: /S/ Ingrid Halvorsen\n    Chief Financial Officer\n\nDate: 3 March 2005\n"
    filing = _mini(header, signature)
    assert filing.cover.signed_by == Signatory(
        name="Ingrid Halvorsen", title="Chief Financial Officer"
    )


def test_a_numbered_exhibit_list_stands_for_the_enclosure_line() -> None:
    cover = _MINI_COVER.replace(
        "Yes [ ]     No [X]\n",
        "Yes [ ]     No [X]\n\nInformation furnished on this form:\n\n"
        "EXHIBITS\n\nExhibit Number\n\n"
        "1.   Fjordhavn and Nordlys agree to share their rural networks\n\n",
    )
    text = cover + _MINI_SIGNATURE + "By: /s/ Kari Nordmann\n"
    text += "\n\nExhibit 1\n\nNORDLYS SHARES ITS NETWORK\n\nOslo, 4 March 2005\n" + _MINI_BODY
    filing = parse_filing(_document(text))
    assert filing.cover.enclosure == "Fjordhavn and Nordlys agree to share their rural networks"
    (release,) = filing.releases
    assert release.title == "NORDLYS SHARES ITS NETWORK"


@pytest.mark.parametrize("rule", ["=" * 70, "-" * 60, "*" * 40])
def test_rules_framing_an_exhibit_marker_are_no_title(rule: str) -> None:
    def exhibit(n: int, top: str, headline: str, dateline: str) -> str:
        return (
            f"\n\n{rule}\n{' ' * 55}Exhibit {n}\n{rule}\n\n{top}"
            f"            {headline}\n\n"
            f"{dateline}Nordlys Telecom ASA today said that its network\n"
            "now reaches every county of Norway and that new services will follow soon.\n\n"
            "The company will publish its full year figures in the spring, as every year.\n"
        )

    text = (
        _MINI_COVER
        + exhibit(1, "4 March 2005\n\n", "NORDLYS EXTENDS ITS NETWORK", "")
        + exhibit(2, "", "NORDLYS LAUNCHES VIDEO CALLING", "Bergen, 2 March 2005 - ")
        + "\n"
        + _MINI_SIGNATURE
        + "By: /s/ Kari Nordmann\n"
    )
    filing = parse_filing(_document(text))
    assert [(r.title, r.released_on) for r in filing.releases] == [
        ("NORDLYS EXTENDS ITS NETWORK", date(2005, 3, 4)),
        ("NORDLYS LAUNCHES VIDEO CALLING", date(2005, 3, 2)),
    ]
    assert rule not in filing.releases[0].body.text
    _assert_spans_hold(filing)


@pytest.mark.parametrize(
    "label",
    [
        "COMMUNIQUE DE PRESSE / PRESS RELEASE{gap}Bergen, 04-03-2005",
        "Press release{gap}4 March 2005",
        "   NEWS RELEASE{gap}Tromso, 4.3.2005",
    ],
)
def test_a_label_with_its_place_and_date_to_the_right_is_no_title(label: str) -> None:
    header = "\n" + label.format(gap=" " * 30) + "\n\n\n        NORDLYS EXTENDS ITS NETWORK\n"
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n").releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    assert release.released_on == date(2005, 3, 4)
    assert release.body.text.startswith("Nordlys Telecom today reported")


def test_a_date_written_with_dashes_is_day_first() -> None:
    assert parse_date("Amsterdam, 06-11-2002") == date(2002, 11, 6)
    assert parse_date("Tel. +44-20-7356-5000") is None


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("BERGEN, Mar. 2 /PRNewswire/ -", date(2005, 3, 2)),
        ("  Tromso, 28 February (Nordic Wire) --", date(2005, 2, 28)),
        ("OSLO, Dec. 30 /Newswire/ -", date(2004, 12, 30)),
    ],
)
def test_a_wire_dateline_without_a_year_takes_the_filings_year(dateline: str, day: date) -> None:
    # A newswire's "Document 1" marker and "Attention ... Editors:" label, a mixed-case
    # headline right under the label, a dashed subtitle, then the dateline with no year.
    header = (
        f"\n\n{' ' * 50}Document 1\n\nAttention News/Business Editors:\n"
        "Nordlys extends its network to every county\n\n    - Coverage up 12% -\n"
    )
    body = _DATELINE_BODY.format(dateline=dateline)
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "Nordlys extends its network to every county"
    assert release.released_on == day


@pytest.mark.parametrize(
    "subtitle",
    [
        "   Coverage up 12% in 2004; the network now reaches every county\n"
        "                    of the country\n",
        "   - Net income triples -\n\n   Video calling launched in three cities\n",
    ],
)
def test_a_dateline_under_subtitle_paragraphs_dates_the_release(subtitle: str) -> None:
    header = f"\nPRESS RELEASE\n\n        NORDLYS EXTENDS ITS NETWORK\n\n{subtitle}"
    body = _DATELINE_BODY.format(dateline="Bergen, March 2, 2005.-")
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    assert release.released_on == date(2005, 3, 2)
    # A paragraph ending a sentence is body, not a subtitle: a dateline under it is prose.
    header = "\nPRESS RELEASE\n\n        NORDLYS EXTENDS ITS NETWORK\n\nThe board met today.\n"
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.released_on == date(2005, 3, 3)


def test_a_release_naming_form_40f_does_not_move_the_cover_floor() -> None:
    cover = _MINI_COVER.replace(
        "Form 20-F [X]     Form 40-F [ ]", "Form 20-F [ ]     Form 40-F [X]"
    )
    text = (
        cover
        + f"{' ' * 50}Document 1\n\nAttention Business Editors:\n"
        + "Nordlys extends its network\n\nOSLO, March 2, 2005 - Nordlys Telecom today said that"
        + " its network\nnow reaches every county of Norway and that services will follow soon.\n\n"
        + "This news release contains forward-looking statements described in the annual\n"
        + "report on Form 40-F filed with the U.S. Securities and Exchange Commission.\n\n"
        + _MINI_SIGNATURE
        + "By: /s/ Kari Nordmann\n"
    )
    filing = parse_filing(_document(text))
    assert [(r.title, r.released_on) for r in filing.releases] == [
        ("Nordlys extends its network", date(2005, 3, 2))
    ]


def test_a_documents_index_stands_for_the_enclosure_line() -> None:
    cover = _MINI_COVER.replace(
        "Yes [ ]     No [X]\n",
        "Yes [ ]     No [X]\n\n                 DOCUMENTS INDEX\n\n"
        "Documents    Description\n---------    -----------\n\n"
        "1.           News release dated March 2, 2005 - Nordlys extends\n"
        "             its network\n\n",
    )
    text = cover + "\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 2 March 2005\n" + _MINI_BODY
    assert parse_filing(_document(text)).cover.enclosure == (
        "News release dated March 2, 2005 - Nordlys extends its network"
    )


@pytest.mark.parametrize("label", ["RNS Number : 0815K", "RNS No: 2291Q"])
def test_an_rns_number_over_the_headline_is_the_reference(label: str) -> None:
    header = f"\n\n{label}\nNordlys Telecom ASA\n4 March 2005\n\n\n      Director Shareholding\n"
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n").releases
    assert release.reference == label.split()[-1]
    assert release.title == "Director Shareholding"
    assert release.released_on == date(2005, 3, 4)


def _letter(number: int, subject_line: str, text: str) -> str:
    return (
        f"\n                                                        Attachment {number}\n\n"
        f"NTL/CS/2005/{40 + number}                                     2 March 2005\n\n"
        "The Manager                          The Manager\n"
        "Oslo Stock Exchange ASA              Nordic Growth Market Ltd.\n"
        "Tollbugata 2, 0152 Oslo              Stockholm\n\n"
        "Dear Sir/Madam,\n\n"
        f"{subject_line}\n\n{text}\n\n"
        "Yours faithfully,\nFor Nordlys Telecom ASA\n\nKari Nordmann\nCompany Secretary\n\n"
    )


def test_letters_to_stock_exchanges_are_titled_by_their_subject_lines() -> None:
    # Two enclosed letters: each is a release, its subject line the title, the code beside
    # its date the reference, and that date (not the cover's) its date.
    header = _letter(
        1,
        "Sub: Appointment of a Director",
        "We wish to inform you that the Board has today appointed Ms. Ingrid Berg as\n"
        "an additional director of the Company with effect from March 1, 2005.",
    ) + _letter(
        2,
        "Subject - Record Date for the Dividend",
        "We hereby give notice that the record date for the dividend recommended by\n"
        "the Board is 15 April 2005, as resolved at its meeting held today.",
    )
    first, second = _mini(header, "By: /s/ Kari Nordmann\n", body="").releases
    assert (first.title, first.reference, first.released_on) == (
        "Appointment of a Director",
        "NTL/CS/2005/41",
        date(2005, 3, 2),
    )
    assert (second.title, second.reference, second.released_on) == (
        "Record Date for the Dividend",
        "NTL/CS/2005/42",
        date(2005, 3, 2),
    )
    assert first.body.text.startswith("We wish to inform you")


def test_a_table_of_contents_is_the_enclosure_and_a_disclosure_label_no_title() -> None:
    # No "Enclosure:" line: the table of contents lists what the report encloses (page numbers
    # apart); a telephone line in the address block is no part of the address; "MATERIAL
    # FACT" is the form's label over the headline.
    cover = _MINI_COVER.replace("0150 Oslo, Norway\n", "0150 Oslo, Norway\nTel: +47 22 77 10 00\n")
    text = (
        cover + "                        CONTENTS\n\n"
        "Item                                                      Page\n"
        "----                                                      ----\n"
        "1.  Nordlys - Results for the First Half of 2005             2\n\n"
        "-----------------------------------------------------------------\n\n"
        "Nordlys Telecom ASA, as required by the Securities Trading Act, hereby reports\n"
        "the following\n\n"
        "                       MATERIAL FACT\n\n"
        "          NORDLYS RESULTS FOR THE FIRST HALF OF 2005\n\n"
        "Oslo, 3 March 2005. The Board of Directors of Nordlys Telecom today approved the\n"
        "results for the first half of the year, and said the network reaches every county.\n\n"
        "The company will publish its full year figures in the spring, as it does every year.\n"
        + _MINI_SIGNATURE
        + "By: /s/ Kari Nordmann\n"
    )
    filing = parse_filing(_document(text))
    assert filing.cover.registrant_address == "Fjordveien 12, 0150 Oslo, Norway"
    assert filing.cover.enclosure == "Nordlys - Results for the First Half of 2005"
    (release,) = filing.releases
    assert release.title == "NORDLYS RESULTS FOR THE FIRST HALF OF 2005"
    assert release.released_on == date(2005, 3, 3)


def test_a_signer_title_over_four_lines_and_a_dateline_set_off_by_double_dashes() -> None:
    header = "\nNEWS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n"
    body = (
        "\nBERGEN -- March 1, 2005 -- Nordlys Telecom today said that its network now reaches\n"
        "every county of Norway, as it had planned.\n\n"
        "The company will publish its annual report in the spring, as it does every year.\n\n"
    )
    signature = (
        "Date: March 3, 2005            By: /s/ Kari Nordmann\n"
        "                                   ------------------------\n"
        "                                   Name:  Kari Nordmann\n"
        "                                   Title: Senior Vice President,\n"
        "                                          Corporate Affairs and\n"
        "                                          Deputy General Counsel and\n"
        "                                          Secretary to the Board\n"
    )
    filing = _mini(header, signature, body)
    assert filing.cover.signed_by == Signatory(
        name="Kari Nordmann",
        title="Senior Vice President, Corporate Affairs and Deputy General Counsel and "
        "Secretary to the Board",
    )
    (release,) = filing.releases
    assert release.released_on == date(2005, 3, 1)


def test_a_conference_calls_date_opens_no_release() -> None:
    # The release carries no label or date line of its own: its headline and dateline open
    # it. "Date: ..., at 10:00 a.m. ...; ..." in the call's paragraph below is an event's date.
    header = (
        "\nNORDLYS ENDS 2Q05 WITH 3.2 MILLION CLIENTS\n\n"
        "Oslo, July 28, 2005 - Nordlys Telecom ASA today reported results for the quarter,\n"
        "with more clients than in any quarter before and a healthier client base.\n\n"
        "The company will publish its full year figures in the spring, as it does every year.\n\n"
        "CONFERENCE CALL\n\n"
        "Date: July 29, 2005, at 10:00 a.m. (Oslo time). Norway: 22 00 11 22; other\n"
        "countries: +47 22 00 11 22. Code: NORDLYS.\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body="").releases
    assert release.title == "NORDLYS ENDS 2Q05 WITH 3.2 MILLION CLIENTS"
    assert release.released_on == date(2005, 7, 28)


def test_a_listed_company_s_announcement_under_the_exchange_s_disclaimer() -> None:
    # The exchange's disclaimer and the issuer's name with its notes stand over the headline;
    # the announcement is dated by the place and date under the board's sign-off.
    header = (
        "\nEXHIBIT 1\n\n"
        "The Stock Exchange of Nordland takes no responsibility for the contents of this\n"
        "announcement and makes no representation as to its accuracy or completeness.\n\n"
        "              NORDLYS SATELLITE HOLDINGS LIMITED\n"
        "           (Incorporated in Bermuda with limited liability)\n"
        "                      (Stock Code: 4321)\n\n"
        "        RESULTS OF THE SPECIAL GENERAL MEETING HELD ON 9 MARCH 2005\n\n"
        "The board of directors of Nordlys Satellite Holdings Limited announces that every\n"
        "resolution set out in the notice of the meeting was duly passed by way of poll.\n\n"
        "                                   By Order of the Board\n"
        "                                   Kari Nordmann\n"
        "                                   Company Secretary\n"
        "Oslo, 9 March 2005\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body="").releases
    assert release.title == "RESULTS OF THE SPECIAL GENERAL MEETING HELD ON 9 MARCH 2005"
    assert release.released_on == date(2005, 3, 9)


def test_the_issuer_s_name_and_notes_over_a_headline_are_no_title() -> None:
    header = (
        "\nEXHIBIT 2\n\n"
        "              NORDLYS SATELLITE HOLDINGS LIMITED\n"
        "           (Incorporated in Bermuda with limited liability)\n\n"
        "     PAYMENT OF AN INTERIM DIVIDEND\n\n"
        "Further to the approval of the shareholders at the meeting held on 9 March 2005,\n"
        "the interim dividend of NOK 0.45 per share will be paid on 1 April 2005.\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body="").releases
    assert release.title == "PAYMENT OF AN INTERIM DIVIDEND"


def test_address_drops_a_phone_after_its_postcode_and_keeps_a_labelled_postcode_apart() -> None:
    cover = _MINI_COVER.replace(
        "Fjordveien 12\n0150 Oslo, Norway\n",
        "Avenida del Norte 45, Colonia Lomas, C.P. 04510\n"
        "Puebla, Pue., Mexico, +52 (222) 555-0199\n",
    )
    filing = parse_filing(_document(cover + _MINI_BODY + _MINI_SIGNATURE + "By: /s/ K. Nordmann\n"))
    assert filing.cover.registrant_address == (
        "Avenida del Norte 45, Colonia Lomas, C.P. 04510, Puebla, Pue., Mexico"
    )


def test_a_signed_in_brackets_signature_with_a_title_wrapped_after_a_plain_word() -> None:
    signature = (
        "                                   (signed) Kari Nordmann\n"
        "                                   ----------------------\n"
        "                                   Kari Nordmann\n"
        "                                   Head of Treasury and Deputy\n"
        "                                   Chief Financial Officer\n\n"
        "Date: March 4, 2005\n"
    )
    header = "\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    filing = _mini(header, signature)
    assert filing.cover.signed_by == Signatory(
        name="Kari Nordmann", title="Head of Treasury and Deputy Chief Financial Officer"
    )
    assert filing.cover.signed_on == date(2005, 3, 4)


def test_a_title_line_is_not_joined_to_the_company_under_it() -> None:
    signature = (
        "                                   /s/ Kari Nordmann\n"
        "                                   Kari Nordmann\n"
        "                                   Head of Treasury and Finance\n"
        "                                   Nordlys Telecom ASA\n"
    )
    header = "\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    assert _mini(header, signature).cover.signed_by == Signatory(
        name="Kari Nordmann", title="Head of Treasury and Finance"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "This Form 6-K contains Nordlys Telecom ASA's network release of\nMarch 3, 2005.",
        "This report on Form 6-K includes the release of March 3, 2005 on\nthe network.",
        "Attached herewith is the press release of March 3, 2005 on the network.",
        'Nordlys Telecom ASA (the "Company") is furnishing under the cover of Form\n'
        "6-K its release of March 3, 2005 on the network.",
    ],
)
def test_an_enclosure_written_as_a_sentence(sentence: str) -> None:
    header = f"{sentence}\n\nPRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    filing = _mini(header, "By: /s/ Kari Nordmann\n")
    assert filing.cover.enclosure == " ".join(sentence.split())
    assert [release.title for release in filing.releases] == ["NORDLYS EXTENDS ITS NETWORK"]


def test_a_cover_paragraph_of_candidate_lines_is_read_once_not_once_per_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every line opens an enclosure sentence, and the paragraph is far too long to be one:
    # no enclosure, and the paragraph's end is not looked for again from each line.
    lines = 4000
    cover = "Nordlys Telecom ASA is furnishing on Form 6-K its release.\n" * lines
    scanned = [0]
    blank_line = parse._BLANK_LINE

    class Counted:
        def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
            scanned[0] += max(0, min(endpos, len(text)) - pos)
            return blank_line.search(text, pos, endpos)

    monkeypatch.setattr(parse, "_BLANK_LINE", Counted())
    assert parse._enclosure_sentence(cover) is None
    # Each line's candidate reads at most its reach, not on to the paragraph's end (the old
    # code read half the cover per line on average: 180 times as much here).
    assert scanned[0] <= lines * (parse._ENCLOSURE_REACH + parse._BLANK_LINE_SLACK)
    short = "Attached hereto is the release of March 3, 2005.\n\n" + cover
    assert parse._enclosure_sentence(short) == "Attached hereto is the release of March 3, 2005."


def test_an_enclosure_listed_under_an_introducing_line() -> None:
    header = (
        "Documents furnished with this report:\n\n"
        "1.   Release on the Extension of the Network\n\n"
        "PRESS RELEASE\n\nNORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
    )
    filing = _mini(header, "By: /s/ Kari Nordmann\n")
    assert filing.cover.enclosure == "Release on the Extension of the Network"


def test_an_exhibit_index_under_the_signature_is_the_enclosure() -> None:
    text = (
        _MINI_COVER
        + _MINI_SIGNATURE
        + "By: /s/ Kari Nordmann\nName: Kari Nordmann\nTitle: Chief Financial Officer\n\n"
        + "                              EXHIBIT INDEX\n\n"
        + "Exhibit   Description\n-------   -----------\n"
        + "99.1      Press release of March 3, 2005: Nordlys extends its network\n"
        + "          to every county\n\n"
        + "                                                        EXHIBIT 99.1\n\n"
        + "NORDLYS EXTENDS ITS NETWORK\n\nOslo, 3 March 2005\n"
        + _MINI_BODY
    )
    filing = parse_filing(_document(text))
    assert filing.cover.enclosure == (
        "Press release of March 3, 2005: Nordlys extends its network to every county"
    )
    assert [release.title for release in filing.releases] == ["NORDLYS EXTENDS ITS NETWORK"]


def test_a_dateline_wholly_in_brackets() -> None:
    header = "\nNORDLYS EXTENDS ITS NETWORK\n"
    body = (
        "\n(Bergen, 1 March 2005) — Nordlys Telecom today reported that its network now reaches"
        " every county of Norway and that the roll-out of new services will continue.\n\n"
        "The company will publish its full year figures in the spring, as it does every year.\n\n"
    )
    (release,) = _mini(header, "Date: March 9, 2005   By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "NORDLYS EXTENDS ITS NETWORK"
    assert release.released_on == date(2005, 3, 1)


def test_a_mixed_case_headline_wrapped_under_a_date_and_over_a_numbered_list() -> None:
    header = (
        "\n                                                          1 March 2005\n\n"
        "          Notice Regarding the Extension of the Network to\n"
        "                          Every County\n\n"
    )
    body = (
        "     Nordlys Telecom ASA hereby announces that its board of directors approved today\n"
        "the extension of its network to every county of Norway, as it had planned.\n\n"
        "1.  Counties Reached\n\n"
        "     Finnmark, Troms and Nordland are reached by the end of the year, the company\n"
        "said, and the roll-out of new services will continue over the coming year.\n\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "Notice Regarding the Extension of the Network to Every County"
    assert release.released_on == date(2005, 3, 1)


def test_an_issuer_line_with_its_legal_form_over_a_headline_in_capitals_joins_it() -> None:
    header = "\nNORDLYS TELECOM S.A.\nFIRST QUARTER 2005 RESULTS\n"
    body = (
        "\nOslo, March 1, 2005 – Nordlys Telecom today announced its results for the first\n"
        "quarter of 2005, and said that the network now reaches every county.\n\n"
        "HIGHLIGHTS\n\n"
        "  - Revenue rose in every county, the company said, as the network grew.\n"
        "  - The company will publish its half year figures in the summer.\n\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == "NORDLYS TELECOM S.A. FIRST QUARTER 2005 RESULTS"
    assert release.released_on == date(2005, 3, 1)


_REPEATED_ISSUER_BODY = (
    "\nNordlys Telecom plc today issues its statement for the first quarter, in which the\n"
    "network reached every county and the company kept its outlook for the year.\n\n"
    "Trading\n\n"
    "Revenue rose in every county, the company said, as the network grew over the quarter.\n\n"
)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "NORDLYS TELECOM PLC\n              QUARTERLY TRADING STATEMENT\n"
            "            FOR THE QUARTER TO 28 FEBRUARY 2005",
            "QUARTERLY TRADING STATEMENT FOR THE QUARTER TO 28 FEBRUARY 2005",
        ),
        (
            "NORDLYS TELECOM PLC REPORTS GROWTH IN EVERY COUNTY",
            "NORDLYS TELECOM PLC REPORTS GROWTH IN EVERY COUNTY",
        ),
    ],
)
def test_an_issuer_line_repeating_the_header_name_is_no_part_of_the_title(
    headline: str, title: str
) -> None:
    header = (
        f"\nRNS Number : 5150Q\nNordlys Telecom plc\n3 March 2005\n\n                 {headline}\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", _REPEATED_ISSUER_BODY).releases
    assert release.title == title
    assert release.reference == "5150Q"
    assert release.released_on == date(2005, 3, 3)


@pytest.mark.parametrize("label", ["FATO RELEVANTE", "Material Fact", "SIGNIFICANT EVENT"])
def test_a_disclosure_label_with_no_headline_under_it_is_the_title(label: str) -> None:
    header = f"\nNORDLYS TELECOM ASA\nCompanhia Aberta\n\n              {label}\n\n"
    body = (
        "Bergen, 1 de março de 2005 - A Nordlys Telecom comunica aos seus acionistas e ao\n"
        "mercado que a sua rede cobre agora todos os condados da Noruega.\n\n"
        "A operação está sujeita à aprovação do regulador, como previsto.\n\n"
    )
    (release,) = _mini(header, "By: /s/ Kari Nordmann\n", body).releases
    assert release.title == label


@pytest.mark.parametrize("label", ["Ref.:", "Re:", "Asunto:"])
def test_a_letter_to_a_regulator_is_titled_by_its_subject_and_dated_by_its_head(
    label: str,
) -> None:
    header = (
        "\n---------------------------------------------------------------------\n\n"
        "                                          Oslo, March 1, 2005\n"
        "                                          NTH-JD-0077/2005\n\n"
        "Messrs.\nFinancial Supervisory Authority\nRevierstredet 3\nOslo\n\n"
        f"{label} MATERIAL EVENT - EXTENSION OF THE NETWORK TO\n"
        "      EVERY COUNTY\n\n"
        "Dear Sirs:\n"
    )
    (release,) = _mini(header, "Date: March 9, 2005   By: /s/ Kari Nordmann\n").releases
    assert release.title == "MATERIAL EVENT - EXTENSION OF THE NETWORK TO EVERY COUNTY"
    assert release.reference == "NTH-JD-0077/2005"
    assert release.released_on == date(2005, 3, 1)
