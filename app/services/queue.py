"""The upload queue: certified dossiers become jobs that survive restarts and network loss.

Jobs of a dossier run in order: create the dossier at the fund (idempotency key), upload each
signed document with tus (resuming from the server's offset), then submit.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from app.domain.errors import DomainError
from app.domain.lifecycle import Action, next_state
from app.domain.models import Account, Dossier, DossierState
from app.platform.client import PlatformClient
from app.platform.errors import OfflineError, PlatformError, ServerError
from app.services.context import Cancelled, Context, Progress
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.store import jobs as jobs_repo
from app.store.jobs import Job

BACKOFF_BASE_S = 5.0
BACKOFF_MAX_S = 900.0


def backoff_seconds(attempts: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter (attempts >= 1)."""
    ceiling = min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** max(0, attempts - 1))
    return (rng or random.Random()).uniform(ceiling / 2, ceiling)  # noqa: S311


def enqueue(ctx: Context, actor: Account, dossier_id: str) -> None:
    with ctx.db.read() as c:
        d = dossiers_repo.get(c, dossier_id)
    if d is None or d.collectivity_id != actor.collectivity_id:
        raise DomainError("This dossier does not exist.")
    target = next_state(d, Action.ENQUEUE, actor)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        dossiers_repo.update(c, d.id, now, state=str(target))
        if d.remote_id is None:
            jobs_repo.add(c, d.id, "create", now)
        for doc in d.documents:
            if doc.remote_id is None:
                jobs_repo.add(c, d.id, "upload", now, document_id=doc.id, bytes_total=doc.size)
        jobs_repo.add(c, d.id, "submit", now)
        audit.record(
            c,
            at=now,
            actor=actor.id,
            action="dossier.enqueue",
            subject_kind="dossier",
            subject_id=d.id,
            details={"from": str(d.state), "to": str(target)},
        )


@dataclass(frozen=True, slots=True)
class RunResult:
    done: int
    failed: list[str]  # permanent failures, in words
    waiting: int  # jobs left for later (offline, backoff)
    offline: str | None = None


def _dossier(ctx: Context, dossier_id: str) -> Dossier:
    with ctx.db.read() as c:
        d = dossiers_repo.get(c, dossier_id)
    if d is None:
        raise DomainError("The dossier of a queued job has disappeared.")
    return d


def _set_state(ctx: Context, d: Dossier, action: Action) -> None:
    target = next_state(d, action, None)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        dossiers_repo.update(c, d.id, now, state=str(target))
        audit.record(
            c,
            at=now,
            actor="system",
            action=f"dossier.{action}",
            subject_kind="dossier",
            subject_id=d.id,
            details={"from": str(d.state), "to": str(target)},
        )
    d.state = target


def _run_job(ctx: Context, client: PlatformClient, job: Job, progress: Progress | None) -> None:
    d = _dossier(ctx, job.dossier_id)
    if d.state is DossierState.QUEUED:
        _set_state(ctx, d, Action.START_UPLOAD)
    if job.kind == "create":
        expected = sorted({doc.item_code for doc in d.documents})
        status = client.create_dossier(
            d.idempotency_key, str(d.type), d.affiliate_membership_no, d.id, expected
        )
        with ctx.db.transaction() as c:
            dossiers_repo.update(c, d.id, ctx.clock(), remote_id=status.id)
    elif job.kind == "upload":
        doc = next(x for x in d.documents if x.id == job.document_id)
        if d.remote_id is None or doc.signed_sha256 is None:
            raise DomainError("A document must be signed and its dossier created before upload.")
        path = ctx.blobs.path_of(doc.signed_sha256)

        def remember(url: str) -> None:
            with ctx.db.transaction() as c:
                jobs_repo.update(c, job.id, ctx.clock(), upload_url=url)

        def report(sent: int, total: int) -> None:
            if progress:
                progress(sent, total, doc.filename)

        upload_id = client.upload_document(
            d.remote_id,
            path,
            doc.item_code,
            doc.signed_sha256,
            progress=report,
            resume_url=job.upload_url,
            on_url=remember,
        )
        remote_doc = client.register_document(
            d.remote_id, upload_id, doc.item_code, doc.filename, doc.signed_sha256
        )
        with ctx.db.transaction() as c:
            dossiers_repo.set_document_remote(c, doc.id, remote_doc)
            jobs_repo.update(c, job.id, ctx.clock(), bytes_sent=path.stat().st_size)
    elif job.kind == "submit":
        if d.remote_id is None:
            raise DomainError("The dossier was never created at the fund.")
        status = client.submit(d.remote_id)
        with ctx.db.transaction() as c:
            dossiers_repo.update(c, d.id, ctx.clock(), remote_stage=status.stage)
        _set_state(ctx, _dossier(ctx, d.id), Action.MARK_SUBMITTED)


