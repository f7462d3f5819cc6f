"""Absence, transfer and exceptional access to another officer's dossiers.

- An officer delegates their dossiers to a colleague for a dated period (temporary, personal).
- On transfer or departure the responsible hands all open dossiers over to a named colleague.
- Any other access to another officer's dossier needs a stated reason and the responsible's
  approval; it is valid for the day it is approved.
Every step, and every access that relies on a delegation or an exception, is audited.

``require_access`` is the check the dossier services call before a preparer touches a dossier.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import Account, DossierState, Role
from app.services.accounts import require_admin
from app.services.context import Context
from app.store import accounts as accounts_repo
from app.store import audit
from app.store import dossiers as dossiers_repo

_OPEN = (
    DossierState.DRAFT,
    DossierState.COMPLETE,
    DossierState.SIGNED,
    DossierState.CERTIFIED,
    DossierState.DOCUMENTS_REQUESTED,
)


@dataclass(frozen=True, slots=True)
class Delegation:
    id: int
    kind: str  # delegation | exceptional
    from_account: str
    to_account: str
    dossier_id: str | None
    starts_on: date
    ends_on: date
    reason: str
    state: str  # pending | active | refused | revoked
    decided_by: str | None


def _log(
    c: sqlite3.Connection,
    ctx: Context,
    actor: Account,
    action: str,
    kind: str,
    sid: str,
    **details: str,
) -> None:
    audit.record(
        c,
        at=ctx.clock(),
        actor=actor.id,
        action=action,
        subject_kind=kind,
        subject_id=sid,
        details=dict(details),
    )


def _colleague(c: sqlite3.Connection, actor: Account, account_id: str) -> Account:
    record = accounts_repo.get_record(c, account_id)
    if record is None or record.account.collectivity_id != actor.collectivity_id:
        raise NotAllowed("This colleague is not an account of your collectivity.")
    if record.status != accounts_repo.ACTIVE:
        raise DomainError("This colleague's account is not active.")
    if record.account.role not in (Role.PREPARER, Role.ADMIN):
        raise DomainError("Dossiers go to a preparer (or the responsible).")
    return record.account


def _row(r: sqlite3.Row) -> Delegation:
    return Delegation(
        r["id"],
        r["kind"],
        r["from_account"],
        r["to_account"],
        r["dossier_id"],
        date.fromisoformat(r["starts_on"]),
        date.fromisoformat(r["ends_on"]),
        r["reason"],
        r["state"],
        r["decided_by"],
    )


def delegate(ctx: Context, actor: Account, to_account: str, starts_on: date, ends_on: date) -> int:
    """The actor lends their dossiers to a colleague from ``starts_on`` to ``ends_on``."""
    if actor.role not in (Role.PREPARER, Role.ADMIN):
        raise NotAllowed("Only a preparer delegates their dossiers.")
    return _delegate(ctx, actor, actor, to_account, starts_on, ends_on)


def delegate_for(
    ctx: Context,
    actor: Account,
    from_account: str,
    to_account: str,
    starts_on: date,
    ends_on: date,
) -> int:
    """The responsible lends an absent officer's dossiers to a colleague for a dated period."""
    require_admin(actor)
    with ctx.db.read() as c:
        source = accounts_repo.get_record(c, from_account)
    if source is None or source.account.collectivity_id != actor.collectivity_id:
        raise NotAllowed("This officer is not an account of your collectivity.")
    return _delegate(ctx, actor, source.account, to_account, starts_on, ends_on)


