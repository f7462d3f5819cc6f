"""Accounts known on this machine and the open platform session."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from app.domain.models import Account, Role


@dataclass(frozen=True, slots=True)
class StoredSession:
    platform_url: str
    token: str
    expires_at: str
    account: Account


def save_account(
    conn: sqlite3.Connection, account: Account, collectivity_name: str, at: datetime
) -> None:
    conn.execute(
        "INSERT INTO accounts (id, display_name, role, collectivity_id, collectivity_name,"
        " last_login_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
        " display_name = excluded.display_name, role = excluded.role,"
        " collectivity_id = excluded.collectivity_id,"
        " collectivity_name = excluded.collectivity_name, last_login_at = excluded.last_login_at",
        (
            account.id,
            account.display_name,
            str(account.role),
            account.collectivity_id,
            collectivity_name,
            at.isoformat(),
        ),
    )


def get_account(conn: sqlite3.Connection, account_id: str) -> Account | None:
    r = conn.execute(
        "SELECT id, display_name, role, collectivity_id FROM accounts WHERE id = ?", (account_id,)
    ).fetchone()
    return Account(r[0], r[1], Role(r[2]), r[3]) if r else None


def save_session(
    conn: sqlite3.Connection, platform_url: str, token: str, expires_at: str, account_id: str
) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO session (id, platform_url, token, expires_at, account_id)"
        " VALUES (1, ?, ?, ?, ?)",
        (platform_url, token, expires_at, account_id),
    )


def load_session(conn: sqlite3.Connection) -> StoredSession | None:
    r = conn.execute("SELECT platform_url, token, expires_at, account_id FROM session").fetchone()
    if not r:
        return None
    account = get_account(conn, r[3])
    return StoredSession(r[0], r[1], r[2], account) if account else None


def clear_session(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM session")


# -- account administration (status, offline verifier, designation details) -------------------

ACTIVE = "active"
SUSPENDED = "suspended"
FROZEN = "frozen"
DELETED = "deleted"
STATUSES = (ACTIVE, SUSPENDED, FROZEN, DELETED)


@dataclass(frozen=True, slots=True)
class AccountRecord:
    account: Account
    status: str
    status_reason: str
    collectivity_name: str
    last_login_at: str | None


@dataclass(frozen=True, slots=True)
class AccountDetails:
    """What the ministry's designation form asks about an account holder (personal data)."""

    full_name: str = ""
    cin: str = ""
    ppr: str = ""
    region: str = ""
    province: str = ""
    commune: str = ""
    position: str = ""
    phone_office: str = ""
    phone_mobile: str = ""
    email: str = ""


_DETAIL_FIELDS = tuple(AccountDetails.__dataclass_fields__)
_RECORD_COLS = (
    "id, display_name, role, collectivity_id, status, status_reason, collectivity_name,"
    " last_login_at"
)


def _record(r: sqlite3.Row) -> AccountRecord:
    return AccountRecord(Account(r[0], r[1], Role(r[2]), r[3]), r[4], r[5], r[6], r[7])


def list_records(conn: sqlite3.Connection, collectivity_id: str) -> list[AccountRecord]:
    rows = conn.execute(
        f"SELECT {_RECORD_COLS} FROM accounts WHERE collectivity_id = ? AND status != ?"  # noqa: S608
        " ORDER BY id",
        (collectivity_id, DELETED),
    ).fetchall()
    return [_record(r) for r in rows]


def get_record(conn: sqlite3.Connection, account_id: str) -> AccountRecord | None:
    r = conn.execute(
        f"SELECT {_RECORD_COLS} FROM accounts WHERE id = ?",  # noqa: S608
        (account_id,),
    ).fetchone()
    return _record(r) if r else None


def insert_account(
    conn: sqlite3.Connection,
    account: Account,
    collectivity_name: str,
    created_by: str,
    at: datetime,
) -> None:
    conn.execute(
        "INSERT INTO accounts (id, display_name, role, collectivity_id, collectivity_name,"
        " status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            account.id,
            account.display_name,
            str(account.role),
            account.collectivity_id,
            collectivity_name,
            ACTIVE,
            created_by,
            at.isoformat(),
        ),
    )


def set_status(conn: sqlite3.Connection, account_id: str, status: str, reason: str = "") -> None:
    if status not in STATUSES:
        raise ValueError(f"unknown account status {status!r}")
    conn.execute(
        "UPDATE accounts SET status = ?, status_reason = ? WHERE id = ?",
        (status, reason, account_id),
    )


def get_verifier(conn: sqlite3.Connection, account_id: str) -> str | None:
    r = conn.execute("SELECT verifier FROM accounts WHERE id = ?", (account_id,)).fetchone()
    return str(r[0]) if r and r[0] else None


def set_verifier(conn: sqlite3.Connection, account_id: str, verifier: str | None) -> None:
    conn.execute("UPDATE accounts SET verifier = ? WHERE id = ?", (verifier, account_id))


