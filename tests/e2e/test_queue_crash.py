"""kill -9 of `mellaf queue run` at random points during upload and submission, repeated: after
a restart every dossier reaches the sandbox exactly once and the profile database passes
integrity_check. MELLAF_CRASH_RUNS sets the number of kills (CI: a few; the long run: 50+)."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config.profile import FundProfile
from app.domain.models import DossierState
from app.platform.chunking import MiB
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services import queue, session
from app.services.context import Context
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.store import jobs as jobs_repo
from tests.e2e.queue_support import accounts, certified_dossier, members, sandbox_rows

pytestmark = [pytest.mark.e2e, pytest.mark.crash]

REPO = Path(__file__).resolve().parents[2]
MELLAF = (sys.executable, "-m", "app")
RUNS = int(os.environ.get("MELLAF_CRASH_RUNS", "5"))


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=max(80, 3 * RUNS))
    yield running
    running.stop()


def _queue_run(profile: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*MELLAF, "--profile", str(profile), "queue", "run", "--until-empty", "--timeout", "120"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _work_started(db: Path) -> bool:
    """Whether the child has started a job (read through a separate connection)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        row = conn.execute("SELECT COUNT(*) FROM jobs WHERE attempts > 0").fetchone()
        return int(row[0]) > 0
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def test_kill_9_during_upload_and_submission(
    sandbox: RunningSandbox, tmp_path: Path, fund: FundProfile
) -> None:
    profile = tmp_path / "profile"
    creds = accounts(sandbox.data_dir)
    ctx = Context.open(profile, fund)
    prep = session.login(ctx, sandbox.base_url, "demo.preparer", creds["demo.preparer"]["password"])
    # The certifier's session is the one kept in the profile: the child process uses it.
    cert = session.login(
        ctx, sandbox.base_url, "demo.certifier", creds["demo.certifier"]["password"]
    )
    people = members(cert.client, RUNS)
    trust = list(ctx.trust_roots)
    ctx.close()

    rng = random.Random(6)
    ids: list[str] = []
    killed_mid_work = 0
    for run in range(RUNS):
        ctx = Context.open(profile, fund)
        ctx.trust_roots[:] = trust
        ids.append(
            certified_dossier(
                ctx, prep.account, cert.account, people[run], [6 * MiB, 3 * MiB], tmp_path
            )
        )
        trust = list(ctx.trust_roots)
        queue.enqueue(ctx, cert.account, ids[-1])
        ctx.close()
        child = _queue_run(profile)
        deadline = time.monotonic() + 60
        while not _work_started(profile / "mellaf.sqlite") and child.poll() is None:
            assert time.monotonic() < deadline, "the queue never started"
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.5))
        if child.poll() is None:
            killed_mid_work += 1
        child.kill()  # SIGKILL: no cleanup of any kind
        child.communicate(timeout=30)

    final = _queue_run(profile)
    out, err = final.communicate(timeout=180)
    assert final.returncode == 0, (out.decode(), err.decode())
    assert killed_mid_work >= max(1, RUNS // 2)

    ctx = Context.open(profile, fund)
    try:
        assert ctx.db.integrity_ok()
        with ctx.db.read() as c:
            assert audit.first_broken(c) is None
            assert all(j.state == "done" for j in jobs_repo.all_jobs(c))
            local = [dossiers_repo.get(c, i) for i in ids]
        for d in local:
            assert d is not None and d.state is DossierState.SUBMITTED
            remote = sandbox_rows(
                sandbox.data_dir,
                "SELECT id, submitted_at FROM dossiers WHERE idempotency_key = ?",
                (d.idempotency_key,),
            )
            assert len(remote) == 1 and remote[0]["id"] == d.remote_id
            assert remote[0]["submitted_at"]
            registered = sandbox_rows(
                sandbox.data_dir,
                "SELECT sha256 FROM documents WHERE dossier_id = ?",
                (d.remote_id,),
            )
            assert sorted(r["sha256"] for r in registered) == sorted(
                str(doc.signed_sha256) for doc in d.documents
            )
        every = sandbox_rows(sandbox.data_dir, "SELECT COUNT(*) AS n FROM dossiers")
        assert every[0]["n"] == len(ids)
    finally:
        ctx.close()