def _delegate(
    ctx: Context,
    actor: Account,
    source: Account,
    to_account: str,
    starts_on: date,
    ends_on: date,
) -> int:
    if ends_on < starts_on or ends_on < ctx.today():
        raise DomainError("The delegation's end must come after its start and after today.")
    if (ends_on - starts_on).days > 366:
        raise DomainError("A delegation lasts a year at most.")
    if to_account == source.id:
        raise DomainError("Delegate to a colleague, not to yourself.")
    with ctx.db.transaction() as c:
        _colleague(c, actor, to_account)
        cur = c.execute(
            "INSERT INTO delegations (kind, collectivity_id, from_account, to_account, starts_on,"
            " ends_on, state, created_at) VALUES ('delegation', ?, ?, ?, ?, ?, 'active', ?)",
            (
                actor.collectivity_id,
                source.id,
                to_account,
                starts_on.isoformat(),
                ends_on.isoformat(),
                ctx.clock().isoformat(),
            ),
        )
        did = int(cur.lastrowid or 0)
        _log(
            c,
            ctx,
            actor,
            "delegation.create",
            "delegation",
            str(did),
            from_=source.id,
            to=to_account,
            starts_on=starts_on.isoformat(),
            ends_on=ends_on.isoformat(),
        )
    return did


def revoke(ctx: Context, actor: Account, delegation_id: int) -> None:
    """The delegating officer, or the responsible, ends a delegation early."""
    with ctx.db.transaction() as c:
        r = c.execute("SELECT * FROM delegations WHERE id = ?", (delegation_id,)).fetchone()
        if r is None or r["collectivity_id"] != actor.collectivity_id:
            raise NotAllowed("This delegation is not one of your collectivity.")
        if r["from_account"] != actor.id and actor.role is not Role.ADMIN:
            raise NotAllowed("Only the delegating officer or the responsible ends a delegation.")
        c.execute(
            "UPDATE delegations SET state = 'revoked', decided_by = ? WHERE id = ?",
            (actor.id, delegation_id),
        )
        _log(c, ctx, actor, "delegation.revoke", "delegation", str(delegation_id))


def list_for(ctx: Context, actor: Account) -> list[Delegation]:
    """Delegations and requests the actor gives or receives (all of them for the responsible)."""
    with ctx.db.read() as c:
        rows = c.execute(
            "SELECT * FROM delegations WHERE collectivity_id = ? AND (? OR from_account = ?"
            " OR to_account = ?) ORDER BY id DESC",
            (actor.collectivity_id, actor.role is Role.ADMIN, actor.id, actor.id),
        ).fetchall()
    return [_row(r) for r in rows]


def open_dossiers_by_owner(ctx: Context, actor: Account) -> dict[str, int]:
    """How many open dossiers each officer of the responsible's collectivity holds."""
    require_admin(actor)
    counts: dict[str, int] = {}
    with ctx.db.read() as c:
        for d in dossiers_repo.list_for(c, actor.collectivity_id, states=_OPEN):
            owner = owner_of(c, d.id) or ""
            counts[owner] = counts.get(owner, 0) + 1
    return counts


def owner_of(c: sqlite3.Connection, dossier_id: str) -> str | None:
    r = c.execute("SELECT account_id FROM dossier_owners WHERE dossier_id = ?", (dossier_id,))
    row = r.fetchone()
    if row:
        return str(row[0])
    d = dossiers_repo.get(c, dossier_id)
    return d.created_by if d else None


def hand_over(ctx: Context, actor: Account, from_account: str, to_account: str) -> int:
    """The responsible moves every open dossier of ``from_account`` to ``to_account``."""
    require_admin(actor)
    with ctx.db.transaction() as c:
        source = accounts_repo.get_record(c, from_account)
        if source is None or source.account.collectivity_id != actor.collectivity_id:
            raise NotAllowed("This officer is not an account of your collectivity.")
        _colleague(c, actor, to_account)
        moved = 0
        for d in dossiers_repo.list_for(c, actor.collectivity_id, states=_OPEN):
            if owner_of(c, d.id) != from_account:
                continue
            c.execute(
                "INSERT OR REPLACE INTO dossier_owners (dossier_id, account_id, since,"
                " assigned_by) VALUES (?, ?, ?, ?)",
                (d.id, to_account, ctx.clock().isoformat(), actor.id),
            )
            _log(
                c,
                ctx,
                actor,
                "dossier.hand_over",
                "dossier",
                d.id,
                to=to_account,
                from_=from_account,
            )
            moved += 1
    return moved


