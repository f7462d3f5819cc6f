"""The responsible's account changes reach the platform (the real sandbox over HTTP), wait as
pending while it does not answer, and are reconciled with its list."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import Account, Role
from app.platform.client import PlatformClient
from app.platform.errors import AuthError, OfflineError
from app.sandbox.seed import sandbox_password
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services import account_sync, accounts, habilitation
from app.services.context import Context
from app.store import accounts as repo
from app.store.accounts import AccountDetails

COMMUNE = "COM-DEMO-01"
ADMIN = Account("demo.admin", "Responsable (démo)", Role.ADMIN, COMMUNE)
PREP = Account("demo.preparer", "Préparateur (démo)", Role.PREPARER, COMMUNE)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=5)
    yield running
    running.stop()


def _client(sandbox: RunningSandbox, account: str | None = "demo.admin") -> PlatformClient:
    client = PlatformClient(sandbox.base_url, timeout=(2, 10))
    if account:
        client.login(account, sandbox_password(account))
    return client


@pytest.fixture
def online(sandbox: RunningSandbox) -> Iterator[PlatformClient]:
    client = _client(sandbox)
    yield client
    client.close()


@pytest.fixture
def offline(online: PlatformClient) -> Iterator[PlatformClient]:
    """Signed in, then the network is gone (a closed port)."""
    client = PlatformClient("http://127.0.0.1:9/api/v1", timeout=(0.5, 0.5), token=online.token)
    yield client
    client.close()


@pytest.fixture
def seeded(ctx: Context) -> Context:
    with ctx.db.transaction() as c:
        for a in (ADMIN, PREP):
            repo.save_account(c, a, "Commune de Douar Demo", ctx.clock())
    return ctx


def _new_id() -> str:
    return "svc." + uuid.uuid4().hex[:8]


def _create(ctx: Context, account_id: str, ppr: str = "7654321") -> None:
    details = AccountDetails(full_name="Agent Fictif", cin="ZZ123456", ppr=ppr)
    accounts.create(ctx, ADMIN, account_id, "Agent (fictif)", Role.PREPARER, details)


def _state(ctx: Context, account_id: str) -> tuple[str, str]:
    row = {r.id: r for r in accounts.list_accounts(ctx, ADMIN)}[account_id]
    return row.platform_state, row.platform_error


def _sign_in(sandbox: RunningSandbox, account_id: str, password: str) -> PlatformClient:
    client = PlatformClient(sandbox.base_url)
    client.login(account_id, password)
    return client


def test_created_account_reaches_the_platform_with_a_password_shown_once(
    seeded: Context, online: PlatformClient, sandbox: RunningSandbox
) -> None:
    ctx, login = seeded, _new_id()
    _create(ctx, login)
    assert _state(ctx, login) == (repo.PENDING, "")
    report = account_sync.push(ctx, ADMIN, online, only=login)
    assert report.pushed == [login] and not report.waiting
    password = report.passwords[login]
    assert password not in repr(report)
    assert _state(ctx, login) == (repo.SYNCED, "")
    _sign_in(sandbox, login, password).close()
    # the password is nowhere in the profile: database, WAL, audit
    ctx.db.close()
    for f in (ctx.profile_dir).rglob("*"):
        if f.is_file():
            assert password.encode() not in f.read_bytes(), f
    ctx.db = type(ctx.db)(ctx.profile_dir / "mellaf.sqlite")
    with ctx.db.read() as c:
        rows = c.execute("SELECT action FROM audit WHERE subject_id = ? ORDER BY rowid", (login,))
        actions = [r[0] for r in rows]
    assert actions == ["account.create", "account.platform_synced"]


def test_offline_changes_wait_then_are_pushed_in_their_last_form(
    seeded: Context, online: PlatformClient, offline: PlatformClient, sandbox: RunningSandbox
) -> None:
    ctx, login = seeded, _new_id()
    _create(ctx, login)
    first = account_sync.push(ctx, ADMIN, offline)
    assert first.offline and not first.pushed
    accounts.suspend(ctx, ADMIN, login, "absent")
    assert _state(ctx, login) == (repo.PENDING, "")
    assert account_sync.has_pending(ctx, ADMIN)
    later = account_sync.push(ctx, ADMIN, online)
    assert login in later.pushed and not account_sync.has_pending(ctx, ADMIN)
    remote = {r.account.id: r for r in online.list_remote_accounts()}
    assert remote[login].status == "suspended"
    with pytest.raises(AuthError) as refused:
        _sign_in(sandbox, login, later.passwords[login])
    assert refused.value.code == "account_suspended"

    accounts.reactivate(ctx, ADMIN, login)
    accounts.delete(ctx, ADMIN, login)
    assert _state(ctx, login) == (repo.PENDING, "")  # still listed until the platform has it
    account_sync.push(ctx, ADMIN, online)
    assert login not in {r.id for r in accounts.list_accounts(ctx, ADMIN)}
    assert login not in {r.account.id for r in online.list_remote_accounts()}


def test_created_then_deleted_offline_never_reaches_the_platform(
    seeded: Context, online: PlatformClient
) -> None:
    ctx, login = seeded, _new_id()
    _create(ctx, login)
    accounts.delete(ctx, ADMIN, login)
    assert not account_sync.has_pending(ctx, ADMIN)
    account_sync.push(ctx, ADMIN, online)
    assert login not in {r.account.id for r in online.list_remote_accounts()}


def test_refusals_are_kept_with_their_reason(seeded: Context, online: PlatformClient) -> None:
    ctx = seeded
    no_ppr = _new_id()
    _create(ctx, no_ppr, ppr="")
    _create(ctx, "other.certifier")  # taken at the platform by another collectivity
    report = account_sync.push(ctx, ADMIN, online)
    assert report.refused == {no_ppr: "no_payroll_number", "other.certifier": "account_exists"}
    assert _state(ctx, "other.certifier") == (repo.REFUSED, "account_exists")
    assert not account_sync.has_pending(ctx, ADMIN)  # refused: waits for the responsible
    accounts.update_details(ctx, ADMIN, no_ppr, AccountDetails(full_name="A F", ppr="1112223"))
    assert account_sync.push(ctx, ADMIN, online).pushed == [no_ppr]


def test_refresh_takes_the_platforms_changes(
    seeded: Context, online: PlatformClient, offline: PlatformClient
) -> None:
    ctx = seeded
    elsewhere, gone, paused = _new_id(), _new_id(), _new_id()
    for login in (gone, paused):
        _create(ctx, login)
    account_sync.push(ctx, ADMIN, online)
    online.create_account(elsewhere, "Agent Ailleurs", "5550001", Role.CERTIFIER)
    online.delete_account(gone)
    online.update_account(paused, suspended=True)
    with pytest.raises(OfflineError):
        account_sync.refresh(ctx, ADMIN, offline)
    report = account_sync.refresh(ctx, ADMIN, online)
    assert elsewhere in report.added and gone in report.missing and paused in report.changed
    rows = {r.id: r for r in accounts.list_accounts(ctx, ADMIN)}
    assert rows[elsewhere].role is Role.CERTIFIER and rows[elsewhere].ppr == "5550001"
    assert rows[gone].platform_state == repo.MISSING
    assert rows[paused].status == repo.SUSPENDED
    assert rows["demo.preparer"].platform_state == repo.SYNCED
    again = account_sync.refresh(ctx, ADMIN, online)
    assert not (again.added or again.changed or again.missing)


def test_habilitation_freeze_suspends_at_the_platform(
    seeded: Context, online: PlatformClient, tmp_path: Path
) -> None:
    ctx, login = seeded, _new_id()
    _create(ctx, login, ppr="4440001")
    account_sync.push(ctx, ADMIN, online)
    finding = habilitation.Finding(login, Role.PREPARER, habilitation.NO_MATCH)
    report = habilitation.freeze_flagged(ctx, ADMIN, [finding], tmp_path / "r.txt", online)
    assert report.frozen == [login] and report.platform and login in report.platform.pushed
    assert "Suspended at the platform: 1 of 1." in report.text
    remote = {r.account.id: r for r in online.list_remote_accounts()}
    assert remote[login].status == "suspended"


def test_only_the_responsible_manages_accounts(seeded: Context, online: PlatformClient) -> None:
    with pytest.raises(NotAllowed):
        accounts.create(seeded, PREP, _new_id(), "X", Role.PREPARER, AccountDetails(ppr="1"))
    with pytest.raises(NotAllowed):
        account_sync.push(seeded, PREP, online)
    with pytest.raises(NotAllowed):
        account_sync.refresh(seeded, PREP, online)
    assert not account_sync.has_pending(seeded, PREP)


def test_an_offline_session_leaves_changes_pending(
    seeded: Context, sandbox: RunningSandbox
) -> None:
    ctx, login = seeded, _new_id()
    _create(ctx, login)
    not_signed_in = PlatformClient(sandbox.base_url)  # signed in offline: no platform token
    report = account_sync.push(ctx, ADMIN, not_signed_in)
    assert report.needs_login and not report.refused
    assert _state(ctx, login) == (repo.PENDING, "")


def test_new_initial_password_and_role_change(
    seeded: Context, online: PlatformClient, sandbox: RunningSandbox
) -> None:
    ctx, login = seeded, _new_id()
    _create(ctx, login)
    with pytest.raises(DomainError):  # the platform does not have it yet
        account_sync.reset_password(ctx, ADMIN, online, login)
    first = account_sync.push(ctx, ADMIN, online).passwords[login]
    second = account_sync.reset_password(ctx, ADMIN, online, login)
    assert second != first
    with pytest.raises(AuthError):
        _sign_in(sandbox, login, first)
    _sign_in(sandbox, login, second).close()
    with pytest.raises(NotAllowed):
        account_sync.reset_password(ctx, PREP, online, login)

    accounts.change_role(ctx, ADMIN, login, Role.CERTIFIER)
    assert _state(ctx, login) == (repo.PENDING, "")
    account_sync.push(ctx, ADMIN, online)
    remote = {r.account.id: r for r in online.list_remote_accounts()}
    assert remote[login].account.role is Role.CERTIFIER
    with pytest.raises(NotAllowed):
        accounts.change_role(ctx, ADMIN, login, Role.ADMIN)
    with pytest.raises(NotAllowed):
        accounts.change_role(ctx, PREP, login, Role.PREPARER)
    with ctx.db.read() as c:
        rows = c.execute("SELECT action FROM audit WHERE subject_id = ?", (login,))
        actions = {r[0] for r in rows}
    assert {"account.password_reset", "account.role", "account.platform_synced"} <= actions
