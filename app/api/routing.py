"""A route class whose request handler reads parameters without FastAPI's general machinery.

FastAPI solves a route's dependencies anew for every request through code that serves every
kind of parameter (bodies, forms, headers, cookies, security scopes, generator dependencies,
dependency overrides) and asks of each parameter, on every request, what kind it is. The list
routes take up to eighteen query parameters, and that general path cost more than the query
they run. ``QuickRoute`` answers the routes whose parameters are only path and query values,
the ``Request`` and plain (non-generator) dependencies, with a plan worked out once at start:
for each parameter its name, its FastAPI field and its default. Each value present in the
request is validated by that very field (the same pydantic validator, so the same 422
errors, in the same order), each absent one takes its default, dependencies are called as
FastAPI calls them. Everything the OpenAPI document is made from (the route's ``dependant``,
its responses) is FastAPI's own and unchanged; any route this plan does not cover, and every
request while dependency overrides are set, goes through FastAPI's handler as before.
"""

from __future__ import annotations

import collections.abc
import copy
import enum
import inspect
import types
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Union, get_args, get_origin

from fastapi import params
from fastapi import routing as fastapi_routing
from fastapi.dependencies.models import Dependant
from fastapi.dependencies.utils import get_typed_return_annotation
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import AliasChoices, AliasPath, Json
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

Handler = Callable[[Request], Coroutine[Any, Any, Response]]
_IMMUTABLE = (type(None), bool, int, float, str, bytes, enum.Enum)
_SEQUENCES = (list, tuple, set, frozenset, collections.abc.Sequence, collections.abc.Set)


def _is_sequence(annotation: Any) -> bool:
    """Whether a parameter's type takes repeated values (``?a=1&a=2``), in any union arm."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _is_sequence(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        return any(_is_sequence(arm) for arm in get_args(annotation))
    kind = origin if origin is not None else annotation
    return (
        isinstance(kind, type)
        and issubclass(kind, _SEQUENCES)
        and not issubclass(kind, str | bytes)
    )


def _kind(call: Callable[..., Any]) -> str | None:
    """ "async", "sync" for a plain function; None for generators and anything else."""
    function = inspect.unwrap(call)
    if not inspect.isfunction(function):
        return None
    if inspect.isgeneratorfunction(function) or inspect.isasyncgenfunction(function):
        return None
    return "async" if inspect.iscoroutinefunction(function) else "sync"


@dataclass(frozen=True)
class _Param:
    """One path or query parameter: where it comes from, and how absent it reads."""

    field: Any  # FastAPI's ModelField: its validate() is what FastAPI's solver calls
    name: str  # the function's argument
    key: str  # the request's key
    where: str  # "path" or "query"
    required: bool
    default: Any
    copy_default: bool

    @classmethod
    def of(cls, field: Any) -> _Param:
        info = field.field_info
        default = field.default
        return cls(
            field=field,
            name=field.name,
            key=field.alias,
            where=info.in_.value,
            required=info.is_required(),
            default=default,
            copy_default=not isinstance(default, _IMMUTABLE),
        )


@dataclass(frozen=True)
class _Plan:
    """How to call one dependant: its dependencies, then its own parameters."""

    call: Callable[..., Any]
    is_coroutine: bool
    name: str | None
    request_name: str | None
    dependencies: tuple[_Plan, ...]
    params: tuple[_Param, ...]
    use_cache: bool


def _plannable(dependant: Dependant) -> bool:
    """Whether every parameter of ``dependant`` (and below) is one the plan knows."""
    if dependant.call is None or _kind(dependant.call) is None:
        return False
    if (
        dependant.header_params
        or dependant.cookie_params
        or dependant.body_params
        or dependant.websocket_param_name
        or dependant.http_connection_param_name
        or dependant.response_param_name
        or dependant.background_tasks_param_name
        or dependant.security_scopes_param_name
        or dependant.own_oauth_scopes
        or dependant.parent_oauth_scopes
        or getattr(dependant, "concurrency", None) is not None
    ):
        return False
    for field in (*dependant.path_params, *dependant.query_params):
        info = field.field_info
        if not isinstance(info, (params.Path, params.Query)):
            return False
        if isinstance(info.validation_alias, AliasChoices | AliasPath):
            return False
        if _is_sequence(info.annotation) or info.validate_default:
            return False
        if any(item is Json or type(item) is Json for item in info.metadata):
            return False
    return all(_plannable(sub) for sub in dependant.dependencies)


def _plan(dependant: Dependant) -> _Plan:
    assert dependant.call is not None
    return _Plan(
        call=dependant.call,
        is_coroutine=_kind(dependant.call) == "async",
        name=dependant.name,
        request_name=dependant.request_param_name,
        dependencies=tuple(_plan(sub) for sub in dependant.dependencies),
        params=tuple(_Param.of(f) for f in (*dependant.path_params, *dependant.query_params)),
        use_cache=dependant.use_cache,
    )


def _read(
    plan: _Plan, path: Mapping[str, Any], query: Mapping[str, str], values: dict[str, Any]
) -> list[Any]:
    """``plan``'s own parameters into ``values``; the validation errors, FastAPI's shape."""
    errors: list[Any] = []
    for param in plan.params:
        raw = (path if param.where == "path" else query).get(param.key)
        if raw is None:
            if param.required:
                errors.append(
                    {
                        "type": "missing",
                        "loc": (param.where, param.key),
                        "msg": "Field required",
                        "input": None,
                    }
                )
            else:
                default = param.default
                values[param.name] = copy.deepcopy(default) if param.copy_default else default
            continue
        value, found = param.field.validate(raw, values, loc=(param.where, param.key))
        if found:
            errors.extend(found)
        else:
            values[param.name] = value
    return errors


async def _solve(
    plan: _Plan,
    request: Request,
    query: Mapping[str, str],
    cache: dict[Callable[..., Any], Any],
) -> tuple[dict[str, Any], list[Any]]:
    """The arguments of ``plan.call`` as FastAPI's solve_dependencies makes them;
    ``query`` is the request's query parameters, the last value of each name."""
    values: dict[str, Any] = {}
    errors: list[Any] = []
    for sub in plan.dependencies:
        sub_values, sub_errors = await _solve(sub, request, query, cache)
        if sub_errors:
            errors.extend(sub_errors)
            continue
        if sub.use_cache and sub.call in cache:
            solved = cache[sub.call]
        elif sub.is_coroutine:
            solved = await sub.call(**sub_values)
        else:
            solved = await run_in_threadpool(sub.call, **sub_values)
        if sub.name is not None:
            values[sub.name] = solved
        cache.setdefault(sub.call, solved)
    errors += _read(plan, request.path_params, query, values)
    if plan.request_name:
        values[plan.request_name] = request
    return values, errors


