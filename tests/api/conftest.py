"""An HTTP client on the app, over the seeded database of each kind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from app.main import create_app


@pytest.fixture(scope="session")
def client(seeded_engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(engine=seeded_engine), raise_server_exceptions=False) as client:
        yield client
