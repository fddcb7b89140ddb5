"""Tests for unwrap(): EDGAR submissions, <DOCUMENT> wrappers and HTML become plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ingest.decode import decode
from app.ingest.envelope import CHECKED, UNCHECKED, accession_from_name, html_to_text, unwrap
from app.ingest.errors import RejectedFiling
from app.ingest.records import Document

REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real"

SUBMISSION = """-----BEGIN PRIVACY-ENHANCED MESSAGE-----
Proc-Type: 2001,MIC-CLEAR

<SEC-DOCUMENT>0001234567-04-000001.txt : 20040101
<SEC-HEADER>0001234567-04-000001.hdr.sgml : 20040101
ACCESSION NUMBER:\t\t0001234567-04-000001
CONFORMED SUBMISSION TYPE:\t{type}
PUBLIC DOCUMENT COUNT:\t\t3
</SEC-HEADER>
<DOCUMENT>
<TYPE>{type}
<SEQUENCE>1
<FILENAME>cover.txt
<TEXT>
FORM {type}
<PAGE>
Report of Foreign Private Issuer
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<TEXT>
<html><body><p>PRESS RELEASE</p><p>Profits &amp; growth</p></body></html>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>3
<TEXT>
begin 644 logo.jpg
M_]C_X``02D9)1@`!`@``9`!D``#_[``11'5C:WD``0`$````/```_^X`#D%D
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def _document(text: str) -> Document:
    return Document(text=text, sha256="0" * 64, source_name="t.txt")


def test_plain_text_is_returned_unchanged() -> None:
    document = _document("FORM 6-K\n\nmmO2 plc\n")
    assert unwrap(document) is document


def test_six_k_submission_keeps_cover_and_ex99_text_and_accession() -> None:
    document = unwrap(_document(SUBMISSION.format(type="6-K")))
    assert document.accession_number == "0001234567-04-000001"
    assert document.sha256 == "0" * 64
    assert "FORM 6-K\nReport of Foreign Private Issuer" in document.text
    assert "PRESS RELEASE\n\nProfits & growth" in document.text
    assert "<PAGE>" not in document.text
    assert "begin 644" not in document.text
    assert "SEC-HEADER" not in document.text


def test_six_k_amendment_is_accepted() -> None:
    document = unwrap(_document(SUBMISSION.format(type="6-K/A")))
    assert "FORM 6-K/A" in document.text


def test_other_submission_types_are_rejected_with_the_type() -> None:
    with pytest.raises(RejectedFiling) as caught:
        unwrap(_document(SUBMISSION.format(type="8-K")))
    assert caught.value.reason == "not a 6-K: EDGAR submission type is 8-K"


def test_bare_document_wrapper_of_another_type_is_rejected() -> None:
    text = "<DOCUMENT>\n<TYPE>10-Q\n<TEXT>\nQuarterly report\n</TEXT>\n</DOCUMENT>\n"
    with pytest.raises(RejectedFiling, match="EDGAR document type is 10-Q"):
        unwrap(_document(text))


def test_html_blocks_entities_scripts_and_checkboxes() -> None:
    markup = (
        "<html><head><title>x.htm</title><style>p {color: red}</style></head><body>"
        "<script>var a = '<p>no</p>';</script>"
        "<p>Form 20-F&nbsp;&nbsp;&#9746;&nbsp; Form 40-F &#9744;</p>"
        "<div>AT&amp;T&rsquo;s <b>news</b><br>second line</div>"
        '<table><tr><td>Yes</td><td><font style="font-family:Wingdings">o</font></td>'
        "<td>No</td><td><font face='Wingdings'>x</font></td></tr></table>"
        "<p>plain x and o stay letters</p></body></html>"
    )
    text = html_to_text(markup)
    assert "x.htm" not in text and "color" not in text and "var a" not in text
    assert f"Form 20-F {CHECKED} Form 40-F {UNCHECKED}" in text
    assert "AT&T’s news\nsecond line" in text
    assert f"Yes   {UNCHECKED}   No   {CHECKED}" in text
    assert "plain x and o stay letters" in text


