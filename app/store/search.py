"""Searching the affiliate cache: exact lookup by identifier, ranked search by folded name.

Names are folded by app/domain/names.py both in the index (affiliate_fts) and in the query; every
query word must be the start of a word of the record. Ranking: records where the query words are
whole words first, then the others, each group in FTS5's bm25 order.
"""

from __future__ import annotations

import sqlite3

from app.domain.models import Affiliate, IdentifierKind
from app.domain.names import words
from app.store import affiliates as repo

MAX_RESULTS = 50


def by_identifier(
    conn: sqlite3.Connection, kind: IdentifierKind, value: str, collectivity_id: str
) -> list[Affiliate]:
    """The affiliate with this (normalised) identifier, as a list of zero or one."""
    found = repo.get(conn, kind, value, collectivity_id)
    return [found] if found else []


def fts_query(text: str, prefix: bool = True) -> str | None:
    """The FTS5 MATCH expression for a name query: every folded word required, as a prefix of a
    word of the record (or, with prefix=False, as a whole word)."""
    folded = words(text)
    if not folded:
        return None
    star = "*" if prefix else ""
    return " ".join('"' + w.replace('"', "") + '"' + star for w in folded)


def by_name(
    conn: sqlite3.Connection, text: str, collectivity_id: str, limit: int = MAX_RESULTS
) -> list[Affiliate]:
    """Affiliates of the collectivity whose folded names match every folded word of `text`.

    Records where every query word is a whole word come first (bm25 order), then those where
    some query word only starts a word; the prefix query runs only when the first one did not
    fill the page.
    """
    ranked: list[int] = []
    seen: set[int] = set()
    for prefix in (False, True):
        match = fts_query(text, prefix)
        if match is None:
            return []
        # The full-text index alone ranks (joining before ORDER BY rank would look up every
        # match); the collectivity is checked when the few top records are loaded.
        for (rowid,) in conn.execute(
            "SELECT rowid FROM affiliate_fts WHERE affiliate_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit + len(ranked)),
        ):
            if rowid not in seen:
                seen.add(rowid)
                ranked.append(int(rowid))
        if len(ranked) >= limit:
            break
    found: list[Affiliate] = []
    start = 0
    while len(found) < limit and start < len(ranked):  # usually one round: one collectivity
        chunk = ranked[start : start + limit]
        start += limit
        records = repo.by_rowids(conn, chunk)
        found += [
            records[r]
            for r in chunk
            if r in records and records[r].collectivity_id == collectivity_id
        ]
    return found[:limit]
