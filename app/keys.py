"""API keys: made once and shown once, stored as SHA-256 hashes, checked in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ApiKey
from app.models.base import utcnow

KEY_PREFIX = "sixk_"


class KeyError_(ValueError):
    """A key operation that cannot be done (a name in use, no such key)."""


@dataclass(frozen=True)
class Caller:
    key_name: str


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_key(session: Session, *, name: str) -> str:
    """A new key named ``name``; the returned text is the only copy of the secret."""
    name = name.strip()
    if not name:
        raise KeyError_("a key needs a name")
    lookup = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    token = f"{KEY_PREFIX}{lookup}_{secret}"
    row = session.scalars(select(ApiKey).where(ApiKey.name == name)).first()
    if row is not None and row.revoked_at is None:
        raise KeyError_(f"an active key named {name!r} exists; revoke it first")
    if row is None:
        row = ApiKey(name=name, prefix=lookup, key_hash=_hash(token))
        session.add(row)
    else:  # a revoked name may be given a new key
        row.prefix, row.key_hash, row.revoked_at, row.created_at = (
            lookup,
            _hash(token),
            None,
            utcnow(),
        )
    session.flush()
    return token


def revoke_key(session: Session, *, name: str) -> None:
    row = session.scalars(select(ApiKey).where(ApiKey.name == name.strip())).first()
    if row is None or row.revoked_at is not None:
        raise KeyError_(f"no active key named {name!r}")
    row.revoked_at = utcnow()


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.name)))


def verify_key(session: Session, token: str) -> Caller | None:
    """The caller a presented key belongs to, or None for a wrong, unknown or revoked key."""
    parts = token.removeprefix(KEY_PREFIX).split("_", 1)
    if not token.startswith(KEY_PREFIX) or len(parts) != 2:
        return None
    row = session.scalars(select(ApiKey).where(ApiKey.prefix == parts[0])).first()
    if row is None:
        # Still hash, so an unknown prefix costs what a known one does.
        hmac.compare_digest(_hash(token), _hash(""))
        return None
    if not hmac.compare_digest(_hash(token), row.key_hash) or row.revoked_at is not None:
        return None
    return Caller(key_name=row.name)
