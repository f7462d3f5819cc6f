"""The queue through a faulty network: a loopback proxy between the client and the sandbox drops
connections, loses answers, cuts uploads mid-chunk, answers 503 and delays. The queue must
complete, each dossier must reach the fund exactly once, and the backoff must show in the log."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config.profile import FundProfile
from app.domain.models import DossierState
from app.platform.chunking import FIRST_CHUNK, MiB
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services import queue, session
from app.services.context import Context
from app.services.queue import RetryPolicy
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.store import jobs as jobs_repo
from app.sync.connectivity import Connectivity
from tests.e2e.queue_support import accounts, certified_dossier, members, sandbox_rows
from tests.support.faultproxy import Fault, FaultProxy, RequestInfo, no_faults, random_plan

pytestmark = [pytest.mark.e2e, pytest.mark.netfault]

FAST = RetryPolicy(base_s=0.02, max_s=0.4)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=80)
    yield running
    running.stop()


@pytest.fixture
def proxy(sandbox: RunningSandbox) -> Iterator[FaultProxy]:
    with FaultProxy(sandbox.port, lifetime_s=240) as p:
        yield p


@pytest.fixture
def qctx(tmp_path: Path, fund: FundProfile) -> Iterator[Context]:
    c = Context.open(tmp_path / "profile", fund)
    yield c
    c.close()


def _sign_in(ctx: Context, sandbox: RunningSandbox, url: str) -> tuple[session.UserSession, ...]:
    creds = accounts(sandbox.data_dir)
    return tuple(
        session.login(ctx, url, who, creds[who]["password"])
        for who in ("demo.preparer", "demo.certifier")
    )


def _assert_exactly_once(ctx: Context, sandbox: RunningSandbox, dossier_ids: list[str]) -> None:
    for dossier_id in dossier_ids:
        with ctx.db.read() as c:
            d = dossiers_repo.get(c, dossier_id)
        assert d is not None and d.state is DossierState.SUBMITTED and d.remote_id
        remote = sandbox_rows(
            sandbox.data_dir,
            "SELECT id, submitted_at FROM dossiers WHERE idempotency_key = ?",
            (d.idempotency_key,),
        )
        assert len(remote) == 1 and remote[0]["id"] == d.remote_id and remote[0]["submitted_at"]
        registered = sandbox_rows(
            sandbox.data_dir, "SELECT sha256 FROM documents WHERE dossier_id = ?", (d.remote_id,)
        )
        assert sorted(r["sha256"] for r in registered) == sorted(
            str(doc.signed_sha256) for doc in d.documents
        )
    assert ctx.db.integrity_ok()
    with ctx.db.read() as c:
        assert audit.first_broken(c) is None


def test_queue_completes_through_random_faults(
    sandbox: RunningSandbox,
    proxy: FaultProxy,
    qctx: Context,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    prep, cert = _sign_in(qctx, sandbox, proxy.url(sandbox.base_url))
    ids = [
        certified_dossier(qctx, prep.account, cert.account, m, [5 * MiB, 700_000, 40_000], tmp_path)
        for m in members(cert.client, 3)
    ]
    for dossier_id in ids:
        queue.enqueue(qctx, cert.account, dossier_id)

    proxy.plan = random_plan(
        20261123, drop=0.07, drop_after=0.07, cut=0.08, error=0.1, delay=0.1, delay_s=0.05
    )
    with caplog.at_level(logging.WARNING, logger="app.services.queue"):
        out = queue.drain(qctx, cert.client, until_empty=True, timeout_s=150, policy=FAST)
    proxy.plan = no_faults

    assert out.failed == [] and out.waiting == 0 and not out.timed_out
    kinds = {k for k, _, _ in proxy.stats.faults}
    assert {"drop", "drop_after", "cut", "error"} <= kinds, proxy.stats.faults
    backoffs = [r.getMessage() for r in caplog.records if "next in" in r.getMessage()]
    assert len(backoffs) >= 3  # the retries and their waits are in the log
    _assert_exactly_once(qctx, sandbox, ids)


def test_interrupted_upload_resends_at_most_one_chunk_each_time(
    sandbox: RunningSandbox, proxy: FaultProxy, qctx: Context, tmp_path: Path
) -> None:
    prep, cert = _sign_in(qctx, sandbox, proxy.url(sandbox.base_url))
    size = 13 * MiB + 12345
    (member,) = members(cert.client, 4)[3:]
    dossier_id = certified_dossier(qctx, prep.account, cert.account, member, [size], tmp_path)
    queue.enqueue(qctx, cert.account, dossier_id)
    patches = 0

    def first_patches(info: RequestInfo) -> Fault | None:
        nonlocal patches
        if info.method != "PATCH":
            return None
        patches += 1
        return Fault("cut") if patches <= 4 else None

    proxy.plan = first_patches
    out = queue.drain(qctx, cert.client, until_empty=True, timeout_s=60, policy=FAST)
    assert out.waiting == 0 and out.failed == []
    cuts = proxy.stats.count("cut")
    assert cuts >= 3
    with qctx.db.read() as c:
        (upload,) = [j for j in jobs_repo.for_dossier(c, dossier_id) if j.kind == "upload"]
    sent_size = upload.bytes_total
    resent = proxy.stats.patch_bytes_from_client - sent_size
    # Each cut is the first PATCH of an attempt, which starts with the smallest chunk again.
    assert 0 <= resent <= cuts * FIRST_CHUNK, (resent, cuts)
    _assert_exactly_once(qctx, sandbox, [dossier_id])


def test_offline_is_known_and_the_queue_drains_when_back(
    sandbox: RunningSandbox, proxy: FaultProxy, qctx: Context, tmp_path: Path
) -> None:
    prep, cert = _sign_in(qctx, sandbox, proxy.url(sandbox.base_url))
    (member,) = members(cert.client, 5)[4:]
    dossier_id = certified_dossier(qctx, prep.account, cert.account, member, [300_000], tmp_path)
    queue.enqueue(qctx, cert.account, dossier_id)
    net = Connectivity(probe_base_s=0.01, probe_max_s=0.05)
    seen: list[bool | None] = []
    net.subscribe(lambda r: seen.append(r.online))

    proxy.plan = lambda info: Fault("drop")  # the platform is unreachable
    out = queue.drain(
        qctx, cert.client, until_empty=False, timeout_s=5, policy=FAST, connectivity=net
    )
    assert out.offline and out.waiting > 0 and out.done == 0
    assert net.state.online is False and net.state.reason
    assert net.probe(cert.client) is False
    with qctx.db.read() as c:
        waiting = [j for j in jobs_repo.for_dossier(c, dossier_id) if j.state == "pending"]
    assert waiting and waiting[0].last_error  # the reason is kept with the job

    proxy.plan = no_faults  # the connection is back
    assert net.probe(cert.client) is True
    out = queue.drain(
        qctx, cert.client, until_empty=True, timeout_s=30, policy=FAST, connectivity=net
    )
    assert out.waiting == 0 and out.failed == []
    assert seen == [False, True]
    _assert_exactly_once(qctx, sandbox, [dossier_id])
