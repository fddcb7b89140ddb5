"""EDGAR's other formats through the whole loader, on both databases: a complete submission
file and an HTML 6-K load with their accession number and readable text; 8-Ks are refused."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, undefer

from app import models
from app.ingest.runner import load_files
from tests.conftest import FIXTURES, seed_paths

MAX = 10 * 1024 * 1024
REAL = FIXTURES / "real"

HEADER = """<SEC-DOCUMENT>0001034444-03-000101.txt : 20031001
<SEC-HEADER>0001034444-03-000101.hdr.sgml : 20031001
ACCESSION NUMBER:\t\t0001034444-03-000101
CONFORMED SUBMISSION TYPE:\t6-K
PUBLIC DOCUMENT COUNT:\t\t2
FILED AS OF DATE:\t\t20031001
</SEC-HEADER>
<DOCUMENT>
<TYPE>6-K
<SEQUENCE>1
<FILENAME>d6k.txt
<TEXT>
{body}
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>2
<TEXT>
begin 644 logo.jpg
M_]C_X``02D9)1@`!`@``9`!D``#_[``11'5C:WD``0`$````/```_^X`#D%D
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def filings(engine: Engine) -> dict[str, models.Filing]:
    with Session(engine) as session:
        rows = session.scalars(select(models.Filing).options(undefer(models.Filing.raw_text))).all()
        session.expunge_all()
        return {row.source_name: row for row in rows}


def releases_of(engine: Engine, filing_id: int) -> list[models.Release]:
    with Session(engine) as session:
        rows = session.scalars(
            select(models.Release).where(models.Release.filing_id == filing_id)
        ).all()
        session.expunge_all()
        return list(rows)


def test_complete_submission_and_html_6k_load_with_accession_and_text(
    engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    seed = seed_paths()[0].read_text(encoding="utf-8")
    (folder / "submission.txt").write_text(HEADER.format(body=seed), encoding="utf-8")
    shutil.copy(
        REAL / "tsmc_2024-05-15_cover-q1-2024-financial-statements-exhibit-index.html",
        folder / "0001046179-24-000061.htm",
    )
    shutil.copy(
        REAL / "royal-philips_2023-01-30_plan-to-create-value-with-sustainable-impact.html",
        folder / "philips-6k.htm",
    )

    report = load_files(engine, sorted(folder.iterdir()), max_bytes=MAX)

    assert not report.rejected, report.rejected
    assert report.loaded == 3
    loaded = filings(engine)

    submission = loaded["submission.txt"]
    assert submission.accession_number == "0001034444-03-000101"
    assert submission.form_type == "6-K"
    assert "THE 'MOBILE ALLIANCE' IS FORMED" in submission.raw_text
    assert "<SEC-HEADER>" not in submission.raw_text and "begin 644" not in submission.raw_text
    assert [r.reference for r in releases_of(engine, submission.id)] == ["PR0337"]

    tsmc = loaded["0001046179-24-000061.htm"]
    assert tsmc.accession_number == "0001046179-24-000061"
    assert tsmc.registrant and "Taiwan Semiconductor" in tsmc.registrant
    assert "<td" not in tsmc.raw_text and "For the month of May 2024" in tsmc.raw_text

    philips = loaded["philips-6k.htm"]
    assert philips.accession_number is None
    assert "plan to create value with sustainable impact" in philips.raw_text
    assert "<p" not in philips.raw_text


def test_eight_k_submissions_are_refused_by_name_with_their_type(
    engine: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in REAL.glob("*.sub.txt"):
        shutil.copy(path, folder / path.name)

    report = load_files(engine, sorted(folder.iterdir()), max_bytes=MAX)

    assert report.loaded == 0
    reasons = {Path(name).name: reason for name, reason in report.rejected}
    assert len(reasons) == 3
    assert set(reasons.values()) == {"not a 6-K: EDGAR submission type is 8-K"}
    assert filings(engine) == {}
