"""The upload queue: certified dossiers become jobs that survive restarts and network loss.

Jobs of a dossier run in order: create the dossier at the fund (idempotency key), upload each
signed document with tus (resuming from the server's offset), then submit. Every step is
idempotent at the platform, so a step interrupted by a crash is simply run again:

- creation carries the dossier's idempotency key: the platform answers with the dossier it
  already created instead of a second one;
- an upload's URL is committed before the first byte is sent: a restart asks the platform for
  its offset and sends only the rest;
- registering an upload and submitting are idempotent at the platform.

Transient failures (no connection, 5xx, 429) are retried with exponential backoff and jitter;
permanent ones (refused document, contract error) stop the dossier and say what to do.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from app.domain.errors import DomainError, NotAllowed
from app.domain.lifecycle import Action, next_state
from app.domain.models import Account, Dossier, DossierState
from app.platform.client import PlatformClient
from app.platform.errors import AuthError, OfflineError, PlatformError, ServerError
from app.services import complement, signing_gate
from app.services.context import Cancelled, Context, Progress
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.store import jobs as jobs_repo
from app.store import notifications as notifications_repo

if TYPE_CHECKING:  # pyHanko (heavy) loads on the first verification, not at start
    from app.signing.verify import VerificationReport
from app.store.jobs import Job
from app.sync import queue_worker, runner_lock, tracking
from app.sync.connectivity import Connectivity
from app.sync.queue_worker import DrainOutcome, RoundReport

log = logging.getLogger(__name__)

BACKOFF_BASE_S = 5.0
BACKOFF_MAX_S = 900.0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with jitter: try n waits between half and all of base * 2^(n-1)."""

    base_s: float = BACKOFF_BASE_S
    max_s: float = BACKOFF_MAX_S

    def delay(self, attempts: int, rng: random.Random | None = None) -> float:
        ceiling = min(self.max_s, self.base_s * 2 ** max(0, attempts - 1))
        return (rng or random.Random()).uniform(ceiling / 2, ceiling)  # noqa: S311


DEFAULT_POLICY = RetryPolicy()


