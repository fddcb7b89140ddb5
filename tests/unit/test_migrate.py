"""Where the migrations are found: in a checkout, and as an installed wheel sees them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect

import app.migrate
from app.db import make_engine
from app.migrate import migrations_dir, upgrade
from tests.conftest import ROOT


def test_a_checkout_uses_the_migrations_beside_the_package() -> None:
    assert migrations_dir() == ROOT / "migrations"


def test_an_installed_package_uses_the_working_folders_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site-packages" / "app"
    site.mkdir(parents=True)
    monkeypatch.setattr(app.migrate, "__file__", str(site / "migrate.py"))
    workdir = tmp_path / "srv"
    shutil.copytree(ROOT / "migrations", workdir / "migrations")
    monkeypatch.chdir(workdir)

    assert migrations_dir() == workdir / "migrations"
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    upgrade(engine)
    assert "filing" in inspect(engine).get_table_names()
    engine.dispose()


def test_no_migrations_anywhere_says_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.migrate, "__file__", str(tmp_path / "app" / "migrate.py"))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="run sixk from the folder that holds"):
        migrations_dir()
