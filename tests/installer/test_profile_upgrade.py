"""A profile written by an older Mellaf opens with today's code: migrated on start, nothing lost.

The fixture was written by Mellaf 0.1.0 itself (schema 1, migration 0001 only) through its real
services: see tests/fixtures/make_profile_v1.py. Every migration added since runs on it here.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.config.profile import FundProfile
from app.services import dossiers
from app.services.context import Context
from app.store import audit
from app.store.accounts import get_account
from app.store.db import SCHEMA_VERSION, StoreError

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "profile-v0.1.0-schema1.sqlite"
V1_TABLES = ("accounts", "affiliates", "dossiers", "documents", "jobs", "audit")
# (meta and session rows may be moved elsewhere by later migrations: not compared)


def _old_profile(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    folder.mkdir()
    shutil.copyfile(FIXTURE, folder / "mellaf.sqlite")
    return folder


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in V1_TABLES}
    finally:
        conn.close()


def _user_version(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_fixture_is_an_old_profile() -> None:
    assert _user_version(FIXTURE) == 1
    counts = _counts(FIXTURE)
    assert counts["dossiers"] == 2 and counts["jobs"] >= 3 and counts["audit"] > 0


def test_old_profile_migrates_on_open_and_keeps_everything(
    tmp_path: Path, fund: FundProfile
) -> None:
    folder = _old_profile(tmp_path)
    before = _counts(folder / "mellaf.sqlite")
    ctx = Context.open(folder, fund)
    try:
        with ctx.db.read() as c:
            assert int(c.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION
            assert audit.first_broken(c) is None  # the migrations did not rewrite history
            rows = c.execute("SELECT id, state, created_by FROM dossiers ORDER BY state").fetchall()
            preparer = get_account(c, rows[0]["created_by"])
        assert ctx.db.integrity_ok()
        assert preparer is not None
        states = {r["id"]: r["state"] for r in rows}
        assert sorted(states.values()) == ["draft", "queued"]
        queued = next(i for i, s in states.items() if s == "queued")
        d = dossiers.get(ctx, preparer, queued)
        assert d.state.value == "queued"
        assert len(d.documents) == before["documents"]
        assert all(doc.signed_sha256 for doc in d.documents)
    finally:
        ctx.close()
    after = _counts(folder / "mellaf.sqlite")
    assert {t: after[t] for t in V1_TABLES if t != "audit"} == {
        t: before[t] for t in V1_TABLES if t != "audit"
    }
    assert after["audit"] >= before["audit"]  # reading a dossier may be audited, never less

    # Opening again is a no-op: already at the current schema.
    again = Context.open(folder, fund)
    again.close()
    assert _user_version(folder / "mellaf.sqlite") == SCHEMA_VERSION


def test_old_profile_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _old_profile(tmp_path)
    assert main(["--profile", str(folder), "audit", "verify"]) == 0
    capsys.readouterr()
    assert main(["--profile", str(folder), "queue", "status", "--json"]) == 0
    out = capsys.readouterr().out
    with sqlite3.connect(folder / "mellaf.sqlite") as conn:
        queued = conn.execute("SELECT id FROM dossiers WHERE state = 'queued'").fetchone()[0]
    # The queued dossier of the old profile is still in the queue (JSON, whatever its layout).
    try:
        status = json.loads(out)
    except ValueError:  # one JSON object per line
        status = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert status and queued in out
    assert _user_version(folder / "mellaf.sqlite") == SCHEMA_VERSION


def test_profile_from_a_newer_version_is_refused_in_words(
    tmp_path: Path, fund: FundProfile
) -> None:
    folder = _old_profile(tmp_path)
    conn = sqlite3.connect(folder / "mellaf.sqlite")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer version of Mellaf"):
        Context.open(folder, fund)
    assert _user_version(folder / "mellaf.sqlite") == SCHEMA_VERSION + 1  # left untouched
