"""/healthz (the process is alive) and /readyz (the database answers and is migrated)."""

from __future__ import annotations

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from fastapi import APIRouter
from sqlalchemy.exc import SQLAlchemyError

from app.api.deps import EngineDep
from app.api.routing import QuickRoute
from app.errors import ProblemError
from app.migrate import alembic_config

router = APIRouter(tags=["health"], route_class=QuickRoute)


@router.get("/healthz", summary="Liveness")
def healthz() -> dict[str, str]:
    """Answers 200 while the process is up."""
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness", responses={503: {"description": "Not ready"}})
def readyz(engine: EngineDep) -> dict[str, str]:
    """200 when the database is reachable and at the newest migration, else 503."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as exc:
        raise ProblemError(503, "database unreachable", slug="not-ready") from exc
    if current != head:
        raise ProblemError(
            503, f"database at revision {current}, expected {head}", slug="not-ready"
        )
    return {"status": "ready", "revision": current or ""}
