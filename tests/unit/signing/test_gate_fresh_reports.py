"""The queue's gate takes reports made moments ago on the same bytes (a package import verified
every document) instead of verifying each file twice, and only for those very bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.models import DossierState
from app.services import dossiers, queue
from app.services.context import Context
from app.services.signing_gate import SignaturesNotReady
from app.signing.verify import VerificationReport, verify_pdf
from tests.unit.signing.test_dossier_gate_and_raise import CERT, p12, signed_dossier

__all__ = ["p12"]  # the module-scoped fixture, shared


def _reports(ctx: Context, dossier_id: str) -> dict[str, VerificationReport]:
    d = dossiers.get(ctx, CERT, dossier_id)
    shas = [doc.signed_sha256 for doc in d.documents if doc.signed_sha256]
    return {sha: verify_pdf(ctx.blobs.path_of(sha), ctx.trust_roots) for sha in shas}


def test_fresh_reports_stand_for_the_same_bytes_only(
    ctx: Context, p12: Path, tmp_path: Path, test_pki: Any
) -> None:
    dossier_id = signed_dossier(ctx, p12, tmp_path, test_pki)
    dossiers.certify(ctx, CERT, dossier_id)
    fresh = _reports(ctx, dossier_id)
    assert fresh and all(r.ok for r in fresh.values())
    ctx.trust_roots.clear()  # a new verification would now fail: reused reports show
    elsewhere = {"0" * 64: next(iter(fresh.values()))}
    with pytest.raises(SignaturesNotReady):
        queue.enqueue(ctx, CERT, dossier_id, fresh=elsewhere)  # other bytes: verified again
    queue.enqueue(ctx, CERT, dossier_id, fresh=fresh)
    assert dossiers.get(ctx, CERT, dossier_id).state is DossierState.QUEUED


def test_a_file_changed_on_disk_is_refused_whatever_the_reports(
    ctx: Context, p12: Path, tmp_path: Path, test_pki: Any
) -> None:
    dossier_id = signed_dossier(ctx, p12, tmp_path, test_pki)
    dossiers.certify(ctx, CERT, dossier_id)
    fresh = _reports(ctx, dossier_id)
    victim = dossiers.get(ctx, CERT, dossier_id).documents[0]
    assert victim.signed_sha256 is not None
    path = ctx.blobs.path_of(victim.signed_sha256)
    path.chmod(0o644)
    path.write_bytes(path.read_bytes() + b"\n% appended after signing\n")
    with pytest.raises(SignaturesNotReady, match="changed on disk"):
        queue.enqueue(ctx, CERT, dossier_id, fresh=fresh)
