"""Package sequence numbers per commune and direction (openIMIS-style): no replay, no gap."""

from __future__ import annotations

import sqlite3
from datetime import datetime


def last_sequence(conn: sqlite3.Connection, direction: str, kind: str, collectivity_id: str) -> int:
    r = conn.execute(
        "SELECT MAX(sequence) FROM package_ledger WHERE direction = ? AND kind = ?"
        " AND collectivity_id = ?",
        (direction, kind, collectivity_id),
    ).fetchone()
    return int(r[0]) if r and r[0] is not None else 0


def seen(conn: sqlite3.Connection, package_id: str, manifest_sha256: str) -> bool:
    r = conn.execute(
        "SELECT 1 FROM package_ledger WHERE direction = 'import' AND"
        " (package_id = ? OR manifest_sha256 = ?)",
        (package_id, manifest_sha256),
    ).fetchone()
    return r is not None


def record(
    conn: sqlite3.Connection,
    *,
    direction: str,
    kind: str,
    collectivity_id: str,
    sequence: int,
    package_id: str,
    manifest_sha256: str,
    actor: str,
    at: datetime,
) -> None:
    conn.execute(
        "INSERT INTO package_ledger (direction, kind, collectivity_id, sequence, package_id,"
        " manifest_sha256, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            direction,
            kind,
            collectivity_id,
            sequence,
            package_id,
            manifest_sha256,
            actor,
            at.isoformat(),
        ),
    )


def exported_dossiers(conn: sqlite3.Connection, collectivity_id: str) -> set[str]:
    rows = conn.execute(
        "SELECT dossier_id FROM package_items WHERE collectivity_id = ?", (collectivity_id,)
    ).fetchall()
    return {str(r[0]) for r in rows}


def mark_exported(
    conn: sqlite3.Connection, collectivity_id: str, sequence: int, dossier_ids: list[str]
) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO package_items (collectivity_id, sequence, dossier_id)"
        " VALUES (?, ?, ?)",
        [(collectivity_id, sequence, d) for d in dossier_ids],
    )