@pytest.mark.parametrize(
    "name",
    [
        "apple-computer_2004-07-14_8k-not-6k-q3-fy04-results-html.sub.txt",
        "sears-roebuck_2004-07-22_8k-not-6k-q2-earnings-press-release.sub.txt",
        "southern-company_2005-01-25_8k-not-6k-year-end-2004-earnings.sub.txt",
    ],
)
def test_real_eight_k_submissions_are_rejected(name: str) -> None:
    document = decode((REAL / name).read_bytes(), source_name=name)
    with pytest.raises(RejectedFiling) as caught:
        unwrap(document)
    assert caught.value.reason == "not a 6-K: EDGAR submission type is 8-K"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("equinor_2025-02-14_notifiable-trading.html", "Form 20-F X Form 40-F"),
        ("alcon_2023-02-13_cover-litigation-settlement-exhibit-index.html", "Form 20-F ☒"),
        ("asml_2026-07-15_q2-2026-results-cover-exhibit-index.html", "Form 20-F ☒"),
        ("tsmc_2024-05-15_cover-q1-2024-financial-statements-exhibit-index.html", "Form 20-F ☒"),
        ("waldencast_2026-09-28_q2-2026-trading-update-cover.html", "☒ Form 20-F ☐ Form 40-F"),
        ("credicorp_2025-02-14_cover-only-no-exhibit.html", "Form 20-F ☒ Form 40-F ☐"),
        (
            "royal-philips_2023-01-30_plan-to-create-value-with-sustainable-impact.html",
            "Form 20-F ☒ Form 40-F ☐",
        ),
    ],
)
def test_real_html_six_ks_unwrap_to_readable_text(name: str, expected: str) -> None:
    raw = decode((REAL / name).read_bytes(), source_name=name)
    document = unwrap(raw)
    assert document.sha256 == raw.sha256
    assert "<" not in document.text.replace("<<", "")
    assert "&#" not in document.text and "&nbsp;" not in document.text
    assert "FORM 6-K" in document.text
    # Inline elements may leave two spaces where the markup had one.
    assert expected in " ".join(document.text.split())
    assert "/s/" in document.text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("0001046179-24-000061.htm", "0001046179-24-000061"),
        ("000104617924000061.txt", "0001046179-24-000061"),
        ("0001140625-25-000028-index.htm", "0001140625-25-000028"),
        ("000_e3bcb02a6995f491.txt", None),
        ("report-0001046179-24-000061.htm", None),
        ("00010461792400006123.htm", None),
    ],
)
def test_accession_number_from_an_edgar_file_name(name: str, expected: str | None) -> None:
    assert accession_from_name(name) == expected


def test_a_bare_html_6k_named_by_accession_keeps_it() -> None:
    html = "<html><body><p>FORM 6-K</p><p>Report of Foreign Private Issuer</p></body></html>"
    document = Document(text=html, sha256="0" * 64, source_name="0001046179-24-000061.htm")
    assert unwrap(document).accession_number == "0001046179-24-000061"


def test_the_submission_header_wins_over_the_file_name() -> None:
    document = Document(
        text=SUBMISSION.format(type="6-K"), sha256="0" * 64, source_name="0009999999-99-999999.txt"
    )
    assert unwrap(document).accession_number == "0001234567-04-000001"


def test_a_data_table_keeps_each_row_on_one_line_and_a_layout_table_its_blocks() -> None:
    markup = (
        "<p>Operating data</p><table>"
        "<tr><td>&nbsp;</td><td><b>At<br>March&nbsp;31,<br>2008</b></td>"
        "<td><p>At</p><p>March 31,</p><p>2007</p></td></tr>"
        "<tr><td>Fixed lines<br>(thousands)</td><td>812</td><td>798</td></tr>"
        "<tr><td>Cable modems</td><td>233</td><td>201</td></tr></table>"
        "<table><tr><td>Press:<br>Ana Ruiz<br>Tel: 555 0101</td>"
        "<td>Analysts:<br>Li Wei<br>Tel: 555 0102</td></tr></table>"
    )
    text = html_to_text(markup)
    assert "At March 31, 2008   At March 31, 2007\n" in text
    assert "\nFixed lines (thousands)   812   798\n" in text
    assert "Press:\nAna Ruiz\nTel: 555 0101   Analysts:\nLi Wei\nTel: 555 0102" in text


def test_tables_nested_thousands_deep_keep_all_their_text_and_the_outer_rows() -> None:
    # Hostile markup: every level opens a table that never closes. Only the outer levels are
    # settled as tables (each settling reads all inside it), the rest is their content.
    depth = 5000
    markup = (
        "<table><tr><td>As at<br>June 30,<br>2006</td><td>2005</td></tr>"
        "<tr><td>Lines</td><td>1,270</td></tr><tr><td>Staff</td><td>14,106</td></tr>"
        + "<table><tr><td>level 7</td><td>1 2</td></tr>" * depth
        + "</table>"
    )
    text = html_to_text(markup)
    assert "As at June 30, 2006" in text  # the outer data table's header on one line
    assert text.count("level 7") == depth


_OWNS = "Nordlys Telecom ASA owns 51% of Fjord Mobil."


@pytest.mark.parametrize(
    "markup",
    [
        f"<aside><b>About Nordlys</b></aside><main>{_OWNS}</main>",
        f"<details><summary>About Nordlys</summary>{_OWNS}</details>",
        f"<hgroup>About Nordlys</hgroup>{_OWNS}",
        f"<figure>About Nordlys</figure><nav>{_OWNS}</nav>",
    ],
)
def test_every_block_element_ends_the_line_before_it(markup: str) -> None:
    lines = [line for line in html_to_text(markup).split("\n") if line]
    assert lines == ["About Nordlys", _OWNS]
