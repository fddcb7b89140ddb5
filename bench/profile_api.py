"""Per-request cost of the API, in process: the ASGI app called directly, no sockets.

    DATABASE_URL=sqlite:///file.sqlite3 .venv/bin/python bench/profile_api.py \
        "/v1/metrics?name=customers" [--requests 2000] [--profile]

Prints microseconds per request, wall and this process's CPU (on a busy machine the CPU
figure is the steadier one; the database server's own work is not in it), and with
``--profile`` the top of a cProfile by cumulative time, so that a change to the API's hot
path can be judged without wrk.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import time
from typing import Any

from app.main import create_app


async def call(app: Any, path: str) -> tuple[int, bytes]:
    raw_path, _, query = path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": raw_path,
        "raw_path": raw_path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"bench"), (b"accept", b"*/*")],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    answer: dict[str, Any] = {"status": 0, "body": b""}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
        elif message["type"] == "http.response.body":
            answer["body"] += message.get("body", b"")

    await app(scope, receive, send)
    return answer["status"], answer["body"]


async def run(paths: list[str], requests: int, profile: bool) -> None:
    app = create_app()
    # The app's lifespan, as a server runs it: on PostgreSQL it opens the async read pool.
    async with app.router.lifespan_context(app):
        await measure(app, paths, requests, profile)


async def measure(app: Any, paths: list[str], requests: int, profile: bool) -> None:
    for path in paths:
        status, body = await call(app, path)
        print(f"{path}: {status}, {len(body)} bytes")
        for _ in range(50):
            await call(app, path)
        profiler = cProfile.Profile() if profile else None
        started, cpu_started = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        for _ in range(requests):
            await call(app, path)
        if profiler:
            profiler.disable()
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        print(
            f"  {elapsed / requests * 1e6:8.0f} µs per request, {cpu / requests * 1e6:8.0f} µs"
            f" of this process's CPU ({requests} requests)"
        )
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    asyncio.run(run(args.paths, args.requests, args.profile))


if __name__ == "__main__":
    main()
