"""Affiliate cache: the collectivity's affiliates as last received from the platform.

Every write goes through `upsert`, which keeps the full-text index of folded names
(affiliate_fts, rowid = affiliates.id) in the same transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from app.domain.models import Affiliate, IdentifierKind, PeriodKind, ServicePeriod, Sex
from app.domain.names import fold

_FIELDS = (
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
COLUMNS = ", ".join(_FIELDS)
_BY_KIND = {
    IdentifierKind.MEMBERSHIP: "membership_no",
    IdentifierKind.PPR: "ppr",
    IdentifierKind.CIN: "cin",
}
_IN_CHUNK = 500  # SQLite host parameters per IN (...)


def periods_to_json(periods: Iterable[ServicePeriod]) -> str:
    return json.dumps(
        [
            {
                "start": p.start.isoformat(),
                "end": p.end.isoformat() if p.end else None,
                "kind": str(p.kind),
            }
            for p in periods
        ]
    )


def periods_from_json(text: str) -> tuple[ServicePeriod, ...]:
    return tuple(
        ServicePeriod(
            date.fromisoformat(p["start"]),
            date.fromisoformat(p["end"]) if p["end"] else None,
            PeriodKind(p["kind"]),
        )
        for p in json.loads(text)
    )


def name_key(a: Affiliate) -> str:
    """What the full-text index holds for an affiliate: folded Latin and Arabic names."""
    return fold(f"{a.first_name_lat} {a.last_name_lat} {a.first_name_ar} {a.last_name_ar}")


def _row(a: Affiliate, cached_at: str) -> tuple[object, ...]:
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
    return Affiliate(
        membership_no=r["membership_no"],
        ppr=r["ppr"],
        cin=r["cin"],
        last_name_lat=r["last_name_lat"],
        first_name_lat=r["first_name_lat"],
        last_name_ar=r["last_name_ar"],
        first_name_ar=r["first_name_ar"],
        sex=Sex(r["sex"]),
        birth_date=date.fromisoformat(r["birth_date"]),
        hire_date=date.fromisoformat(r["hire_date"]),
        grade=r["grade"],
        corps=r["corps"],
        collectivity_id=r["collectivity_id"],
        status=r["status"],
        periods=periods_from_json(r["periods_json"]),
        updated_at=r["updated_at"],
        reference_salary=r["reference_salary"],
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
            inserts.append((rowid, *_row(a, stamp)))
        else:
            updates.append((*_row(a, stamp), rowid))
        index.append((rowid, name_key(a)))
    if updates:
        sets = ", ".join(f"{f} = ?" for f in _FIELDS)
        conn.executemany(f"UPDATE affiliates SET {sets} WHERE id = ?", updates)  # noqa: S608
        conn.executemany("DELETE FROM affiliate_fts WHERE rowid = ?", [(u[-1],) for u in updates])
    if inserts:
        marks = ", ".join("?" * (len(_FIELDS) + 1))
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


def get(
    conn: sqlite3.Connection, kind: IdentifierKind, value: str, collectivity_id: str
) -> Affiliate | None:
    column = _BY_KIND[kind]
    r = conn.execute(
        # "+collectivity_id": never let the planner pick the (collectivity, birth) index here
        f"SELECT {COLUMNS} FROM affiliates WHERE {column} = ? AND +collectivity_id = ?",  # noqa: S608
        (value, collectivity_id),
    ).fetchone()
    return from_row(r) if r else None


def by_rowids(conn: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, Affiliate]:
    out: dict[int, Affiliate] = {}
    for i in range(0, len(rowids), _IN_CHUNK):
        chunk = rowids[i : i + _IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        for r in conn.execute(
            f"SELECT id, {COLUMNS} FROM affiliates WHERE id IN ({marks})",  # noqa: S608
            chunk,
        ):
            out[int(r["id"])] = from_row(r)
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


def count(conn: sqlite3.Connection, collectivity_id: str) -> int:
    return int(
        conn.execute(
            "SELECT COUNT(*) FROM affiliates WHERE collectivity_id = ?", (collectivity_id,)
        ).fetchone()[0]
    )
