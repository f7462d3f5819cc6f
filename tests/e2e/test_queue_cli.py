"""`mellaf queue status|run|pause|resume|retry|cancel` as real processes on a real profile."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config.profile import FundProfile
from app.domain.models import DossierState
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services import queue, session
from app.services.context import Context
from app.store import dossiers as dossiers_repo
from tests.e2e.queue_support import accounts, certified_dossier, members

pytestmark = [pytest.mark.e2e]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=40)
    yield running
    running.stop()


def mellaf(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--profile", str(profile), "queue", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=REPO,
    )


def test_queue_commands(sandbox: RunningSandbox, tmp_path: Path, fund: FundProfile) -> None:
    profile = tmp_path / "profile"
    ctx = Context.open(profile, fund)
    creds = accounts(sandbox.data_dir)
    prep = session.login(ctx, sandbox.base_url, "demo.preparer", creds["demo.preparer"]["password"])
    cert = session.login(
        ctx, sandbox.base_url, "demo.certifier", creds["demo.certifier"]["password"]
    )
    first, second = (
        certified_dossier(ctx, prep.account, cert.account, m, [60_000], tmp_path)
        for m in members(cert.client, 2)
    )
    for d in (first, second):
        queue.enqueue(ctx, cert.account, d)
    ctx.close()

    empty = mellaf(tmp_path / "empty", "status")
    assert empty.returncode == 0 and "the queue is empty" in empty.stdout
    bad = mellaf(profile, "run", "--timeout", "-3")
    assert bad.returncode != 0 and "more than 0" in bad.stderr

    assert mellaf(profile, "pause", first).returncode == 0
    assert mellaf(profile, "cancel", second).returncode == 0
    status = mellaf(profile, "status", "--json")
    rows = [json.loads(line) for line in status.stdout.splitlines()]
    assert {r["state"] for r in rows if r["dossier"] == first} == {"paused"}
    assert {r["state"] for r in rows if r["dossier"] == second} == {"cancelled"}
    assert {"id", "kind", "attempts", "bytes_sent", "bytes_total", "last_error"} <= set(rows[0])

    nothing = mellaf(profile, "run", "--until-empty", "--timeout", "20")
    assert nothing.returncode == 0 and "done 0, waiting 0" in nothing.stdout
    assert mellaf(profile, "resume", first).returncode == 0
    sent = mellaf(profile, "run", "--until-empty", "--timeout", "60")
    assert sent.returncode == 0, sent.stderr
    text = mellaf(profile, "status")
    assert "0 waiting, 0 failed" in text.stdout

    unknown = mellaf(profile, "retry", "no-such-dossier")
    assert unknown.returncode == 1 and "does not exist" in unknown.stderr
    assert "Traceback" not in unknown.stderr

    ctx = Context.open(profile, fund)
    with ctx.db.read() as c:
        a, b = dossiers_repo.get(c, first), dossiers_repo.get(c, second)
    assert a is not None and a.state is DossierState.SUBMITTED
    assert b is not None and b.state is DossierState.CERTIFIED
    ctx.close()
