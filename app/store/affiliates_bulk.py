"""Bulk load of the affiliate cache from the platform's export, in SQL.

The export's lines, already checked against the contract (app/sync/export_check.py), are staged
as JSON text in a temporary table, stored by INSERT ... SELECT with SQLite's JSON functions, and
their folded names indexed by one more INSERT ... SELECT (app/domain/names.py through a
deterministic SQL function, cached per distinct name).

Call `apply` inside the caller's transaction: rows, index and cursor commit together.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from app.domain.names import fold

_STAGE = "temp.affiliate_staging"
_COLUMNS = (
    "membership_no",
    "ppr",
    "cin",
    "last_name_lat",
    "first_name_lat",
    "last_name_ar",
    "first_name_ar",
    "sex",
    "birth_date",
    "hire_date",
    "grade",
    "corps",
    "collectivity_id",
    "status",
    "updated_at",
    "reference_salary",
)


_EXTRACT = ", ".join(f"line ->> '$.{c}'" for c in _COLUMNS)
_UPSERT = (
    f"INSERT INTO affiliates ({', '.join(_COLUMNS)}, periods_json, cached_at)"  # noqa: S608
    f" SELECT {_EXTRACT}, line -> '$.periods', :cached_at FROM {_STAGE}"
    " WHERE line ->> '$.collectivity_id' = :collectivity ORDER BY n"
    " ON CONFLICT (membership_no) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in (*_COLUMNS[1:], "periods_json", "cached_at"))
)


_NAMES = ("first_name_lat", "last_name_lat", "first_name_ar", "last_name_ar")
# The index key of a record (app.store.affiliates.name_key) is its folded names in that order.
# Folding works word by word, so folding each field apart and joining them is the same; a
# folded name is kept with a trailing space ("" when nothing is left), so joining is ||.
_KEY = "rtrim(" + " || ".join(f"f{i}.folded" for i in range(len(_NAMES))) + ")"
_JOINS = " ".join(
    f"JOIN temp.affiliate_name_fold AS f{i} ON f{i}.raw = a.{name}" for i, name in enumerate(_NAMES)
)
_NEW_NAMES = " UNION ".join(
    f"SELECT a.{name} FROM affiliates AS a WHERE {{where}}"  # noqa: S608
    f" AND a.{name} NOT IN (SELECT raw FROM temp.affiliate_name_fold)"
    for name in _NAMES
)


def _index(conn: sqlite3.Connection, where: str, *args: object) -> None:
    """Add the index entries of the records `where` selects (affiliates AS a):
    the distinct names not folded yet are folded in Python, once each; one INSERT ... SELECT
    then joins them (no Python call per record)."""
    new = conn.execute(_NEW_NAMES.format(where=where), args * len(_NAMES)).fetchall()
    folded = [(str(raw), fold(str(raw))) for (raw,) in new]
    conn.executemany(
        "INSERT OR IGNORE INTO temp.affiliate_name_fold (raw, folded) VALUES (?, ?)",
        [(raw, f"{key} " if key else "") for raw, key in folded],
    )
    conn.execute(
        f"INSERT INTO affiliate_fts (rowid, name_key) SELECT a.id, {_KEY}"  # noqa: S608
        f" FROM affiliates AS a {_JOINS} WHERE {where}",
        args,
    )


def prepare(conn: sqlite3.Connection) -> None:
    """Create the staging tables (temporary: never in the profile file)."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_STAGE[5:]} (n INTEGER PRIMARY KEY, line TEXT)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS affiliate_touched (id INTEGER PRIMARY KEY)")
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS affiliate_name_fold"
        " (raw TEXT PRIMARY KEY, folded TEXT NOT NULL) WITHOUT ROWID"
    )


def stage(conn: sqlite3.Connection, payload: str) -> None:
    """Put export lines in the staging table, replacing what was there. `payload` is a JSON
    array of the lines (each a JSON text as a string): one statement, no call per line."""
    conn.execute(f"DELETE FROM {_STAGE}")  # noqa: S608
    conn.execute(
        f"INSERT INTO {_STAGE} (n, line) SELECT key, value FROM json_each(?)",  # noqa: S608
        (payload,),
    )


def apply(conn: sqlite3.Connection, collectivity_id: str, cached_at: datetime) -> int:
    """Store the staged records of the collectivity (insert or replace by membership number)
    with their index entries; returns how many."""
    top = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM affiliates").fetchone()[0])
    applied = conn.execute(
        _UPSERT, {"cached_at": cached_at.isoformat(), "collectivity": collectivity_id}
    ).rowcount
    added = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM affiliates").fetchone()[0]) - top
    if applied > added:  # some were cached already (a resumed load): index them again
        conn.execute("DELETE FROM temp.affiliate_touched")
        conn.execute(
            "INSERT OR IGNORE INTO temp.affiliate_touched (id) SELECT a.id"  # noqa: S608
            f" FROM {_STAGE} AS s JOIN affiliates AS a"
            " ON a.membership_no = s.line ->> '$.membership_no' WHERE a.id <= ?",
            (top,),
        )
        conn.execute(
            "DELETE FROM affiliate_fts WHERE rowid IN (SELECT id FROM temp.affiliate_touched)"
        )
        _index(conn, "a.id IN (SELECT id FROM temp.affiliate_touched)")
    _index(conn, "a.id > ?", top)
    return max(applied, 0)


def clear(conn: sqlite3.Connection) -> None:
    """Drop the staging tables (memory back after a load)."""
    for table in (_STAGE, "temp.affiliate_touched", "temp.affiliate_name_fold"):
        conn.execute(f"DROP TABLE IF EXISTS {table}")
