"""Affiliate cache: the collectivity's affiliates as last received from the platform.

Every write goes through `upsert`, which keeps the full-text index of folded names
(affiliate_fts, rowid = affiliates.id) in the same transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from app.domain.models import Affiliate, IdentifierKind, PeriodKind, ServicePeriod, Sex
from app.domain.names import fold

FIELDS = (  # the cache's columns, declared once (affiliates_bulk.py uses them too)
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
    "periods_json",
    "updated_at",
    "cached_at",
    "reference_salary",
)
COLUMNS = ", ".join(FIELDS)
_BY_KIND = {
    IdentifierKind.MEMBERSHIP: "membership_no",
    IdentifierKind.PPR: "ppr",
    IdentifierKind.CIN: "cin",
}
_IN_CHUNK = 500  # SQLite host parameters per IN (...)


def periods_to_json(periods: Iterable[ServicePeriod]) -> str:
    """Compact, as the platform's export writes them (the bulk load stores those as they come)."""
    return json.dumps(
        [
            {
                "start": p.start.isoformat(),
                "end": p.end.isoformat() if p.end else None,
                "kind": str(p.kind),
            }
            for p in periods
        ],
        separators=(",", ":"),
    )


_SEXES = {str(s): s for s in Sex}
_KINDS = {str(k): k for k in PeriodKind}
_NO_PERIODS: tuple[ServicePeriod, ...] = ()


def periods_from_json(text: str) -> tuple[ServicePeriod, ...]:
    if text == "[]":
        return _NO_PERIODS
    return tuple(
        ServicePeriod(
            date.fromisoformat(p["start"]),
            date.fromisoformat(p["end"]) if p["end"] else None,
            _KINDS[p["kind"]],
        )
        for p in json.loads(text)
    )


def name_key(a: Affiliate) -> str:
    """What the full-text index holds for an affiliate: folded Latin and Arabic names."""
    return fold(f"{a.first_name_lat} {a.last_name_lat} {a.first_name_ar} {a.last_name_ar}")


def row_of(a: Affiliate, cached_at: str) -> tuple[object, ...]:
    """The values of FIELDS for ``a``, in that order."""
    return (
        a.membership_no,
        a.ppr,
        a.cin,
        a.last_name_lat,
        a.first_name_lat,
        a.last_name_ar,
        a.first_name_ar,
        str(a.sex),
        a.birth_date.isoformat(),
        a.hire_date.isoformat(),
        a.grade,
        a.corps,
        a.collectivity_id,
        a.status,
        periods_to_json(a.periods),
        a.updated_at,
        cached_at,
        a.reference_salary,
    )


def from_row(r: sqlite3.Row) -> Affiliate:
    return from_values([r[f] for f in FIELDS])


def from_values(v: Sequence[Any]) -> Affiliate:
    """An affiliate from the values of FIELDS (COLUMNS), in that order: the lookup's fast path
    (no name lookups per column)."""
    return Affiliate(
        membership_no=v[0],
        ppr=v[1],
        cin=v[2],
        last_name_lat=v[3],
        first_name_lat=v[4],
        last_name_ar=v[5],
        first_name_ar=v[6],
        sex=_SEXES[v[7]],
        birth_date=date.fromisoformat(v[8]),
        hire_date=date.fromisoformat(v[9]),
        grade=v[10],
        corps=v[11],
        collectivity_id=v[12],
        status=v[13],
        periods=periods_from_json(v[14]),
        updated_at=v[15],
        reference_salary=v[17],
    )


