"""Opening a dossier, filling its checklist, signing, certifying and returning it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import DomainError, NotAllowed
from app.domain.lifecycle import Action, next_state
from app.domain.models import (
    Account,
    ChecklistItemSpec,
    Document,
    Dossier,
    DossierState,
    DossierType,
    IdentifierKind,
    Role,
)
from app.services import delegation
from app.services.context import Cancelled, Context, Progress
from app.signing.backend import SignerSession
from app.signing.stamp import StampText
from app.store import affiliates as affiliates_repo
from app.store import audit
from app.store import dossiers as repo
from app.store import signature_fields as signature_fields_repo


class DocumentRefused(DomainError):
    """The file cannot be attached; the message says why."""

    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(f"The file {filename} {reason}.")
        self.filename = filename
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ChecklistLine:
    spec: ChecklistItemSpec
    documents: list[Document]
    requested: str | None = None  # the fund's reason, when it asked for this item

    @property
    def missing(self) -> bool:
        if self.requested is not None:  # the fund wants a new document, not one already sent
            return not any(d.remote_id is None for d in self.documents)
        return self.spec.required and not self.documents


def _load(ctx: Context, actor: Account, dossier_id: str) -> Dossier:
    with ctx.db.read() as c:
        d = repo.get(c, dossier_id)
    if d is None:
        raise DomainError("This dossier does not exist.")
    if d.collectivity_id != actor.collectivity_id:
        raise NotAllowed("This dossier belongs to another collectivity.")
    if actor.role is Role.PREPARER:
        # A preparer works on their own dossiers, handed-over or delegated ones, or with an
        # approved exceptional access; certifiers and the responsible reach all of them.
        delegation.require_access(ctx, actor, dossier_id)
    return d


def get(ctx: Context, actor: Account, dossier_id: str) -> Dossier:
    d = _load(ctx, actor, dossier_id)
    with ctx.db.transaction() as c:
        audit.record(
            c,
            at=ctx.clock(),
            actor=actor.id,
            action="dossier.read",
            subject_kind="dossier",
            subject_id=d.id,
        )
    return d


def list_for(
    ctx: Context, actor: Account, membership_no: str | None = None, *states: DossierState
) -> list[Dossier]:
    with ctx.db.read() as c:
        return repo.list_for(c, actor.collectivity_id, membership_no=membership_no, states=states)


def open_dossier(
    ctx: Context, actor: Account, membership_no: str, dossier_type: DossierType
) -> Dossier:
    if actor.role.value not in ("preparer", "admin"):
        raise NotAllowed("Only a preparer opens dossiers.")
    if dossier_type not in ctx.fund.dossier_types:
        raise DomainError(f"The fund profile has no dossier type '{dossier_type}'.")
    with ctx.db.read() as c:
        affiliate = affiliates_repo.get(
            c, IdentifierKind.MEMBERSHIP, membership_no, actor.collectivity_id
        )
        open_ones = [
            d
            for d in repo.list_for(c, actor.collectivity_id, membership_no=membership_no)
            if d.type is dossier_type
            and d.state not in (DossierState.REJECTED, DossierState.WITHDRAWN)
        ]
    if affiliate is None:
        raise DomainError("This affiliate is not in your collectivity's records.")
    if open_ones:
        raise DomainError("A dossier of this type already exists for this affiliate.")
    now = ctx.clock()
    d = Dossier(
        id=str(uuid.uuid4()),
        affiliate_membership_no=membership_no,
        type=dossier_type,
        state=DossierState.DRAFT,
        created_by=actor.id,
        created_at=now,
        collectivity_id=actor.collectivity_id,
        idempotency_key=str(uuid.uuid4()),
    )
    with ctx.db.transaction() as c:
        repo.insert(c, d)
        audit.record(
            c,
            at=now,
            actor=actor.id,
            action="dossier.open",
            subject_kind="dossier",
            subject_id=d.id,
            details={"type": str(dossier_type), "affiliate": membership_no},
        )
    return d


def checklist(ctx: Context, dossier: Dossier) -> list[ChecklistLine]:
    """Resolved lines (version in force, conditions, the fund's requests): see documents.py."""
    from app.services import documents

    return documents.checklist(ctx, dossier)


def load(ctx: Context, actor: Account, dossier_id: str) -> Dossier:
    """The dossier for internal use by other services (no read audit entry: not a display)."""
    return _load(ctx, actor, dossier_id)


def resync(ctx: Context, actor: Account, dossier_id: str) -> Dossier:
    """Re-derive draft/complete from the checklist after a change of documents or facts."""
    return _sync_completeness(ctx, actor, dossier_id)


def _transition(
    ctx: Context, d: Dossier, action: Action, actor: Account | None, **fields: str | None
) -> DossierState:
    target = next_state(d, action, actor)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        current = repo.get(c, d.id)
        if current is None or current.state is not d.state:
            raise DomainError("The dossier was changed meanwhile; reopen it.")
        repo.update(c, d.id, now, state=str(target), **fields)
        audit.record(
            c,
            at=now,
            actor=actor.id if actor else "system",
            action=f"dossier.{action}",
            subject_kind="dossier",
            subject_id=d.id,
            details={"from": str(d.state), "to": str(target)},
        )
    d.state = target
    return target


def _sync_completeness(ctx: Context, actor: Account, dossier_id: str) -> Dossier:
    d = _load(ctx, actor, dossier_id)
    missing = any(line.missing for line in checklist(ctx, d))
    if d.state is DossierState.DRAFT and not missing:
        _transition(ctx, d, Action.MARK_COMPLETE, actor)
    elif d.state is DossierState.COMPLETE and missing:
        _transition(ctx, d, Action.REOPEN, actor)
    return _load(ctx, actor, dossier_id)


_EDITABLE = (DossierState.DRAFT, DossierState.COMPLETE)


def attach(ctx: Context, actor: Account, dossier_id: str, item_code: str, source: Path) -> Document:
    """Attach one file (PDF, or a JPEG/PNG/TIFF converted to PDF): see documents.attach_files."""
    from app.services import documents

    d = _load(ctx, actor, dossier_id)
    if d.state not in _EDITABLE:
        raise DomainError("Documents can only be added while the dossier is being prepared.")
    return documents.attach_files(ctx, actor, dossier_id, item_code, [source])[0]


def remove_document(ctx: Context, actor: Account, dossier_id: str, document_id: int) -> None:
    d = _load(ctx, actor, dossier_id)
    if d.state not in _EDITABLE:
        raise DomainError("Documents can only be removed while the dossier is being prepared.")
    if document_id not in {doc.id for doc in d.documents}:
        raise DomainError("This document is not part of the dossier.")
    if any(doc.id == document_id and doc.remote_id for doc in d.documents):
        raise DomainError("This document was already sent to the fund: it stays in the dossier.")
    with ctx.db.transaction() as c:
        repo.remove_document(c, document_id)
        audit.record(
            c,
            at=ctx.clock(),
            actor=actor.id,
            action="document.remove",
            subject_kind="dossier",
            subject_id=d.id,
            details={"document": str(document_id)},
        )
    _sync_completeness(ctx, actor, dossier_id)


@dataclass(frozen=True, slots=True)
class SignOutcome:
    signed: int
    failures: list[str]  # one sentence per document that could not be signed


def sign_all(
    ctx: Context,
    actor: Account,
    dossier_id: str,
    session: SignerSession,
    *,
    level: str = "B-B",
    tsa_url: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    stamp: StampText | None = None,
) -> SignOutcome:
    """Sign every document of a complete dossier with one open signer session (one PIN).

    Each output is verified before it is kept; the dossier becomes 'signed' only when every
    document is signed and verified.
    """
    from app.services.signed_documents import keep_verified  # pyHanko: loaded when signing
    from app.signing.sign import sign_pdf

    d = _sync_completeness(ctx, actor, dossier_id)
    next_state(d, Action.SIGN, actor)  # refuse early if not allowed
    todo = [doc for doc in d.documents if doc.signed_sha256 is None]
    with ctx.db.read() as c:
        fields = signature_fields_repo.chosen(c, d.id)  # empty fields chosen by the officer
    failures: list[str] = []
    for n, doc in enumerate(todo):
        if cancelled and cancelled():
            failures.append("Signing was cancelled.")
            break
        if progress:
            progress(n, len(todo), doc.filename)
        out = ctx.blobs.temp_path()
        try:
            sign_pdf(
                ctx.blobs.path_of(doc.original_sha256),
                out,
                session,
                level=level,
                tsa_url=tsa_url,
                trust_roots=ctx.trust_roots or None,  # B-LT: the profile's anchors
                reason=f"Mellaf dossier {d.id}",
                stamp=stamp,  # visible stamp, when the fund profile asks for one
                field_name=fields.get(doc.id),  # None: a new field (stamp on the last page)
            )
            problem = keep_verified(ctx, actor, d.id, doc, out, "document.sign")
            if problem:
                failures.append(problem)
        finally:
            out.unlink(missing_ok=True)
    if progress:
        progress(len(todo), len(todo), "")
    d = _load(ctx, actor, dossier_id)
    if not failures and all(doc.signed_sha256 for doc in d.documents):
        _transition(ctx, d, Action.SIGN, actor)
    return SignOutcome(len(todo) - len(failures), failures)


def certify(ctx: Context, actor: Account, dossier_id: str) -> None:
    """The supervisor certifies a signed dossier; nobody certifies a dossier they prepared."""
    d = _load(ctx, actor, dossier_id)
    _transition(ctx, d, Action.CERTIFY, actor, certified_by=actor.id, return_comment=None)


def return_to_preparer(ctx: Context, actor: Account, dossier_id: str, comment: str) -> None:
    if not comment.strip():
        raise DomainError("Say why the dossier is returned: the preparer reads this comment.")
    d = _load(ctx, actor, dossier_id)
    _transition(ctx, d, Action.RETURN, actor, return_comment=comment.strip())
    with ctx.db.transaction() as c:
        for doc in d.documents:
            if doc.remote_id is None:  # a document the fund already has keeps its signed version
                repo.set_signed(c, doc.id, None, None)
