"""The sandbox's SQLite database: schema, one shared connection behind a lock, and the clock.

The sandbox is a training and test double of the fund's platform, so it uses the plain sqlite3
module: one connection, serialised by a lock (FastAPI runs sync handlers on a thread pool).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS collectivities (
    id TEXT PRIMARY KEY,
    name_fr TEXT NOT NULL,
    name_ar TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    collectivity_id TEXT NOT NULL REFERENCES collectivities (id),
    password_hash TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active',  -- active | suspended | deleted (ids never reused)
    full_name TEXT NOT NULL DEFAULT '',
    payroll_number TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    created_by TEXT
);
CREATE TABLE IF NOT EXISTS sessions (
    token_digest TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    expires_at REAL NOT NULL
);
-- seq is the change sequence of the delta sync: a new or changed affiliate takes max(seq) + 1.
CREATE TABLE IF NOT EXISTS affiliates (
    seq INTEGER PRIMARY KEY,
    membership_no TEXT NOT NULL,
    ppr TEXT NOT NULL,
    cin TEXT NOT NULL,
    last_name_lat TEXT NOT NULL,
    first_name_lat TEXT NOT NULL,
    last_name_ar TEXT NOT NULL,
    first_name_ar TEXT NOT NULL,
    sex TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    hire_date TEXT NOT NULL,
    grade TEXT NOT NULL,
    corps TEXT NOT NULL,
    collectivity_id TEXT NOT NULL,
    status TEXT NOT NULL,
    periods TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dossiers (
    id TEXT PRIMARY KEY,
    collectivity_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    type TEXT NOT NULL,
    membership_no TEXT NOT NULL,
    local_reference TEXT NOT NULL,
    expected_items TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    submitted_at TEXT,
    resubmitted_at TEXT,
    UNIQUE (collectivity_id, idempotency_key)
);
CREATE TABLE IF NOT EXISTS documents (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    dossier_id TEXT NOT NULL REFERENCES dossiers (id),
    upload_id TEXT NOT NULL UNIQUE,
    item_code TEXT NOT NULL,
    filename TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    registered_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_dossier ON documents (dossier_id, seq);
"""

ACCOUNT_COLUMNS = (
    ("status", "TEXT NOT NULL DEFAULT 'active'"),
    ("full_name", "TEXT NOT NULL DEFAULT ''"),
    ("payroll_number", "TEXT NOT NULL DEFAULT ''"),
    ("email", "TEXT NOT NULL DEFAULT ''"),
    ("created_by", "TEXT"),
)

# Built after the bulk insert of the seed: much faster than maintaining them row by row.
AFFILIATE_INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS affiliates_membership ON affiliates (membership_no)",
    "CREATE UNIQUE INDEX IF NOT EXISTS affiliates_ppr ON affiliates (ppr)",
    "CREATE UNIQUE INDEX IF NOT EXISTS affiliates_cin ON affiliates (cin)",
    "CREATE INDEX IF NOT EXISTS affiliates_delta ON affiliates (collectivity_id, seq)",
)


def iso(at: datetime) -> str:
    """UTC timestamp as sent on the wire: ISO 8601 with a Z, whole seconds."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def stored(at: datetime) -> str:
    """UTC timestamp as stored (full precision, sortable)."""
    return at.astimezone(UTC).isoformat()


def parse_stored(text: str) -> datetime:
    return datetime.fromisoformat(text)


class SandboxDB:
    """One connection, one lock. `transaction()` for writes, `read()` for reads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        self._conn.executescript(SCHEMA)
        self._add_account_columns()

    def _add_account_columns(self) -> None:
        """Sandbox data made before sub-accounts existed: add their columns."""
        have = {r[1] for r in self._conn.execute("PRAGMA table_info(accounts)")}
        for column, decl in ACCOUNT_COLUMNS:
            if column not in have:
                self._conn.execute(f"ALTER TABLE accounts ADD COLUMN {column} {decl}")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # -- meta -------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        with self.read() as c:
            row = c.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    # -- the sandbox clock --------------------------------------------------------------------
    # Real UTC time plus an offset kept in the database, so that advancing it survives restarts.
    def clock_offset(self) -> float:
        value = self.meta("clock_offset_seconds")
        return float(value) if value is not None else 0.0

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.clock_offset())

    def advance_clock(self, seconds: float) -> datetime:
        with self.transaction() as c:
            row = c.execute("SELECT value FROM meta WHERE key = 'clock_offset_seconds'").fetchone()
            offset = (float(row[0]) if row else 0.0) + seconds
            c.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('clock_offset_seconds', ?)",
                (repr(offset),),
            )
        return self.now()
