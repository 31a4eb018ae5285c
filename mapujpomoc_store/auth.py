"""Bearer tokens, users, roles and scopes.

Tokens are 256 random bits shown once; only their SHA-256 is stored (a fast
hash is enough for a secret with that much entropy, and lets the store find
the user by an indexed lookup).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import secrets
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from . import db
from .problems import Problem

ROLES = ("viewer", "editor", "coordinator", "admin")
WRITE_ROLES = ("editor", "coordinator", "admin")
TOKEN_PREFIX = "mp_"
_SCOPE_RE = re.compile(r"^(\d{2}|\d{4}|\d{7})$")


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_scope(prefixes: list[str]) -> list[str]:
    bad = [p for p in prefixes if not _SCOPE_RE.match(p)]
    if bad:
        raise ValueError(f"scope prefixes must be TERYT codes of 2, 4 or 7 digits: {', '.join(bad)}")
    return prefixes


@dataclass(frozen=True)
class User:
    name: str
    role: str
    scope: list[str] = field(default_factory=list)

    @property
    def can_write(self) -> bool:
        return self.role in WRITE_ROLES

    @property
    def nationwide(self) -> bool:
        """Admins write anywhere, also outside any imported commune."""
        return self.role == "admin"

    def covers(self, teryt: str | None) -> bool:
        if self.nationwide:
            return True
        return bool(teryt) and any(teryt.startswith(p) for p in self.scope)  # type: ignore[union-attr]


ANONYMOUS = User("anonymous", "anonymous")


def authenticate(conn: Connection, authorization: str | None) -> User | None:
    """The user behind an `Authorization` header; None when there is none."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    name = None
    if scheme.lower() == "basic":  # user name + token as password: what QGIS 3.22 auth configs can hold
        try:
            name, _, token = base64.b64decode(token.strip(), validate=True).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            token = ""
    elif scheme.lower() != "bearer":
        token = ""
    if not token.strip():
        raise Problem(401, None, "unauthorized", code="token-missing", params={},
                      headers={"WWW-Authenticate": 'Bearer realm="mapujpomoc"'})
    row = conn.execute(select(db.users).where(db.users.c.token_hash == hash_token(token.strip()))).first()
    error: tuple[str, dict[str, str]] | None = None
    if row is not None and name is not None and name != row.name:
        row = None  # a token only works with its own user name
    if row is None:
        error = "token-unknown", {}
    elif row.revoked_at:
        error = "token-revoked", {"user": row.name, "at": row.revoked_at}
    elif row.expires_at and row.expires_at < now_iso():
        error = "token-expired", {"user": row.name, "at": row.expires_at}
    if error:
        raise Problem(401, None, "unauthorized", code=error[0], params=error[1],
                      headers={"WWW-Authenticate": 'Bearer realm="mapujpomoc", error="invalid_token"'})
    return User(row.name, row.role, json.loads(row.scope))
