"""RFC 9457 problem+json: one error type, one set of handlers, every error path."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://sixk.dev/problems/"

log = logging.getLogger("sixk.errors")


class Problem(BaseModel):
    """An RFC 9457 problem detail."""

    type: str = Field(examples=[TYPE_BASE + "not-found"])
    title: str = Field(examples=["Not Found"])
    status: int = Field(examples=[404])
    detail: str = Field(examples=["release 999999 does not exist"])
    instance: str | None = Field(default=None, examples=["/v1/releases/999999"])
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="For 422: each invalid parameter, where it is and why"
    )


class ProblemError(Exception):
    """An error a route raises on purpose; it carries its status and a readable detail."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        slug: str | None = None,
        headers: dict[str, str] | None = None,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.slug = slug or _slug(status)
        self.headers = headers or {}
        self.errors = errors


class NotModified(Exception):
    """The client's copy is current: answer 304 without running the query."""

    def __init__(self, etag: str) -> None:
        super().__init__(etag)
        self.etag = etag


def _slug(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "-").replace("'", "")
    except ValueError:
        return "error"


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem_response(
    request: Request | None,
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    headers: dict[str, str] | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> Response:
    body: dict[str, Any] = {
        "type": TYPE_BASE + (slug or _slug(status)),
        "title": _title(status),
        "status": status,
        "detail": detail,
    }
    if request is not None:
        body["instance"] = request.url.path
    if errors:
        body["errors"] = errors
    return Response(
        orjson.dumps(body), status_code=status, media_type=PROBLEM_JSON, headers=headers
    )


def _jsonable_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for error in exc.errors():
        out.append(
            {
                "loc": [str(part) for part in error.get("loc", ())],
                "msg": str(error.get("msg", "")),
                "type": str(error.get("type", "")),
            }
        )
    return out


def _describe(errors: list[dict[str, Any]]) -> str:
    parts = []
    for error in errors:
        where = ".".join(error["loc"]) or "request"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts) or "invalid request"


async def _on_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ProblemError)
    return problem_response(
        request, exc.status, exc.detail, slug=exc.slug, headers=exc.headers, errors=exc.errors
    )


async def _on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = _jsonable_errors(exc)
    return problem_response(
        request, 422, _describe(errors), slug="invalid-parameters", errors=errors
    )


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else _title(exc.status_code)
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"no resource at {request.url.path}"
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        detail = f"{request.method} is not allowed on {request.url.path}"
        headers["Allow"] = ", ".join(_allowed_methods(request))
    return problem_response(request, exc.status_code, detail, headers=headers)


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (Starlette names only the first route's)."""
    methods: set[str] = set()
    scope = {**request.scope, "method": "GET"}
    for route in request.app.router.routes:
        match, _ = route.matches(scope)
        if match is not Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


async def _on_not_modified(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NotModified)
    return Response(status_code=304, headers={"ETag": exc.etag})


async def _on_database_down(request: Request, exc: Exception) -> Response:
    log.warning("database unavailable on %s %s: %s", request.method, request.url.path, exc)
    return problem_response(
        request,
        503,
        "the database is unavailable or too slow right now; try again shortly",
        slug="database-unavailable",
        headers={"Retry-After": "5"},
    )


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return problem_response(request, 500, "an unexpected error occurred; it has been logged")


class RejectNul:
    """ASGI middleware: a request whose path or query holds a NUL character ("%00") is
    answered 422 before any route runs. No text the API stores or filters on can hold one,
    and PostgreSQL refuses it in any text value with an error that is not the client's."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (
            b"%00" in scope.get("query_string", b"")
            or b"%00" in scope.get("raw_path", b"")
            or "\x00" in scope.get("path", "")
        ):
            errors = [
                {"loc": ["request"], "msg": "NUL characters (%00) are not allowed", "type": "nul"}
            ]
            response = problem_response(
                Request(scope),
                422,
                "the request's path or query holds a NUL character (%00), which no value "
                "can contain",
                slug="invalid-parameters",
                errors=errors,
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    app.add_middleware(RejectNul)
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(NotModified, _on_not_modified)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    # Connection loss, timeouts and a locked or missing database are the server's trouble, not
    # the client's: a 503 the client may retry, and the pool reconnects on its own.
    for error in (OperationalError, InterfaceError, DisconnectionError, SQLAlchemyTimeoutError):
        app.add_exception_handler(error, _on_database_down)
    app.add_exception_handler(Exception, _on_unexpected)


def not_found(what: str, key: object) -> ProblemError:
    return ProblemError(404, f"{what} {key} does not exist", slug="not-found")


# Documented on every operation, so clients see the problem schema for each 4xx; the Problem
# schema itself is added to the components by app.main's OpenAPI builder.
PROBLEM_SCHEMA_REF = {"$ref": "#/components/schemas/Problem"}


def problem_example(
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    instance: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """An answer as problem_response() writes it, for the OpenAPI document."""
    return {
        "type": TYPE_BASE + (slug or _slug(status)),
        "title": _title(status),
        "status": status,
        "detail": detail,
        "instance": instance or ("/v1/releases/999999" if status == 404 else "/v1/metrics"),
        **extra,
    }


def problem_doc(description: str, example: dict[str, Any]) -> dict[str, Any]:
    content = {"schema": PROBLEM_SCHEMA_REF, "example": example}
    return {"description": description, "content": {PROBLEM_JSON: content}}


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: problem_doc(
        "No such resource",
        problem_example(404, "release 999999 does not exist", slug="not-found"),
    ),
    422: problem_doc(
        "A parameter is invalid: `errors` says which and why",
        problem_example(
            422,
            "query.limit: Input should be less than or equal to 500",
            slug="invalid-parameters",
            errors=[
                {
                    "loc": ["query", "limit"],
                    "msg": "Input should be less than or equal to 500",
                    "type": "less_than_equal",
                }
            ],
        ),
    ),
    503: problem_doc(
        "The database is unavailable or the query took too long; retry",
        problem_example(
            503,
            "the database is unavailable or too slow right now; try again shortly",
            slug="database-unavailable",
        ),
    ),
}
