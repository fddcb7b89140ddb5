"""Request ids, one JSON access line per request, and Prometheus metrics.

``install_observability(app)`` wraps the whole ASGI stack (outside Starlette's
ServerErrorMiddleware, so even an unhandled 500 carries its ``X-Request-ID`` and is counted)
in a pure-ASGI middleware: streamed responses stay streamed, nothing is buffered.
``/metrics`` serves the Prometheus text format.
"""

from __future__ import annotations

import logging
import logging.config
import os
import re
import time
from collections.abc import Callable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import orjson
from fastapi import FastAPI
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from starlette.datastructures import MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID_HEADER = "X-Request-ID"
_REQUEST_ID_OK = re.compile(r"[A-Za-z0-9._-]{1,128}")
UNMATCHED = "unmatched"
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
LOADER_OUTCOMES = ("loaded", "skipped", "rejected")

access_log = logging.getLogger("sixk.access")

#: The current request's id; the JSON formatter adds it to every line logged while serving it.
request_id_var: ContextVar[str | None] = ContextVar("sixk_request_id", default=None)

HTTP_REQUESTS = Counter(
    "sixk_http_requests",
    "HTTP requests answered, by method, route template and status",
    ["method", "route", "status"],
)
HTTP_DURATION = Histogram(
    "sixk_http_request_duration_seconds",
    "Time from the request's arrival to its last response byte, by method and route template",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
LOADER_FILES = Counter(
    "sixk_loader_files",
    "Files the loader processed, by outcome (loaded, skipped, rejected)",
    ["outcome"],
)
for _outcome in LOADER_OUTCOMES:  # every outcome shows, at 0, before the first file
    LOADER_FILES.labels(outcome=_outcome)


def count_loaded(outcome: str) -> None:
    """Count one file the loader handled; ``outcome`` is loaded, skipped or rejected."""
    if outcome not in LOADER_OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(LOADER_OUTCOMES)}, not {outcome!r}")
    LOADER_FILES.labels(outcome=outcome).inc()


def clean_request_id(value: str | None) -> str | None:
    """The client's request id when it is a sane token (<=128 of [A-Za-z0-9._-]), else None."""
    if value is not None and _REQUEST_ID_OK.fullmatch(value):
        return value
    return None


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def route_template(scope: Scope) -> str:
    """The matched route's template (``/v1/releases/{release_id}``), never the raw path."""
    route = scope.get("route")
    path_format = getattr(route, "path_format", None)
    return path_format if isinstance(path_format, str) and path_format else UNMATCHED


def new_request_id() -> str:
    """A random id, as ``uuid.uuid4().hex`` spells it (32 hex digits, version 4)."""
    bits = int.from_bytes(os.urandom(16)) & _UUID4_CLEAR | _UUID4_SET
    return f"{bits:032x}"


# uuid.UUID(version=4): the variant bits 10 and the version nibble 4.
_UUID4_CLEAR = ~((0xC000 << 48) | (0xF000 << 64))
_UUID4_SET = (0x8000 << 48) | (4 << 76)


