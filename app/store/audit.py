"""Audit log: who did what to which record, hash-chained so edits and deletions are detected.

Details never carry a PIN, a password or a personal field; the subject is an identifier.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    subject_kind: str
    subject_id: str
    details: dict[str, str]


def _hash(prev: str, at: str, actor: str, action: str, kind: str, sid: str, details: str) -> str:
    payload = "\x1f".join((prev, at, actor, action, kind, sid, details))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    conn: sqlite3.Connection,
    *,
    at: datetime,
    actor: str,
    action: str,
    subject_kind: str,
    subject_id: str,
    details: dict[str, str] | None = None,
) -> None:
    """Append one entry; call inside the transaction of the change it records."""
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev = str(row[0]) if row else GENESIS
    stamp = at.isoformat()
    text = json.dumps(details or {}, sort_keys=True, ensure_ascii=False)
    digest = _hash(prev, stamp, actor, action, subject_kind, subject_id, text)
    conn.execute(
        "INSERT INTO audit (at, actor, action, subject_kind, subject_id, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (stamp, actor, action, subject_kind, subject_id, text, prev, digest),
    )


def entries(
    conn: sqlite3.Connection, subject_id: str | None = None, limit: int = 1000
) -> list[AuditEntry]:
    sql = "SELECT id, at, actor, action, subject_kind, subject_id, details FROM audit"
    args: tuple[object, ...] = ()
    if subject_id is not None:
        sql += " WHERE subject_id = ?"
        args = (subject_id,)
    sql += " ORDER BY id DESC LIMIT ?"
    rows = conn.execute(sql, (*args, limit)).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], dict(json.loads(r[6]))) for r in rows]


def first_broken(conn: sqlite3.Connection) -> int | None:
    """The id of the first entry whose chain does not hold, or None when the chain is intact."""
    prev = GENESIS
    for r in conn.execute(
        "SELECT id, at, actor, action, subject_kind, subject_id, details, prev_hash, hash"
        " FROM audit ORDER BY id"
    ):
        if r[7] != prev or _hash(prev, r[1], r[2], r[3], r[4], r[5], r[6]) != r[8]:
            return int(r[0])
        prev = str(r[8])
    return None


def get(conn: sqlite3.Connection, entry_id: int) -> AuditEntry | None:
    r = conn.execute(
        "SELECT id, at, actor, action, subject_kind, subject_id, details FROM audit WHERE id = ?",
        (entry_id,),
    ).fetchone()
    if r is None:
        return None
    try:
        details = dict(json.loads(r[6]))
    except ValueError:
        details = {}
    return AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], details)


def search(
    conn: sqlite3.Connection,
    collectivity_id: str,
    *,
    actor: str | None = None,
    action: str | None = None,
    subject_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 5000,
) -> list[AuditEntry]:
    """Entries about one collectivity (its accounts' acts, and system acts on its dossiers),
    newest first. ``action`` matches a prefix ("dossier." finds every dossier transition);
    ``since``/``until`` are ISO dates or times compared as text."""
    sql = (
        "SELECT id, at, actor, action, subject_kind, subject_id, details FROM audit WHERE"
        " (actor IN (SELECT id FROM accounts WHERE collectivity_id = ?)"
        " OR (subject_kind = 'dossier' AND subject_id IN"
        " (SELECT id FROM dossiers WHERE collectivity_id = ?)))"
    )
    args: list[object] = [collectivity_id, collectivity_id]
    if actor:
        sql += " AND actor = ?"
        args.append(actor)
    if action:
        sql += " AND action LIKE ? ESCAPE '\\'"
        args.append(action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if subject_id:
        sql += " AND subject_id = ?"
        args.append(subject_id)
    if since:
        sql += " AND at >= ?"
        args.append(since)
    if until:
        sql += " AND at < ?"
        args.append(until)
    sql += " ORDER BY id DESC LIMIT ?"
    args.append(limit)
    return [
        AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], dict(json.loads(r[6])))
        for r in conn.execute(sql, args).fetchall()
    ]
