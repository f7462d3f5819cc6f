"""Stage the export's checked records in a scratch SQLite file, on the reader thread.

Binding a million rows' values to a statement is Python work done under the GIL: done by the
writer, it kept the reader thread waiting. Here the reader thread binds them itself, into a
scratch file per batch (its own connection; no journal, not durable: it is only a relay), with
their folded names. The writer attaches each file as `scratch` and copies it into the cache by
INSERT ... SELECT statements alone (app/store/affiliates_bulk.py `apply_staged`), which
SQLite runs without the GIL: the two threads overlap. The files live in a temporary folder next
to the profile's database; each is deleted once copied, the folder when the load stops. The
cache's consistency does not depend on them (each batch still commits with its cursor).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from app.store import affiliates_bulk as bulk
from app.sync.prefetch import Batch

STALE_S = 3600  # a load's folder not written to for that long was left by a killed process


class StagingError(Exception):
    """A batch could not be staged (the disk is full...); nothing of it reached the cache."""


SCHEMA = "scratch"  # the name the writer attaches a batch's file under
TABLE = f"{SCHEMA}.staged"  # the table of a batch's file, as the writer names it


def remove_stale(near: Path) -> int:
    """Remove the scratch folders next to `near` that a killed load left (personal data: law
    09-08); a folder written to within `STALE_S` may be another process's running load."""
    removed = 0
    for old in near.parent.glob(".mellaf-load-*"):
        with contextlib.suppress(OSError):
            if time.time() - old.stat().st_mtime > STALE_S:
                shutil.rmtree(old)
                removed += 1
    return removed


@contextmanager
def scratch_folder(near: Path) -> Iterator[Path]:
    """A new temporary folder next to `near` for the batches' files; removed afterwards."""
    remove_stale(near)
    folder = Path(tempfile.mkdtemp(prefix=".mellaf-load-", dir=near.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class Stager:
    """Called on the reader thread with each merged batch: writes the collectivity's records to
    a new scratch file (table `staged`: COLUMNS then name_key) and returns the batch naming
    that file (without its rows). The writer attaches it, copies it and deletes it
    (`attached`)."""

    def __init__(self, folder: Path, collectivity_id: str) -> None:
        self._folder, self._collectivity = folder, collectivity_id
        self._number = 0
        self._keys = bulk.NameKeys()
        marks = ", ".join("?" * (len(bulk.COLUMNS) + 1))
        self._create = f"CREATE TABLE staged ({', '.join((*bulk.COLUMNS, 'name_key'))})"
        self._insert = f"INSERT INTO staged VALUES ({marks})"  # noqa: S608

    def __call__(self, batch: Batch) -> Batch:
        self._number += 1
        path = self._folder / f"b{self._number}.sqlite"
        where = bulk.COLUMNS.index("collectivity_id")
        mine = [r for r in batch.rows if r[where] == self._collectivity]
        key = self._keys
        try:
            conn = sqlite3.connect(path, isolation_level=None)
            try:  # a relay, read once: no journal, no sync
                conn.execute("PRAGMA journal_mode=OFF")
                conn.execute("PRAGMA synchronous=OFF")
                conn.execute(self._create)
                conn.execute("BEGIN")
                conn.executemany(self._insert, ((*r, key(r)) for r in mine))
                conn.execute("COMMIT")
            finally:
                conn.close()
        except sqlite3.Error as exc:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
            full = "full" in str(exc).lower()
            raise StagingError("the disk is full" if full else f"staging failed ({exc})") from exc
        return replace(batch, rows=[], table=str(path), staged=len(mine), received=len(batch.rows))


def attach(conn: sqlite3.Connection, batch: Batch) -> str:
    """Attach the batch's scratch file to `conn` (outside a transaction); returns the name of
    its table. `detach` afterwards."""
    conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}", (batch.table,))
    return TABLE


def detach(conn: sqlite3.Connection, batch: Batch) -> None:
    """Detach the batch's scratch file and delete it."""
    try:
        conn.execute(f"DETACH DATABASE {SCHEMA}")
    finally:
        Path(batch.table).unlink(missing_ok=True)
