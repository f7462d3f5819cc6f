"""Sub-accounts of a collectivity, managed by its designated responsible (role admin).

Rights are checked here, in the core: the GUI only mirrors them. Every change is audited with
the account id as subject; personal details (names, CIN, phones) never go to the audit log.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import Account, Role
from app.services.context import Context
from app.services.offline_login import check_password_strength, make_verifier
from app.store import accounts as repo
from app.store import audit
from app.store.accounts import AccountDetails, AccountRecord

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
CREATABLE_ROLES = (Role.PREPARER, Role.CERTIFIER, Role.KIOSK)


def mask_cin(cin: str) -> str:
    """A CIN as shown in lists: first letter(s) and the last two digits, e.g. ``AB****56``."""
    cin = cin.strip()
    if len(cin) <= 3:
        return "*" * len(cin)
    letters = len(cin) - len(cin.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
    head = cin[: max(1, min(letters, 2))]
    return head + "*" * (len(cin) - len(head) - 2) + cin[-2:]


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One line of the accounts list: the CIN is masked."""

    id: str
    display_name: str
    role: Role
    status: str
    status_reason: str
    ppr: str
    cin_masked: str
    last_login_at: str | None
    platform_state: str = repo.SYNCED  # synced | pending | refused | missing
    platform_error: str = ""  # the refusal's code when refused


def require_admin(actor: Account) -> None:
    if actor.role is not Role.ADMIN:
        raise NotAllowed("Only the collectivity's responsible manages accounts.")


def _target(ctx: Context, actor: Account, account_id: str) -> AccountRecord:
    require_admin(actor)
    with ctx.db.read() as c:
        record = repo.get_record(c, account_id)
    if record is None or record.account.collectivity_id != actor.collectivity_id:
        raise NotAllowed("This account does not belong to your collectivity.")
    if record.status == repo.DELETED:
        raise DomainError("This account was deleted.")
    return record


def managed_record(ctx: Context, actor: Account, account_id: str) -> AccountRecord:
    """A live account of the actor's collectivity that the actor (its responsible) manages."""
    return _target(ctx, actor, account_id)


