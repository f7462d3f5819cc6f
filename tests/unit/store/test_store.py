from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.domain.models import Affiliate, IdentifierKind, PeriodKind, ServicePeriod, Sex
from app.store import affiliates, audit
from app.store.blobs import BlobStore, sha256_file
from app.store.db import SCHEMA_VERSION, Database, StoreError

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def affiliate(n: int, collectivity: str = "COM-A") -> Affiliate:
    return Affiliate(
        membership_no=f"{100000000 + n}",
        ppr=f"{1000000 + n}",
        cin=f"ZT{n:06d}",
        last_name_lat=f"Fictif{n}",
        first_name_lat="Amina",
        last_name_ar="تجريبي",
        first_name_ar="أمينة",
        sex=Sex.FEMALE,
        birth_date=date(1964, 3, 1),
        hire_date=date(1990, 9, 1),
        grade="g",
        corps="administrateur",
        collectivity_id=collectivity,
        periods=(
            ServicePeriod(date(1990, 9, 1), None),
            ServicePeriod(date(2001, 1, 1), date(2001, 6, 30), PeriodKind.INTERRUPTION),
        ),
    )


def test_new_database_is_wal_and_migrated(tmp_path: Path) -> None:
    db = Database(tmp_path / "m.sqlite")
    with db.read() as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.integrity_ok()
    db.close()


def test_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    Database(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer version"):
        Database(path)


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot be opened"):
        Database(path)


def test_affiliate_round_trip_and_collectivity_isolation(tmp_path: Path) -> None:
    db = Database(tmp_path / "m.sqlite")
    with db.transaction() as c:
        affiliates.upsert(c, [affiliate(1), affiliate(2, "COM-B")], NOW)
    with db.read() as c:
        got = affiliates.get(c, IdentifierKind.CIN, "ZT000001", "COM-A")
        assert got == affiliate(1)
        assert affiliates.get(c, IdentifierKind.PPR, "1000002", "COM-A") is None
        assert affiliates.get(c, IdentifierKind.PPR, "1000002", "COM-B") == affiliate(2, "COM-B")
    db.close()


def test_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    db = Database(tmp_path / "m.sqlite")
    with pytest.raises(RuntimeError), db.transaction() as c:
        affiliates.upsert(c, [affiliate(1)], NOW)
        raise RuntimeError("killed half-way")
    with db.read() as c:
        assert affiliates.count(c, "COM-A") == 0
    db.close()


def test_audit_chain_detects_edits_and_deletions(tmp_path: Path) -> None:
    db = Database(tmp_path / "m.sqlite")
    with db.transaction() as c:
        for i in range(5):
            audit.record(
                c,
                at=NOW,
                actor="prep",
                action="affiliate.read",
                subject_kind="affiliate",
                subject_id=str(i),
            )
    with db.read() as c:
        assert audit.first_broken(c) is None
        c.execute("UPDATE audit SET actor = 'someone' WHERE id = 3")
        assert audit.first_broken(c) == 3
        c.execute("UPDATE audit SET actor = 'prep' WHERE id = 3")
        assert audit.first_broken(c) is None
        c.execute("DELETE FROM audit WHERE id = 2")
        assert audit.first_broken(c) == 3
    db.close()


def test_blob_store_is_content_addressed(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "docs")
    src = tmp_path / "a.pdf"
    src.write_bytes(b"%PDF-1.7 fictional" * 1000)
    sha, size = store.put_file(src)
    assert sha == sha256_file(src) and size == src.stat().st_size
    assert store.path_of(sha).read_bytes() == src.read_bytes()
    assert store.put_file(src) == (sha, size)  # idempotent
    assert list((tmp_path / "docs" / "tmp").iterdir()) == []  # no temp left behind
    with pytest.raises(ValueError):
        store.path_of("../../etc/passwd")