def quick_handler(dependant: Dependant) -> Handler | None:
    """A handler for ``dependant`` that skips FastAPI's general solver, or None if the
    route has a parameter it does not cover or does not return a Response itself."""
    call = dependant.call
    if call is None or not _plannable(dependant):
        return None
    returns = get_typed_return_annotation(call)
    if not (isinstance(returns, type) and issubclass(returns, Response)):
        return None
    plan = _plan(dependant)
    endpoint: Callable[..., Awaitable[Response]] | None = call if plan.is_coroutine else None

    async def handle(request: Request) -> Response:
        # A plain dict of the parameters (the same last-value-wins view as QueryParams):
        # the plan looks up every parameter the route takes, and most are absent.
        query = dict(request.query_params.items())
        values, errors = await _solve(plan, request, query, {})
        if errors:
            raise RequestValidationError(errors)
        if endpoint is not None:
            return await endpoint(**values)
        answer: Response = await run_in_threadpool(call, **values)
        return answer

    return handle


class QuickRoute(APIRoute):
    """An APIRoute answered by ``quick_handler`` when it covers the route (see module doc)."""

    def get_route_handler(self) -> Handler:
        general = super().get_route_handler()
        # FastAPI (0.120 and later) builds an included route's handler once per inclusion,
        # naming that inclusion (its dependant: the router's dependencies merged in) in a
        # context variable while it does; earlier versions copy the route instead.
        included = getattr(fastapi_routing, "_effective_route_context_var", None)
        context = included.get() if included is not None else None
        route = context if getattr(context, "original_route", None) is self else self
        dependant = getattr(route, "dependant", None)
        quick = quick_handler(dependant) if isinstance(dependant, Dependant) else None
        if quick is None:
            return general
        overrides = getattr(route, "dependency_overrides_provider", None)

        async def handle(request: Request) -> Response:
            if overrides is not None and getattr(overrides, "dependency_overrides", None):
                return await general(request)
            return await quick(request)

        return handle
