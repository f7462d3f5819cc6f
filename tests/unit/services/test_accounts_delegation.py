"""Delegation, hand-over, exceptional access, and the retention purge."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import Account, Affiliate, DossierState, DossierType, Role, Sex
from app.services import audit_view, delegation, dossiers, retention
from app.services.context import Context
from app.store import accounts as repo
from app.store import affiliates as affiliates_repo
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.sync import staging
from tests.support.fixtures import FixedClock, make_pdf

C = "COMMUNE-DEL"
ADMIN = Account("resp.d", "Responsible (fictional)", Role.ADMIN, C)
ALICE = Account("alice.d", "Preparer 1 (fictional)", Role.PREPARER, C)
BRUNO = Account("bruno.d", "Preparer 2 (fictional)", Role.PREPARER, C)
CARLA = Account("carla.d", "Preparer 3 (fictional)", Role.PREPARER, C)
CERT = Account("cert.d", "Certifier (fictional)", Role.CERTIFIER, C)


def affiliate(n: int) -> Affiliate:
    return Affiliate(
        membership_no=f"97700000{n}",
        ppr=f"97700{n}",
        cin=f"ZX77000{n}",
        last_name_lat="Fictif",
        first_name_lat=f"Delegue{n}",
        last_name_ar="وهمي",
        first_name_ar="مفوض",
        sex=Sex.MALE,
        birth_date=date(1965, 1, 1),
        hire_date=date(1990, 1, 1),
        grade="Administrateur",
        corps="administrateurs",
        collectivity_id=C,
    )


@pytest.fixture
def office(ctx: Context, tmp_path: Path) -> tuple[Context, list[str]]:
    with ctx.db.transaction() as c:
        for a in (ADMIN, ALICE, BRUNO, CARLA, CERT):
            repo.insert_account(c, a, "", "fund", ctx.clock())
        affiliates_repo.upsert(c, [affiliate(1), affiliate(2)], ctx.clock())
    ids = []
    for n in (1, 2):
        d = dossiers.open_dossier(ctx, ALICE, f"97700000{n}", DossierType.AGE_LIMIT)
        code = dossiers.checklist(ctx, d)[0].spec.code
        dossiers.attach(ctx, ALICE, d.id, code, make_pdf(tmp_path / f"{n}.pdf", n, f"doc {n}"))
        ids.append(d.id)
    return ctx, ids


def test_dated_delegation_is_temporary_personal_and_logged(
    office: tuple[Context, list[str]], clock: FixedClock
) -> None:
    ctx, (d1, _) = office
    assert delegation.require_access(ctx, ALICE, d1) == "owner"
    assert delegation.require_access(ctx, CERT, d1) == "role"
    with pytest.raises(NotAllowed):
        delegation.require_access(ctx, BRUNO, d1)
    today = ctx.today()
    lent = delegation.delegate(ctx, ALICE, BRUNO.id, today, today + timedelta(days=7))
    assert delegation.require_access(ctx, BRUNO, d1) == "delegation"
    with pytest.raises(NotAllowed):
        delegation.require_access(ctx, CARLA, d1)  # personal: not to anyone else
    clock.now += timedelta(days=8)
    with pytest.raises(NotAllowed):
        delegation.require_access(ctx, BRUNO, d1)  # temporary
    clock.now -= timedelta(days=8)
    with pytest.raises(NotAllowed):
        delegation.revoke(ctx, BRUNO, lent)
    delegation.revoke(ctx, ALICE, lent)
    with pytest.raises(NotAllowed):
        delegation.require_access(ctx, BRUNO, d1)
    with pytest.raises(DomainError):
        delegation.delegate(ctx, ALICE, ALICE.id, today, today)
    with pytest.raises(NotAllowed):
        delegation.delegate(ctx, ALICE, "stranger", today, today)
    with ctx.db.read() as c:
        actions = [e.action for e in audit.entries(c)]
    assert {"delegation.create", "access.delegation", "delegation.revoke"} <= set(actions)


def test_hand_over_on_transfer(office: tuple[Context, list[str]]) -> None:
    ctx, (d1, d2) = office
    with pytest.raises(NotAllowed):
        delegation.hand_over(ctx, ALICE, ALICE.id, BRUNO.id)
    assert delegation.hand_over(ctx, ADMIN, ALICE.id, CARLA.id) == 2
    assert delegation.require_access(ctx, CARLA, d1) == "owner"
    assert delegation.require_access(ctx, CARLA, d2) == "owner"
    with pytest.raises(NotAllowed):
        delegation.require_access(ctx, ALICE, d1)
    with ctx.db.read() as c:
        assert len([e for e in audit.entries(c) if e.action == "dossier.hand_over"]) == 2


def test_exceptional_access_needs_reason_and_approval(office: tuple[Context, list[str]]) -> None:
    ctx, (d1, d2) = office
    with pytest.raises(DomainError, match="Say why"):
        delegation.request_access(ctx, BRUNO, d1, "  ")
    rid = delegation.request_access(ctx, BRUNO, d1, "The fund asks for a correction today.")
    with pytest.raises(NotAllowed):
        delegation.require_access(ctx, BRUNO, d1)  # pending
    with pytest.raises(NotAllowed):
        delegation.decide(ctx, BRUNO, rid, True)
    delegation.decide(ctx, ADMIN, rid, True)
    assert delegation.require_access(ctx, BRUNO, d1) == "exceptional"
    with pytest.raises(NotAllowed):
        delegation.require_access(ctx, BRUNO, d2)  # that dossier only
    with pytest.raises(DomainError, match="already decided"):
        delegation.decide(ctx, ADMIN, rid, False)
    with ctx.db.read() as c:
        actions = [e.action for e in audit.entries(c, subject_id=d1)]
    assert {"access.request", "access.approve", "access.exceptional"} <= set(actions)


def test_retention_purge_after_acknowledgement(
    office: tuple[Context, list[str]], clock: FixedClock
) -> None:
    ctx, (d1, d2) = office
    kept = dossiers.get(ctx, ALICE, d2).documents[0].original_sha256
    with ctx.db.transaction() as c:
        dossiers_repo.update(c, d1, clock.now, state=str(DossierState.SUBMITTED))
    files = [doc.original_sha256 for doc in dossiers.get(ctx, ALICE, d1).documents]
    with pytest.raises(DomainError):
        retention.purge_due(ctx, ALICE, 30)
    assert retention.purge_due(ctx, ADMIN, 30).dossiers == 0  # acknowledged today
    clock.now += timedelta(days=29)
    assert retention.purge_due(ctx, ADMIN, 30).dossiers == 0
    clock.now += timedelta(days=1)
    result = retention.purge_due(ctx, ADMIN, 30)
    assert (result.dossiers, result.files, result.affiliates) == (1, len(files), 1)
    assert not any(ctx.blobs.has(sha) for sha in files)
    assert ctx.blobs.has(kept)  # the other dossier's documents stay
    assert retention.is_purged(ctx, d1) and not retention.is_purged(ctx, d2)
    with ctx.db.read() as c:
        left = [r[0] for r in c.execute("SELECT membership_no FROM affiliates")]
        purge = [e for e in audit.entries(c) if e.action == "retention.purge"]
        assert audit.first_broken(c) is None
    assert left == ["977000002"]
    assert len(purge) == 1 and purge[0].subject_id == d1
    assert retention.purge_due(ctx, ADMIN, 30).dossiers == 0  # once only


def test_scheduled_purge_covers_every_collectivity_as_system(
    office: tuple[Context, list[str]], clock: FixedClock, tmp_path: Path
) -> None:
    ctx, (d1, d2) = office
    other = Account("other.s", "Preparer elsewhere (fictional)", Role.PREPARER, "COMMUNE-SCH")
    far = replace(affiliate(3), collectivity_id=other.collectivity_id)
    with ctx.db.transaction() as c:
        repo.insert_account(c, other, "", "fund", ctx.clock())
        affiliates_repo.upsert(c, [far], ctx.clock())
    d3 = dossiers.open_dossier(ctx, other, far.membership_no, DossierType.AGE_LIMIT)
    code = dossiers.checklist(ctx, d3)[0].spec.code
    dossiers.attach(ctx, other, d3.id, code, make_pdf(tmp_path / "3.pdf", 3, "doc 3"))
    with ctx.db.transaction() as c:
        for d in (d1, d3.id):
            dossiers_repo.update(c, d, clock.now, state=str(DossierState.LIQUIDATED))
    assert retention.scheduled_purge(ctx, 10).dossiers == 0  # acknowledged today: kept
    clock.now += timedelta(days=10)
    result = retention.scheduled_purge(ctx, 10)
    assert result.dossiers == 2 and result.affiliates == 2
    assert retention.is_purged(ctx, d1) and retention.is_purged(ctx, d3.id)
    assert not retention.is_purged(ctx, d2)  # never acknowledged
    with ctx.db.read() as c:
        purges = [e for e in audit.entries(c) if e.action == "retention.purge"]
        assert audit.first_broken(c) is None
    assert {e.subject_id for e in purges} == {d1, d3.id}
    assert {(e.actor, e.details["trigger"]) for e in purges} == {(retention.SYSTEM, "scheduled")}
    shown = audit_view.search(ctx, ADMIN, audit_view.AuditFilter(action="retention."))
    assert [e.subject_id for e in shown] == [d1]  # the responsible sees their commune's purge
    assert retention.scheduled_purge(ctx, 10).dossiers == 0  # once only


def test_scheduled_purge_removes_what_a_killed_affiliate_load_left(
    ctx: Context, tmp_path: Path
) -> None:
    profile = ctx.db.path.parent
    left = profile / ".mellaf-load-killed"
    running = profile / ".mellaf-load-running"  # another process's load, written just now
    for folder in (left, running):
        folder.mkdir()
        (folder / "b1.sqlite").write_bytes(b"fictional staged rows")
    old = time.time() - staging.STALE_S - 60
    os.utime(left, (old, old))
    retention.scheduled_purge(ctx, 10)
    assert not left.exists()
    assert (running / "b1.sqlite").exists()
