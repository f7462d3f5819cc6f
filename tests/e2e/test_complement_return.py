"""A complementary submission that the certifier returns once: the documents the fund already
has keep their signed version and their remote id, and the fund's request is answered only by a
new document (real sandbox over HTTP, real SQLite profile, demo software identity)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config.profile import FundProfile
from app.domain.errors import DomainError
from app.domain.models import DossierState
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services import certification, complement, documents, dossiers, queue, session
from app.services.context import Context
from app.services.dossiers import DocumentRefused
from app.services.queue import RetryPolicy
from app.signing.handler import ScriptedHandler
from app.signing.software import SoftwareBackend
from app.store import dossiers as dossiers_repo
from app.store import jobs as jobs_repo
from app.sync import tracking
from tests.e2e.queue_support import (
    accounts,
    certified_dossier,
    demo_signer,
    padded_pdf,
    sandbox_rows,
)

pytestmark = [pytest.mark.e2e]

FAST = RetryPolicy(base_s=0.02, max_s=0.2)
REQUESTED = "birth_certificate"  # what the sandbox asks for (membership numbers ending in 7)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=80)
    yield running
    running.stop()


def _sign_all(ctx: Context, prep: session.UserSession, d_id: str, tmp: Path) -> None:
    identity = demo_signer(tmp)
    backend = SoftwareBackend(identity.p12_path, identity.passphrase)
    with backend.open_session(ScriptedHandler()) as signer:
        assert dossiers.sign_all(ctx, prep.account, d_id, signer).failures == []


def _certify(ctx: Context, cert: session.UserSession, d_id: str, tmp: Path) -> None:
    identity = demo_signer(tmp)
    backend = SoftwareBackend(identity.p12_path, identity.passphrase)
    with backend.open_session(ScriptedHandler()) as signer:
        certification.certify_with_cover(ctx, cert.account, d_id, signer)


def test_returned_complement_keeps_sent_signatures_and_needs_a_new_document(
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
    d_id = certified_dossier(ctx, prep.account, cert.account, member, [40_000] * 4, tmp_path)
    with ctx.db.transaction() as c:  # certified as the GUI does it: with a signed cover sheet
        dossiers_repo.update(c, d_id, ctx.clock(), state=str(DossierState.SIGNED))
    _certify(ctx, cert, d_id, tmp_path)
    queue.enqueue(ctx, cert.account, d_id)
    assert queue.drain(ctx, cert.client, until_empty=True, timeout_s=30, policy=FAST).waiting == 0
    cert.client.sandbox_advance_clock(52 * 3600)
    tracking.refresh(ctx, cert.account, cert.client)
    assert dossiers.get(ctx, cert.account, d_id).state is DossierState.DOCUMENTS_REQUESTED

    sent = {
        doc.id: (doc.signed_sha256, doc.remote_id)
        for doc in dossiers.get(ctx, prep.account, d_id).documents
    }
    assert all(sha and remote for sha, remote in sent.values())
    old = next(
        doc for doc in dossiers.get(ctx, prep.account, d_id).documents if doc.item_code == REQUESTED
    )
    (request,) = complement.reopen(ctx, prep.account, d_id)
    assert request.item_code == REQUESTED

    # The document already sent does not answer the request, nor does a copy of its file.
    d = dossiers.get(ctx, prep.account, d_id)
    line = next(x for x in dossiers.checklist(ctx, d) if x.spec.code == REQUESTED)
    assert line.missing and line.documents[0].id == old.id
    assert complement.unanswered_items(d, [REQUESTED]) == [REQUESTED]
    copy = tmp_path / "same-as-sent.pdf"
    copy.write_bytes(ctx.blobs.path_of(old.original_sha256).read_bytes())
    with pytest.raises(DocumentRefused, match="already sent"):
        documents.attach_files(ctx, prep.account, d_id, REQUESTED, [copy])
    # ... and a document the fund has cannot be removed from the dossier.
    with pytest.raises(DomainError, match="already sent"):
        dossiers.remove_document(ctx, prep.account, d_id, old.id)

    dossiers.attach(ctx, prep.account, d_id, REQUESTED, padded_pdf(tmp_path, 30_000))
    d = dossiers.get(ctx, prep.account, d_id)
    assert d.state is DossierState.COMPLETE
    assert complement.unanswered_items(d, [REQUESTED]) == []
    _sign_all(ctx, prep, d_id, tmp_path)

    # The certifier returns it: only the new document loses its signature.
    dossiers.return_to_preparer(ctx, cert.account, d_id, "Stamp missing on the new page.")
    d = dossiers.get(ctx, prep.account, d_id)
    assert d.state is DossierState.COMPLETE
    for doc in d.documents:
        if doc.id in sent:
            assert (doc.signed_sha256, doc.remote_id) == sent[doc.id], doc.filename
        else:
            assert doc.signed_sha256 is None and doc.remote_id is None

    _sign_all(ctx, prep, d_id, tmp_path)
    d = dossiers.get(ctx, prep.account, d_id)
    assert d.state is DossierState.SIGNED
    assert {
        doc.id: (doc.signed_sha256, doc.remote_id) for doc in d.documents if doc.id in sent
    } == sent
    _certify(ctx, cert, d_id, tmp_path)
    queue.enqueue(ctx, cert.account, d_id)
    with ctx.db.read() as c:
        uploads = [j for j in jobs_repo.for_dossier(c, d_id) if j.kind == "upload"]
    fresh = [
        doc.id for doc in dossiers.get(ctx, cert.account, d_id).documents if doc.id not in sent
    ]
    assert len(fresh) == 2  # the new birth certificate and the new cover sheet
    assert {j.document_id for j in uploads if j.state == "pending"} == set(fresh)
    assert queue.drain(ctx, cert.client, until_empty=True, timeout_s=30, policy=FAST).waiting == 0

    d = dossiers.get(ctx, cert.account, d_id)
    assert d.state is DossierState.SUBMITTED
    for doc in d.documents:
        if doc.id in sent:
            assert (doc.signed_sha256, doc.remote_id) == sent[doc.id]
        else:
            assert doc.remote_id is not None
    remote = sandbox_rows(
        sandbox.data_dir,
        "SELECT item_code, sha256 FROM documents WHERE dossier_id = ? ORDER BY id",
        (d.remote_id,),
    )
    assert len(remote) == len(d.documents)  # each document reached the fund exactly once
    by_sha = {r["sha256"] for r in remote}
    assert all(doc.signed_sha256 in by_sha for doc in d.documents)
    ctx.close()


def test_queue_refuses_a_complement_without_a_new_document(
    sandbox: RunningSandbox, tmp_path: Path, fund: FundProfile
) -> None:
    """Whatever the screens let through, the core does not re-queue an unanswered request."""
    ctx = Context.open(tmp_path / "profile", fund)
    creds = accounts(sandbox.data_dir)
    prep, cert = (
        session.login(ctx, sandbox.base_url, who, creds[who]["password"])
        for who in ("demo.preparer", "demo.certifier")
    )
    page = cert.client.list_affiliates(None, 200)
    members = [a.membership_no for a in page.items if a.membership_no.endswith("7")]
    d_id = certified_dossier(ctx, prep.account, cert.account, members[1], [20_000] * 4, tmp_path)
    queue.enqueue(ctx, cert.account, d_id)
    assert queue.drain(ctx, cert.client, until_empty=True, timeout_s=30, policy=FAST).waiting == 0
    cert.client.sandbox_advance_clock(52 * 3600)
    tracking.refresh(ctx, cert.account, cert.client)
    complement.reopen(ctx, prep.account, d_id)
    # A dossier brought back to 'certified' by other means (an imported package, a repair):
    with ctx.db.transaction() as c:
        dossiers_repo.update(c, d_id, ctx.clock(), state=str(DossierState.CERTIFIED))
    with pytest.raises(complement.RequestNotAnswered, match=REQUESTED) as caught:
        queue.enqueue(ctx, cert.account, d_id)
    assert caught.value.items == [REQUESTED]
    d = dossiers.get(ctx, cert.account, d_id)
    assert d.state is DossierState.CERTIFIED  # nothing queued, nothing changed
    with ctx.db.read() as c:
        assert [j for j in jobs_repo.for_dossier(c, d_id) if j.state == "pending"] == []
    ctx.close()
