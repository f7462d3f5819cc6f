"""Counts for the dashboard, read in one go (a collectivity's dossiers and their queue jobs)."""

from __future__ import annotations

import sqlite3


def state_counts(conn: sqlite3.Connection, collectivity_id: str) -> dict[str, int]:
    """Number of dossiers of the collectivity in each state (states without one are absent)."""
    rows = conn.execute(
        "SELECT state, COUNT(*) FROM dossiers WHERE collectivity_id = ? GROUP BY state",
        (collectivity_id,),
    ).fetchall()
    return {str(r[0]): int(r[1]) for r in rows}


def job_counts(conn: sqlite3.Connection, collectivity_id: str) -> dict[str, int]:
    """Queue jobs of the collectivity's dossiers by "waiting", "paused", "failed", "running"."""
    rows = conn.execute(
        "SELECT CASE WHEN j.state = 'failed' THEN 'failed'"
        " WHEN j.paused = 1 AND j.state IN ('pending', 'running') THEN 'paused'"
        " WHEN j.state = 'running' THEN 'running'"
        " WHEN j.state = 'pending' THEN 'waiting' ELSE 'other' END AS k, COUNT(*)"
        " FROM jobs j JOIN dossiers d ON d.id = j.dossier_id"
        " WHERE d.collectivity_id = ? GROUP BY k",
        (collectivity_id,),
    ).fetchall()
    return {str(r[0]): int(r[1]) for r in rows if r[0] != "other"}


def next_attempt(conn: sqlite3.Connection, collectivity_id: str) -> str | None:
    """When the collectivity's earliest waiting, unpaused job may run (ISO 8601)."""
    row = conn.execute(
        "SELECT MIN(j.next_attempt_at) FROM jobs j JOIN dossiers d ON d.id = j.dossier_id"
        " WHERE d.collectivity_id = ? AND j.state IN ('pending', 'running') AND j.paused = 0",
        (collectivity_id,),
    ).fetchone()
    return str(row[0]) if row and row[0] else None
