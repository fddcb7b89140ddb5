"""The synthetic corpus: deterministic by seed, varied, and read by the real pipeline."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.ingest.catalog import default_catalog
from app.ingest.pipeline import read_filing
from app.synth import generate, world

COUNT = 40
# Names that the seed filings use: the fictional world must not borrow any of them.
SEED_NAMES = (
    "mmO2", "O2", "Amena", "Auna", "Eurotel", "Pannon", "SONOFON", "sunrise", "Telenor",
    "Wind", "Starmap", "Nicholas", "Harwood", "Groger", "Walser", "Sandvin",
)  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate(COUNT, tmp_path_factory.mktemp("synth"), seed=7)


def _digest(paths: list[Path]) -> list[str]:
    return [hashlib.sha256(path.read_bytes()).hexdigest() for path in paths]


def test_same_seed_gives_the_same_bytes(corpus: list[Path], tmp_path: Path) -> None:
    again = generate(COUNT, tmp_path, seed=7)
    assert [p.name for p in again] == [p.name for p in corpus]
    assert _digest(again) == _digest(corpus)


def test_a_shorter_run_is_a_prefix(corpus: list[Path], tmp_path: Path) -> None:
    assert _digest(generate(5, tmp_path, seed=7)) == _digest(corpus)[:5]


def test_different_seeds_differ(corpus: list[Path], tmp_path: Path) -> None:
    other = generate(COUNT, tmp_path, seed=8)
    assert not set(_digest(other)) & set(_digest(corpus))


def test_files_are_distinct_and_varied(corpus: list[Path]) -> None:
    texts = [path.read_text(encoding="utf-8") for path in corpus]
    assert len(set(_digest(corpus))) == COUNT
    registrants = {re.findall(r"/s/ .*\n\n\s*\S.*\n\s*(.+)", t)[0] for t in texts}
    assert len(registrants) > 3
    joined = "\n".join(texts)
    # English and continental figures, both currencies, both reference styles.
    assert re.search(r"\d,\d{3}\b", joined)
    assert re.search(r"\d\.\d{3}\.\d{3}|\d,\d million", joined)
    assert "GBP" in joined and ("EUR" in joined or "euros" in joined)


def test_the_world_is_large_and_fictional() -> None:
    groups = world()
    operators = [op for group in groups for op in group.operators]
    assert len(groups) >= 40
    assert len(operators) >= 120
    assert len({op.country.code for op in operators}) >= 25
    assert len({op.name for op in operators}) == len(operators)
    names = " ".join([g.legal_name for g in groups] + [op.name for op in operators])
    for seed_name in SEED_NAMES:
        assert not re.search(rf"\b{re.escape(seed_name)}\b", names, re.IGNORECASE), seed_name


def test_every_file_is_read_with_releases_and_metrics(corpus: list[Path]) -> None:
    known = {op.slug for op in default_catalog().operators}
    for path in corpus:
        filing = read_filing(path.read_bytes(), source_name=path.name)
        assert filing.cover.registrant, path.name
        assert filing.cover.report_date is not None, path.name
        assert filing.cover.signed_by.name, path.name
        assert filing.releases, path.name
        metrics = [m for r in filing.releases for m in r.extraction.metrics]
        assert metrics, path.name
        text = filing.document.text
        assert all(text[m.span.start : m.span.end] == m.span.text for m in metrics)
        for release in filing.releases:
            assert release.parsed.title and release.parsed.released_on, path.name
            assert release.parsed.quotes, path.name
            assert release.parsed.contacts, path.name
            # Invented operators only: nothing resolves to a real operator of the catalog.
            assert not {op.slug for op in release.extraction.operators} & known, path.name


def test_cli_writes_the_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["synth", "--count", "3", "--seed", "7", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "wrote 3 filings" in result.output
    assert len(list(tmp_path.glob("*.txt"))) == 3
