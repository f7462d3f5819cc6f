"""Bulk load of the affiliate cache from the platform's export.

The export's records arrive as tuples of text already checked against the contract
(app/sync/export_check.py), in the order of the cache's columns (FIELDS without cached_at).
They are stored by one executemany per batch, and their folded names indexed by another, with
each distinct name folded once. On an empty cache (the first full load) the secondary indexes
of the table are dropped first and built once at the end (`defer_indexes` / `restore_indexes`):
sorting a million keys once is much cheaper than inserting them one by one. What was dropped is
written in `meta` in the same transaction, so an interrupted load still gets its indexes back.

Call `apply` inside the caller's transaction: rows, index and cursor commit together.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from app.domain.names import fold
from app.store.affiliates import FIELDS

# The export's values, in its order: every column but cached_at (set here).
COLUMNS = tuple(f for f in FIELDS if f != "cached_at")
_MEMBERSHIP, _COLLECTIVITY = COLUMNS.index("membership_no"), COLUMNS.index("collectivity_id")
# What app.store.affiliates.name_key folds, in that order.
_NAMES = tuple(COLUMNS.index(f) for f in ("first_name_lat", "last_name_lat", "first_name_ar"))
_LAST_AR = COLUMNS.index("last_name_ar")
_DEFERRED = "affiliate_indexes_deferred"  # meta key: the CREATE INDEX statements to run again
_STAMP = re.compile(r"[0-9T:.+-]+")


def _upsert(cached_at: str) -> str:
    # The salary arrives as its JSON text ("null" or digits); the column stores an integer.
    values = ", ".join(
        "CAST(NULLIF(?, 'null') AS INTEGER)" if c == "reference_salary" else "?" for c in COLUMNS
    )
    updates = ", ".join(f"{c} = excluded.{c}" for c in (*COLUMNS[1:], "cached_at"))
    return (
        f"INSERT INTO affiliates ({', '.join(COLUMNS)}, cached_at)"  # noqa: S608
        f" VALUES ({values}, '{cached_at}')"
        f" ON CONFLICT (membership_no) DO UPDATE SET {updates}"
    )


class _Keys:
    """Index keys by name (app.store.affiliates.name_key): names repeat a lot."""

    def __init__(self) -> None:
        self._known: dict[str, str] = {}

    def __call__(self, r: Sequence[str]) -> str:
        a, b, c = _NAMES
        text = f"{r[a]} {r[b]} {r[c]} {r[_LAST_AR]}"
        key = self._known.get(text)
        if key is None:
            if len(self._known) >= 1 << 17:
                self._known.clear()
            key = self._known[text] = fold(text)
        return key


_keys = _Keys()
NameKeys = _Keys  # for the staging thread (app/sync/staging.py): one cache per thread


def apply(
    conn: sqlite3.Connection,
    rows: Sequence[Sequence[str]],
    collectivity_id: str,
    cached_at: datetime,
) -> int:
    """Store the records of the collectivity (insert or replace by membership number) with
    their index entries; returns how many."""
    mine = [r for r in rows if r[_COLLECTIVITY] == collectivity_id]
    if not mine:
        return 0
    stamp = cached_at.isoformat()
    if not _STAMP.fullmatch(stamp):  # (it goes into the statement's text)
        raise ValueError("unexpected timestamp format")
    top = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM affiliates").fetchone()[0])
    conn.executemany(_upsert(stamp), mine)
    added = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM affiliates").fetchone()[0]) - top
    if added == len(mine):  # all new: they took the ids after `top`, in order
        conn.executemany(
            "INSERT INTO affiliate_fts (rowid, name_key) VALUES (?, ?)",
            zip(range(top + 1, top + 1 + added), map(_keys, mine), strict=True),
        )
        return added
    # Some were cached already (a resumed load, a record sent twice): index by membership number.
    latest = {r[_MEMBERSHIP]: r for r in mine}
    ids: dict[str, int] = {}
    numbers = list(latest)
    for i in range(0, len(numbers), 500):
        part = numbers[i : i + 500]
        marks = ", ".join("?" * len(part))
        ids.update(
            conn.execute(
                f"SELECT membership_no, id FROM affiliates WHERE membership_no IN ({marks})",  # noqa: S608
                part,
            ).fetchall()
        )
    conn.executemany(
        "DELETE FROM affiliate_fts WHERE rowid = ?", [(i,) for i in ids.values() if i <= top]
    )
    conn.executemany(
        "INSERT INTO affiliate_fts (rowid, name_key) VALUES (?, ?)",
        [(ids[n], _keys(r)) for n, r in latest.items()],
    )
    return len(latest)


def defer_indexes(conn: sqlite3.Connection) -> None:
    """On an empty cache, drop the secondary indexes of affiliates until `restore_indexes`
    (what they were is kept in meta, in the caller's transaction)."""
    if conn.execute("SELECT 1 FROM affiliates LIMIT 1").fetchone() is not None:
        return
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'affiliates'"
        " AND sql IS NOT NULL ORDER BY name"
    ).fetchall()
    if not found:
        return
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_DEFERRED,)).fetchone()
    pending: list[list[str]] = json.loads(row[0]) if row else []
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (_DEFERRED, json.dumps([*pending, *([str(n), str(sql)] for n, sql in found)])),
    )
    for name, _ in found:
        conn.execute(f'DROP INDEX "{name}"')


