"""Reads for the departure planner: the open age-limit dossiers of a collectivity, and the
affiliates born in the windows that can reach their age limit within the horizon."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.models import Affiliate
from app.store.affiliates import COLUMNS, from_row

_CLOSED = ("rejected", "withdrawn")


def open_age_limit_dossiers(conn: sqlite3.Connection, collectivity_id: str) -> dict[str, str]:
    """membership number -> id of its open age-limit dossier (the most recent one)."""
    rows = conn.execute(
        "SELECT affiliate_membership_no, id FROM dossiers WHERE collectivity_id = ?"
        " AND type = 'age_limit' AND state NOT IN (?, ?) ORDER BY created_at",
        (collectivity_id, *_CLOSED),
    ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


@dataclass(frozen=True, slots=True)
class BirthWindow:
    """Affiliates born between ``first`` and ``last`` (inclusive) whose corps is one of
    ``corps``, or, with ``other_than``, any corps but those (none counts as other)."""

    first: date
    last: date
    corps: tuple[str, ...] = ()
    other_than: bool = False


def born_in_windows(
    conn: sqlite3.Connection, collectivity_id: str, windows: Sequence[BirthWindow]
) -> list[Affiliate]:
    """The collectivity's affiliates born in any of ``windows``, by birth date: one indexed
    range (collectivity, birth date) from the earliest to the latest window, filtered."""
    if not windows:
        return []
    clauses: list[str] = []
    params: list[str] = [
        collectivity_id,
        min(w.first for w in windows).isoformat(),
        max(w.last for w in windows).isoformat(),
    ]
    for w in windows:
        clause = "birth_date BETWEEN ? AND ?"
        params += [w.first.isoformat(), w.last.isoformat()]
        if w.corps:
            marks = ", ".join("?" * len(w.corps))
            clause += (
                f" AND (corps IS NULL OR corps NOT IN ({marks}))"
                if w.other_than
                else f" AND corps IN ({marks})"
            )
            params += w.corps
        clauses.append(f"({clause})")
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM affiliates WHERE collectivity_id = ?"  # noqa: S608
        f" AND birth_date BETWEEN ? AND ? AND ({' OR '.join(clauses)}) ORDER BY birth_date",
        params,
    ).fetchall()
    return [from_row(r) for r in rows]
