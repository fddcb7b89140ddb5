"""create_app(): routers, error handlers, offline API docs and, on PostgreSQL, the async pool
of the hot reads — nothing else."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.responses import HTMLResponse

from app import __version__
from app.api import (
    alliances,
    contacts,
    filings,
    frames,
    health,
    metrics,
    operators,
    releases,
    search,
)
from app.config import get_settings
from app.db import api_engine, async_read_pool
from app.errors import Problem, install_error_handlers
from app.observability import install_observability
from app.ratelimit import RateLimiter
from app.vocabulary import CURRENCY, METRIC_UNITS

DOCS_ASSETS = Path(fastapi_offline.__file__).parent / "static"

DESCRIPTION = """
sixk turns SEC Form 6-K press-release filings into a clean database of filings, releases,
telecom operators, alliances, contacts and metrics.

* Every list takes `limit` (1-500) and an opaque `cursor`; the next page's URL is in the
  `Link: <…>; rel="next"` header and `next_cursor`.
* Every list also answers `text/csv` and `application/x-ndjson` (by `Accept` or `?format=`),
  streamed, all pages in one response.
* Every error is `application/problem+json` (RFC 9457).
* Every metric carries `source` {start, end, text}: `raw[start:end] == text` for
  `GET /v1/filings/{id}/raw`.

Metric names (and units): """ + ", ".join(
    f"`{name}` ({'ISO 4217 code' if unit == CURRENCY else unit})"
    for name, unit in METRIC_UNITS.items()
)


TAGS = [
    {"name": "filings", "description": "Filings as loaded, their covers and original text"},
    {"name": "releases", "description": "Press releases and everything read from them"},
    {"name": "operators", "description": "Operators and groups, their figures and charts"},
    {"name": "metrics", "description": "Figures with their source spans; frames per period"},
    {"name": "contacts", "description": "Press contacts named in releases"},
    {"name": "alliances", "description": "Alliances and their members over time"},
    {"name": "search", "description": "Full-text search over releases"},
    {"name": "health", "description": "Liveness and readiness"},
]


@asynccontextmanager
async def _read_pool(app: FastAPI) -> AsyncIterator[None]:
    """On PostgreSQL, the async pool of the hot reads (``app.db.async_read_pool``),
    as large as the engine's own pool, opened in this process's event loop and closed with
    it; None elsewhere."""
    engine: Engine = app.state.engine
    size = getattr(engine.pool, "size", lambda: 1)()
    pool = async_read_pool(engine, size)
    if pool is not None:
        await pool.open(wait=False)
    app.state.read_pool = pool
    try:
        yield
    finally:
        app.state.read_pool = None
        if pool is not None:
            await pool.close()


def create_app(*, engine: Engine | None = None) -> FastAPI:
    app = FastAPI(
        lifespan=_read_pool,
        title="sixk",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        # Observability is our own (app.observability: request ids, access lines,
        # Prometheus); FastAPI's OpenTelemetry hooks would only ask, on every request,
        # whether a provider is configured.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    settings = get_settings()
    app.state.engine = engine or api_engine()
    app.state.write_limiter = RateLimiter(capacity=settings.write_rate_limit, period=60.0)
    install_error_handlers(app)
    install_observability(app)
    routers = (filings, releases, operators, metrics, frames, contacts, alliances, search, health)
    for module in routers:
        app.include_router(module.router)
    _mount_docs(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document, plus the Problem schema every error response refers to."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
            tags=TAGS,
        )
        _no_nul_in_parameters(schema)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["Problem"] = Problem.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
        app.openapi_schema = schema
    return app.openapi_schema


# No path or query value may hold a NUL character (``app.errors.RejectNul``): the pattern
# says so to clients, for every text parameter that has no stricter pattern of its own.
NO_NUL = "^[^\\u0000]*$"


def _no_nul_in_parameters(schema: dict[str, Any]) -> None:
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", ()):
                declared = parameter.get("schema", {})
                for option in declared.get("anyOf", [declared]):
                    if option.get("type") == "string" and "pattern" not in option:
                        option["pattern"] = NO_NUL


def _mount_docs(app: FastAPI) -> None:
    """Swagger UI and ReDoc from assets packaged with the app: no CDN, works offline."""
    app.mount("/docs-assets", StaticFiles(directory=DOCS_ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="sixk API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon.png",
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url="/openapi.json",
            title="sixk API",
            redoc_js_url="/docs-assets/redoc.standalone.js",
            redoc_favicon_url="/docs-assets/favicon.png",
            with_google_fonts=False,
        )