def restore_indexes(conn: sqlite3.Connection) -> bool:
    """Build the indexes `defer_indexes` dropped (in the caller's transaction); False when
    there were none."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_DEFERRED,)).fetchone()
    if row is None:
        return False
    for name, sql in json.loads(row[0]):
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).fetchone()
        if exists is None:
            conn.execute(sql)
    conn.execute("DELETE FROM meta WHERE key = ?", (_DEFERRED,))
    return True


def _select(cached_at: str, table: str) -> str:
    values = ", ".join(
        f"CAST(NULLIF({c}, 'null') AS INTEGER)" if c == "reference_salary" else c for c in COLUMNS
    )
    updates = ", ".join(f"{c} = excluded.{c}" for c in (*COLUMNS[1:], "cached_at"))
    return (
        f"INSERT INTO affiliates ({', '.join(COLUMNS)}, cached_at)"  # noqa: S608
        f" SELECT {values}, '{cached_at}' FROM {table} WHERE true ORDER BY rowid"
        f" ON CONFLICT (membership_no) DO UPDATE SET {updates}"
    )


def apply_staged(conn: sqlite3.Connection, table: str, count: int, cached_at: datetime) -> int:
    """Store the records staged in `table` (an attached scratch table holding COLUMNS then
    name_key, only the collectivity's, rowids 1..count in the export's order) with their index
    entries, by statements alone (SQLite works without the GIL); returns how many."""
    if count == 0:
        return 0
    stamp = cached_at.isoformat()
    if not _STAMP.fullmatch(stamp) or not re.fullmatch(r"\w+\.\w+", table):
        raise ValueError("unexpected timestamp or table name")  # (they go into the text)
    top = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM affiliates").fetchone()[0])
    conn.execute(_select(stamp, table))
    added = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM affiliates").fetchone()[0]) - top
    if added == count:  # all new: they took the ids after `top`, in the staged order
        conn.execute(
            "INSERT INTO affiliate_fts (rowid, name_key)"  # noqa: S608
            f" SELECT rowid + {top}, name_key FROM {table} ORDER BY rowid"
        )
        return added
    # Some were cached already (a resumed load, a record sent twice): index by membership number.
    latest = f"SELECT MAX(rowid) FROM {table} GROUP BY membership_no"  # noqa: S608
    conn.execute(
        "DELETE FROM affiliate_fts WHERE rowid IN (SELECT a.id FROM main.affiliates a"  # noqa: S608
        f" JOIN {table} s ON a.membership_no = s.membership_no WHERE a.id <= {top})"
    )
    conn.execute(
        "INSERT INTO affiliate_fts (rowid, name_key) SELECT a.id, s.name_key"  # noqa: S608
        f" FROM {table} s JOIN main.affiliates a ON a.membership_no = s.membership_no"
        f" WHERE s.rowid IN ({latest})"
    )
    return int(conn.execute(f"SELECT COUNT(*) FROM ({latest})").fetchone()[0])  # noqa: S608