def run_once(
    ctx: Context,
    client: PlatformClient,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    max_jobs: int = 1000,
) -> RunResult:
    """Run every due job once, in order; transient failures are rescheduled with backoff."""
    done = 0
    failed: list[str] = []
    offline: str | None = None
    for _ in range(max_jobs):
        if cancelled and cancelled():
            break
        with ctx.db.read() as c:
            job = jobs_repo.next_due(c, ctx.clock())
        if job is None:
            break
        now = ctx.clock()
        with ctx.db.transaction() as c:
            jobs_repo.update(c, job.id, now, state="running", attempts=job.attempts + 1)
        try:
            _run_job(ctx, client, job, progress)
        except (OfflineError, ServerError) as exc:
            wait = backoff_seconds(job.attempts + 1)
            with ctx.db.transaction() as c:
                jobs_repo.update(
                    c,
                    job.id,
                    ctx.clock(),
                    state="pending",
                    last_error=exc.user_message,
                    next_attempt_at=(ctx.clock() + timedelta(seconds=wait)).isoformat(),
                )
            offline = exc.user_message
            break  # the platform is not answering: stop this round
        except (PlatformError, DomainError) as exc:
            text = exc.user_message if isinstance(exc, PlatformError) else str(exc)
            with ctx.db.transaction() as c:
                jobs_repo.update(c, job.id, ctx.clock(), state="failed", last_error=text)
            failed.append(text)
            continue
        with ctx.db.transaction() as c:
            jobs_repo.update(c, job.id, ctx.clock(), state="done", last_error=None)
        done += 1
    with ctx.db.read() as c:
        waiting = sum(1 for j in jobs_repo.all_jobs(c) if j.state in ("pending", "running"))
    return RunResult(done, failed, waiting, offline)


_STAGE_ACTIONS = {
    "under_review": Action.REMOTE_UNDER_REVIEW,
    "documents_requested": Action.REMOTE_DOCUMENTS_REQUESTED,
    "liquidated": Action.REMOTE_LIQUIDATED,
    "rejected": Action.REMOTE_REJECTED,
}
_TRACKED = (DossierState.SUBMITTED, DossierState.UNDER_REVIEW)


def refresh_status(ctx: Context, actor: Account, client: PlatformClient) -> list[Dossier]:
    """Ask the fund for the stage of every submitted dossier; returns those that changed."""
    with ctx.db.read() as c:
        tracked = dossiers_repo.list_for(c, actor.collectivity_id, states=_TRACKED)
    changed = []
    for d in tracked:
        if d.remote_id is None:
            continue
        status = client.get_dossier(d.remote_id)
        if status.stage == d.remote_stage:
            continue
        with ctx.db.transaction() as c:
            dossiers_repo.update(
                c, d.id, ctx.clock(), remote_stage=status.stage, remote_json=status.to_json()
            )
        d.remote_stage = status.stage
        action = _STAGE_ACTIONS.get(status.stage)
        if action is not None and d.state is not next_state(d, action, None):
            _set_state(ctx, d, action)
        changed.append(d)
    return changed
