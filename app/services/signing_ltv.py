"""Raise a dossier signed B-B offline to long-term validity at a connected kiosk (no token).

Each signed document gets validation data and a document timestamp (``app.signing.ltv``), is
verified again against the profile's trust anchors, and replaces the stored signed file only
when the check passes; one document's failure leaves the others raised and itself untouched.
Allowed while the dossier is signed or certified (before it is queued).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import Account, DossierState
from app.services.context import Cancelled, Context, Progress
from app.services.signed_documents import keep_verified
from app.signing.errors import SigningError
from app.signing.ltv import raise_to_lt
from app.store import dossiers as repo

_RAISABLE = (DossierState.SIGNED, DossierState.CERTIFIED)
_LONG_TERM = ("B-LT", "B-LTA")


@dataclass
class RaiseOutcome:
    raised: int = 0
    already: int = 0
    failures: list[str] = field(default_factory=list)


def _levels(report_json: str | None) -> list[str]:
    if not report_json:
        return []
    try:
        data = json.loads(report_json)
    except ValueError:
        return []
    return [s.get("level", "") for s in data.get("signatures", []) if s.get("kind") == "signature"]


def raise_dossier(
    ctx: Context,
    actor: Account,
    dossier_id: str,
    *,
    tsa_url: str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RaiseOutcome:
    """Bring every signed document of the dossier to B-LT; documents already there are kept."""
    with ctx.db.read() as c:
        d = repo.get(c, dossier_id)
    if d is None:
        raise DomainError("This dossier does not exist.")
    if d.collectivity_id != actor.collectivity_id:
        raise NotAllowed("This dossier belongs to another collectivity.")
    if d.state not in _RAISABLE:
        raise DomainError(
            "Long-term validation data can be added only to a signed dossier that is not yet "
            "queued."
        )
    outcome = RaiseOutcome()
    todo = [doc for doc in d.documents if doc.signed_sha256 is not None]
    for n, doc in enumerate(todo):
        if cancelled and cancelled():
            outcome.failures.append("Cancelled.")
            break
        if progress:
            progress(n, len(todo), doc.filename)
        levels = _levels(doc.signature_report)
        if levels and all(level in _LONG_TERM for level in levels):
            outcome.already += 1
            continue
        assert doc.signed_sha256 is not None
        out = ctx.blobs.temp_path()
        try:
            raise_to_lt(
                ctx.blobs.path_of(doc.signed_sha256),
                out,
                tsa_url=tsa_url,
                trust_roots=ctx.trust_roots,
            )
            problem = keep_verified(ctx, actor, d.id, doc, out, "document.raise_lt")
            if problem:
                outcome.failures.append(problem)
                continue
            outcome.raised += 1
        except SigningError as exc:
            outcome.failures.append(f"{doc.filename}: {exc.user_message}")
        finally:
            out.unlink(missing_ok=True)
    if progress:
        progress(len(todo), len(todo), "")
    return outcome
