"""create_app(): routers, error handlers, offline API docs — nothing else."""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.responses import HTMLResponse

from app import __version__
from app.api import alliances, contacts, filings, health, metrics, operators, releases, search
from app.db import get_engine
from app.errors import install_error_handlers

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

Metric names: customers, net_additions, employees, revenue, net_income, investment,
market_share, population_coverage, territory_coverage, data_revenue_share, roaming_partners,
base_stations.
"""


def create_app(*, engine: Engine | None = None) -> FastAPI:
    app = FastAPI(
        title="sixk",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.state.engine = engine or get_engine()
    install_error_handlers(app)
    for module in (filings, releases, operators, metrics, contacts, alliances, search, health):
        app.include_router(module.router)
    _mount_docs(app)
    return app


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
