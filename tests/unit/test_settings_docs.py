"""Configuration documents itself: every setting is in .env.example and the README table,
with the default the code uses, and .env.example parses to exactly the defaults."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from dotenv import dotenv_values

from app.config import Settings

ROOT = Path(__file__).resolve().parents[2]
FIELDS = Settings.model_fields


def variables() -> dict[str, object]:
    return {str(info.validation_alias): info.default for info in FIELDS.values()}


def test_every_setting_has_a_description() -> None:
    for name, info in FIELDS.items():
        assert info.description, name


def test_env_example_lists_every_setting_with_its_default() -> None:
    example = dotenv_values(ROOT / ".env.example")
    assert set(example) == set(variables())
    assert Settings(_env_file=ROOT / ".env.example") == Settings(_env_file=None)  # type: ignore[call-arg]


@pytest.mark.parametrize(("variable", "default"), sorted(variables().items()))
def test_readme_table_lists_every_setting_with_its_default(variable: str, default: object) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = re.search(rf"^\| `{variable}` \| `([^`]*)` \|", readme, re.MULTILINE)
    assert row, f"{variable} is missing from the README's configuration table"
    assert row.group(1) == str(default)
