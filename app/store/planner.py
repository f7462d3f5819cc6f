"""Reads for the departure planner: the open age-limit dossiers of a collectivity."""

from __future__ import annotations

import sqlite3

_CLOSED = ("rejected", "withdrawn")


def open_age_limit_dossiers(conn: sqlite3.Connection, collectivity_id: str) -> dict[str, str]:
    """membership number -> id of its open age-limit dossier (the most recent one)."""
    rows = conn.execute(
        "SELECT affiliate_membership_no, id FROM dossiers WHERE collectivity_id = ?"
        " AND type = 'age_limit' AND state NOT IN (?, ?) ORDER BY created_at",
        (collectivity_id, *_CLOSED),
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}
