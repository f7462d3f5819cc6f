"""Tracking at the fund: stages polled, notifications raised, and a request for documents
answered by a complementary submission (the sandbox asks for a birth certificate when the
membership number ends in 7)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config.profile import FundProfile
from app.domain.errors import NotAllowed
from app.domain.models import DossierState
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services import complement, dossiers, queue, session
from app.services.context import Context
from app.services.queue import RetryPolicy
from app.signing.handler import ScriptedHandler
from app.signing.software import SoftwareBackend
from app.store import audit
from app.store import notifications as notes
from app.sync import tracking
from tests.e2e.queue_support import accounts, certified_dossier, demo_signer, sandbox_rows
from tests.support.fixtures import make_pdf

pytestmark = [pytest.mark.e2e]

FAST = RetryPolicy(base_s=0.02, max_s=0.2)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=80)
    yield running
    running.stop()


def test_documents_requested_leads_to_a_complementary_submission(
    sandbox: RunningSandbox, tmp_path: Path, fund: FundProfile
) -> None:
    ctx = Context.open(tmp_path / "profile", fund)
    creds = accounts(sandbox.data_dir)
    prep, cert = (
        session.login(ctx, sandbox.base_url, who, creds[who]["password"])
        for who in ("demo.preparer", "demo.certifier")
    )
    page = cert.client.list_affiliates(None, 200)
    member = next(a.membership_no for a in page.items if a.membership_no.endswith("7"))
    d_id = certified_dossier(ctx, prep.account, cert.account, member, [50_000] * 4, tmp_path)
    queue.enqueue(ctx, cert.account, d_id)
    assert queue.drain(ctx, cert.client, until_empty=True, timeout_s=30, policy=FAST).waiting == 0
    assert dossiers.get(ctx, cert.account, d_id).state is DossierState.SUBMITTED

    # Nothing moved yet: nothing to say.
    assert tracking.refresh(ctx, cert.account, cert.client) == []
    cert.client.sandbox_advance_clock(3 * 3600)
    (change,) = tracking.refresh(ctx, cert.account, cert.client)
    assert change.new_stage == "under_review" and change.old_stage == "received"
    assert change.dossier.state is DossierState.UNDER_REVIEW
    cert.client.sandbox_advance_clock(49 * 3600)
    (change,) = tracking.refresh(ctx, cert.account, cert.client)
    assert change.new_stage == "documents_requested"
    assert change.new_requests == ["birth_certificate"]
    assert tracking.refresh(ctx, cert.account, cert.client) == []  # no news, no noise
    with ctx.db.read() as c:
        kinds = [(n.kind, n.stage) for n in notes.recent(c)]
        assert notes.unread_count(c) == 3
    assert kinds == [
        ("request", "documents_requested"),
        ("stage", "documents_requested"),
        ("stage", "under_review"),
    ]

    # Only a preparer reopens; the checklist then shows what the fund asked for.
    with pytest.raises(NotAllowed):
        complement.reopen(ctx, cert.account, d_id)
    (request,) = complement.reopen(ctx, prep.account, d_id)
    assert request.item_code == "birth_certificate" and request.reason
    d = dossiers.get(ctx, prep.account, d_id)
    assert d.state is DossierState.DRAFT
    lines = dossiers.checklist(ctx, d)
    assert any(line.spec.code == "birth_certificate" for line in lines)

    # The preparer adds the requested document (and anything else the checklist now needs).
    dossiers.attach(ctx, prep.account, d_id, "birth_certificate", make_pdf(tmp_path / "bc.pdf"))
    for n, line in enumerate(dossiers.checklist(ctx, dossiers.get(ctx, prep.account, d_id))):
        if line.missing:
            pdf = make_pdf(tmp_path / f"more{n}.pdf")
            dossiers.attach(ctx, prep.account, d_id, line.spec.code, pdf)
    identity = demo_signer(tmp_path)
    backend = SoftwareBackend(identity.p12_path, identity.passphrase)
    with backend.open_session(ScriptedHandler()) as signer:
        assert dossiers.sign_all(ctx, prep.account, d_id, signer).failures == []
    dossiers.certify(ctx, cert.account, d_id)
    queue.enqueue(ctx, cert.account, d_id)
    assert queue.drain(ctx, cert.client, until_empty=True, timeout_s=30, policy=FAST).waiting == 0

    d = dossiers.get(ctx, cert.account, d_id)
    assert d.state is DossierState.SUBMITTED
    remote = sandbox_rows(
        sandbox.data_dir, "SELECT resubmitted_at FROM dossiers WHERE id = ?", (d.remote_id,)
    )
    assert len(remote) == 1 and remote[0]["resubmitted_at"]
    assert complement.open_requests(ctx, prep.account, d_id) == []
    cert.client.sandbox_advance_clock(3 * 3600 + 49 * 3600)
    (change,) = tracking.refresh(ctx, cert.account, cert.client)
    assert change.new_stage == "liquidated" and change.dossier.state is DossierState.LIQUIDATED
    with ctx.db.read() as c:
        assert audit.first_broken(c) is None
        actions = [e.action for e in audit.entries(c, subject_id=d_id)]
    for expected in (
        "dossier.remote_under_review",
        "dossier.remote_documents_requested",
        "dossier.reopen",
        "dossier.remote_liquidated",
    ):
        assert expected in actions
    ctx.close()


def test_poller_backs_off_while_failing_and_recovers() -> None:
    now = [0.0]
    poller = tracking.StatusPoller(60, max_s=600, clock=lambda: now[0])
    assert poller.due()
    waits = [poller.record(False) for _ in range(6)]
    for n, wait in enumerate(waits, start=1):
        ceiling = min(600, 60 * 2**n)  # doubling, capped, jittered within the upper half
        assert ceiling / 2 <= wait <= ceiling
    assert not poller.due()
    now[0] += poller.seconds_left()
    assert poller.due()
    assert poller.record(True) == 60 and poller.failures == 0
