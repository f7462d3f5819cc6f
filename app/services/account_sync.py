"""Sub-accounts at the platform: push the responsible's changes, and reconcile with the list the
platform holds.

Every change made in Mellaf (app/services/accounts.py, habilitation.py) is recorded on the
account as a pending operation (create, update or delete, folded together), so that nothing is
lost offline. `push` sends them, stopping quietly at the first network failure, as the
correction requests do (app/services/corrections.py, retried by a poller in the GUI); the
account then shows its platform state: synced, pending, refused (with the platform's code), or
missing (deleted at the platform). `refresh` pushes, then takes the platform's list: accounts
created there appear here, ones deleted there are flagged.

Initial passwords issued by the platform are returned to the caller in memory only: never
stored, never logged, never audited.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from app.domain.errors import DomainError
from app.domain.models import Account, Role
from app.platform.accounts_dto import RemoteAccount
from app.platform.client import PlatformClient
from app.platform.errors import AuthError, OfflineError, PlatformError, RefusedError
from app.services import accounts
from app.services.context import Context
from app.store import accounts as repo
from app.store import audit
from app.store.accounts import AccountDetails, AccountRecord

NO_PAYROLL_NUMBER = "no_payroll_number"  # a local refusal: the platform needs the PPR


@dataclass
class PushReport:
    pushed: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # account id -> code
    offline: str | None = None  # the reason, when the platform did not answer
    needs_login: str | None = None
    # account id -> initial password issued by the platform: show it once, keep it nowhere
    passwords: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def waiting(self) -> bool:
        return self.offline is not None or self.needs_login is not None


@dataclass
class RefreshReport:
    push: PushReport
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def has_pending(ctx: Context, actor: Account) -> bool:
    """Whether changes of the actor's collectivity wait for the platform (admin only)."""
    if actor.role is not Role.ADMIN:
        return False
    with ctx.db.read() as c:
        return bool(repo.to_push(c, actor.collectivity_id))


def _audit(
    c: sqlite3.Connection, ctx: Context, actor: Account, action: str, account_id: str, **d: str
) -> None:
    audit.record(
        c,
        at=ctx.clock(),
        actor=actor.id,
        action=action,
        subject_kind="account",
        subject_id=account_id,
        details=dict(d),
    )


def _suspended(status: str) -> bool:
    return status in (repo.SUSPENDED, repo.FROZEN)


def _send(client: PlatformClient, r: AccountRecord, op: str, details: AccountDetails) -> str | None:
    """One pending operation; returns the initial password when the platform issued one."""
    a = r.account
    if op == repo.OP_CREATE:
        if not details.ppr.isdigit():
            raise RefusedError("account creation: no payroll number", code=NO_PAYROLL_NUMBER)
        issued = client.create_account(
            a.id,
            details.full_name or a.display_name,
            details.ppr,
            a.role,
            details.email,
            display_name=a.display_name,
        )
        if _suspended(r.status):  # suspended or frozen here before the platform had it
            client.update_account(a.id, suspended=True, reason=r.status_reason)
        return issued.one_time_password
    if op == repo.OP_UPDATE:
        client.update_account(
            a.id, suspended=_suspended(r.status), role=a.role, reason=r.status_reason
        )
        return None
    try:
        client.delete_account(a.id)
    except RefusedError as exc:
        if exc.status != 404:  # already gone there: what was asked
            raise
    return None


def push(
    ctx: Context, actor: Account, client: PlatformClient, only: str | None = None
) -> PushReport:
    """Send the collectivity's pending account changes (or only one account's)."""
    accounts.require_admin(actor)
    report = PushReport()
    with ctx.db.read() as c:
        waiting = [
            r for r in repo.to_push(c, actor.collectivity_id) if only in (None, r.account.id)
        ]
        work = [
            (r, repo.get_platform(c, r.account.id).op, repo.get_details(c, r.account.id))
            for r in waiting
        ]
    for r, op, details in work:
        account_id = r.account.id
        assert op is not None
        try:
            password = _send(client, r, op, details)
        except OfflineError as exc:
            report.offline = exc.user_message
            break
        except AuthError as exc:
            if exc.status in (None, 401):  # not signed in at the platform, or expired
                report.needs_login = exc.user_message
                break
            _refused(ctx, actor, account_id, op, exc.code or "forbidden", report)
            continue
        except RefusedError as exc:
            if op == repo.OP_UPDATE and exc.status == 404:
                _missing(ctx, actor, account_id)
                continue
            _refused(ctx, actor, account_id, op, exc.code or "refused", report)
            continue
        except PlatformError as exc:  # server trouble or a garbled answer: try again later
            with ctx.db.transaction() as c:
                repo.set_platform(c, account_id, repo.PENDING, op, exc.code or "server_error")
            continue
        if password is not None:
            report.passwords[account_id] = password
        report.pushed.append(account_id)
        with ctx.db.transaction() as c:
            repo.set_platform(c, account_id, repo.SYNCED, None, "", ctx.clock())
            _audit(c, ctx, actor, "account.platform_synced", account_id, op=op)
    return report


