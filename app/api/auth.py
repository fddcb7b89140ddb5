"""Writes need `Authorization: Bearer KEY`; reads are open."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.api.deps import SessionDep
from app.errors import ProblemError
from app.keys import Caller, verify_key
from app.ratelimit import RateLimiter

CHALLENGE = {"WWW-Authenticate": 'Bearer realm="sixk"'}


def require_key(request: Request, session: SessionDep) -> Caller:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ProblemError(
            401, "this write needs an API key: Authorization: Bearer KEY", headers=CHALLENGE
        )
    caller = verify_key(session, token.strip())
    if caller is None:
        raise ProblemError(401, "the API key is wrong or revoked", headers=CHALLENGE)
    limiter: RateLimiter = request.app.state.write_limiter
    verdict = limiter.take(caller.key_name)
    if not verdict.allowed:
        raise ProblemError(
            429,
            f"too many writes with this key; try again in {verdict.reset_seconds} s",
            headers=verdict.headers(),
        )
    request.state.rate_limit_headers = verdict.headers()
    return caller


CallerDep = Annotated[Caller, Depends(require_key)]
