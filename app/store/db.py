"""SQLite connection factory (WAL) and numbered, guarded migrations."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path


class StoreError(Exception):
    """The profile database cannot be used; the message says why in words."""


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("app.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), entry.read_text(encoding="utf-8")))
    return sorted(found)


MIGRATIONS = _migrations()
SCHEMA_VERSION = MIGRATIONS[-1][0] if MIGRATIONS else 0


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the profile database and bring its schema up to date."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.row_factory = sqlite3.Row
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"The profile database {path} cannot be opened: {exc}") from exc
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"This profile was written by a newer version of Mellaf (schema {current}, "
            f"this version knows {SCHEMA_VERSION}). Update Mellaf to open it."
        )
    for number, sql in MIGRATIONS:
        if number <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _split(sql: str) -> Iterator[str]:
    """Split a migration into statements (no semicolons inside our literals or triggers)."""
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    for part in "\n".join(lines).split(";"):
        if part.strip():
            yield part


class Database:
    """One connection shared by the services, every use serialised by a lock.

    SQLite allows one writer at a time; serialising here keeps transactions short and ordered
    whatever thread (GUI operation, queue worker) runs them.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = connect(path)
        self._lock = threading.RLock()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: everything inside commits together or not at all."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                # SQLite may already have rolled back (disk full, I/O error): a second ROLLBACK
                # would hide the real error.
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def integrity_ok(self) -> bool:
        with self.read() as c:
            return str(c.execute("PRAGMA integrity_check").fetchone()[0]) == "ok"

    def close(self) -> None:
        with self._lock:
            self._conn.close()
