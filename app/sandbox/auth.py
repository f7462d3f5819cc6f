"""The sandbox's shared state and its authentication dependencies (bearer tokens)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from fastapi import Request

from app.domain.models import Role
from app.sandbox.db import SandboxDB
from app.sandbox.problems import ProblemError, unauthenticated
from app.sandbox.security import token_digest

SESSION_TTL_SECONDS = 12 * 3600  # real time: advancing the sandbox clock does not log anyone out
WRITER_ROLES = frozenset({Role.PREPARER, Role.CERTIFIER, Role.ADMIN})


@dataclass(frozen=True, slots=True)
class SandboxState:
    db: SandboxDB
    data_dir: Path
    uploads_dir: Path

    def uploads_of(self, collectivity_id: str) -> Path:
        return self.uploads_dir / collectivity_id


@dataclass(frozen=True, slots=True)
class Caller:
    account_id: str
    display_name: str
    role: Role
    collectivity_id: str
    collectivity_name: str
    token_digest: str


def state_of(request: Request) -> SandboxState:
    return cast(SandboxState, request.app.state.sandbox)


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthenticated()
    return token.strip()


def current_caller(request: Request) -> Caller:
    """Dependency: the signed-in account, or 401."""
    digest = token_digest(_bearer(request))
    db = state_of(request).db
    with db.read() as c:
        row = c.execute(
            "SELECT s.expires_at, a.id, a.display_name, a.role, a.collectivity_id, k.name_fr"
            " FROM sessions s JOIN accounts a ON a.id = s.account_id"
            " JOIN collectivities k ON k.id = a.collectivity_id"
            " WHERE s.token_digest = ? AND a.status = 'active'",  # suspended: no session works
            (digest,),
        ).fetchone()
    if row is None or float(row["expires_at"]) <= time.time():
        raise unauthenticated()
    return Caller(
        account_id=row["id"],
        display_name=row["display_name"],
        role=Role(row["role"]),
        collectivity_id=row["collectivity_id"],
        collectivity_name=row["name_fr"],
        token_digest=digest,
    )


def writer(request: Request) -> Caller:
    """Dependency: a signed-in account allowed to prepare and send dossiers (not a kiosk)."""
    caller = current_caller(request)
    if caller.role not in WRITER_ROLES:
        raise ProblemError(403, "forbidden", "This account may not prepare or send dossiers.")
    return caller


def admin(request: Request) -> Caller:
    caller = current_caller(request)
    if caller.role is not Role.ADMIN:
        raise ProblemError(403, "forbidden", "Only the collectivity's responsible may do this.")
    return caller
