"""sixk side by side: the loader and the API against Datasette and a bare ASGI floor.

    .venv/bin/python bench/run.py [--count 5000] [--duration 5] [--repeat 3] [--postgres URL]

1. writes a corpus of ``--count`` synthetic filings (app.synth) into the work folder;
2. loads it with ``sixk load`` into a fresh SQLite file under ``/usr/bin/time -v``
   (filings/s and peak RSS); with ``--postgres URL`` also into a new database on that server
   (dropped at the end);
3. serves it with ``sixk serve`` (``--workers``, default the CPU count) and, beside it on a
   copy of the same SQLite file, Datasette (``?sql=`` JSON, one process, immutable) and
   bench/bare_asgi.py (the same SQL on sqlite3 + orjson under uvicorn: the floor);
4. drives every server with wrk over loopback (``--connections`` 32, bench/wrk_report.lua
   for p50/p99 and errors): metrics filtered by name, releases sorted by date, a search, the
   first page of /v1/metrics and a page ``--deep`` rows deep in its keyset. Rounds are
   interleaved (each round visits every URL on every server), ``--repeat`` rounds, and the
   table shows medians, so load from elsewhere on the machine falls on all servers alike;
5. prints one table (req/s, p50, p99, non-2xx, ratios to Datasette and to the floor), the
   bars of the issue with pass/fail, and writes everything to ``<workdir>/results.json``.

wrk is the Debian package (installed with apt-get when missing and running as root);
Datasette comes from the ``bench`` extra in pyproject.toml (installed into this venv when
missing). Every server runs in its own process group and is stopped at the end.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bare_asgi import QUERIES

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
LUA = BENCH / "wrk_report.lua"
BIN = Path(sys.executable).parent

# The bars (5,000 filings, 2 cores, medians).
BAR_VS_DATASETTE = 3.0
BAR_VS_BARE = 0.3
BAR_LIST_P99_MS = 50.0
BAR_SEARCH_P99_MS = 100.0
BAR_DEEP_VS_FIRST = 0.8


# -- what is measured ----------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    label: str
    api_path: str  # the sixk URL (path and query)
    query: str  # the name of the equivalent SQL in bare_asgi.QUERIES
    params: tuple[tuple[str, str], ...] = ()
    search: bool = False


def targets(deep_cursor: str | None, deep_after: int | None) -> list[Target]:
    found = [
        Target(
            "metrics?name=customers",
            "/v1/metrics?name=customers&limit=50",
            "metrics_by_name",
            (("name", "customers"),),
        ),
        Target(
            "releases sort=-released_on",
            "/v1/releases?sort=-released_on&limit=50",
            "releases_by_date",
        ),
        Target(
            "search q=customers",
            "/v1/search?q=customers&limit=50",
            "search",
            (("q", "customers"),),
            search=True,
        ),
        Target("metrics first page", "/v1/metrics?limit=50", "metrics_first"),
    ]
    if deep_cursor is not None and deep_after is not None:
        found.append(
            Target(
                "metrics deep page",
                f"/v1/metrics?limit=50&cursor={urllib.parse.quote(deep_cursor)}",
                "metrics_deep",
                (("after", str(deep_after)),),
            )
        )
    return found


@dataclass
class Result:
    target: str
    server: str
    url: str
    rps: float | None = None
    p50_ms: float | None = None
    p99_ms: float | None = None
    non2xx: int | None = None
    socket_errors: int | None = None
    rounds: list[dict[str, float]] = field(default_factory=list)
    note: str = ""


@dataclass
class LoadResult:
    label: str
    files: int
    loaded: int = 0
    skipped: int = 0
    rejected: int = 0
    seconds: float = 0.0
    peak_rss_mib: float | None = None
    exit_code: int = 0
    rejections: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return self.loaded / self.seconds if self.seconds else 0.0


# -- processes -----------------------------------------------------------------------------


def say(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get(url: str, timeout: float = 30.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


class Server:
    """A server in its own process group, its output in a log file, stopped by its id."""

    def __init__(
        self, name: str, argv: list[str], env: dict[str, str], port: int, log: Path
    ) -> None:
        self.name, self.argv, self.env, self.port, self.log = name, argv, env, port, log
        self.process: subprocess.Popen[bytes] | None = None
        self.ready_path = "/"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_path: str, timeout: float = 120.0) -> None:
        self.ready_path = ready_path
        with self.log.open("wb") as handle:
            self.process = subprocess.Popen(
                self.argv,
                env=self.env,
                stdout=handle,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
                start_new_session=True,  # its own process group: stopped whole, by its id
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited early; see {self.log}")
            with contextlib.suppress(OSError):
                status, _ = get(self.base + ready_path, timeout=2)
                if status == 200:
                    return
            time.sleep(0.25)
        raise RuntimeError(f"{self.name} did not answer {ready_path} in {timeout:.0f} s")

    def drain(self, quick_s: float = 0.05, timeout: float = 120.0) -> float:
        """Wait until the server answers its ready path within ``quick_s`` twice running:
        wrk stops sending when its time is up, but a slow server still works off the
        requests it queued, and that work must not fall on the next server measured.
        Returns the seconds waited."""
        started = time.monotonic()
        quick = 0
        while quick < 2 and time.monotonic() - started < timeout:
            asked = time.monotonic()
            with contextlib.suppress(OSError):
                get(self.base + self.ready_path, timeout=timeout)
            quick = quick + 1 if time.monotonic() - asked < quick_s else 0
        return time.monotonic() - started

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)


@contextlib.contextmanager
def serving(server: Server, ready_path: str) -> Iterator[Server]:
    say(f"starting {server.name} on :{server.port}")
    try:
        server.start(ready_path)
        yield server
    finally:
        server.stop()


def sixk_command() -> list[str]:
    script = BIN / "sixk"
    return [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]


def ensure_wrk() -> bool:
    if shutil.which("wrk"):
        return True
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        say("wrk is missing (Debian: apt-get install -y wrk) and this is no root apt machine")
        return False
    say("wrk is missing: apt-get install -y wrk ...")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], env=env, check=False)
    return shutil.which("wrk") is not None


def ensure_datasette() -> Path | None:
    """Datasette from the ``bench`` extra of pyproject.toml, installed here when missing."""
    datasette = BIN / "datasette"
    if datasette.exists():
        return datasette
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = extras["optional-dependencies"]["bench"]
    say(f"datasette is not in this venv: pip install {' '.join(requirements)} (the bench extra)")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", *requirements], check=False
    )
    if installed.returncode != 0 or not datasette.exists():
        say("could not install datasette: skipping its figures")
        return None
    return datasette


# -- loading -------------------------------------------------------------------------------


def load(corpus: Path, database_url: str, label: str, files: int, log: Path) -> LoadResult:
    env = {**os.environ, "DATABASE_URL": database_url}
    argv = [*sixk_command(), "load", str(corpus)]
    timer = Path("/usr/bin/time")
    if timer.exists():
        argv = [str(timer), "-v", *argv]
    else:
        say("/usr/bin/time is missing (Debian: apt-get install time): no peak RSS")
    say(f"loading {files} filings into {label} (load average {load_average()}) ...")
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False, cwd=ROOT)
    seconds = time.perf_counter() - started
    log.write_text(done.stdout + "\n--- stderr ---\n" + done.stderr)
    result = LoadResult(label=label, files=files, seconds=seconds, exit_code=done.returncode)
    summary = re.search(r"loaded (\d+), skipped (\d+).*rejected (\d+)", done.stdout)
    if summary:
        result.loaded, result.skipped, result.rejected = map(int, summary.groups())
    result.rejections = [line for line in done.stdout.splitlines() if line.startswith("rejected ")]
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    if rss:
        result.peak_rss_mib = int(rss.group(1)) / 1024
    if done.returncode not in (0, 1) or not summary:
        raise RuntimeError(f"sixk load failed (exit {done.returncode}); see {log}")
    return result


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent, self-contained copy (no -wal beside it) for the other servers."""
    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    with sqlite3.connect(target) as dst:
        dst.execute("PRAGMA journal_mode=DELETE")