class ObservabilityMiddleware:
    """Pure ASGI: request id in and out, one access log line, request metrics."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        # The labelled children of the request metrics, looked up once per label set.
        self._counted: dict[tuple[str, str, str], Any] = {}
        self._timed: dict[tuple[str, str], Any] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        request_id = clean_request_id(_header(scope, b"x-request-id")) or new_request_id()
        scope.setdefault("state", {})["request_id"] = request_id  # request.state.request_id
        id_header = (b"x-request-id", request_id.encode("latin-1"))
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500
        sent = 0
        response_started = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, sent, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = int(message["status"])
                headers = message.setdefault("headers", [])
                if isinstance(headers, list) and all(
                    key.lower() != b"x-request-id" for key, _ in headers
                ):
                    headers.append(id_header)
                else:
                    MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:  # an exception before the response started leaves status at 500
            duration = time.perf_counter() - started
            method = scope.get("method", "GET")
            method_label = method if method in _METHODS else "OTHER"
            route = route_template(scope)
            self._count(method_label, route, str(status), duration)
            if access_log.isEnabledFor(logging.INFO):
                access_log.info(
                    "%s %s %s",
                    method,
                    route,
                    status,
                    extra={
                        "method": method,
                        "route": route,
                        "path": scope.get("path", ""),
                        "status": status,
                        "duration_ms": round(duration * 1000, 3),
                        "request_id": request_id,
                        "bytes": sent if response_started else None,
                    },
                )
            request_id_var.reset(token)

    def _count(self, method: str, route: str, status: str, duration: float) -> None:
        counted = self._counted.get((method, route, status))
        if counted is None:
            counted = HTTP_REQUESTS.labels(method=method, route=route, status=status)
            self._counted[(method, route, status)] = counted
        timed = self._timed.get((method, route))
        if timed is None:
            timed = HTTP_DURATION.labels(method=method, route=route)
            self._timed[(method, route)] = timed
        counted.inc()
        timed.observe(duration)


def metrics_payload() -> bytes:
    """The Prometheus text format; aggregated over workers when PROMETHEUS_MULTIPROC_DIR is set."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest(REGISTRY)


def install_observability(app: FastAPI) -> None:
    """Wrap the app in the middleware (outermost) and add ``GET /metrics``."""
    build_stack: Callable[[], ASGIApp] = app.build_middleware_stack

    def build_observed_stack() -> ASGIApp:
        # Outside ServerErrorMiddleware, which add_middleware cannot reach: an unhandled
        # error's 500 then passes through here too, with its request id and its metrics.
        return ObservabilityMiddleware(build_stack())

    # Starlette builds the stack lazily on the first request, via this attribute.
    app.build_middleware_stack = build_observed_stack  # type: ignore[method-assign]

    @app.get("/metrics", include_in_schema=False)
    def prometheus_metrics() -> Response:
        return Response(metrics_payload(), media_type=CONTENT_TYPE_LATEST)


# Logging ---------------------------------------------------------------------------------

_RECORD_FIELDS = frozenset(
    vars(logging.LogRecord("x", logging.INFO, "x", 0, "x", None, None)).keys()
) | {"message", "asctime", "color_message", "taskName"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, any ``extra`` fields."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _RECORD_FIELDS and not key.startswith("_"):
                line[key] = value
        if "request_id" not in line and (request_id := request_id_var.get()) is not None:
            line["request_id"] = request_id
        if record.exc_info:
            line["exc_info"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack_info"] = self.formatStack(record.stack_info)
        return orjson.dumps(line, default=str).decode()


def _level(level: str) -> int:
    name = level.strip().upper()
    if name == "TRACE":  # uvicorn's extra level below DEBUG
        return 5
    value = logging.getLevelName(name)
    if not isinstance(value, int):
        raise ValueError(f"unknown log level {level!r}")
    return value


def log_config(level: str = "info") -> dict[str, Any]:
    """A ``logging.config.dictConfig`` dict: JSON lines on stderr for the root and uvicorn.

    Pass it to ``uvicorn.run(log_config=...)`` too, so each worker process logs JSON.
    uvicorn's own access log is silenced: ``sixk.access`` has one richer line per request.
    """
    numeric = _level(level)
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": f"{__name__}.JsonFormatter"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["stderr"], "level": numeric},
        "loggers": {
            "uvicorn": {"handlers": [], "level": numeric, "propagate": True},
            "uvicorn.error": {"handlers": [], "level": numeric, "propagate": True},
            "uvicorn.access": {"handlers": [], "level": logging.WARNING, "propagate": False},
            "sixk": {"handlers": [], "level": numeric, "propagate": True},
        },
    }


def configure_logging(level: str = "info") -> None:
    """JSON log lines for the root, ``sixk.*`` and uvicorn loggers, at ``level``."""
    logging.config.dictConfig(log_config(level))
