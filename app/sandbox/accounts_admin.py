"""Sandbox routes of the collectivity's responsible over its sub-accounts: create, suspend or
reactivate, change the role, issue a new initial password, delete.

Rules (resources/openapi/platform.yaml): only an `admin` calls them; another collectivity's
account answers 404 as an unknown one; the responsible's own account and another responsible's
are the fund's business (403); ids are never reused (a deleted account keeps its row, status
`deleted`, and can never sign in). Initial passwords are returned once and stored as scrypt
hashes only; nothing here logs them.
"""

from __future__ import annotations

import secrets
import sqlite3
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from app.sandbox.auth import Caller, SandboxState, admin, state_of
from app.sandbox.problems import ProblemError
from app.sandbox.security import hash_password

router = APIRouter()
StateDep = Annotated[SandboxState, Depends(state_of)]
AdminDep = Annotated[Caller, Depends(admin)]

ACTIVE, SUSPENDED, DELETED = "active", "suspended", "deleted"
SUB_ROLES = ("preparer", "certifier", "kiosk")
RoleText = Annotated[str, Field(min_length=1, max_length=20)]
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"  # no look-alikes


def new_initial_password() -> str:
    """16 characters from an unambiguous alphabet, grouped by 4 for reading aloud."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(16))
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def account_json(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "display_name": row["display_name"],
        "role": row["role"],
        "collectivity_id": row["collectivity_id"],
        "collectivity_name": row["name_fr"],
        "status": row["status"],
        "full_name": row["full_name"],
        "payroll_number": row["payroll_number"],
        "email": row["email"],
    }


def _load(c: sqlite3.Connection, account_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = c.execute(
        "SELECT a.*, k.name_fr FROM accounts a JOIN collectivities k ON k.id = a.collectivity_id"
        " WHERE a.id = ?",
        (account_id,),
    ).fetchone()
    return row


def _target(c: sqlite3.Connection, account_id: str, caller: Caller) -> sqlite3.Row:
    row = _load(c, account_id)
    if row is None or row["collectivity_id"] != caller.collectivity_id or row["status"] == DELETED:
        raise ProblemError(404, "not_found", "No such account in your collectivity.")
    if row["id"] == caller.account_id or row["role"] == "admin":
        raise ProblemError(
            403, "forbidden", "The responsible's accounts are managed by the fund itself."
        )
    return row


def _check_role(role: str | None) -> None:
    if role is not None and role not in SUB_ROLES:
        raise ProblemError(
            422, "role_not_allowed", "A sub-account is a preparer, certifier or kiosk account."
        )


def _end_sessions(c: sqlite3.Connection, account_id: str) -> None:
    c.execute("DELETE FROM sessions WHERE account_id = ?", (account_id,))


def listed(c: sqlite3.Connection, collectivity_id: str) -> list[dict[str, Any]]:
    """The collectivity's accounts as GET /accounts gives them (deleted ones left out)."""
    rows = c.execute(
        "SELECT a.*, k.name_fr FROM accounts a JOIN collectivities k ON k.id = a.collectivity_id"
        " WHERE a.collectivity_id = ? AND a.status != ? ORDER BY a.id",
        (collectivity_id, DELETED),
    ).fetchall()
    return [account_json(r) for r in rows]


class NewAccountBody(BaseModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{2,63}$")
    display_name: str = Field(default="", max_length=120)
    full_name: str = Field(min_length=1, max_length=120)
    payroll_number: str = Field(pattern=r"^[0-9]{1,20}$")
    role: RoleText
    email: str = Field(default="", max_length=200)


@router.post("/accounts", status_code=201)
def create_account(body: NewAccountBody, caller: AdminDep, st: StateDep) -> JSONResponse:
    if not body.full_name.strip():
        raise ProblemError(400, "invalid_request", "full_name is empty.")
    _check_role(body.role)
    password = new_initial_password()
    digest = hash_password(password)
    with st.db.transaction() as c:
        if _load(c, body.id) is not None:
            raise ProblemError(409, "account_exists", "This account id is already taken.")
        c.execute(
            "INSERT INTO accounts (id, display_name, role, collectivity_id, password_hash, status,"
            " full_name, payroll_number, email, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                body.id,
                body.display_name.strip() or body.full_name.strip(),
                body.role,
                caller.collectivity_id,
                digest,
                ACTIVE,
                body.full_name.strip(),
                body.payroll_number,
                body.email.strip(),
                caller.account_id,
            ),
        )
        row = _load(c, body.id)
    assert row is not None
    payload = {"account": account_json(row), "one_time_password": password}
    return JSONResponse(payload, status_code=201, headers={"Cache-Control": "no-store"})


class AccountChangeBody(BaseModel):
    status: Literal["active", "suspended"] | None = None
    role: RoleText | None = None
    reason: str = Field(default="", max_length=500)
    reset_password: bool = False


@router.patch("/accounts/{account_id}")
def update_account(
    account_id: str, body: AccountChangeBody, caller: AdminDep, st: StateDep
) -> JSONResponse:
    if body.status is None and body.role is None and not body.reset_password:
        raise ProblemError(400, "invalid_request", "Say what to change.")
    _check_role(body.role)
    password = new_initial_password() if body.reset_password else None
    with st.db.transaction() as c:
        row = _target(c, account_id, caller)
        if body.status is not None:
            c.execute("UPDATE accounts SET status = ? WHERE id = ?", (body.status, row["id"]))
            if body.status == SUSPENDED:
                _end_sessions(c, row["id"])
        if body.role is not None:
            c.execute("UPDATE accounts SET role = ? WHERE id = ?", (body.role, row["id"]))
            _end_sessions(c, row["id"])  # the rights of open sessions change with it
        if password is not None:
            c.execute(
                "UPDATE accounts SET password_hash = ? WHERE id = ?",
                (hash_password(password), row["id"]),
            )
            _end_sessions(c, row["id"])
        changed = _load(c, row["id"])
    assert changed is not None
    payload = {"account": account_json(changed), "one_time_password": password}
    return JSONResponse(payload, headers={"Cache-Control": "no-store"})


@router.delete("/accounts/{account_id}", status_code=204)
def delete_account(account_id: str, caller: AdminDep, st: StateDep) -> Response:
    with st.db.transaction() as c:
        row = _target(c, account_id, caller)
        # The hash of a random secret: nothing can sign in with it, and the row keeps the id.
        c.execute(
            "UPDATE accounts SET status = ?, password_hash = ? WHERE id = ?",
            (DELETED, hash_password(secrets.token_hex(16)), row["id"]),
        )
        _end_sessions(c, row["id"])
    return Response(status_code=204)
