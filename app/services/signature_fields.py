"""Signing into a signature field the document already has.

Forms from the fund or the administration may carry empty signature fields. The officer
chooses one per document (in the checklist, or in the signing dialog just before the PIN); the
signature and its visible stamp then go into that field at signing time (``dossiers.sign_all``
passes the choice to ``sign_pdf``) instead of a new stamp on the last page. The choice is kept
with the document and audited. With no choice recorded, the fund profile may name the fields
its forms use for the officer's signature (``signature.field_names``): the first such empty
field is proposed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from pathlib import Path

from app.domain.errors import DomainError
from app.domain.models import Account, Document, Dossier, DossierState
from app.services import dossiers as dossier_service
from app.services.context import Context
from app.signing.errors import SigningError
from app.signing.fields import SignatureField, empty_signature_fields
from app.store import audit
from app.store import signature_fields as repo

_EDITABLE = (DossierState.DRAFT, DossierState.COMPLETE)


@functools.lru_cache(maxsize=256)
def _fields_of(path: str, sha256: str) -> tuple[SignatureField, ...]:
    """Documents are content-addressed: a file's fields never change under its digest."""
    del sha256  # part of the cache key only
    try:
        return tuple(empty_signature_fields(Path(path)))
    except (SigningError, OSError):
        return ()  # an unreadable file offers no field; signing will say what is wrong


def empty_fields(ctx: Context, doc: Document) -> list[SignatureField]:
    """The empty signature fields of a document's original file (cached by digest)."""
    path = ctx.blobs.path_of(doc.original_sha256)
    return list(_fields_of(str(path), doc.original_sha256))


def fields_by_document(ctx: Context, d: Dossier) -> dict[int, tuple[list[str], str | None]]:
    """For each unsigned document: its empty field names and the chosen one (the checklist)."""
    picks = chosen(ctx, d.id)
    out: dict[int, tuple[list[str], str | None]] = {}
    for doc in d.documents:
        if doc.signed_sha256 is not None:
            continue
        names = [f.name for f in empty_fields(ctx, doc)]
        if names:
            out[doc.id] = (names, picks.get(doc.id))
    return out


def chosen(ctx: Context, dossier_id: str) -> dict[int, str]:
    with ctx.db.read() as c:
        return repo.chosen(c, dossier_id)


def proposal(
    names: Iterable[str], recorded: str | None, preferred: Iterable[str] = ()
) -> str | None:
    """The field proposed for a document: the recorded choice, else the first of its empty
    fields the fund profile names (compared without case), else None (a new stamp)."""
    names = list(names)
    if recorded is not None and recorded in names:
        return recorded
    wanted = [p.casefold() for p in preferred]
    for want in wanted:
        for name in names:
            if name.casefold() == want:
                return name
    return None


def choose(
    ctx: Context, actor: Account, dossier_id: str, document_id: int, field_name: str | None
) -> None:
    """Sign ``document_id`` into its empty field ``field_name`` (None: a new stamp)."""
    _record(ctx, actor, dossier_id, {document_id: field_name}, only_changes=False)


def choose_many(
    ctx: Context, actor: Account, dossier_id: str, picks: Mapping[int, str | None]
) -> int:
    """Record the fields chosen in the signing dialog; each change is audited, unchanged
    choices are not. All or nothing: one wrong choice records none. Returns the changes."""
    return _record(ctx, actor, dossier_id, picks, only_changes=True)


def _record(
    ctx: Context,
    actor: Account,
    dossier_id: str,
    picks: Mapping[int, str | None],
    *,
    only_changes: bool,
) -> int:
    d = dossier_service.load(ctx, actor, dossier_id)
    if d.state not in _EDITABLE:
        raise DomainError("Documents can only be changed while the dossier is being prepared.")
    current = chosen(ctx, d.id)
    changes: list[tuple[int, str | None]] = []
    for document_id, field_name in picks.items():
        doc = next((x for x in d.documents if x.id == document_id), None)
        if doc is None:
            raise DomainError("This document is not part of the dossier.")
        if doc.signed_sha256 is not None:
            raise DomainError("This document is already signed: its signature cannot move.")
        if field_name is not None and field_name not in {f.name for f in empty_fields(ctx, doc)}:
            raise DomainError(
                "The chosen signature field is not in the document. Choose one of its empty "
                "signature fields, or sign without choosing a field."
            )
        if not only_changes or current.get(document_id) != field_name:
            changes.append((document_id, field_name))
    if not changes:
        return 0
    with ctx.db.transaction() as c:
        for document_id, field_name in changes:
            repo.choose(c, document_id, field_name)
            audit.record(
                c,
                at=ctx.clock(),
                actor=actor.id,
                action="document.signature_field",
                subject_kind="dossier",
                subject_id=d.id,
                details={"document": str(document_id), "field": field_name or ""},
            )
    return len(changes)
