"""Data-correction requests kept in the profile until the fund has them, with its answer."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class CorrectionRequest:
    id: int
    membership_no: str
    collectivity_id: str
    field: str
    comment: str
    attachment_sha256: str | None
    attachment_name: str | None
    state: str  # queued | sent | answered | failed
    remote_id: str | None
    answer: str | None
    answered_at: str | None
    last_error: str | None
    created_by: str
    created_at: str
    decision: str | None = None  # accepted | refused, when the fund said so

    @property
    def local_reference(self) -> str:
        return f"corr-{self.collectivity_id}-{self.id}"


_COLS = (
    "id, membership_no, collectivity_id, field, comment, attachment_sha256, attachment_name,"
    " state, remote_id, answer, answered_at, last_error, created_by, created_at, decision"
)


def _from(r: sqlite3.Row) -> CorrectionRequest:
    return CorrectionRequest(*(r[i] for i in range(15)))


def insert(
    conn: sqlite3.Connection,
    *,
    membership_no: str,
    collectivity_id: str,
    field: str,
    comment: str,
    attachment: tuple[str, str] | None,
    created_by: str,
    at: datetime,
) -> int:
    cur = conn.execute(
        "INSERT INTO correction_requests (membership_no, collectivity_id, field, comment,"
        " attachment_sha256, attachment_name, state, created_by, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)",
        (
            membership_no,
            collectivity_id,
            field,
            comment,
            attachment[0] if attachment else None,
            attachment[1] if attachment else None,
            created_by,
            at.isoformat(),
            at.isoformat(),
        ),
    )
    return int(cur.lastrowid or 0)


def for_affiliate(
    conn: sqlite3.Connection, membership_no: str, collectivity_id: str
) -> list[CorrectionRequest]:
    rows = conn.execute(
        f"SELECT {_COLS} FROM correction_requests WHERE membership_no = ?"  # noqa: S608
        " AND collectivity_id = ? ORDER BY id DESC",
        (membership_no, collectivity_id),
    ).fetchall()
    return [_from(r) for r in rows]


def by_ids(conn: sqlite3.Connection, ids: list[int]) -> dict[int, CorrectionRequest]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT {_COLS} FROM correction_requests WHERE id IN ({marks})",  # noqa: S608
        ids,
    ).fetchall()
    return {r[0]: _from(r) for r in rows}


def open_requests(conn: sqlite3.Connection, collectivity_id: str) -> list[CorrectionRequest]:
    rows = conn.execute(
        f"SELECT {_COLS} FROM correction_requests WHERE collectivity_id = ?"  # noqa: S608
        " AND state IN ('queued', 'sent') ORDER BY id",
        (collectivity_id,),
    ).fetchall()
    return [_from(r) for r in rows]


def update(conn: sqlite3.Connection, request_id: int, at: datetime, **fields: str | None) -> None:
    sets = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(
        f"UPDATE correction_requests SET {sets}, updated_at = ? WHERE id = ?",  # noqa: S608
        (*fields.values(), at.isoformat(), request_id),
    )
