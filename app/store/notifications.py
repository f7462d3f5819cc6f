"""In-app notifications (a stage changed at the fund, the fund asks for documents, a step failed,
the fund answered a data-correction request) and the fund's requests for documents. Rows carry
references only, never personal data: the screen composes the sentence in the officer's
language."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Notification:
    id: int
    at: str
    dossier_id: str | None
    kind: str  # stage | request | failure | correction
    stage: str | None
    read: bool
    correction_id: int | None = None  # kind "correction": the local correction request


@dataclass(frozen=True, slots=True)
class FundRequest:
    id: int
    dossier_id: str
    item_code: str
    reason: str
    requested_at: str
    answered_at: str | None


def add(
    conn: sqlite3.Connection,
    at: datetime,
    dossier_id: str | None,
    kind: str,
    stage: str | None = None,
) -> int:
    cur = conn.execute(
        "INSERT INTO notifications (at, dossier_id, kind, stage) VALUES (?, ?, ?, ?)",
        (at.isoformat(), dossier_id, kind, stage),
    )
    return int(cur.lastrowid or 0)


def add_correction(conn: sqlite3.Connection, at: datetime, correction_id: int) -> int:
    """The fund answered a correction request: one notification (no personal data in it)."""
    cur = conn.execute(
        "INSERT INTO notifications (at, kind, correction_id) VALUES (?, 'correction', ?)",
        (at.isoformat(), correction_id),
    )
    return int(cur.lastrowid or 0)


def recent(conn: sqlite3.Connection, limit: int = 200) -> list[Notification]:
    rows = conn.execute(
        "SELECT id, at, dossier_id, kind, stage, read_at, correction_id FROM notifications"
        " ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [Notification(r[0], r[1], r[2], r[3], r[4], r[5] is not None, r[6]) for r in rows]


def unread_count(conn: sqlite3.Connection) -> int:
    return int(
        conn.execute("SELECT COUNT(*) FROM notifications WHERE read_at IS NULL").fetchone()[0]
    )


def mark_all_read(conn: sqlite3.Connection, at: datetime) -> int:
    cur = conn.execute(
        "UPDATE notifications SET read_at = ? WHERE read_at IS NULL", (at.isoformat(),)
    )
    return cur.rowcount


def add_request(
    conn: sqlite3.Connection,
    dossier_id: str,
    item_code: str,
    reason: str,
    requested_at: datetime,
    seen_at: datetime,
) -> bool:
    """Record a request of the fund; False if it was already known."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO fund_requests (dossier_id, item_code, reason, requested_at,"
        " seen_at) VALUES (?, ?, ?, ?, ?)",
        (dossier_id, item_code, reason, requested_at.isoformat(), seen_at.isoformat()),
    )
    return cur.rowcount > 0


def requests_for(
    conn: sqlite3.Connection, dossier_id: str, *, open_only: bool = False
) -> list[FundRequest]:
    sql = (
        "SELECT id, dossier_id, item_code, reason, requested_at, answered_at FROM fund_requests"
        " WHERE dossier_id = ?"
    )
    if open_only:
        sql += " AND answered_at IS NULL"
    rows = conn.execute(sql + " ORDER BY id", (dossier_id,)).fetchall()
    return [FundRequest(*(r[i] for i in range(6))) for r in rows]


def answer_requests(conn: sqlite3.Connection, dossier_id: str, at: datetime) -> int:
    cur = conn.execute(
        "UPDATE fund_requests SET answered_at = ? WHERE dossier_id = ? AND answered_at IS NULL",
        (at.isoformat(), dossier_id),
    )
    return cur.rowcount
