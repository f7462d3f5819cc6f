"""The whole path through every layer: sandbox over HTTP, SoftHSM token, real SQLite file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.config.profile import FundProfile
from app.domain.errors import NotAllowed
from app.domain.models import DossierState, DossierType
from app.platform.client import PlatformClient
from app.platform.errors import OfflineError
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services import affiliates, dossiers, queue, session
from app.services.context import Context
from app.signing.errors import PinIncorrect
from app.signing.handler import ScriptedHandler
from app.signing.pkcs11_backend import Pkcs11Backend
from app.signing.verify import verify_pdf
from app.store import audit
from app.store import jobs as jobs_repo
from app.sync import affiliates as affiliate_sync
from tests.support.fixtures import make_pdf

pytestmark = [pytest.mark.e2e, pytest.mark.hsm]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=60)
    yield running
    running.stop()


def accounts(sandbox_data: Path) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in json.loads((sandbox_data / "accounts.json").read_text())}


@pytest.fixture
def e2e_ctx(tmp_path: Path, fund: FundProfile, softhsm_token: Any) -> Iterator[Context]:
    c = Context.open(tmp_path / "profile", fund)
    c.trust_roots.append(Path(softhsm_token.ca_cert_path))
    yield c
    c.close()


def backend(token: Any) -> Pkcs11Backend:
    return Pkcs11Backend(token.module_path, token.token_label, key_label=token.rsa_key_label)


def test_lookup_to_liquidation(
    sandbox: RunningSandbox, e2e_ctx: Context, softhsm_token: Any, tmp_path: Path
) -> None:
    ctx = e2e_ctx
    creds = accounts(sandbox.data_dir)
    prep = session.login(ctx, sandbox.base_url, "demo.preparer", creds["demo.preparer"]["password"])
    synced = affiliate_sync.sync(ctx, prep.account, prep.client)
    assert synced.applied == 60

    # Any identifier finds the same person; the read is audited.
    some = affiliates.lookup(ctx, prep.account, "", prep.client).affiliates
    assert some == []
    with ctx.db.read() as c:
        row = c.execute("SELECT membership_no, ppr, cin FROM affiliates LIMIT 1").fetchone()
    found = [
        affiliates.lookup(ctx, prep.account, q, prep.client).affiliates
        for q in (row[0], row[1], row[2].lower())
    ]
    assert all(len(f) == 1 and f[0].membership_no == row[0] for f in found)
    sheet = affiliates.sheet(ctx, prep.account, found[0][0])
    assert sheet.age_limit_date > found[0][0].birth_date

    d = dossiers.open_dossier(ctx, prep.account, row[0], DossierType.AGE_LIMIT)
    lines = dossiers.checklist(ctx, d)
    assert len(lines) >= 3 and any(line.missing for line in lines)
    for n, line in enumerate(lines):
        if line.spec.required:
            dossiers.attach(
                ctx, prep.account, d.id, line.spec.code, make_pdf(tmp_path / f"doc{n}.pdf", n + 1)
            )
    assert dossiers.get(ctx, prep.account, d.id).state is DossierState.COMPLETE

    handler = ScriptedHandler(pins=[softhsm_token.user_pin])
    with backend(softhsm_token).open_session(handler) as signer:
        outcome = dossiers.sign_all(ctx, prep.account, d.id, signer)
    assert outcome.failures == []
    d = dossiers.get(ctx, prep.account, d.id)
    assert d.state is DossierState.SIGNED
    for doc in d.documents:
        assert doc.signed_sha256 and doc.signed_sha256 != doc.original_sha256
        assert verify_pdf(ctx.blobs.path_of(doc.signed_sha256), ctx.trust_roots).ok

    # The preparer cannot certify; the supervisor can.
    with pytest.raises(NotAllowed):
        dossiers.certify(ctx, prep.account, d.id)
    cert = session.login(
        ctx, sandbox.base_url, "demo.certifier", creds["demo.certifier"]["password"]
    )
    dossiers.certify(ctx, cert.account, d.id)
    queue.enqueue(ctx, cert.account, d.id)
    result = queue.run_once(ctx, cert.client)
    assert result.failed == [] and result.waiting == 0
    d = dossiers.get(ctx, cert.account, d.id)
    assert d.state is DossierState.SUBMITTED and d.remote_id
    assert all(doc.remote_id for doc in d.documents)

    remote = cert.client.get_dossier(d.remote_id)
    assert {x.sha256 for x in remote.documents} == {x.signed_sha256 for x in d.documents}
    cert.client.sandbox_advance_clock(3 * 3600)
    assert [x.id for x in queue.refresh_status(ctx, cert.account, cert.client)] == [d.id]
    assert dossiers.get(ctx, cert.account, d.id).state is DossierState.UNDER_REVIEW

    with ctx.db.read() as c:
        assert audit.first_broken(c) is None
        actions = {e.action for e in audit.entries(c, subject_id=d.id)}
    assert {"dossier.open", "document.sign", "dossier.certify", "dossier.enqueue"} <= actions


def test_wrong_pin_loses_nothing(
    sandbox: RunningSandbox, e2e_ctx: Context, softhsm_token: Any, tmp_path: Path
) -> None:
    ctx = e2e_ctx
    creds = accounts(sandbox.data_dir)
    prep = session.login(ctx, sandbox.base_url, "demo.preparer", creds["demo.preparer"]["password"])
    affiliate_sync.sync(ctx, prep.account, prep.client)
    with ctx.db.read() as c:
        member = c.execute("SELECT membership_no FROM affiliates LIMIT 1").fetchone()[0]
    d = dossiers.open_dossier(ctx, prep.account, member, DossierType.AGE_LIMIT)
    for line in dossiers.checklist(ctx, d):
        dossiers.attach(ctx, prep.account, d.id, line.spec.code, make_pdf(tmp_path / "x.pdf"))
    before = dossiers.get(ctx, prep.account, d.id)
    with (
        pytest.raises(PinIncorrect),
        backend(softhsm_token).open_session(ScriptedHandler(pins=["000000"])) as signer,
    ):
        dossiers.sign_all(ctx, prep.account, d.id, signer)
    after = dossiers.get(ctx, prep.account, d.id)
    assert after.state is before.state is DossierState.COMPLETE
    assert after.documents == before.documents
    assert all(ctx.blobs.has(doc.original_sha256) for doc in after.documents)
    assert list((ctx.blobs.root / "tmp").iterdir()) == []


def test_dead_platform_keeps_the_dossier_queued(
    sandbox: RunningSandbox, e2e_ctx: Context, softhsm_token: Any, tmp_path: Path
) -> None:
    ctx = e2e_ctx
    creds = accounts(sandbox.data_dir)
    prep = session.login(ctx, sandbox.base_url, "demo.preparer", creds["demo.preparer"]["password"])
    affiliate_sync.sync(ctx, prep.account, prep.client)
    with ctx.db.read() as c:
        member = c.execute("SELECT membership_no FROM affiliates LIMIT 1 OFFSET 5").fetchone()[0]
    d = dossiers.open_dossier(ctx, prep.account, member, DossierType.AGE_LIMIT)
    for line in dossiers.checklist(ctx, d):
        dossiers.attach(ctx, prep.account, d.id, line.spec.code, make_pdf(tmp_path / "y.pdf"))
    with backend(softhsm_token).open_session(
        ScriptedHandler(pins=[softhsm_token.user_pin])
    ) as signer:
        dossiers.sign_all(ctx, prep.account, d.id, signer)
    cert = session.login(
        ctx, sandbox.base_url, "demo.certifier", creds["demo.certifier"]["password"]
    )
    dossiers.certify(ctx, cert.account, d.id)
    queue.enqueue(ctx, cert.account, d.id)

    dead = PlatformClient("http://127.0.0.1:9/api/v1", token="x")
    with pytest.raises(OfflineError):
        dead.health()
    result = queue.run_once(ctx, dead)
    assert result.offline and result.waiting > 0 and result.done == 0
    assert dossiers.get(ctx, cert.account, d.id).state in (
        DossierState.QUEUED,
        DossierState.UPLOADING,
    )
    with ctx.db.read() as c:
        pending = [j for j in jobs_repo.for_dossier(c, d.id) if j.state == "pending"]
    assert pending and all(j.last_error for j in pending[:1])
    assert ctx.db.integrity_ok()
