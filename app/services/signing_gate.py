"""Verify before anything leaves: a dossier's signed documents are checked again at queue time.

``sign_all`` verifies each output right after signing; between then and the queue a file could
have been damaged on disk, the trust anchors of the profile changed, or a certificate been
revoked (when revocation data is embedded). ``check_before_queue`` re-opens every signed file and
refuses the dossier unless each is intact, valid, trusted against the profile's anchors and
covered whole by its last signature. The fresh report replaces the stored one, so what the
officer views is what the queue decided on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.domain.errors import DomainError
from app.domain.models import Document, Dossier
from app.services.context import Context
from app.signing.errors import SigningError
from app.store import dossiers as repo
from app.store.blobs import sha256_file

if TYPE_CHECKING:  # pyHanko (heavy) loads on the first verification, not at start
    from app.signing.verify import VerificationReport

log = logging.getLogger(__name__)


class SignaturesNotReady(DomainError):
    """At least one document of the dossier may not leave; ``problems`` say which and why."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            "The dossier cannot be queued: its signatures did not pass the final check. "
            + " ".join(problems)
        )


@dataclass
class GateResult:
    reports: dict[int, VerificationReport] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _check_document(
    ctx: Context,
    doc: Document,
    result: GateResult,
    fresh: Mapping[str, VerificationReport] | None = None,
) -> None:
    if doc.signed_sha256 is None:
        result.problems.append(f"{doc.filename}: it is not signed.")
        return
    path = ctx.blobs.path_of(doc.signed_sha256)
    if not path.is_file():
        result.problems.append(f"{doc.filename}: the signed file is missing on this computer.")
        return
    if sha256_file(path) != doc.signed_sha256:
        result.problems.append(
            f"{doc.filename}: the signed file was changed on disk since it was signed."
        )
        return
    from app.signing.verify import verify_pdf

    report = fresh.get(doc.signed_sha256) if fresh else None
    if report is None:
        try:
            report = verify_pdf(path, ctx.trust_roots)
        except SigningError as exc:
            result.problems.append(f"{doc.filename}: {exc.user_message}")
            return
    result.reports[doc.id] = report
    if not report.ok:
        first = report.problems[0] if report.problems else "verification failed"
        result.problems.append(f"{doc.filename}: {first}")


def verify_dossier(
    ctx: Context, dossier: Dossier, fresh: Mapping[str, VerificationReport] | None = None
) -> GateResult:
    """Check every document of ``dossier`` again and store the fresh reports.

    ``fresh``: reports the caller made moments ago on these very bytes (by SHA-256; a package
    import verifies every document before it applies anything), used instead of verifying the
    same file twice. The file on disk is still hashed against its recorded SHA-256."""
    result = GateResult()
    if not dossier.documents:
        result.problems.append("The dossier holds no document.")
    for doc in dossier.documents:
        _check_document(ctx, doc, result, fresh)
    if result.reports:
        with ctx.db.transaction() as c:
            for doc in dossier.documents:
                report = result.reports.get(doc.id)
                if report is not None and doc.signed_sha256 is not None:
                    repo.set_signed(c, doc.id, doc.signed_sha256, json.dumps(report.to_dict()))
    return result


def check_before_queue(
    ctx: Context, dossier: Dossier, fresh: Mapping[str, VerificationReport] | None = None
) -> None:
    """Raise SignaturesNotReady unless every signed document may leave (called by enqueue)."""
    result = verify_dossier(ctx, dossier, fresh)
    if not result.ok:
        log.info("dossier %s refused at queue time (%d problems)", dossier.id, len(result.problems))
        raise SignaturesNotReady(result.problems)