def _existing_ids(conn: sqlite3.Connection, numbers: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i in range(0, len(numbers), _IN_CHUNK):
        chunk = numbers[i : i + _IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        for number, rowid in conn.execute(
            f"SELECT membership_no, id FROM affiliates WHERE membership_no IN ({marks})",  # noqa: S608
            chunk,
        ):
            found[str(number)] = int(rowid)
    return found


def upsert(conn: sqlite3.Connection, affiliates: Iterable[Affiliate], cached_at: datetime) -> int:
    """Insert or replace affiliates (by membership number) and their index entries.

    Call inside a transaction: the rows and the index change together.
    """
    latest: dict[str, Affiliate] = {a.membership_no: a for a in affiliates}  # last one wins
    if not latest:
        return 0
    stamp = cached_at.isoformat()
    existing = _existing_ids(conn, list(latest))
    next_id = int(conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM affiliates").fetchone()[0])
    updates: list[tuple[object, ...]] = []
    inserts: list[tuple[object, ...]] = []
    index: list[tuple[int, str]] = []
    for number, a in latest.items():
        rowid = existing.get(number)
        if rowid is None:
            rowid, next_id = next_id, next_id + 1
            inserts.append((rowid, *row_of(a, stamp)))
        else:
            updates.append((*row_of(a, stamp), rowid))
        index.append((rowid, name_key(a)))
    if updates:
        sets = ", ".join(f"{f} = ?" for f in FIELDS)
        conn.executemany(f"UPDATE affiliates SET {sets} WHERE id = ?", updates)  # noqa: S608
        conn.executemany("DELETE FROM affiliate_fts WHERE rowid = ?", [(u[-1],) for u in updates])
    if inserts:
        marks = ", ".join("?" * (len(FIELDS) + 1))
        conn.executemany(
            f"INSERT INTO affiliates (id, {COLUMNS}) VALUES ({marks})",  # noqa: S608
            inserts,
        )
    conn.executemany("INSERT INTO affiliate_fts (rowid, name_key) VALUES (?, ?)", index)
    return len(latest)


def reindex_pending(conn: sqlite3.Connection) -> int:
    """Fold the names of rows cached before schema 2 into the index (once, after the upgrade)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'affiliate_fts_pending'").fetchone()
    if row is None:
        return 0
    conn.execute("DELETE FROM affiliate_fts")
    rows = conn.execute(f"SELECT id, {COLUMNS} FROM affiliates").fetchall()  # noqa: S608
    conn.executemany(
        "INSERT INTO affiliate_fts (rowid, name_key) VALUES (?, ?)",
        [(r["id"], name_key(from_row(r))) for r in rows],
    )
    conn.execute("DELETE FROM meta WHERE key = 'affiliate_fts_pending'")
    return len(rows)


# "+collectivity_id": never let the planner pick the (collectivity, birth) index here
_GET = {
    kind: f"SELECT {COLUMNS} FROM affiliates WHERE {column} = ? AND +collectivity_id = ?"  # noqa: S608
    for kind, column in _BY_KIND.items()
}


def get(
    conn: sqlite3.Connection, kind: IdentifierKind, value: str, collectivity_id: str
) -> Affiliate | None:
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples: from_values reads them by position
    v = cur.execute(_GET[kind], (value, collectivity_id)).fetchone()
    return from_values(v) if v else None


def by_rowids(conn: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, Affiliate]:
    out: dict[int, Affiliate] = {}
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples: from_values reads them by position
    for i in range(0, len(rowids), _IN_CHUNK):
        chunk = rowids[i : i + _IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        for r in cur.execute(
            f"SELECT {COLUMNS}, id FROM affiliates WHERE id IN ({marks})",  # noqa: S608
            chunk,
        ):
            out[int(r[-1])] = from_values(r)
    return out


def born_between(
    conn: sqlite3.Connection, collectivity_id: str, first: date, last: date
) -> list[Affiliate]:
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM affiliates WHERE collectivity_id = ?"  # noqa: S608
        " AND birth_date BETWEEN ? AND ? ORDER BY birth_date",
        (collectivity_id, first.isoformat(), last.isoformat()),
    ).fetchall()
    return [from_row(r) for r in rows]


def cached_at(conn: sqlite3.Connection, membership_no: str) -> str | None:
    row = conn.execute(
        "SELECT cached_at FROM affiliates WHERE membership_no = ?", (membership_no,)
    ).fetchone()
    return str(row[0]) if row else None


def cached_at_many(conn: sqlite3.Connection, numbers: Sequence[str]) -> dict[str, str]:
    """When each of these records was last received from the platform (ISO 8601)."""
    found: dict[str, str] = {}
    for i in range(0, len(numbers), _IN_CHUNK):
        chunk = numbers[i : i + _IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        for number, stamp in conn.execute(
            f"SELECT membership_no, cached_at FROM affiliates WHERE membership_no IN ({marks})",  # noqa: S608
            chunk,
        ):
            found[str(number)] = str(stamp)
    return found


def count(conn: sqlite3.Connection, collectivity_id: str) -> int:
    return int(
        conn.execute(
            "SELECT COUNT(*) FROM affiliates WHERE collectivity_id = ?", (collectivity_id,)
        ).fetchone()[0]
    )