def _log_in(
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


def list_accounts(ctx: Context, actor: Account) -> list[AccountRow]:
    require_admin(actor)
    with ctx.db.read() as c:
        records = repo.list_records(c, actor.collectivity_id)
        records += repo.deleted_unsettled(c, actor.collectivity_id)
        details = {r.account.id: repo.get_details(c, r.account.id) for r in records}
        marks = repo.platform_marks(c, actor.collectivity_id)
    return [
        AccountRow(
            id=r.account.id,
            display_name=r.account.display_name,
            role=r.account.role,
            status=r.status,
            status_reason=r.status_reason,
            ppr=details[r.account.id].ppr,
            cin_masked=mask_cin(details[r.account.id].cin),
            last_login_at=r.last_login_at,
            platform_state=marks[r.account.id].state,
            platform_error=marks[r.account.id].error,
        )
        for r in records
    ]


def create(
    ctx: Context,
    actor: Account,
    account_id: str,
    display_name: str,
    role: Role,
    details: AccountDetails,
    password: str | None = None,
) -> Account:
    """Create a sub-account in the actor's collectivity (with a local password, if given).

    The platform learns of it when the change is pushed (app.services.account_sync.push): the
    account is pending until then."""
    require_admin(actor)
    account_id = account_id.strip().lower()
    if not _ID.match(account_id):
        raise DomainError(
            "An account id has 3 to 64 characters: lower-case letters, digits, '.', '_' or '-'."
        )
    if role not in CREATABLE_ROLES:
        raise NotAllowed("The responsible creates preparer, certifier or kiosk accounts only.")
    if not display_name.strip():
        raise DomainError("Give the account a display name.")
    if password is not None:
        check_password_strength(password)
    verifier = make_verifier(password) if password is not None else None
    account = Account(account_id, display_name.strip(), role, actor.collectivity_id)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        if repo.get_record(c, account_id) is not None:
            raise DomainError("An account with this id already exists.")
        name = repo.get_record(c, actor.id)
        repo.insert_account(c, account, name.collectivity_name if name else "", actor.id, now)
        repo.save_details(c, account_id, details)
        if verifier is not None:
            repo.set_verifier(c, account_id, verifier)
        repo.mark_change(c, account_id, repo.OP_CREATE)
        _log_in(c, ctx, actor, "account.create", account_id, role=str(role))
    return account


def update_details(ctx: Context, actor: Account, account_id: str, details: AccountDetails) -> None:
    """The responsible edits an account's designation details (their own included)."""
    if account_id != actor.id:
        _target(ctx, actor, account_id)
    else:
        require_admin(actor)
    with ctx.db.transaction() as c:
        repo.save_details(c, account_id, details)
        mark = repo.get_platform(c, account_id)
        if mark.op == repo.OP_CREATE and mark.state == repo.REFUSED:
            repo.set_platform(c, account_id, repo.PENDING, mark.op)  # try again with the fix
        _log_in(c, ctx, actor, "account.details", account_id)


def read_details(ctx: Context, actor: Account, account_id: str) -> AccountDetails:
    """An account's full details (unmasked): the responsible only, and the read is audited."""
    if account_id != actor.id:
        _target(ctx, actor, account_id)
    with ctx.db.transaction() as c:
        details = repo.get_details(c, account_id)
        _log_in(c, ctx, actor, "account.read", account_id)
    return details


def set_password(ctx: Context, actor: Account, account_id: str, password: str) -> None:
    """Set the local (offline) password of a sub-account, or one's own."""
    if account_id != actor.id:
        _target(ctx, actor, account_id)
    check_password_strength(password)
    verifier = make_verifier(password)
    with ctx.db.transaction() as c:
        repo.set_verifier(c, account_id, verifier)
        _log_in(c, ctx, actor, "account.password", account_id)


def _change_status(
    ctx: Context, actor: Account, account_id: str, status: str, reason: str, action: str
) -> None:
    record = _target(ctx, actor, account_id)
    if account_id == actor.id:
        raise NotAllowed("The responsible cannot suspend, freeze or delete their own account.")
    if record.account.role is Role.ADMIN:
        raise NotAllowed("Another responsible's account is managed by the fund.")
    with ctx.db.transaction() as c:
        repo.set_status(c, account_id, status, reason.strip())
        repo.mark_change(
            c, account_id, repo.OP_DELETE if status == repo.DELETED else repo.OP_UPDATE
        )
        if status in (repo.SUSPENDED, repo.FROZEN, repo.DELETED):
            row = c.execute("SELECT account_id FROM session").fetchone()
            if row and row[0] == account_id:
                repo.clear_session(c)
        _log_in(c, ctx, actor, action, account_id, status=status)


def suspend(ctx: Context, actor: Account, account_id: str, reason: str) -> None:
    if not reason.strip():
        raise DomainError("Say why the account is suspended.")
    _change_status(ctx, actor, account_id, repo.SUSPENDED, reason, "account.suspend")


def freeze(ctx: Context, actor: Account, account_id: str, reason: str) -> None:
    _change_status(ctx, actor, account_id, repo.FROZEN, reason, "account.freeze")


def reactivate(ctx: Context, actor: Account, account_id: str) -> None:
    _change_status(ctx, actor, account_id, repo.ACTIVE, "", "account.reactivate")


def change_role(ctx: Context, actor: Account, account_id: str, role: Role) -> None:
    """Give a sub-account another role (preparer, certifier or kiosk); pushed to the platform."""
    record = _target(ctx, actor, account_id)
    if account_id == actor.id or record.account.role is Role.ADMIN:
        raise NotAllowed("Another responsible's account is managed by the fund.")
    if role not in CREATABLE_ROLES:
        raise NotAllowed("The responsible gives preparer, certifier or kiosk roles only.")
    if role is record.account.role:
        return
    with ctx.db.transaction() as c:
        repo.set_role_and_name(c, account_id, role, record.account.display_name)
        repo.mark_change(c, account_id, repo.OP_UPDATE)
        _log_in(c, ctx, actor, "account.role", account_id, role=str(role))


def delete(ctx: Context, actor: Account, account_id: str) -> None:
    """Delete a sub-account: it can no longer sign in; its history stays in the audit log."""
    _change_status(ctx, actor, account_id, repo.DELETED, "", "account.delete")
    with ctx.db.transaction() as c:
        repo.set_verifier(c, account_id, None)
        c.execute("DELETE FROM account_details WHERE account_id = ?", (account_id,))
