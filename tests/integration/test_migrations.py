"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from app.migrate import include_object
from app.models import Base


def test_models_match_migrations(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_constraint_names_follow_the_convention(engine: Engine) -> None:
    inspector = inspect(engine)
    for table in Base.metadata.tables:
        for fk in inspector.get_foreign_keys(table):
            assert fk["name"] and fk["name"].startswith(f"fk_{table}_")
        for index in inspector.get_indexes(table):
            assert index["name"].startswith(("ix_", "uq_"))
