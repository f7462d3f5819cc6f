"""Per-account preferences (table ``account_preferences``, migration 0010): JSON values keyed by
account, collectivity and name."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any


def get_all(conn: sqlite3.Connection, account_id: str, collectivity_id: str) -> dict[str, Any]:
    """Every preference of the account in this collectivity (unreadable values are left out)."""
    found: dict[str, Any] = {}
    for key, value in conn.execute(
        "SELECT key, value FROM account_preferences WHERE account_id = ? AND collectivity_id = ?",
        (account_id, collectivity_id),
    ):
        try:
            found[str(key)] = json.loads(value)
        except ValueError:
            continue
    return found


def put(
    conn: sqlite3.Connection,
    account_id: str,
    collectivity_id: str,
    key: str,
    value: Any,
    at: datetime,
) -> None:
    conn.execute(
        "INSERT INTO account_preferences (account_id, collectivity_id, key, value, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, collectivity_id, key)"
        " DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        (
            account_id,
            collectivity_id,
            key,
            json.dumps(value, ensure_ascii=False, sort_keys=True),
            at.isoformat(),
        ),
    )
