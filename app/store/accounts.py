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
