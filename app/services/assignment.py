"""Who works on a dossier now: "assign to me" and its release, audited.

Habilitations: only an active account of the dossier's collectivity takes a dossier (never a
kiosk); a preparer takes only a dossier they may work on (their own, handed over, delegated, or
an approved exception: ``delegation.require_access``); a dossier assigned to a colleague is
taken over or released only by that colleague or the responsible; closed dossiers stay as
they are.
"""

from __future__ import annotations

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import Account, Dossier, Role
from app.services import delegation
from app.services.context import Context
from app.services.portfolio import CLOSED
from app.store import accounts as accounts_repo
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.store import portfolio as store

TAKERS = frozenset({Role.PREPARER, Role.CERTIFIER, Role.ADMIN})


def _check(ctx: Context, actor: Account, dossier_id: str) -> tuple[Dossier, str | None]:
    if actor.role not in TAKERS:
        raise NotAllowed("This account does not work on dossiers.")
    with ctx.db.read() as c:
        d = dossiers_repo.get(c, dossier_id)
        record = accounts_repo.get_record(c, actor.id)
        current = store.assignee_of(c, dossier_id)
    if d is None:
        raise DomainError("This dossier does not exist.")
    if d.collectivity_id != actor.collectivity_id:
        raise NotAllowed("This dossier belongs to another collectivity.")
    if record is not None and record.status != accounts_repo.ACTIVE:
        raise NotAllowed("Your account is not active; ask the collectivity's responsible.")
    if d.state in CLOSED:
        raise DomainError("This dossier is closed; it stays in the archive as it is.")
    return d, current


def may_take(actor: Account, assignee: str | None) -> bool:
    """Whether "assign to me" makes sense for the actor (for buttons; the core still checks)."""
    return actor.role in TAKERS and assignee != actor.id


def may_release(actor: Account, assignee: str | None) -> bool:
    return assignee is not None and (assignee == actor.id or actor.role is Role.ADMIN)


def _write(ctx: Context, actor: Account, d: Dossier, before: str | None, after: str | None) -> None:
    with ctx.db.transaction() as c:
        if store.assignee_of(c, d.id) != before:
            raise DomainError("Someone changed this dossier's assignment meanwhile; look again.")
        store.set_assignee(c, d.id, after, ctx.clock())
        audit.record(
            c,
            at=ctx.clock(),
            actor=actor.id,
            action="dossier.assign" if after else "dossier.unassign",
            subject_kind="dossier",
            subject_id=d.id,
            details={"to": after or "", "from": before or ""},
        )


def assign_to_me(ctx: Context, actor: Account, dossier_id: str) -> None:
    d, current = _check(ctx, actor, dossier_id)
    if current == actor.id:
        return
    if current is not None and actor.role is not Role.ADMIN:
        raise DomainError(
            "This dossier is assigned to a colleague; they or the responsible may release it."
        )
    if actor.role is Role.PREPARER:
        delegation.require_access(ctx, actor, dossier_id)
    _write(ctx, actor, d, current, actor.id)


def unassign(ctx: Context, actor: Account, dossier_id: str) -> None:
    d, current = _check(ctx, actor, dossier_id)
    if current is None:
        return
    if current != actor.id and actor.role is not Role.ADMIN:
        raise NotAllowed("Only the assigned officer or the responsible releases a dossier.")
    _write(ctx, actor, d, current, None)