def sqlite_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("filing", "release", "metric", "operator", "contact", "mention")
        }


def postgres_database(server_url: str) -> contextlib.AbstractContextManager[str]:
    """A new database on the server at ``server_url``, dropped afterwards."""
    from app.db import scratch_postgres_database

    return scratch_postgres_database(server_url, "sixk_bench_")


# -- servers -------------------------------------------------------------------------------


def sixk_server(name: str, database_url: str, args: argparse.Namespace, workdir: Path) -> Server:
    env = {**os.environ, "DATABASE_URL": database_url, "SIXK_LOG_LEVEL": "warning"}
    port = free_port()
    argv = [*sixk_command(), "serve", "--host", "127.0.0.1", "--port", str(port)]
    argv += ["--workers", str(args.workers)]
    return Server(name, argv, env, port, workdir / f"{name}.log")


def datasette_server(datasette: Path, db: Path, workdir: Path) -> Server:
    port = free_port()
    argv = [str(datasette), "serve", "-i", str(db), "--host", "127.0.0.1", "--port", str(port)]
    argv += ["--setting", "sql_time_limit_ms", "10000"]
    return Server("datasette", argv, dict(os.environ), port, workdir / "datasette.log")


def bare_server(db: Path, args: argparse.Namespace, workdir: Path) -> Server:
    port = free_port()
    argv = [str(BIN / "uvicorn"), "bare_asgi:app", "--app-dir", str(BENCH)]
    argv += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)]
    argv += ["--log-level", "warning", "--no-access-log"]
    env = {**os.environ, "BENCH_DB": str(db)}
    return Server("bare", argv, env, port, workdir / "bare.log")