def _refused(
    ctx: Context, actor: Account, account_id: str, op: str, code: str, report: PushReport
) -> None:
    report.refused[account_id] = code
    with ctx.db.transaction() as c:
        repo.set_platform(c, account_id, repo.REFUSED, op, code, ctx.clock())
        _audit(c, ctx, actor, "account.platform_refused", account_id, op=op, code=code)


def _missing(ctx: Context, actor: Account, account_id: str) -> None:
    with ctx.db.transaction() as c:
        repo.set_platform(c, account_id, repo.MISSING, None, "", ctx.clock())
        _audit(c, ctx, actor, "account.platform_missing", account_id)


def reset_password(ctx: Context, actor: Account, client: PlatformClient, account_id: str) -> str:
    """Ask the platform for a new initial password of a synced sub-account (shown once)."""
    record = accounts.managed_record(ctx, actor, account_id)  # rights and collectivity
    if record.account.role is Role.ADMIN or account_id == actor.id:
        raise DomainError("The responsible's password is managed by the fund.")
    with ctx.db.read() as c:
        mark = repo.get_platform(c, account_id)
    if mark.op == repo.OP_CREATE:
        raise DomainError("The platform does not have this account yet: send it first.")
    issued = client.update_account(account_id, reset_password=True)
    if issued.one_time_password is None:
        raise DomainError("The platform issued no new password.")
    with ctx.db.transaction() as c:
        _audit(c, ctx, actor, "account.password_reset", account_id)
    return issued.one_time_password


def refresh(ctx: Context, actor: Account, client: PlatformClient) -> RefreshReport:
    """Push what waits, then reconcile with the platform's list of the collectivity's accounts.

    Accounts the platform has and Mellaf does not are added; changes made at the platform are
    taken (unless a change made here still waits); accounts the platform no longer has are
    flagged missing. Raises OfflineError (nothing changed) when the platform does not answer."""
    accounts.require_admin(actor)
    pushed = push(ctx, actor, client)
    if pushed.offline is not None:
        raise OfflineError("account refresh: offline", user_message=pushed.offline)
    remote = client.list_remote_accounts()
    report = RefreshReport(pushed)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        collectivity = repo.get_record(c, actor.id)
        name = collectivity.collectivity_name if collectivity else ""
        for ra in remote:
            if ra.account.collectivity_id == actor.collectivity_id:
                _take(c, ctx, actor, ra, name, report)
        seen = {ra.account.id for ra in remote}
        marks = repo.platform_marks(c, actor.collectivity_id)
        for r in repo.list_records(c, actor.collectivity_id):
            mark = marks[r.account.id]
            if r.account.id in seen or mark.op == repo.OP_CREATE or mark.state == repo.MISSING:
                continue
            repo.set_platform(c, r.account.id, repo.MISSING, None, "", now)
            _audit(c, ctx, actor, "account.platform_missing", r.account.id)
            report.missing.append(r.account.id)
    return report


def _take(
    c: sqlite3.Connection,
    ctx: Context,
    actor: Account,
    ra: RemoteAccount,
    collectivity_name: str,
    report: RefreshReport,
) -> None:
    """Make the local account what the platform says (no change waits for it here)."""
    a, now = ra.account, ctx.clock()
    record = repo.get_record(c, a.id)
    if record is None:
        repo.insert_account(c, a, collectivity_name, "platform", now)
        if ra.status == "suspended":
            repo.set_status(c, a.id, repo.SUSPENDED, "suspended at the platform")
        repo.save_details(
            c,
            a.id,
            AccountDetails(full_name=ra.full_name, ppr=ra.payroll_number, email=ra.email),
        )
        repo.set_platform(c, a.id, repo.SYNCED, None, "", now)
        _audit(c, ctx, actor, "account.platform_added", a.id, role=str(a.role))
        report.added.append(a.id)
        return
    if record.account.collectivity_id != actor.collectivity_id:
        return
    mark = repo.get_platform(c, a.id)
    if mark.state == repo.PENDING:
        return  # Mellaf's change wins: it is pushed next
    here = "suspended" if _suspended(record.status) else record.status
    status_differs = here != ra.status
    if (
        status_differs
        or record.account.role is not a.role
        or record.account.display_name != (a.display_name)
    ):
        if status_differs:
            new_status = repo.ACTIVE if ra.status == "active" else repo.SUSPENDED
            reason = "" if new_status == repo.ACTIVE else "suspended at the platform"
            repo.set_status(c, a.id, new_status, reason)
        repo.set_role_and_name(c, a.id, a.role, a.display_name)
        _audit(c, ctx, actor, "account.platform_changed", a.id, status=ra.status, role=str(a.role))
        report.changed.append(a.id)
    repo.set_platform(c, a.id, repo.SYNCED, None, "", now)
