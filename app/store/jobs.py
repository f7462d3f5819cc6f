"""The upload queue's jobs, persisted so the queue resumes after a restart or a crash."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

ACTIVE = ("pending", "running")  # states of a job that still has work to do


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    dossier_id: str
    kind: str  # create | upload | submit
    document_id: int | None
    state: str  # pending | running | done | failed | cancelled
    attempts: int
    next_attempt_at: str
    upload_url: str | None
    bytes_sent: int
    bytes_total: int
    last_error: str | None
    paused: bool = False  # the officer paused the job's dossier


_COLS = (
    "id, dossier_id, kind, document_id, state, attempts, next_attempt_at, upload_url,"
    " bytes_sent, bytes_total, last_error, paused"
)


def _job(r: sqlite3.Row) -> Job:
    values = [r[i] for i in range(12)]
    values[11] = bool(values[11])
    return Job(*values)


def add(
    conn: sqlite3.Connection,
    dossier_id: str,
    kind: str,
    at: datetime,
    document_id: int | None = None,
    bytes_total: int = 0,
) -> int:
    cur = conn.execute(
        "INSERT INTO jobs (dossier_id, kind, document_id, state, next_attempt_at, bytes_total,"
        " created_at, updated_at) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?)",
        (
            dossier_id,
            kind,
            document_id,
            at.isoformat(),
            bytes_total,
            at.isoformat(),
            at.isoformat(),
        ),
    )
    return int(cur.lastrowid or 0)


def get(conn: sqlite3.Connection, job_id: int) -> Job | None:
    r = conn.execute(f"SELECT {_COLS} FROM jobs WHERE id = ?", (job_id,)).fetchone()  # noqa: S608
    return _job(r) if r else None


def for_dossier(conn: sqlite3.Connection, dossier_id: str) -> list[Job]:
    rows = conn.execute(
        f"SELECT {_COLS} FROM jobs WHERE dossier_id = ? ORDER BY id",  # noqa: S608
        (dossier_id,),
    ).fetchall()
    return [_job(r) for r in rows]


def all_jobs(conn: sqlite3.Connection) -> list[Job]:
    return [_job(r) for r in conn.execute(f"SELECT {_COLS} FROM jobs ORDER BY id").fetchall()]  # noqa: S608


def waiting_count(conn: sqlite3.Connection) -> int:
    """Jobs that still have work to do and are not paused."""
    row = conn.execute(
        "SELECT COUNT(*) FROM jobs WHERE state IN ('pending', 'running') AND paused = 0"
    ).fetchone()
    return int(row[0])


def next_due(conn: sqlite3.Connection, now: datetime) -> Job | None:
    """The oldest pending job that is due, respecting order within each dossier."""
    r = conn.execute(
        f"SELECT {_COLS} FROM jobs j WHERE state IN ('pending', 'running') AND paused = 0"  # noqa: S608
        " AND next_attempt_at <= ? AND NOT EXISTS (SELECT 1 FROM jobs k WHERE"
        " k.dossier_id = j.dossier_id AND k.id < j.id AND k.state NOT IN ('done', 'cancelled'))"
        " ORDER BY id LIMIT 1",
        (now.isoformat(),),
    ).fetchone()
    return _job(r) if r else None


def next_attempt(conn: sqlite3.Connection) -> str | None:
    """When the earliest waiting, unpaused job may run (ISO 8601), or None if none waits."""
    r = conn.execute(
        "SELECT MIN(next_attempt_at) FROM jobs WHERE state IN ('pending', 'running') AND paused = 0"
    ).fetchone()
    return str(r[0]) if r and r[0] else None


def update(conn: sqlite3.Connection, job_id: int, at: datetime, **fields: object) -> None:
    allowed = {"state", "attempts", "next_attempt_at", "upload_url", "bytes_sent", "last_error"}
    allowed.add("bytes_total")
    bad = set(fields) - allowed
    if bad:
        raise ValueError(f"unknown job fields {bad}")
    sets = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(
        f"UPDATE jobs SET {sets}, updated_at = ? WHERE id = ?",  # noqa: S608
        (*fields.values(), at.isoformat(), job_id),
    )


def finish(conn: sqlite3.Connection, job_id: int, at: datetime, **fields: object) -> bool:
    """Like `update`, but only while the job is still running (not cancelled meanwhile)."""
    row = conn.execute("SELECT state FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if row is None or row[0] != "running":
        return False
    update(conn, job_id, at, **fields)
    return True


def set_paused(conn: sqlite3.Connection, dossier_id: str, paused: bool, at: datetime) -> int:
    """Pause or resume every unfinished job of a dossier; returns how many changed."""
    cur = conn.execute(
        "UPDATE jobs SET paused = ?, updated_at = ? WHERE dossier_id = ?"
        " AND state IN ('pending', 'running', 'failed') AND paused != ?",
        (int(paused), at.isoformat(), dossier_id, int(paused)),
    )
    return cur.rowcount


def retry(conn: sqlite3.Connection, dossier_id: str, at: datetime) -> int:
    """Make the dossier's failed or waiting jobs due now, with a fresh count of tries."""
    cur = conn.execute(
        "UPDATE jobs SET state = 'pending', attempts = 0, next_attempt_at = ?, paused = 0,"
        " updated_at = ? WHERE dossier_id = ? AND state IN ('pending', 'running', 'failed')",
        (at.isoformat(), at.isoformat(), dossier_id),
    )
    return cur.rowcount


def cancel(conn: sqlite3.Connection, dossier_id: str, at: datetime) -> int:
    """Cancel every unfinished job of a dossier; returns how many."""
    cur = conn.execute(
        "UPDATE jobs SET state = 'cancelled', updated_at = ? WHERE dossier_id = ?"
        " AND state IN ('pending', 'running', 'failed')",
        (at.isoformat(), dossier_id),
    )
    return cur.rowcount


def release_interrupted(conn: sqlite3.Connection, at: datetime) -> int:
    """Jobs left 'running' by a runner that died: waiting again (call holding the runner lock)."""
    cur = conn.execute(
        "UPDATE jobs SET state = 'pending', updated_at = ? WHERE state = 'running'",
        (at.isoformat(),),
    )
    return cur.rowcount
