"""/docs and /redoc open in a real browser (headless Chromium) and render the operations.

Needs Chromium at /usr/bin/chromium (or the path in SIXK_CHROMIUM): ``apt-get install -y
chromium``. A missing browser fails the test rather than skipping it; deselect with
``-m "not browser"`` where no browser can be installed.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from app.db import make_engine
from app.ingest.runner import load_files
from app.main import create_app
from app.migrate import upgrade
from tests.conftest import seed_paths

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("SIXK_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app served by uvicorn on a free port, in a thread, over a seeded SQLite database."""
    folder = tmp_path_factory.mktemp("browser")
    engine = make_engine(f"sqlite:///{folder / 'sixk.sqlite3'}")
    upgrade(engine)
    report = load_files(engine, seed_paths(), max_bytes=10 * 1024 * 1024)
    assert not report.rejected, report.rejected
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(engine=engine), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive(), "uvicorn stopped before it started"
        assert time.monotonic() < deadline, "uvicorn did not start within 20 s"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        engine.dispose()


def rendered_dom(url: str, profile: Path) -> str:
    """The DOM after the page's scripts ran, as headless Chromium dumps it."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"headless Chromium is needed at {CHROMIUM} for the docs browser test: "
            "install it (apt-get install -y chromium) or set SIXK_CHROMIUM",
            pytrace=False,
        )
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=15000",
        "--dump-dom",
        url,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_swagger_ui_renders_every_operation(base_url: str, tmp_path: Path) -> None:
    dom = rendered_dom(f"{base_url}/docs", tmp_path / "profile")
    assert 'id="swagger-ui"' in dom
    paths = set(re.findall(r'class="opblock-summary-path"[^>]*data-path="([^"]+)"', dom))
    assert len(re.findall(r'class="opblock opblock-(?:get|post|delete)', dom)) >= 10, dom[-3000:]
    for path in (
        "/v1/releases",
        "/v1/releases/{release_id}",
        "/v1/metrics",
        "/v1/operators/{slug}/metrics",
        "/v1/filings",
        "/v1/search",
    ):
        assert path in paths, sorted(paths)
    assert "opblock-post" in dom and "opblock-delete" in dom  # the writes are documented too
    assert "Failed to load API definition" not in dom


def test_redoc_renders_operation_names(base_url: str, tmp_path: Path) -> None:
    dom = rendered_dom(f"{base_url}/redoc", tmp_path / "profile")
    for name in ("List releases", "Get one release", "List metrics", "Search releases"):
        assert name in dom, dom[-3000:]
    assert "/v1/operators/{slug}/metrics" in dom
    assert "Something went wrong" not in dom
