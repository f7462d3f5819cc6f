"""Certification: the supervisor signs the cover sheet with their own token (SoftHSM), the cover
travels with the dossier; the preparer can never certify; a returned dossier carries the comment
and loses its signatures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.config.profile import FundProfile
from app.domain.errors import NotAllowed
from app.domain.models import DossierState, DossierType
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services import certification, dossiers, queue, session
from app.services.context import Context
from app.services.queue import RetryPolicy
from app.signing.handler import ScriptedHandler
from app.signing.pkcs11_backend import Pkcs11Backend
from app.signing.software import SoftwareBackend
from app.signing.verify import verify_pdf
from app.store import audit
from app.sync import affiliates as affiliate_sync
from tests.e2e.queue_support import accounts, demo_signer, sandbox_rows
from tests.support.fixtures import make_pdf

pytestmark = [pytest.mark.e2e, pytest.mark.hsm]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=40)
    yield running
    running.stop()


def signed_dossier(ctx: Context, prep: session.UserSession, tmp: Path, offset: int) -> str:
    with ctx.db.read() as c:
        member = c.execute(
            "SELECT membership_no FROM affiliates WHERE membership_no NOT LIKE '%7'"
            " ORDER BY membership_no LIMIT 1 OFFSET ?",
            (offset,),
        ).fetchone()[0]
    d = dossiers.open_dossier(ctx, prep.account, member, DossierType.AGE_LIMIT)
    for n, line in enumerate(dossiers.checklist(ctx, d)):
        if line.spec.required:
            pdf = make_pdf(tmp / f"{offset}-{n}.pdf", n + 1)
            dossiers.attach(ctx, prep.account, d.id, line.spec.code, pdf)
    identity = demo_signer(tmp)
    if identity.ca_cert_path not in ctx.trust_roots:
        ctx.trust_roots.append(identity.ca_cert_path)
    backend = SoftwareBackend(identity.p12_path, identity.passphrase)
    with backend.open_session(ScriptedHandler()) as signer:
        assert dossiers.sign_all(ctx, prep.account, d.id, signer).failures == []
    return d.id


def test_supervisor_certifies_by_signing_the_cover_sheet(
    sandbox: RunningSandbox, tmp_path: Path, fund: FundProfile, softhsm_token: Any
) -> None:
    ctx = Context.open(tmp_path / "profile", fund)
    ctx.trust_roots.append(Path(softhsm_token.ca_cert_path))
    creds = accounts(sandbox.data_dir)
    prep, cert = (
        session.login(ctx, sandbox.base_url, who, creds[who]["password"])
        for who in ("demo.preparer", "demo.certifier")
    )
    affiliate_sync.sync(ctx, prep.account, prep.client)
    d_id = signed_dossier(ctx, prep, tmp_path, 0)
    token = Pkcs11Backend(
        softhsm_token.module_path, softhsm_token.token_label, key_label=softhsm_token.rsa_key_label
    )

    # The preparer is refused before any PIN is asked, and nothing changes.
    handler = ScriptedHandler(pins=[softhsm_token.user_pin])
    with token.open_session(handler) as signer, pytest.raises(NotAllowed):
        certification.certify_with_cover(ctx, prep.account, d_id, signer)
    before = dossiers.get(ctx, prep.account, d_id)
    assert before.state is DossierState.SIGNED
    assert all(doc.item_code != certification.COVER_ITEM for doc in before.documents)

    with token.open_session(ScriptedHandler(pins=[softhsm_token.user_pin])) as signer:
        cover = certification.certify_with_cover(ctx, cert.account, d_id, signer)
    d = dossiers.get(ctx, cert.account, d_id)
    assert d.state is DossierState.CERTIFIED and d.certified_by == cert.account.id
    assert cover.signed_sha256 and cover.item_code == certification.COVER_ITEM
    report = verify_pdf(ctx.blobs.path_of(cover.signed_sha256), ctx.trust_roots)
    assert report.ok
    with ctx.db.read() as c:
        entries = [e for e in audit.entries(c, subject_id=d_id) if e.action == "dossier.certify"]
    assert len(entries) == 1 and entries[0].actor == cert.account.id

    # The signed cover travels with the dossier.
    queue.enqueue(ctx, cert.account, d_id)
    out = queue.drain(
        ctx, cert.client, until_empty=True, timeout_s=30, policy=RetryPolicy(0.02, 0.2)
    )
    assert out.waiting == 0 and out.failed == []
    d = dossiers.get(ctx, cert.account, d_id)
    remote = sandbox_rows(
        sandbox.data_dir, "SELECT sha256 FROM documents WHERE dossier_id = ?", (d.remote_id,)
    )
    assert cover.signed_sha256 in {r["sha256"] for r in remote}
    ctx.close()


def test_returned_dossier_carries_the_comment_and_loses_its_signatures(
    sandbox: RunningSandbox, tmp_path: Path, fund: FundProfile
) -> None:
    ctx = Context.open(tmp_path / "profile", fund)
    creds = accounts(sandbox.data_dir)
    prep, cert = (
        session.login(ctx, sandbox.base_url, who, creds[who]["password"])
        for who in ("demo.preparer", "demo.certifier")
    )
    affiliate_sync.sync(ctx, prep.account, prep.client)
    d_id = signed_dossier(ctx, prep, tmp_path, 1)
    with pytest.raises(NotAllowed):
        dossiers.return_to_preparer(ctx, prep.account, d_id, "not mine to return")
    dossiers.return_to_preparer(ctx, cert.account, d_id, "La pièce 2 est illisible.")
    d = dossiers.get(ctx, prep.account, d_id)
    assert d.state is DossierState.COMPLETE
    assert d.return_comment == "La pièce 2 est illisible."
    assert all(doc.signed_sha256 is None for doc in d.documents)
    with ctx.db.read() as c:
        assert "dossier.return" in {e.action for e in audit.entries(c, subject_id=d_id)}
    ctx.close()
