"""Answering the fund's request for documents: a dossier in 'documents_requested' is reopened
for its preparer, the checklist shows the requested items (see documents.checklist), and the
complementary submission sends only the new documents (see queue.enqueue)."""

from __future__ import annotations

from app.domain.errors import DomainError, NotAllowed
from app.domain.lifecycle import Action, next_state
from app.domain.models import Account, DossierState
from app.services.context import Context
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.store import notifications as notes
from app.store.notifications import FundRequest


def open_requests(ctx: Context, actor: Account, dossier_id: str) -> list[FundRequest]:
    with ctx.db.read() as c:
        d = dossiers_repo.get(c, dossier_id)
        if d is None or d.collectivity_id != actor.collectivity_id:
            raise NotAllowed("This dossier belongs to another collectivity.")
        return notes.requests_for(c, dossier_id, open_only=True)


def reopen(ctx: Context, actor: Account, dossier_id: str) -> list[FundRequest]:
    """Reopen a dossier the fund asked documents for; returns the requests to answer."""
    with ctx.db.read() as c:
        d = dossiers_repo.get(c, dossier_id)
    if d is None or d.collectivity_id != actor.collectivity_id:
        raise DomainError("This dossier does not exist.")
    if d.state is not DossierState.DOCUMENTS_REQUESTED:
        raise DomainError("The fund has not asked for documents for this dossier.")
    target = next_state(d, Action.REOPEN, actor)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        current = dossiers_repo.get(c, d.id)
        if current is None or current.state is not d.state:
            raise DomainError("The dossier was changed meanwhile; reopen it.")
        requests = notes.requests_for(c, d.id, open_only=True)
        dossiers_repo.update(c, d.id, now, state=str(target), certified_by=None)
        audit.record(
            c,
            at=now,
            actor=actor.id,
            action="dossier.reopen",
            subject_kind="dossier",
            subject_id=d.id,
            details={
                "from": str(d.state),
                "to": str(target),
                "requested": ",".join(r.item_code for r in requests),
            },
        )
    return requests
