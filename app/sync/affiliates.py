"""Affiliate cache sync by cursor: each page and its cursor commit together, so an interrupted
sync resumes where it stopped and never leaves a half-applied page."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.models import Account
from app.platform.client import PlatformClient
from app.services.context import Cancelled, Context, Progress
from app.store import affiliates as repo

PAGE = 500


@dataclass(frozen=True, slots=True)
class SyncResult:
    received: int
    applied: int
    cursor: str | None


def _cursor_key(actor: Account) -> str:
    return f"sync_cursor:{actor.collectivity_id}"


def sync(
    ctx: Context,
    actor: Account,
    client: PlatformClient,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SyncResult:
    key = _cursor_key(actor)
    with ctx.db.read() as c:
        row = c.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    cursor: str | None = row[0] if row else None
    received = applied = 0
    while not (cancelled and cancelled()):
        page = client.list_affiliates(cursor, PAGE)
        received += len(page.items)
        mine = [a for a in page.items if a.collectivity_id == actor.collectivity_id]
        with ctx.db.transaction() as c:
            applied += repo.upsert(c, mine, ctx.clock())
            if page.next_cursor is not None:
                cursor = page.next_cursor
                c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, cursor))
            c.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (f"last_sync:{actor.collectivity_id}", ctx.clock().isoformat()),
            )
        if progress:
            progress(received, received + (PAGE if page.has_more else 0), "")
        if not page.has_more:
            break
    return SyncResult(received, applied, cursor)


def last_sync(ctx: Context, actor: Account) -> str | None:
    with ctx.db.read() as c:
        row = c.execute(
            "SELECT value FROM meta WHERE key = ?", (f"last_sync:{actor.collectivity_id}",)
        ).fetchone()
    return str(row[0]) if row else None
