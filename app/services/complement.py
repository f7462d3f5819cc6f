"""Answering the fund's request for documents: a dossier in 'documents_requested' is reopened
for its preparer, the checklist shows the requested items (see documents.checklist), and the
complementary submission sends only the new documents (see queue.enqueue).

Documents already sent stay as the fund has them: their signed version and remote id are kept
through the whole complement (a return by the certifier drops only the signatures of unsent
documents). A request is answered only by a NEW document for its item: the one already sent, or
a copy of the same file, does not count (``unanswered_items``), and the queue refuses the
complementary submission until every open request has one.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.errors import DomainError, NotAllowed
from app.domain.lifecycle import Action, next_state
from app.domain.models import Account, Document, Dossier, DossierState
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


def sent_copy(dossier: Dossier, item_code: str, sha256: str) -> Document | None:
    """The document already sent for ``item_code`` whose file is ``sha256`` (as attached or as
    signed), if any: attaching it again would not answer the fund's request."""
    for doc in dossier.documents:
        sent = doc.item_code == item_code and doc.remote_id is not None
        if sent and sha256 in (doc.original_sha256, doc.signed_sha256):
            return doc
    return None


def unanswered_items(dossier: Dossier, requested: Iterable[str]) -> list[str]:
    """The requested item codes that have no new document yet (in request order, once each).

    A new document is one not sent to the fund and not a copy of a file already sent for the
    same item."""
    missing: list[str] = []
    for code in requested:
        if code in missing:
            continue
        fresh = [
            doc
            for doc in dossier.documents
            if doc.item_code == code
            and doc.remote_id is None
            and sent_copy(dossier, code, doc.original_sha256) is None
        ]
        if not fresh:
            missing.append(code)
    return missing


class RequestNotAnswered(DomainError):
    """The fund asked for documents that the dossier does not bring yet."""

    def __init__(self, items: list[str]) -> None:
        self.items = items
        super().__init__(
            "The fund asked for a new document for: "
            + ", ".join(items)
            + ". The document already sent does not answer the request: attach a new one, "
            "then sign and certify the dossier again."
        )


def require_answers(ctx: Context, dossier: Dossier) -> None:
    """Refuse a complementary submission that leaves an open request of the fund unanswered."""
    with ctx.db.read() as c:
        codes = [r.item_code for r in notes.requests_for(c, dossier.id, open_only=True)]
    missing = unanswered_items(dossier, codes)
    if missing:
        raise RequestNotAnswered(missing)
