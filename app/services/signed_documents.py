"""Keeping a newly signed (or re-timestamped) document: verify it, store it, record it."""

from __future__ import annotations

import json
from pathlib import Path

from app.domain.models import Account, Document
from app.services.context import Context
from app.signing.verify import verify_pdf
from app.store import audit
from app.store import dossiers as repo


def keep_verified(
    ctx: Context, actor: Account, dossier_id: str, doc: Document, output: Path, action: str
) -> str | None:
    """Verify `output` against the profile's anchors; when it holds, store it as the document's
    signed version with its report and an audit entry `action`.

    Returns None when kept, else one sentence saying why not (the output is not kept).
    """
    report = verify_pdf(output, ctx.trust_roots)
    if not report.ok:
        return f"{doc.filename}: " + "; ".join(report.problems)
    sha, _ = ctx.blobs.put_file(output)
    with ctx.db.transaction() as c:
        repo.set_signed(c, doc.id, sha, json.dumps(report.to_dict()))
        audit.record(
            c,
            at=ctx.clock(),
            actor=actor.id,
            action=action,
            subject_kind="dossier",
            subject_id=dossier_id,
            details={"document": str(doc.id), "sha256": sha},
        )
    return None
