"""Apply the Alembic migrations to a database, from code (the CLI, the app, the tests)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine


def migrations_dir() -> Path:
    """The Alembic scripts: beside the package in a checkout, else in the working folder
    (an installed wheel, as in the container image, whose WORKDIR holds ``migrations/``)."""
    beside_package = Path(__file__).resolve().parent.parent / "migrations"
    for candidate in (beside_package, Path.cwd() / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError(
        f"no Alembic migrations in {beside_package} or {Path.cwd() / 'migrations'}; "
        "run sixk from the folder that holds migrations/"
    )


# Full-text search objects are written by hand per dialect in the migrations; models omit them.
SEARCH_OBJECTS = ("search_vector", "ix_release_search_vector", "release_fts")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate's filter: leave the hand-written search objects alone."""
    return not (name or "").startswith(SEARCH_OBJECTS)


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Bring ``engine``'s database to the newest revision."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
