"""The queue's controls on a real profile database: pause, resume, retry, cancel, withdraw,
backoff; each change audited; nothing cancellable once the submission has begun."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.domain.errors import DomainError, NotAllowed
from app.domain.lifecycle import Action, allowed
from app.domain.models import Account, DossierState, Role
from app.platform.client import PlatformClient
from app.services import queue
from app.services.context import Context
from app.services.queue import RetryPolicy
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.store import jobs as jobs_repo
from app.store import notifications as notes
from app.store.db import SCHEMA_VERSION
from tests.e2e.queue_support import certified_dossier
from tests.support.fixtures import FixedClock

PREP = Account("prep", "Preparer", Role.PREPARER, "COM-A")
CERT = Account("cert", "Certifier", Role.CERTIFIER, "COM-A")
STRANGER = Account("other", "Certifier elsewhere", Role.CERTIFIER, "COM-B")
KIOSK = Account("kiosk", "Kiosk", Role.KIOSK, "COM-A")


def dead_client() -> PlatformClient:
    return PlatformClient("http://127.0.0.1:9/api/v1", timeout=(0.5, 0.5), token="x")


@pytest.fixture
def queued(ctx: Context, tmp_path: Path) -> str:
    d = certified_dossier(ctx, PREP, CERT, "100000001", [20_000, 30_000], tmp_path)
    queue.enqueue(ctx, CERT, d)
    return d


def jobs(ctx: Context, dossier_id: str) -> list[jobs_repo.Job]:
    with ctx.db.read() as c:
        return jobs_repo.for_dossier(c, dossier_id)


def state(ctx: Context, dossier_id: str) -> DossierState:
    with ctx.db.read() as c:
        d = dossiers_repo.get(c, dossier_id)
    assert d is not None
    return d.state


def actions(ctx: Context, dossier_id: str) -> list[str]:
    with ctx.db.read() as c:
        return [e.action for e in audit.entries(c, subject_id=dossier_id)]


def test_schema_has_the_queue_tables(ctx: Context) -> None:
    assert SCHEMA_VERSION >= 4
    with ctx.db.read() as c:
        cols = {r[1] for r in c.execute("PRAGMA table_info(jobs)")}
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "paused" in cols and {"fund_requests", "notifications"} <= tables


def test_enqueue_makes_create_uploads_submit_in_order(ctx: Context, queued: str) -> None:
    assert [j.kind for j in jobs(ctx, queued)] == ["create", "upload", "upload", "submit"]
    assert state(ctx, queued) is DossierState.QUEUED
    assert "dossier.enqueue" in actions(ctx, queued)


def test_paused_jobs_do_not_run_until_resumed(ctx: Context, queued: str) -> None:
    assert queue.pause(ctx, PREP, queued) == 4
    result = queue.run_once(ctx, dead_client())
    assert result.done == 0 and result.waiting == 0 and result.offline is None
    assert all(j.attempts == 0 and j.paused for j in jobs(ctx, queued))
    assert queue.seconds_to_next(ctx) is None
    assert queue.pause(ctx, PREP, queued, paused=False) == 4
    assert queue.seconds_to_next(ctx) == 0
    assert {"queue.pause", "queue.resume"} <= set(actions(ctx, queued))


def test_offline_reschedules_with_growing_backoff(
    ctx: Context, queued: str, clock: FixedClock
) -> None:
    policy = RetryPolicy(base_s=10, max_s=100)
    waits = []
    for _ in range(5):
        result = queue.run_once(ctx, dead_client(), policy=policy)
        assert result.offline and result.done == 0 and result.waiting == 4
        first = jobs(ctx, queued)[0]
        assert first.state == "pending" and first.last_error
        due = datetime.fromisoformat(first.next_attempt_at)
        waits.append((due - clock.now).total_seconds())
        clock.now = due  # time passes until the retry is due
    for n, wait in enumerate(waits, start=1):
        ceiling = min(100, 10 * 2 ** (n - 1))
        assert ceiling / 2 <= wait <= ceiling
    assert jobs(ctx, queued)[0].attempts == 5
    assert state(ctx, queued) is DossierState.UPLOADING


def test_retry_makes_failed_steps_due_now(ctx: Context, queued: str, clock: FixedClock) -> None:
    first = jobs(ctx, queued)[0]
    with ctx.db.transaction() as c:
        jobs_repo.update(c, first.id, clock.now, state="failed", attempts=3, last_error="x")
    clock.now += timedelta(minutes=5)
    assert queue.retry(ctx, PREP, queued) == 4
    again = jobs(ctx, queued)[0]
    assert again.state == "pending" and again.attempts == 0
    assert datetime.fromisoformat(again.next_attempt_at) == clock.now


def test_cancel_before_submission_returns_to_certified(ctx: Context, queued: str) -> None:
    queue.cancel(ctx, PREP, queued)
    assert state(ctx, queued) is DossierState.CERTIFIED
    assert all(j.state == "cancelled" for j in jobs(ctx, queued))
    assert "dossier.dequeue" in actions(ctx, queued)
    assert queue.run_once(ctx, dead_client()).waiting == 0
    queue.enqueue(ctx, CERT, queued)  # it can be queued again
    assert state(ctx, queued) is DossierState.QUEUED
    assert sum(1 for j in jobs(ctx, queued) if j.state == "pending") == 4


def test_nothing_is_cancelled_once_the_submission_began(
    ctx: Context, queued: str, clock: FixedClock
) -> None:
    submit = jobs(ctx, queued)[-1]
    with ctx.db.transaction() as c:
        jobs_repo.update(c, submit.id, clock.now, state="running")
    with pytest.raises(DomainError, match="submitted"):
        queue.cancel(ctx, PREP, queued)
    with pytest.raises(DomainError):
        queue.withdraw(ctx, PREP, queued)
    assert state(ctx, queued) is DossierState.QUEUED


def test_withdraw_cancels_the_unsent_steps(ctx: Context, queued: str) -> None:
    with pytest.raises(NotAllowed):
        queue.withdraw(ctx, CERT, queued)  # a preparer's decision
    queue.withdraw(ctx, PREP, queued)
    assert state(ctx, queued) is DossierState.WITHDRAWN
    assert all(j.state == "cancelled" for j in jobs(ctx, queued))


def test_other_collectivities_and_kiosks_cannot_touch_the_queue(ctx: Context, queued: str) -> None:
    for call in (queue.pause, queue.retry, queue.cancel):
        with pytest.raises(NotAllowed):
            call(ctx, STRANGER, queued)
    with pytest.raises(NotAllowed):
        queue.pause(ctx, KIOSK, queued)


def test_permanent_failure_stops_the_dossier_and_notifies(
    ctx: Context, queued: str, clock: FixedClock
) -> None:
    # The signed file vanished from the profile: no retry can help; say so.
    with ctx.db.read() as c:
        d = dossiers_repo.get(c, queued)
    assert d is not None
    with ctx.db.transaction() as c:
        dossiers_repo.update(c, d.id, clock.now, remote_id="DOS-FAKE")
        jobs_repo.update(c, jobs(ctx, queued)[0].id, clock.now, state="done")
    ctx.blobs.path_of(str(d.documents[0].signed_sha256)).unlink()
    result = queue.run_once(ctx, dead_client())
    assert len(result.failed) == 1 and "missing" in result.failed[0]
    states = [j.state for j in jobs(ctx, queued)]
    assert states == ["done", "failed", "pending", "pending"]  # the rest waits behind it
    with ctx.db.read() as c:
        assert [n.kind for n in notes.recent(c)] == ["failure"]


def test_lifecycle_dequeue_and_allowed() -> None:
    from tests.unit.domain.test_lifecycle import dossier

    assert allowed(dossier(DossierState.QUEUED), Action.DEQUEUE, PREP)
    assert allowed(dossier(DossierState.UPLOADING), Action.DEQUEUE, CERT)
    assert not allowed(dossier(DossierState.SUBMITTED), Action.DEQUEUE, PREP)
    assert not allowed(dossier(DossierState.QUEUED), Action.DEQUEUE, STRANGER)


def test_one_runner_per_profile_across_processes(ctx: Context, queued: str) -> None:
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from app.sync.runner_lock import queue_runner;"
            "cm = queue_runner(Path(sys.argv[1])); assert cm.__enter__();"
            "print('held', flush=True); time.sleep(30)",
            str(ctx.profile_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = queue.run_once(ctx, dead_client())
        assert result.busy and result.done == 0 and result.waiting == 4
        assert all(j.attempts == 0 for j in jobs(ctx, queued))  # nothing was touched
    finally:
        holder.kill()  # the lock dies with its holder: no stale lock
        holder.communicate()
    result = queue.run_once(ctx, dead_client())
    assert not result.busy and result.offline


def test_an_attempted_submission_is_never_cancelled(
    ctx: Context, queued: str, clock: FixedClock
) -> None:
    # A submission that failed (or whose runner died) may have reached the fund all the same.
    submit = jobs(ctx, queued)[-1]
    with ctx.db.transaction() as c:
        jobs_repo.update(c, submit.id, clock.now, state="pending", attempts=1)
    with pytest.raises(DomainError):
        queue.cancel(ctx, PREP, queued)


def test_steps_left_running_by_a_dead_runner_wait_again(
    ctx: Context, queued: str, clock: FixedClock
) -> None:
    first = jobs(ctx, queued)[0]
    with ctx.db.transaction() as c:
        jobs_repo.update(c, first.id, clock.now, state="running", attempts=1)
    result = queue.run_once(ctx, dead_client())
    assert result.offline  # it was picked up again (and found the platform unreachable)
    again = jobs(ctx, queued)[0]
    assert again.state == "pending" and again.attempts == 2