def url_for(server: Server, kind: str, target: Target, db: Path | None = None) -> str:
    if kind == "sixk":
        return server.base + target.api_path
    if kind == "datasette":
        assert db is not None
        query = {"sql": QUERIES[target.query], "_shape": "objects", **dict(target.params)}
        return f"{server.base}/{db.stem}.json?{urllib.parse.urlencode(query)}"
    return f"{server.base}/{target.query}?{urllib.parse.urlencode(dict(target.params))}"


# -- driving -------------------------------------------------------------------------------


def walk_cursor(base: str, depth: int) -> tuple[str | None, int | None, int]:
    """Follow /v1/metrics?limit=500 about ``depth`` rows deep: (cursor, its last id, rows)."""
    cursor: str | None = None
    walked = 0
    while walked < depth:
        url = f"{base}/v1/metrics?limit=500"
        if cursor:
            url += f"&cursor={urllib.parse.quote(cursor)}"
        status, body = get(url)
        if status != 200:
            raise RuntimeError(f"walking the cursor: {url} answered {status}")
        page = json.loads(body)
        if not page["next_cursor"]:
            break
        cursor = page["next_cursor"]
        walked += len(page["items"])
    if cursor is None:
        return None, None, walked
    padded = cursor + "=" * (-len(cursor) % 4)
    last_id = int(json.loads(base64.urlsafe_b64decode(padded))["i"])
    return cursor, last_id, walked


def wrk(url: str, *, duration: int, connections: int, threads: int) -> dict[str, Any]:
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s"]
    argv += ["-s", str(LUA), url]
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no figures for {url}: {done.stdout}{done.stderr}")
    figures: dict[str, Any] = json.loads(line[len("BENCH ") :])
    return figures