def get_details(conn: sqlite3.Connection, account_id: str) -> AccountDetails:
    r = conn.execute(
        f"SELECT {', '.join(_DETAIL_FIELDS)} FROM account_details WHERE account_id = ?",  # noqa: S608
        (account_id,),
    ).fetchone()
    return AccountDetails(*(str(v) for v in r)) if r else AccountDetails()


def save_details(conn: sqlite3.Connection, account_id: str, details: AccountDetails) -> None:
    cols = ", ".join(_DETAIL_FIELDS)
    marks = ", ".join("?" * len(_DETAIL_FIELDS))
    conn.execute(
        f"INSERT OR REPLACE INTO account_details (account_id, {cols}) VALUES (?, {marks})",  # noqa: S608
        (account_id, *(getattr(details, f) for f in _DETAIL_FIELDS)),
    )


# -- the accounts' state at the platform (migration 0012) ---------------------------------------

SYNCED = "synced"  # the platform has the account as it is here
PENDING = "pending"  # a change made here waits to be pushed (offline, or not yet tried)
REFUSED = "refused"  # the platform refused the change; platform_error holds its code
MISSING = "missing"  # the platform no longer has the account (deleted there)
PLATFORM_STATES = (SYNCED, PENDING, REFUSED, MISSING)
OP_CREATE, OP_UPDATE, OP_DELETE = "create", "update", "delete"


@dataclass(frozen=True, slots=True)
class PlatformMark:
    state: str
    op: str | None
    error: str  # the platform's refusal code, or a local one (no_payroll_number)
    checked_at: str | None


def get_platform(conn: sqlite3.Connection, account_id: str) -> PlatformMark:
    r = conn.execute(
        "SELECT platform_state, platform_op, platform_error, platform_checked_at FROM accounts"
        " WHERE id = ?",
        (account_id,),
    ).fetchone()
    return PlatformMark(r[0], r[1], r[2], r[3]) if r else PlatformMark(SYNCED, None, "", None)


def platform_marks(conn: sqlite3.Connection, collectivity_id: str) -> dict[str, PlatformMark]:
    rows = conn.execute(
        "SELECT id, platform_state, platform_op, platform_error, platform_checked_at"
        " FROM accounts WHERE collectivity_id = ?",
        (collectivity_id,),
    ).fetchall()
    return {r[0]: PlatformMark(r[1], r[2], r[3], r[4]) for r in rows}


def set_platform(
    conn: sqlite3.Connection,
    account_id: str,
    state: str,
    op: str | None,
    error: str = "",
    checked_at: datetime | None = None,
) -> None:
    if state not in PLATFORM_STATES:
        raise ValueError(f"unknown platform state {state!r}")
    conn.execute(
        "UPDATE accounts SET platform_state = ?, platform_op = ?, platform_error = ?,"
        " platform_checked_at = COALESCE(?, platform_checked_at) WHERE id = ?",
        (state, op, error, checked_at.isoformat() if checked_at else None, account_id),
    )


def mark_change(conn: sqlite3.Connection, account_id: str, op: str) -> None:
    """Record a change to push, folded into the one already waiting: a creation not pushed yet
    stays a creation (it carries the latest state), and a deletion of it cancels both."""
    current = get_platform(conn, account_id).op
    if current == OP_CREATE and op == OP_DELETE:
        set_platform(conn, account_id, SYNCED, None)  # the platform never had it
        return
    if current == OP_CREATE or op == OP_CREATE:
        op = OP_CREATE
    set_platform(conn, account_id, PENDING, op)


def to_push(conn: sqlite3.Connection, collectivity_id: str) -> list[AccountRecord]:
    """Accounts with a change waiting for the platform (refused ones wait for the responsible)."""
    rows = conn.execute(
        f"SELECT {_RECORD_COLS} FROM accounts WHERE collectivity_id = ?"  # noqa: S608
        " AND platform_op IS NOT NULL AND platform_state = ? ORDER BY id",
        (collectivity_id, PENDING),
    ).fetchall()
    return [_record(r) for r in rows]


def deleted_unsettled(conn: sqlite3.Connection, collectivity_id: str) -> list[AccountRecord]:
    """Deleted here, but the platform has not taken the deletion yet (shown in the list)."""
    rows = conn.execute(
        f"SELECT {_RECORD_COLS} FROM accounts WHERE collectivity_id = ? AND status = ?"  # noqa: S608
        " AND platform_op = ? ORDER BY id",
        (collectivity_id, DELETED, OP_DELETE),
    ).fetchall()
    return [_record(r) for r in rows]


def set_role_and_name(
    conn: sqlite3.Connection, account_id: str, role: Role, display_name: str
) -> None:
    conn.execute(
        "UPDATE accounts SET role = ?, display_name = ? WHERE id = ?",
        (str(role), display_name, account_id),
    )
