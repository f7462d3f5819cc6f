"""Where the affiliate sync of a collectivity stands: cursor, whether the full load finished,
when it last ran and when it last reached the end (records are fresh as of then)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SyncState:
    collectivity_id: str
    cursor: str | None = None
    full_done: bool = False
    last_sync_at: str | None = None  # ISO 8601: the last page applied
    complete_at: str | None = None  # ISO 8601: the last sync that reached the end


def load(conn: sqlite3.Connection, collectivity_id: str) -> SyncState:
    row = conn.execute(
        "SELECT cursor, full_done, last_sync_at, complete_at FROM sync_state"
        " WHERE collectivity_id = ?",
        (collectivity_id,),
    ).fetchone()
    if row is None:
        return SyncState(collectivity_id)
    return SyncState(collectivity_id, row[0], bool(row[1]), row[2], row[3])


def save(conn: sqlite3.Connection, state: SyncState) -> None:
    conn.execute(
        "INSERT INTO sync_state (collectivity_id, cursor, full_done, last_sync_at, complete_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (collectivity_id) DO UPDATE SET cursor ="
        " excluded.cursor, full_done = excluded.full_done, last_sync_at = excluded.last_sync_at,"
        " complete_at = excluded.complete_at",
        (
            state.collectivity_id,
            state.cursor,
            int(state.full_done),
            state.last_sync_at,
            state.complete_at,
        ),
    )
