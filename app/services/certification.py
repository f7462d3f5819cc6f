"""Certification by the supervisor: they sign the dossier's cover sheet with their own token.

The cover sheet (app.services.assembly: items, pages and SHA-256 of every signed document) is
rendered, signed with the certifier's signer session (one PIN), verified, and kept as one more
document of the dossier (item `certification_cover`), sent to the fund with the others. The
transition to 'certified' and the new document commit together, with their audit entry. The
core refuses the preparer of the dossier (app.domain.lifecycle), whatever the screen shows.
"""

from __future__ import annotations

import json

from app.domain.errors import DomainError
from app.domain.lifecycle import Action, next_state
from app.domain.models import Account, Document, DossierState
from app.services import assembly
from app.services import dossiers as dossier_service
from app.services.context import Context
from app.signing.backend import SignerSession
from app.signing.sign import sign_pdf
from app.signing.verify import verify_pdf
from app.store import audit
from app.store import dossiers as repo

COVER_ITEM = "certification_cover"
COVER_FILENAME = "bordereau-certification.pdf"


def certify_with_cover(
    ctx: Context,
    actor: Account,
    dossier_id: str,
    session: SignerSession,
    *,
    level: str = "B-B",
    tsa_url: str | None = None,
) -> Document:
    """Certify a signed dossier by signing its cover sheet; returns the signed cover."""
    d = dossier_service.load(ctx, actor, dossier_id)
    target = next_state(d, Action.CERTIFY, actor)  # refused before any PIN is used
    if any(doc.signed_sha256 is None for doc in d.documents):
        raise DomainError("Every document must be signed before the dossier is certified.")
    cover = ctx.blobs.temp_path()
    signed = ctx.blobs.temp_path()
    try:
        assembly.write_cover(ctx, actor, d.id, cover)
        sign_pdf(
            cover,
            signed,
            session,
            level=level,
            tsa_url=tsa_url,
            reason=f"Certification of Mellaf dossier {d.id}",
        )
        report = verify_pdf(signed, ctx.trust_roots)
        if not report.ok:
            raise DomainError(
                "The signed cover sheet did not pass verification: " + "; ".join(report.problems)
            )
        sha, size = ctx.blobs.put_file(signed)
    finally:
        cover.unlink(missing_ok=True)
        signed.unlink(missing_ok=True)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        current = repo.get(c, d.id)
        if current is None or current.state is not DossierState.SIGNED:
            raise DomainError("The dossier was changed meanwhile; reopen it.")
        doc_id = repo.add_document(
            c,
            dossier_id=d.id,
            item_code=COVER_ITEM,
            filename=COVER_FILENAME,
            sha256=sha,
            size=size,
            added_by=actor.id,
            at=now,
        )
        repo.set_signed(c, doc_id, sha, json.dumps(report.to_dict()))
        repo.update(c, d.id, now, state=str(target), certified_by=actor.id, return_comment=None)
        audit.record(
            c,
            at=now,
            actor=actor.id,
            action=f"dossier.{Action.CERTIFY}",
            subject_kind="dossier",
            subject_id=d.id,
            details={"from": str(d.state), "to": str(target), "cover_sha256": sha},
        )
        stored = repo.get(c, d.id)
    assert stored is not None
    return next(doc for doc in stored.documents if doc.id == doc_id)