def measure_round(result: Result, server: Server, args: argparse.Namespace) -> None:
    figures = wrk(
        result.url, duration=args.duration, connections=args.connections, threads=args.threads
    )
    drained = server.drain()
    seconds = figures["duration_us"] / 1e6
    errors = sum(figures[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts"))
    result.rounds.append(
        {
            "rps": figures["requests"] / seconds if seconds else 0.0,
            "p50_ms": figures["p50_us"] / 1000,
            "p99_ms": figures["p99_us"] / 1000,
            "non2xx": figures["non2xx"],
            "socket_errors": errors,
        }
    )
    last = result.rounds[-1]
    say(
        f"{result.server:<10} {result.target:<28} {last['rps']:9.1f} req/s"
        f"  p50 {last['p50_ms']:7.2f} ms  p99 {last['p99_ms']:7.2f} ms"
        f"  non-2xx {last['non2xx']}  (load {load_average()})"
        + (f"  (worked off its queue for {drained:.1f} s after)" if drained > 1 else "")
    )


def settle(result: Result) -> None:
    """Medians over the rounds; error counts are summed."""
    rounds = result.rounds
    result.rps = statistics.median(r["rps"] for r in rounds)
    result.p50_ms = statistics.median(r["p50_ms"] for r in rounds)
    result.p99_ms = statistics.median(r["p99_ms"] for r in rounds)
    result.non2xx = int(sum(r["non2xx"] for r in rounds))
    result.socket_errors = int(sum(r["socket_errors"] for r in rounds))


# -- report --------------------------------------------------------------------------------


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _ratio(value: float | None, other: float | None) -> str:
    if value is None or not other:
        return "-"
    return f"{value / other:.2f}x"


def table(results: list[Result]) -> str:
    by_key = {(r.target, r.server): r for r in results}
    header = (
        f"{'target':<28} {'server':<10} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'non-2xx':>8} {'vs Datasette':>13} {'vs bare':>8}"
    )
    lines = [header, "-" * len(header)]
    for target in dict.fromkeys(r.target for r in results):
        datasette = by_key.get((target, "datasette"))
        bare = by_key.get((target, "bare"))
        for result in (r for r in results if r.target == target):
            errors = result.non2xx if result.non2xx is not None else "-"
            if result.socket_errors:
                errors = f"{errors}+{result.socket_errors}s"
            lines.append(
                f"{target:<28} {result.server:<10} {_num(result.rps):>9} "
                f"{_num(result.p50_ms, 2):>8} {_num(result.p99_ms, 2):>8} {errors!s:>8} "
                f"{_ratio(result.rps, datasette.rps if datasette else None):>13} "
                f"{_ratio(result.rps, bare.rps if bare else None):>8}"
                + (f"  ({result.note})" if result.note else "")
            )
    return "\n".join(lines)


def bars(results: list[Result], server: str) -> list[tuple[str, bool | None, str]]:
    """The issue's bars for ``server``: (bar, held or None when not measured, the figures)."""
    by_key = {(r.target, r.server): r for r in results}

    def rps(target: str, who: str) -> float | None:
        found = by_key.get((target, who))
        return found.rps if found else None

    checks: list[tuple[str, bool | None, str]] = []
    mine, theirs, floor = (
        rps("metrics?name=customers", who) for who in (server, "datasette", "bare")
    )
    for label, other, bar in (
        ("Datasette", theirs, BAR_VS_DATASETTE),
        ("bare", floor, BAR_VS_BARE),
    ):
        if mine and other:
            ratio = mine / other
            checks.append((f"metrics list >= {bar}x {label} req/s", ratio >= bar, f"{ratio:.2f}x"))
        else:
            checks.append((f"metrics list >= {bar}x {label} req/s", None, "not measured"))
    for result in (r for r in results if r.server == server):
        limit = BAR_SEARCH_P99_MS if "search" in result.target else BAR_LIST_P99_MS
        held = result.p99_ms is not None and result.p99_ms <= limit
        checks.append((f"{result.target}: p99 <= {limit:.0f} ms", held, f"{result.p99_ms:.1f} ms"))
    errors = sum((r.non2xx or 0) + (r.socket_errors or 0) for r in results if r.server == server)
    checks.append(("no non-2xx, no socket errors", errors == 0, str(errors)))
    first, deep = rps("metrics first page", server), rps("metrics deep page", server)
    if first and deep:
        checks.append(
            (
                f"deep page >= {BAR_DEEP_VS_FIRST}x first page",
                deep / first >= BAR_DEEP_VS_FIRST,
                f"{deep / first:.2f}x",
            )
        )
    return checks


def load_line(result: LoadResult) -> str:
    rss = "-" if result.peak_rss_mib is None else f"{result.peak_rss_mib:.0f} MiB"
    return (
        f"loader [{result.label}]: {result.loaded} loaded, {result.skipped} skipped, "
        f"{result.rejected} rejected of {result.files} in {result.seconds:.1f} s -> "
        f"{result.per_second:.1f} filings/s; peak RSS {rss}"
    )


# -- main ----------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--count", type=int, default=5000, help="filings in the corpus")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (app.synth)")
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per URL and round")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the table shows medians")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of wrk per server first")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="sixk and bare worker processes"
    )
    parser.add_argument("--deep", type=int, default=10_000, help="rows to walk for the deep page")
    parser.add_argument("--workdir", type=Path, help="default: $TMPDIR/sixk-bench-COUNT-SEED")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the corpus and SQLite file of an earlier run"
    )
    parser.add_argument("--postgres", metavar="URL", help="also load and serve on this server")
    parser.add_argument("--no-datasette", action="store_true", help="skip Datasette")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    workdir: Path = (
        args.workdir or Path(tempfile.gettempdir()) / f"sixk-bench-{args.count}-{args.seed}"
    )
    corpus = workdir / "corpus"
    database = workdir / "sixk.sqlite3"
    reuse = args.reuse and database.exists() and corpus.is_dir()
    if not reuse:
        shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True, exist_ok=True)
    have_wrk = ensure_wrk()
    datasette = None if args.no_datasette or not have_wrk else ensure_datasette()
    load_before = load_average()

    loads: list[LoadResult] = []
    if reuse:
        say(f"reusing {database} and its corpus (no SQLite loader figures)")
    else:
        from app.synth import generate

        started = time.perf_counter()
        generate(args.count, corpus, seed=args.seed)
        say(f"wrote {args.count} filings in {time.perf_counter() - started:.1f} s to {corpus}")
        sqlite_url = f"sqlite:///{database}"
        loads.append(load(corpus, sqlite_url, "sqlite", args.count, workdir / "load-sqlite.log"))
        say(load_line(loads[-1]))
    counts = sqlite_counts(database)
    say("rows: " + ", ".join(f"{name} {count:,}" for name, count in counts.items()))

    results: list[Result] = []
    with contextlib.ExitStack() as stack:
        postgres_url = None
        if args.postgres:
            postgres_url = stack.enter_context(postgres_database(args.postgres))
            log = workdir / "load-postgres.log"
            loads.append(load(corpus, postgres_url, "postgres", args.count, log))
            say(load_line(loads[-1]))
        if have_wrk:
            copy = workdir / "bench.sqlite3"
            copy_sqlite(database, copy)
            results = drive(stack, args, workdir, database, copy, datasette, postgres_url)

    print()
    print(
        f"sixk bench: {args.count} synthetic filings (seed {args.seed}); "
        + ", ".join(f"{count:,} {name}s" for name, count in counts.items())
    )
    print(
        f"wrk: {args.connections} connections, {args.threads} threads, {args.duration} s per URL,"
        f" median of {args.repeat} interleaved rounds, loopback; {os.cpu_count()} CPUs shared by"
        f" client and servers; sixk and bare: {args.workers} uvicorn workers;"
        " Datasette: 1 process (-i, immutable)"
    )
    print(f"load average before: {load_before}; after: {load_average()}")
    for result in loads:
        print(load_line(result))
        for line in result.rejections[:5]:
            print(f"  {line}")
    checked: dict[str, list[tuple[str, bool | None, str]]] = {}
    if results:
        print()
        print(table(results))
        for server in dict.fromkeys(r.server for r in results):
            if server.startswith("sixk"):
                checked[server] = bars(results, server)
                print(f"\nbars [{server}]:")
                for bar, held, figure in checked[server]:
                    mark = "n/a " if held is None else ("PASS" if held else "FAIL")
                    print(f"  {mark}  {bar:<44} {figure}")
    (workdir / "results.json").write_text(
        json.dumps(
            {
                "count": args.count,
                "seed": args.seed,
                "settings": {k: str(v) for k, v in vars(args).items() if k != "postgres"},
                "cpus": os.cpu_count(),
                "load_average": {"before": load_before, "after": load_average()},
                "rows": counts,
                "loads": [asdict(r) | {"filings_per_second": r.per_second} for r in loads],
                "http": [asdict(r) for r in results],
                "bars": {
                    server: [{"bar": b, "held": h, "figure": f} for b, h, f in found]
                    for server, found in checked.items()
                },
            },
            indent=2,
        )
    )
    print(f"\n(results: {workdir / 'results.json'})")
    return 0