def request_access(ctx: Context, actor: Account, dossier_id: str, reason: str) -> int:
    """Ask for exceptional access to another officer's dossier; the responsible decides."""
    if len(reason.strip()) < 10:
        raise DomainError("Say why you need this dossier (at least a short sentence).")
    today = ctx.today().isoformat()
    with ctx.db.transaction() as c:
        d = dossiers_repo.get(c, dossier_id)
        if d is None or d.collectivity_id != actor.collectivity_id:
            raise NotAllowed("This dossier belongs to another collectivity.")
        cur = c.execute(
            "INSERT INTO delegations (kind, collectivity_id, from_account, to_account, dossier_id,"
            " starts_on, ends_on, reason, state, created_at) VALUES ('exceptional', ?, ?, ?, ?,"
            " ?, ?, ?, 'pending', ?)",
            (
                actor.collectivity_id,
                owner_of(c, dossier_id) or "",
                actor.id,
                dossier_id,
                today,
                today,
                reason.strip(),
                ctx.clock().isoformat(),
            ),
        )
        rid = int(cur.lastrowid or 0)
        _log(c, ctx, actor, "access.request", "dossier", dossier_id, request=str(rid))
    return rid


def decide(ctx: Context, actor: Account, request_id: int, approve: bool) -> None:
    """The responsible approves (for today) or refuses an exceptional access request."""
    require_admin(actor)
    with ctx.db.transaction() as c:
        r = c.execute(
            "SELECT * FROM delegations WHERE id = ? AND kind = 'exceptional'", (request_id,)
        ).fetchone()
        if r is None or r["collectivity_id"] != actor.collectivity_id:
            raise NotAllowed("This request is not one of your collectivity.")
        if r["state"] != "pending":
            raise DomainError("This request was already decided.")
        if r["to_account"] == actor.id:
            raise NotAllowed("Nobody approves their own request.")
        today = ctx.today().isoformat()
        c.execute(
            "UPDATE delegations SET state = ?, decided_by = ?, starts_on = ?, ends_on = ?"
            " WHERE id = ?",
            ("active" if approve else "refused", actor.id, today, today, request_id),
        )
        _log(
            c,
            ctx,
            actor,
            "access.approve" if approve else "access.refuse",
            "dossier",
            r["dossier_id"],
            request=str(request_id),
        )


def require_access(ctx: Context, actor: Account, dossier_id: str) -> str:
    """Why the actor may work on this dossier (owner, role, delegation, exception), or raise.

    Certifiers and the responsible reach every dossier of their collectivity; a preparer
    reaches their own, those handed to them, those of a colleague who delegated to them for
    today, and those of an approved exceptional request for today (these uses are audited).
    """
    today = ctx.today().isoformat()
    with ctx.db.read() as c:
        d = dossiers_repo.get(c, dossier_id)
        if d is None or d.collectivity_id != actor.collectivity_id:
            raise NotAllowed("This dossier belongs to another collectivity.")
        if actor.role in (Role.CERTIFIER, Role.ADMIN):
            return "role"
        owner = owner_of(c, dossier_id)
        if owner == actor.id:
            return "owner"
        grant = c.execute(
            "SELECT id, kind FROM delegations WHERE to_account = ? AND state = 'active'"
            " AND starts_on <= ? AND ends_on >= ? AND ((kind = 'delegation' AND from_account = ?)"
            " OR (kind = 'exceptional' AND dossier_id = ?)) ORDER BY id LIMIT 1",
            (actor.id, today, today, owner or "", dossier_id),
        ).fetchone()
    if grant is None:
        raise NotAllowed(
            "This dossier is another officer's: ask for a delegation, or for exceptional "
            "access with a reason."
        )
    with ctx.db.transaction() as c:
        _log(
            c, ctx, actor, f"access.{grant['kind']}", "dossier", dossier_id, grant=str(grant["id"])
        )
    return str(grant["kind"])