def backoff_seconds(attempts: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter (attempts >= 1), with the default policy."""
    return DEFAULT_POLICY.delay(attempts, rng)


class JobStopped(Exception):
    """The officer paused or cancelled the job's dossier while it was running."""


def _audit(
    ctx: Context, c: sqlite3.Connection, actor: str, action: str, d: Dossier, **details: str
) -> None:
    audit.record(
        c,
        at=ctx.clock(),
        actor=actor,
        action=action,
        subject_kind="dossier",
        subject_id=d.id,
        details=details or None,
    )


def _mine(ctx: Context, actor: Account, dossier_id: str) -> Dossier:
    with ctx.db.read() as c:
        d = dossiers_repo.get(c, dossier_id)
    if d is None:
        raise DomainError("This dossier does not exist.")
    if d.collectivity_id != actor.collectivity_id:
        raise NotAllowed("This dossier belongs to another collectivity.")
    return d


def enqueue(
    ctx: Context,
    actor: Account,
    dossier_id: str,
    *,
    fresh: Mapping[str, VerificationReport] | None = None,
) -> None:
    """Queue a certified dossier; ``fresh``: signature reports just made on its documents (by
    SHA-256), see ``signing_gate.verify_dossier``."""
    d = _mine(ctx, actor, dossier_id)
    target = next_state(d, Action.ENQUEUE, actor)
    complement.require_answers(ctx, d)  # a fund's request needs a new document (issue 6)
    signing_gate.check_before_queue(ctx, d, fresh)  # verify before anything leaves (issue 5)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        current = dossiers_repo.get(c, d.id)
        if current is None or current.state is not d.state:
            raise DomainError("The dossier was changed meanwhile; reopen it.")
        dossiers_repo.update(c, d.id, now, state=str(target))
        if d.remote_id is None:
            jobs_repo.add(c, d.id, "create", now)
        for doc in d.documents:
            if doc.remote_id is None:
                jobs_repo.add(c, d.id, "upload", now, document_id=doc.id, bytes_total=doc.size)
        jobs_repo.add(c, d.id, "submit", now)
        _audit(ctx, c, actor.id, "dossier.enqueue", d, **{"from": str(d.state), "to": target})


# -- the officer's controls ---------------------------------------------------------------------
def _submitted(jobs: list[Job]) -> bool:
    """Whether the submission may have reached the fund (even by an attempt that failed)."""
    return any(
        j.kind == "submit" and (j.state in ("done", "running") or j.attempts > 0) for j in jobs
    )


def pause(ctx: Context, actor: Account, dossier_id: str, paused: bool = True) -> int:
    """Pause (or resume) the sending of a dossier; a running upload stops after its chunk."""
    d = _mine(ctx, actor, dossier_id)
    if actor.role.value == "kiosk":
        raise NotAllowed("This account may not change the queue.")
    with ctx.db.transaction() as c:
        n = jobs_repo.set_paused(c, d.id, paused, ctx.clock())
        if n:
            _audit(ctx, c, actor.id, "queue.pause" if paused else "queue.resume", d)
    return n


def retry(ctx: Context, actor: Account, dossier_id: str) -> int:
    """Try the dossier's failed or waiting steps again now (after the officer fixed the cause)."""
    d = _mine(ctx, actor, dossier_id)
    if actor.role.value == "kiosk":
        raise NotAllowed("This account may not change the queue.")
    with ctx.db.transaction() as c:
        n = jobs_repo.retry(c, d.id, ctx.clock())
        if n:
            _audit(ctx, c, actor.id, "queue.retry", d)
    return n


def _stop_jobs(ctx: Context, actor: Account, dossier_id: str, action: Action) -> None:
    d = _mine(ctx, actor, dossier_id)
    target = next_state(d, action, actor)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        if _submitted(jobs_repo.for_dossier(c, d.id)):
            raise DomainError(
                "The dossier is already being submitted to the fund: it can no longer be "
                "cancelled here."
            )
        current = dossiers_repo.get(c, d.id)
        if current is None or current.state is not d.state:
            raise DomainError("The dossier was changed meanwhile; reopen it.")
        jobs_repo.cancel(c, d.id, now)
        dossiers_repo.update(c, d.id, now, state=str(target))
        _audit(ctx, c, actor.id, f"dossier.{action}", d, **{"from": str(d.state), "to": target})


def cancel(ctx: Context, actor: Account, dossier_id: str) -> None:
    """Take a dossier out of the queue before its submission; it goes back to 'certified'."""
    _stop_jobs(ctx, actor, dossier_id, Action.DEQUEUE)


def withdraw(ctx: Context, actor: Account, dossier_id: str) -> None:
    """Withdraw a dossier that has not been submitted; its unsent steps are cancelled."""
    _stop_jobs(ctx, actor, dossier_id, Action.WITHDRAW)


# -- running the jobs ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RunResult:
    done: int
    failed: list[str]  # permanent failures, in words
    waiting: int  # jobs left for later (offline, backoff)
    offline: str | None = None
    needs_login: str | None = None  # the platform session expired: sign in again
    busy: bool = False  # another runner (another Mellaf on this profile) is sending the queue


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
        _audit(ctx, c, "system", f"dossier.{action}", d, **{"from": str(d.state), "to": target})
    d.state = target


def _check_still_wanted(ctx: Context, job_id: int) -> None:
    with ctx.db.read() as c:
        job = jobs_repo.get(c, job_id)
    if job is None or job.state != "running" or job.paused:
        raise JobStopped()


def _upload(
    ctx: Context, client: PlatformClient, job: Job, d: Dossier, progress: Progress | None
) -> None:
    doc = next((x for x in d.documents if x.id == job.document_id), None)
    if doc is None:
        raise DomainError("A queued document was removed from its dossier.")
    if d.remote_id is None or doc.signed_sha256 is None:
        raise DomainError("A document must be signed and its dossier created before upload.")
    path = ctx.blobs.path_of(doc.signed_sha256)
    if not path.is_file():
        raise DomainError(f"The signed file of {doc.filename} is missing from the profile.")

    def remember(url: str) -> None:
        with ctx.db.transaction() as c:
            jobs_repo.finish(c, job.id, ctx.clock(), upload_url=url, bytes_sent=0)

    def report(sent: int, total: int) -> None:
        with ctx.db.transaction() as c:
            jobs_repo.finish(c, job.id, ctx.clock(), bytes_sent=sent, bytes_total=total)
        if progress:
            progress(sent, total, doc.filename)
        _check_still_wanted(ctx, job.id)

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


def _run_job(ctx: Context, client: PlatformClient, job: Job, progress: Progress | None) -> None:
    d = _dossier(ctx, job.dossier_id)
    if d.state is DossierState.QUEUED:
        _set_state(ctx, d, Action.START_UPLOAD)
    elif d.state is not DossierState.UPLOADING:
        raise DomainError(f"The dossier is '{d.state}': it is not waiting to be sent.")
    if job.kind == "create":
        expected = sorted({doc.item_code for doc in d.documents})
        status = client.create_dossier(
            d.idempotency_key, str(d.type), d.affiliate_membership_no, d.id, expected
        )
        with ctx.db.transaction() as c:
            dossiers_repo.update(c, d.id, ctx.clock(), remote_id=status.id)
    elif job.kind == "upload":
        _upload(ctx, client, job, d, progress)
    elif job.kind == "submit":
        if d.remote_id is None:
            raise DomainError("The dossier was never created at the fund.")
        _check_still_wanted(ctx, job.id)
        status = client.submit(d.remote_id)
        now = ctx.clock()
        with ctx.db.transaction() as c:
            dossiers_repo.update(c, d.id, now, remote_stage=status.stage)
            notifications_repo.answer_requests(c, d.id, now)
        _set_state(ctx, _dossier(ctx, d.id), Action.MARK_SUBMITTED)


def _reschedule(
    ctx: Context, job: Job, exc: PlatformError, policy: RetryPolicy, *, backoff: bool
) -> None:
    wait = policy.delay(job.attempts + 1) if backoff else 0.0
    log.warning(
        "queue: job %d (%s) of dossier %s: %s; try %d, next in %.1f s",
        job.id,
        job.kind,
        job.dossier_id,
        exc,
        job.attempts + 1,
        wait,
    )
    with ctx.db.transaction() as c:
        jobs_repo.finish(
            c,
            job.id,
            ctx.clock(),
            state="pending",
            last_error=exc.user_message,
            next_attempt_at=(ctx.clock() + timedelta(seconds=wait)).isoformat(),
        )


def run_once(
    ctx: Context,
    client: PlatformClient,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    max_jobs: int = 1000,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> RunResult:
    """Run every due job once, in order; transient failures are rescheduled with backoff.

    Only one runner works on a profile's queue at a time (across processes): if another holds
    it, nothing is run and `busy` says so.
    """
    with runner_lock.queue_runner(ctx.profile_dir) as mine:
        if not mine:
            with ctx.db.read() as c:
                waiting = jobs_repo.waiting_count(c)
            return RunResult(0, [], waiting, busy=True)
        with ctx.db.transaction() as c:
            if jobs_repo.release_interrupted(c, ctx.clock()):
                log.info("queue: resuming steps interrupted by a previous run")
        return _run_jobs(ctx, client, progress, cancelled, max_jobs, policy)


def _run_jobs(
    ctx: Context,
    client: PlatformClient,
    progress: Progress | None,
    cancelled: Cancelled | None,
    max_jobs: int,
    policy: RetryPolicy,
) -> RunResult:
    done = 0
    failed: list[str] = []
    offline: str | None = None
    needs_login: str | None = None
    for _ in range(max_jobs):
        if cancelled and cancelled():
            break
        with ctx.db.transaction() as c:
            job = jobs_repo.next_due(c, ctx.clock())
            if job is not None:
                jobs_repo.update(c, job.id, ctx.clock(), state="running", attempts=job.attempts + 1)
        if job is None:
            break
        try:
            _run_job(ctx, client, job, progress)
        except JobStopped:
            with ctx.db.transaction() as c:
                jobs_repo.finish(c, job.id, ctx.clock(), state="pending")
            log.info("queue: job %d stopped by the officer", job.id)
            continue
        except (OfflineError, ServerError) as exc:
            _reschedule(ctx, job, exc, policy, backoff=True)
            offline = exc.user_message
            break  # the platform is not answering: stop this round
        except AuthError as exc:
            _reschedule(ctx, job, exc, policy, backoff=False)
            needs_login = exc.user_message
            break  # nothing will pass until someone signs in again
        except (PlatformError, DomainError) as exc:
            text = exc.user_message if isinstance(exc, PlatformError) else str(exc)
            log.error("queue: job %d (%s) failed for good: %s", job.id, job.kind, exc)
            with ctx.db.transaction() as c:
                if jobs_repo.finish(c, job.id, ctx.clock(), state="failed", last_error=text):
                    notifications_repo.add(c, ctx.clock(), job.dossier_id, "failure")
            failed.append(text)
            continue
        with ctx.db.transaction() as c:
            jobs_repo.finish(c, job.id, ctx.clock(), state="done", last_error=None)
        done += 1
    with ctx.db.read() as c:
        waiting = jobs_repo.waiting_count(c)
    return RunResult(done, failed, waiting, offline, needs_login)


def refresh_status(ctx: Context, actor: Account, client: PlatformClient) -> list[Dossier]:
    """Ask the fund for the stage of every submitted dossier; returns those that changed."""
    return [change.dossier for change in tracking.refresh(ctx, actor, client)]


def seconds_to_next(ctx: Context) -> float | None:
    """Seconds until the earliest waiting job may run (0 if due), None if nothing waits."""
    with ctx.db.read() as c:
        stamp = jobs_repo.next_attempt(c)
    if stamp is None:
        return None
    return max(0.0, (datetime.fromisoformat(stamp) - ctx.clock()).total_seconds())


def drain(
    ctx: Context,
    client: PlatformClient,
    *,
    until_empty: bool,
    timeout_s: float,
    policy: RetryPolicy = DEFAULT_POLICY,
    stop: threading.Event | None = None,
    connectivity: Connectivity | None = None,
    on_round: Callable[[RunResult], None] | None = None,
    progress: Progress | None = None,
) -> DrainOutcome:
    """Run the queue with `app.sync.queue_worker.drain` (the command line and kiosks)."""

    def one_round() -> RunResult:
        return run_once(
            ctx,
            client,
            policy=policy,
            progress=progress,
            cancelled=stop.is_set if stop is not None else None,
        )

    def report(r: RoundReport) -> None:
        if on_round is not None and isinstance(r, RunResult):
            on_round(r)

    return queue_worker.drain(
        one_round,
        lambda: seconds_to_next(ctx),
        until_empty=until_empty,
        timeout_s=timeout_s,
        connectivity=connectivity,
        stop=stop,
        on_round=report,
    )
