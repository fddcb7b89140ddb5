"""schemathesis over the whole OpenAPI schema, every check, with an API key for the writes."""

from __future__ import annotations

import copy
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings

from app.db import make_engine, transaction
from app.ingest.runner import load_files
from app.keys import create_key
from app.main import create_app
from app.migrate import upgrade
from app.ratelimit import RateLimiter
from tests.conftest import seed_paths

# schemathesis collects operations at import time, so the app (on its own seeded SQLite
# database: the writes it fuzzes must not touch other tests) is built here too.
_FOLDER = Path(tempfile.mkdtemp(prefix="sixk-contract-"))
_ENGINE = make_engine(f"sqlite:///{_FOLDER / 'sixk.sqlite3'}")
upgrade(_ENGINE)
load_files(_ENGINE, seed_paths(), max_bytes=10 * 1024 * 1024)
with transaction(_ENGINE) as _session:
    _TOKEN = create_key(_session, name="contract")
_APP: FastAPI = create_app(engine=_ENGINE)
_APP.state.write_limiter = RateLimiter(capacity=1_000_000, period=60)


def _without_cursors(spec: dict[str, Any]) -> dict[str, Any]:
    """The schema minus `cursor`: cursors are opaque tokens the API issues, and a made-up one
    is a 422 no schema can state. Walking real cursors is tested in test_pagination.py."""
    spec = copy.deepcopy(spec)
    for path in spec["paths"].values():
        for operation in path.values():
            operation["parameters"] = [
                p for p in operation.get("parameters", []) if p["name"] != "cursor"
            ]
    return spec


_APP.openapi_schema = _without_cursors(_APP.openapi())
schema = schemathesis.openapi.from_asgi("/openapi.json", _APP)


@pytest.fixture(scope="module", autouse=True)
def _cleanup() -> Iterator[None]:
    yield
    _ENGINE.dispose()
    shutil.rmtree(_FOLDER, ignore_errors=True)


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_honours_its_schema(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {_TOKEN}"})
