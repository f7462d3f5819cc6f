"""Affiliate cache sync by cursor.

The first load streams the platform's bulk export: its lines are checked against the contract
and split into their values on a reader thread (export_check.py), and stored a batch at a time
by executemany (app/store/affiliates_bulk.py): no JSON parsing and no object per record; on an
empty cache the secondary indexes are built once at the end.
Later syncs fetch only the records changed since the cursor, page by page. Every batch or page
commits together with its cursor, so an interrupted sync resumes where it stopped and never
leaves a half-applied batch. A line or page that breaks the contract is refused before its
batch is written (ContractError), and a full disk rolls the batch back.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

from app.domain.models import Account, Affiliate
from app.platform.client import PlatformClient
from app.services.context import Cancelled, Context, Progress
from app.store import affiliates as repo
from app.store import affiliates_bulk as bulk
from app.sync import staging
from app.sync import state as sync_state
from app.sync.export_stream import export_chunks
from app.sync.prefetch import Batch, prefetched
from app.sync.staging import Stager, scratch_folder
from app.sync.state import SyncState

log = logging.getLogger(__name__)

PAGE = 1000
BATCH = 10_000
BULK_CACHE_KIB = 48 * 1024  # page cache during the first load (the default is 2 MiB)
DEPTH = 2  # batches read ahead of the writer
STAGED = True  # stage the first load's batches in a scratch file (app/sync/staging.py)
BULK_CHECKPOINT_PAGES = 16_384  # WAL checkpoint every 64 MiB during the first load (default 4)


class SyncError(Exception):
    """The cache could not be written (disk full, read-only...); nothing was half-applied."""


@dataclass(frozen=True, slots=True)
class SyncResult:
    received: int
    applied: int
    cursor: str | None
    full: bool = False  # this run was (part of) the first full load
    complete: bool = False  # reached the end of the changes


def _save(
    ctx: Context,
    write: Callable[[sqlite3.Connection], int],
    current: SyncState,
    cursor: str,
    end: bool,
    full_done: bool,
) -> tuple[int, SyncState]:
    """Run `write` and save the new cursor in one transaction; returns what `write` applied."""
    now = ctx.clock().isoformat()
    new_state = replace(
        current,
        cursor=cursor,
        full_done=full_done,
        last_sync_at=now,
        complete_at=now if end else current.complete_at,
    )
    try:
        # Like Database.transaction, but SQLite may already have rolled back by itself (disk full):
        # a second ROLLBACK would hide the real error.
        with ctx.db.read() as c:
            c.execute("BEGIN IMMEDIATE")
            try:
                applied = write(c)
                sync_state.save(c, new_state)
                c.execute("COMMIT")
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        reason = "the disk is full" if "full" in text else f"the database refused it ({exc})"
        raise SyncError(
            f"The affiliates list could not be saved: {reason}. Nothing was half-saved; the "
            "cache is as it was after the last saved batch. Free some space and sync again."
        ) from exc
    return applied, new_state


def _apply(
    ctx: Context,
    actor: Account,
    items: Sequence[Affiliate],
    current: SyncState,
    cursor: str,
    end: bool,
    full_done: bool,
) -> tuple[int, SyncState]:
    mine = [a for a in items if a.collectivity_id == actor.collectivity_id]
    return _save(ctx, lambda c: repo.upsert(c, mine, ctx.clock()), current, cursor, end, full_done)


def _apply_raw(
    ctx: Context, actor: Account, chunk: Batch, current: SyncState
) -> tuple[int, SyncState]:
    """Store a checked chunk of the export (see app/store/affiliates_bulk.py), or the scratch
    file it was staged in (app/sync/staging.py)."""
    end = chunk.end
    if not chunk.table:
        return _save(ctx, _writer(chunk, "", actor, ctx), current, chunk.cursor, end, end)
    with ctx.db.read() as c:
        table = staging.attach(c, chunk)
    try:
        return _save(ctx, _writer(chunk, table, actor, ctx), current, chunk.cursor, end, end)
    finally:
        with ctx.db.read() as c:
            staging.detach(c, chunk)


def _writer(
    chunk: Batch, table: str, actor: Account, ctx: Context
) -> Callable[[sqlite3.Connection], int]:
    def write(c: sqlite3.Connection) -> int:
        if table:
            applied = bulk.apply_staged(c, table, chunk.staged, ctx.clock())
        else:
            applied = bulk.apply(c, chunk.rows, actor.collectivity_id, ctx.clock())
        if chunk.end:  # the load is complete only with its indexes
            bulk.restore_indexes(c)
        return applied

    return write


@contextmanager
def _staged(ctx: Context, actor: Account) -> Iterator[Stager | None]:
    """What stages the batches on the reader thread (app/sync/staging.py); None when STAGED is
    off."""
    if not STAGED:
        yield None
        return
    with scratch_folder(ctx.db.path) as folder:
        yield Stager(folder, actor.collectivity_id)


@contextmanager
def _bulk_session(ctx: Context) -> Iterator[None]:
    """Settings for the first load, and everything as before afterwards: a bigger page cache
    (the indexes of a million rows stay in memory), temporary data in memory, and fewer WAL
    checkpoints (each batch still commits durably as before: crash safety is unchanged). On an
    empty cache the secondary indexes are dropped and built once when the load stops, whatever
    stops it; after a crash, the next sync builds them first."""
    pragmas = {
        "cache_size": -BULK_CACHE_KIB,
        "temp_store": 2,  # MEMORY
        "wal_autocheckpoint": BULK_CHECKPOINT_PAGES,
    }
    with ctx.db.read() as c:
        before = {name: int(c.execute(f"PRAGMA {name}").fetchone()[0]) for name in pragmas}
        for name, value in pragmas.items():
            c.execute(f"PRAGMA {name} = {value}")
    try:
        with ctx.db.transaction() as c:
            bulk.restore_indexes(c)  # (left dropped by a crash)
            bulk.defer_indexes(c)
        yield
    finally:
        try:
            with ctx.db.transaction() as c:
                bulk.restore_indexes(c)
            with ctx.db.read() as c:
                # the load writes its own pages back (not the next small sync): the WAL was
                # allowed to grow during it
                c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:  # (a full disk: the next sync builds them)
            log.warning("affiliate cache indexes or checkpoint not done yet")
        finally:
            with ctx.db.read() as c:
                for name, value in before.items():
                    c.execute(f"PRAGMA {name} = {value}")


def sync(
    ctx: Context,
    actor: Account,
    client: PlatformClient,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    batch: int = BATCH,
) -> SyncResult:
    """Bring the cache up to date: the bulk export until the first load ends, then deltas.

    The first load commits about `batch` records at a time, each batch with its cursor."""
    with ctx.db.read() as c:
        state = sync_state.load(c, actor.collectivity_id)
    received = applied = 0
    if not state.full_done:
        complete = False
        try:
            with (
                _bulk_session(ctx),
                _staged(ctx, actor) as stager,
                prefetched(export_chunks(client, state.cursor), batch, DEPTH, stager) as chunks,
            ):
                for chunk in chunks:
                    received += chunk.count
                    n, state = _apply_raw(ctx, actor, chunk, state)
                    applied += n
                    complete = chunk.end
                    if progress:
                        progress(received, 0, "")
                    if cancelled and cancelled() and not chunk.end:
                        break
        except staging.StagingError as exc:
            raise SyncError(
                f"The affiliates list could not be saved: {exc}. Nothing was half-saved; the "
                "cache is as it was after the last saved batch. Free some space and sync again."
            ) from exc
        return SyncResult(received, applied, state.cursor, full=True, complete=complete)
    complete = False
    while not (cancelled and cancelled()):
        page = client.list_affiliates(state.cursor, PAGE)
        received += len(page.items)
        n, state = _apply(ctx, actor, page.items, state, page.next_cursor, not page.has_more, True)
        applied += n
        if progress:
            progress(received, received + (PAGE if page.has_more else 0), "")
        if not page.has_more:
            complete = True
            break
    return SyncResult(received, applied, state.cursor, complete=complete)


def last_sync(ctx: Context, actor: Account) -> str | None:
    """When the cache last received a batch (ISO 8601), or None if never."""
    with ctx.db.read() as c:
        return sync_state.load(c, actor.collectivity_id).last_sync_at


def current_state(ctx: Context, actor: Account) -> SyncState:
    with ctx.db.read() as c:
        return sync_state.load(c, actor.collectivity_id)
