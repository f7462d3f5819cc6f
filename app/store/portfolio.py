"""Reads and writes of the portfolio: dossier owners and assignees of a collectivity (schema 6)."""

from __future__ import annotations

import sqlite3
from datetime import datetime


def preparers(conn: sqlite3.Connection, collectivity_id: str) -> dict[str, str]:
    """dossier id -> the preparer who owns it (handed-over owner, else its creator)."""
    rows = conn.execute(
        "SELECT d.id, COALESCE(o.account_id, d.created_by) FROM dossiers d"
        " LEFT JOIN dossier_owners o ON o.dossier_id = d.id WHERE d.collectivity_id = ?",
        (collectivity_id,),
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def assignees(conn: sqlite3.Connection, collectivity_id: str) -> dict[str, str]:
    """dossier id -> the account it is assigned to (assigned dossiers only)."""
    rows = conn.execute(
        "SELECT id, assignee FROM dossiers WHERE collectivity_id = ? AND assignee IS NOT NULL",
        (collectivity_id,),
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def assignee_of(conn: sqlite3.Connection, dossier_id: str) -> str | None:
    r = conn.execute("SELECT assignee FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
    return str(r[0]) if r and r[0] else None


def set_assignee(
    conn: sqlite3.Connection, dossier_id: str, account_id: str | None, at: datetime
) -> None:
    """Assign (or, with None, release) a dossier; its updated_at is left alone (not a change of
    the dossier itself)."""
    conn.execute(
        "UPDATE dossiers SET assignee = ?, assigned_at = ? WHERE id = ?",
        (account_id, at.isoformat() if account_id else None, dossier_id),
    )
