"""Affiliate cache: the collectivity's affiliates as last received from the platform."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime

from app.domain.models import Affiliate, IdentifierKind, PeriodKind, ServicePeriod, Sex

_COLUMNS = (
    "membership_no, ppr, cin, last_name_lat, first_name_lat, last_name_ar, first_name_ar, sex,"
    " birth_date, hire_date, grade, corps, collectivity_id, status, periods_json, updated_at,"
    " cached_at"
)
_BY_KIND = {
    IdentifierKind.MEMBERSHIP: "membership_no",
    IdentifierKind.PPR: "ppr",
    IdentifierKind.CIN: "cin",
}


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


def _row(a: Affiliate, cached_at: datetime) -> tuple[object, ...]:
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
        cached_at.isoformat(),
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
    )


def upsert(conn: sqlite3.Connection, affiliates: Iterable[Affiliate], cached_at: datetime) -> int:
    rows = [_row(a, cached_at) for a in affiliates]
    marks = ", ".join("?" * 17)
    sql = f"INSERT OR REPLACE INTO affiliates ({_COLUMNS}) VALUES ({marks})"  # noqa: S608
    conn.executemany(sql, rows)
    return len(rows)


def get(
    conn: sqlite3.Connection, kind: IdentifierKind, value: str, collectivity_id: str
) -> Affiliate | None:
    column = _BY_KIND[kind]
    r = conn.execute(
        f"SELECT {_COLUMNS} FROM affiliates WHERE {column} = ? AND collectivity_id = ?",  # noqa: S608
        (value, collectivity_id),
    ).fetchone()
    return from_row(r) if r else None


def search_names(
    conn: sqlite3.Connection, text: str, collectivity_id: str, limit: int = 50
) -> list[Affiliate]:
    """Simple name search on the cache (the ranked, normalised search comes with the sync issue)."""
    like = f"%{text.strip()}%"
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM affiliates WHERE collectivity_id = ? AND ("  # noqa: S608
        " (first_name_lat || ' ' || last_name_lat) LIKE ? OR (first_name_ar || ' ' || last_name_ar)"
        " LIKE ? OR (last_name_lat || ' ' || first_name_lat) LIKE ?)"
        " ORDER BY last_name_lat, first_name_lat LIMIT ?",
        (collectivity_id, like, like, like, limit),
    ).fetchall()
    return [from_row(r) for r in rows]


def count(conn: sqlite3.Connection, collectivity_id: str) -> int:
    return int(
        conn.execute(
            "SELECT COUNT(*) FROM affiliates WHERE collectivity_id = ?", (collectivity_id,)
        ).fetchone()[0]
    )