def drive(
    stack: contextlib.ExitStack,
    args: argparse.Namespace,
    workdir: Path,
    database: Path,
    copy: Path,
    datasette: Path | None,
    postgres_url: str | None,
) -> list[Result]:
    """Start every server, then measure in interleaved rounds; servers stop with ``stack``."""
    servers: list[tuple[str, Server, Path | None]] = []
    sixk = stack.enter_context(
        serving(sixk_server("sixk", f"sqlite:///{database}", args, workdir), "/healthz")
    )
    servers.append(("sixk", sixk, None))
    if postgres_url:
        pg = stack.enter_context(
            serving(sixk_server("sixk-pg", postgres_url, args, workdir), "/healthz")
        )
        servers.append(("sixk", pg, None))
    if datasette is not None:
        ds = stack.enter_context(
            serving(datasette_server(datasette, copy, workdir), "/-/versions.json")
        )
        servers.append(("datasette", ds, copy))
    bare = stack.enter_context(serving(bare_server(copy, args, workdir), "/healthz"))
    servers.append(("bare", bare, None))

    # Each database has its own ids: the deep cursor is walked on each sixk; the SQLite one
    # (the same file the others serve) gives the id the others start after.
    deep: dict[str, tuple[str | None, int | None]] = {}
    for kind, server, _ in servers:
        if kind == "sixk":
            cursor, after, walked = walk_cursor(server.base, args.deep)
            say(f"{server.name}: keyset cursor walked {walked} rows deep (last id {after})")
            deep[server.name] = (cursor, after)
    sqlite_targets = targets(*deep["sixk"])

    results: list[Result] = []
    by_name = {server.name: server for _, server, _ in servers}
    for kind, server, db in servers:
        chosen = targets(*deep[server.name]) if kind == "sixk" else sqlite_targets
        for target in chosen:
            url = url_for(server, kind, target, db)
            result = Result(target=target.label, server=server.name, url=url)
            status, body = get(url)
            if status != 200:
                result.note = f"answered {status}: {body[:120]!r}"
                say(f"{server.name} {target.label}: {result.note}")
            results.append(result)
        if args.warmup > 0:
            warm = [r for r in results if r.server == server.name]
            for result in warm:
                wrk(
                    result.url,
                    duration=args.warmup,
                    connections=args.connections,
                    threads=args.threads,
                )
                server.drain()
    for number in range(1, args.repeat + 1):
        say(f"round {number} of {args.repeat} (load average {load_average()})")
        for label in dict.fromkeys(r.target for r in results):
            for result in (r for r in results if r.target == label):
                measure_round(result, by_name[result.server], args)
    for result in results:
        settle(result)
    return results


if __name__ == "__main__":
    sys.exit(main())
