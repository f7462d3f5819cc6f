"""Read-only views over the store that the screens need and the services do not offer.

Plain functions without Qt, called inside background operations. They only read.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from app.domain.models import Account, Affiliate, Dossier, IdentifierKind
from app.services import dossiers as dossier_service
from app.services import signature_fields
from app.services.context import Context
from app.services.dossiers import ChecklistLine
from app.store import affiliates as affiliates_repo
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.store import jobs as jobs_repo
from app.store.audit import AuditEntry
from app.store.jobs import Job

_pages_lock = threading.Lock()
_pages: dict[str, int | None] = {}  # content-addressed: a hash always has the same page count


def page_count(ctx: Context, sha256: str) -> int | None:
    with _pages_lock:
        if sha256 in _pages:
            return _pages[sha256]
    from pypdf import PdfReader  # heavy: loaded by the first dossier shown, not at start
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        count: int | None = len(PdfReader(ctx.blobs.path_of(sha256), strict=False).pages)
    except (OSError, PyPdfError, ValueError, KeyError, TypeError):
        count = None
    with _pages_lock:
        _pages[sha256] = count
    return count


def affiliate_of(ctx: Context, actor: Account, membership_no: str) -> Affiliate | None:
    with ctx.db.read() as c:
        return affiliates_repo.get(
            c, IdentifierKind.MEMBERSHIP, membership_no, actor.collectivity_id
        )


@dataclass(frozen=True, slots=True)
class FundEvent:
    stage: str
    at: str
    note: str


@dataclass(frozen=True, slots=True)
class FundRequest:
    item_code: str
    reason: str


def _fund_status(raw: dict[str, object] | None) -> tuple[list[FundEvent], list[FundRequest]]:
    """The fund's own history and document requests, from the last status kept locally."""
    if not raw:
        return [], []
    events: list[FundEvent] = []
    requests: list[FundRequest] = []
    history, wanted = raw.get("history"), raw.get("requests")
    for e in history if isinstance(history, list) else []:
        if isinstance(e, dict):
            events.append(
                FundEvent(str(e.get("stage", "")), str(e.get("at", "")), str(e.get("note", "")))
            )
    for r in wanted if isinstance(wanted, list) else []:
        if isinstance(r, dict):
            requests.append(FundRequest(str(r.get("item_code", "")), str(r.get("reason", ""))))
    return events, requests


@dataclass(frozen=True, slots=True)
class DossierBundle:
    """Everything the dossier screen shows, read in one background step."""

    dossier: Dossier
    affiliate: Affiliate | None
    lines: list[ChecklistLine]
    pages: dict[int, int | None]  # document id -> page count
    history: list[AuditEntry]
    jobs: list[Job]
    fund_events: list[FundEvent]
    fund_requests: list[FundRequest]
    facts: dict[str, bool | int] = field(default_factory=dict)
    # document id -> (its empty signature fields, the chosen one): PDFs are parsed off the GUI
    fields: dict[int, tuple[list[str], str | None]] = field(default_factory=dict)


def load_dossier(
    ctx: Context, actor: Account, dossier_id: str, opening: bool = True
) -> DossierBundle:
    """``opening``: the officer opens the dossier (one "dossier.read" audit entry, law 09-08);
    False for a refresh of the dossier already open (no new entry per repaint)."""
    if opening:
        d = dossier_service.get(ctx, actor, dossier_id)
    else:
        d = dossier_service.load(ctx, actor, dossier_id)
    lines = dossier_service.checklist(ctx, d)
    pages = {doc.id: page_count(ctx, doc.original_sha256) for doc in d.documents}
    with ctx.db.read() as c:
        history = audit.entries(c, subject_id=d.id, limit=200)
        jobs = jobs_repo.for_dossier(c, d.id)
        events, requests = _fund_status(dossiers_repo.remote_json(c, d.id))
        facts = dossiers_repo.facts(c, d.id)
    return DossierBundle(
        d,
        affiliate_of(ctx, actor, d.affiliate_membership_no),
        lines,
        pages,
        [h for h in history if h.action != "dossier.read"],
        jobs,
        events,
        requests,
        facts,
        signature_fields.fields_by_document(ctx, d),
    )


@dataclass(frozen=True, slots=True)
class DossierRow:
    dossier: Dossier
    affiliate: Affiliate | None


@dataclass(frozen=True, slots=True)
class JobRow:
    job: Job
    affiliate: Affiliate | None
    membership_no: str
    filename: str


def job_rows(ctx: Context, actor: Account) -> list[JobRow]:
    """The upload jobs of the actor's collectivity, newest dossier first."""
    rows: list[JobRow] = []
    with ctx.db.read() as c:
        jobs = jobs_repo.all_jobs(c)
        cache: dict[str, Dossier | None] = {}
        for job in jobs:
            if job.dossier_id not in cache:
                cache[job.dossier_id] = dossiers_repo.get(c, job.dossier_id)
            d = cache[job.dossier_id]
            if d is None or d.collectivity_id != actor.collectivity_id:
                continue
            a = affiliates_repo.get(
                c, IdentifierKind.MEMBERSHIP, d.affiliate_membership_no, actor.collectivity_id
            )
            filename = next((doc.filename for doc in d.documents if doc.id == job.document_id), "")
            rows.append(JobRow(job, a, d.affiliate_membership_no, filename))
    return rows
