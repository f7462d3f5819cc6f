"""The audit log: filters and export for the responsible, chain tampering detected."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.domain.errors import NotAllowed
from app.domain.models import Account, Role
from app.services import accounts, audit_view
from app.services.context import Context
from app.store import accounts as repo
from app.store import audit
from app.store.accounts import AccountDetails
from tests.support.fixtures import FixedClock

ADMIN_A = Account("resp.aa", "Responsible A (fictional)", Role.ADMIN, "AUD-A")
ADMIN_B = Account("resp.ab", "Responsible B (fictional)", Role.ADMIN, "AUD-B")


@pytest.fixture
def logged(ctx: Context, clock: FixedClock) -> Context:
    with ctx.db.transaction() as c:
        repo.insert_account(c, ADMIN_A, "", "fund", ctx.clock())
        repo.insert_account(c, ADMIN_B, "", "fund", ctx.clock())
    accounts.create(ctx, ADMIN_A, "p1.aa", "P1", Role.PREPARER, AccountDetails())
    clock.now += timedelta(days=2)
    accounts.create(ctx, ADMIN_A, "p2.aa", "P2", Role.PREPARER, AccountDetails())
    accounts.suspend(ctx, ADMIN_A, "p2.aa", "leave")
    accounts.create(ctx, ADMIN_B, "p1.ab", "P1 of B", Role.PREPARER, AccountDetails())
    return ctx


def test_viewer_filters_and_scope(logged: Context) -> None:
    ctx = logged
    every = audit_view.search(ctx, ADMIN_A, audit_view.AuditFilter())
    assert [e.subject_id for e in every] == ["p2.aa", "p2.aa", "p1.aa"]  # never B's entries
    creates = audit_view.search(ctx, ADMIN_A, audit_view.AuditFilter(action="account.create"))
    assert {e.subject_id for e in creates} == {"p1.aa", "p2.aa"}
    first_day = audit_view.AuditFilter(since=date(2026, 11, 23), until=date(2026, 11, 23))
    assert [e.subject_id for e in audit_view.search(ctx, ADMIN_A, first_day)] == ["p1.aa"]
    only = audit_view.search(ctx, ADMIN_A, audit_view.AuditFilter(subject_id="p2.aa"))
    assert [e.action for e in only] == ["account.suspend", "account.create"]
    wildcard = audit_view.search(ctx, ADMIN_A, audit_view.AuditFilter(action="%"))
    assert wildcard == []  # a filter is a prefix, not a pattern
    with pytest.raises(NotAllowed):
        audit_view.search(ctx, Account("p1.aa", "P1", Role.PREPARER, "AUD-A"), first_day)


def test_export_is_complete_and_audited(logged: Context, tmp_path: Path) -> None:
    out = tmp_path / "exports" / "audit.csv"
    assert audit_view.export_csv(logged, ADMIN_A, audit_view.AuditFilter(), out) == 3
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["id", "at", "actor", "action"] and len(rows) == 4
    assert list(out.parent.iterdir()) == [out]
    with logged.db.read() as c:
        assert audit.entries(c, limit=1)[0].action == "audit.export"


@pytest.mark.parametrize("tamper", ["edit", "delete", "insert"])
def test_tampering_is_detected(
    logged: Context, tmp_path: Path, tamper: str, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = logged.profile_dir
    assert audit_view.verify(logged) is None
    assert main(["--profile", str(profile), "audit", "verify"]) == 0
    logged.close()
    conn = sqlite3.connect(profile / "mellaf.sqlite")
    if tamper == "edit":
        conn.execute("UPDATE audit SET actor = 'someone.else' WHERE id = 2")
    elif tamper == "delete":
        conn.execute("DELETE FROM audit WHERE id = 2")
    else:
        conn.execute(
            "INSERT INTO audit (id, at, actor, action, subject_kind, subject_id, details,"
            " prev_hash, hash) SELECT 100, at, actor, action, subject_kind, subject_id, details,"
            " prev_hash, hash FROM audit WHERE id = 2"
        )
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--profile", str(profile), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    expected = {"edit": 2, "delete": 3, "insert": 100}[tamper]
    assert f"broken at entry {expected} (" in err and err.count("\n") == 1
