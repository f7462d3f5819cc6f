"""The upload queue's jobs, persisted so the queue resumes after a restart or a crash."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime


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


_COLS = (
    "id, dossier_id, kind, document_id, state, attempts, next_attempt_at, upload_url,"
    " bytes_sent, bytes_total, last_error"
)


def _job(r: sqlite3.Row) -> Job:
    return Job(*(r[i] for i in range(11)))


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


def for_dossier(conn: sqlite3.Connection, dossier_id: str) -> list[Job]:
    rows = conn.execute(
        f"SELECT {_COLS} FROM jobs WHERE dossier_id = ? ORDER BY id",  # noqa: S608
        (dossier_id,),
    ).fetchall()
    return [_job(r) for r in rows]


def all_jobs(conn: sqlite3.Connection) -> list[Job]:
    return [_job(r) for r in conn.execute(f"SELECT {_COLS} FROM jobs ORDER BY id").fetchall()]  # noqa: S608


def next_due(conn: sqlite3.Connection, now: datetime) -> Job | None:
    """The oldest pending job that is due, respecting order within each dossier."""
    r = conn.execute(
        f"SELECT {_COLS} FROM jobs j WHERE state IN ('pending', 'running')"  # noqa: S608
        " AND next_attempt_at <= ? AND NOT EXISTS (SELECT 1 FROM jobs k WHERE"
        " k.dossier_id = j.dossier_id AND k.id < j.id AND k.state NOT IN ('done', 'cancelled'))"
        " ORDER BY id LIMIT 1",
        (now.isoformat(),),
    ).fetchone()
    return _job(r) if r else None


def update(conn: sqlite3.Connection, job_id: int, at: datetime, **fields: object) -> None:
    allowed = {"state", "attempts", "next_attempt_at", "upload_url", "bytes_sent", "last_error"}
    bad = set(fields) - allowed
    if bad:
        raise ValueError(f"unknown job fields {bad}")
    sets = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(
        f"UPDATE jobs SET {sets}, updated_at = ? WHERE id = ?",  # noqa: S608
        (*fields.values(), at.isoformat(), job_id),
    )
