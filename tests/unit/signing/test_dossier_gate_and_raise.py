"""Verify before anything leaves (queue gate) and raising a dossier to B-LT at a kiosk."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import Account, Affiliate, DossierState, DossierType, Role, Sex
from app.services import dossiers, queue
from app.services.context import Context
from app.services.signing_gate import SignaturesNotReady, verify_dossier
from app.services.signing_ltv import raise_dossier
from app.signing.handler import ScriptedHandler
from app.signing.software import SoftwareBackend
from app.store import affiliates as affiliates_repo
from app.store import audit
from tests.support.fixtures import make_pdf

PASS = b"gate-pass"
PREP = Account("prep.gate", "Preparer", Role.PREPARER, "COM-T")
CERT = Account("cert.gate", "Certifier", Role.CERTIFIER, "COM-T")
KIOSK = Account("kiosk.gate", "Kiosk", Role.KIOSK, "COM-T")


@pytest.fixture(scope="module")
def p12(test_pki: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gate") / "officer.p12"
    test_pki.issue_pkcs12(path, "Test Officer Gate", PASS)
    return path


def complete_dossier(ctx: Context, tmp_path: Path) -> str:
    """A fictional affiliate's dossier with every required document attached."""
    fictional = Affiliate(
        membership_no="T-000001",
        ppr="9000001",
        cin="ZZ000001",
        last_name_lat="TESTNAME",
        first_name_lat="Fictional",
        last_name_ar="اختبار",
        first_name_ar="وهمي",
        sex=Sex.FEMALE,
        birth_date=date(1964, 3, 1),
        hire_date=date(1990, 9, 1),
        grade="administrateur",
        corps="administration",
        collectivity_id="COM-T",
    )
    with ctx.db.transaction() as c:
        affiliates_repo.upsert(c, [fictional], ctx.clock())
    d = dossiers.open_dossier(ctx, PREP, "T-000001", DossierType.AGE_LIMIT)
    for n, line in enumerate(dossiers.checklist(ctx, d)):
        if line.spec.required:
            dossiers.attach(ctx, PREP, d.id, line.spec.code, make_pdf(tmp_path / f"d{n}.pdf"))
    return d.id


def signed_dossier(ctx: Context, p12: Path, tmp_path: Path, test_pki: Any) -> str:
    ctx.trust_roots.append(test_pki.root_pem)
    dossier_id = complete_dossier(ctx, tmp_path)
    with SoftwareBackend(p12, PASS).open_session(ScriptedHandler()) as session:
        outcome = dossiers.sign_all(ctx, PREP, dossier_id, session)
    assert outcome.failures == []
    return dossier_id


def test_a_sound_dossier_is_queued(ctx: Context, p12: Path, tmp_path: Path, test_pki: Any) -> None:
    dossier_id = signed_dossier(ctx, p12, tmp_path, test_pki)
    dossiers.certify(ctx, CERT, dossier_id)
    queue.enqueue(ctx, CERT, dossier_id)
    assert dossiers.get(ctx, CERT, dossier_id).state is DossierState.QUEUED


def test_a_damaged_signed_file_stops_the_queue(
    ctx: Context, p12: Path, tmp_path: Path, test_pki: Any
) -> None:
    dossier_id = signed_dossier(ctx, p12, tmp_path, test_pki)
    dossiers.certify(ctx, CERT, dossier_id)
    d = dossiers.get(ctx, CERT, dossier_id)
    victim = d.documents[0]
    assert victim.signed_sha256 is not None
    path = ctx.blobs.path_of(victim.signed_sha256)
    path.chmod(0o644)
    path.write_bytes(path.read_bytes() + b"\n% appended after signing\n")
    with pytest.raises(SignaturesNotReady) as caught:
        queue.enqueue(ctx, CERT, dossier_id)
    assert victim.filename in str(caught.value)
    assert "changed on disk" in str(caught.value)
    assert dossiers.get(ctx, CERT, dossier_id).state is DossierState.CERTIFIED


def test_untrusted_anchors_stop_the_queue_and_the_report_is_kept(
    ctx: Context, p12: Path, tmp_path: Path, test_pki: Any
) -> None:
    dossier_id = signed_dossier(ctx, p12, tmp_path, test_pki)
    dossiers.certify(ctx, CERT, dossier_id)
    ctx.trust_roots.clear()  # the profile's anchors changed: nothing is trusted now
    with pytest.raises(SignaturesNotReady, match=r"not trusted|trusted root"):
        queue.enqueue(ctx, CERT, dossier_id)
    d = dossiers.get(ctx, CERT, dossier_id)
    stored = [json.loads(doc.signature_report or "{}") for doc in d.documents]
    assert stored and all(r["ok"] is False for r in stored)  # the fresh verdict is kept


def test_kiosk_raises_a_b_b_dossier_to_b_lt(
    ctx: Context, p12: Path, tmp_path: Path, test_pki: Any
) -> None:
    dossier_id = signed_dossier(ctx, p12, tmp_path, test_pki)
    before = {doc.id: doc.signed_sha256 for doc in dossiers.get(ctx, PREP, dossier_id).documents}
    outcome = raise_dossier(ctx, KIOSK, dossier_id, tsa_url=test_pki.tsa_url)
    assert outcome.failures == [] and outcome.raised == len(before)
    d = dossiers.get(ctx, PREP, dossier_id)
    for doc in d.documents:
        assert doc.signed_sha256 != before[doc.id]
        levels = [s["level"] for s in json.loads(doc.signature_report or "{}")["signatures"]]
        assert levels[0] == "B-LT"
    assert verify_dossier(ctx, d).ok
    again = raise_dossier(ctx, KIOSK, dossier_id, tsa_url=test_pki.tsa_url)
    assert again.raised == 0 and again.already == len(before)
    with ctx.db.read() as c:
        actions = [e.action for e in audit.entries(c)]
    assert actions.count("document.raise_lt") == len(before)


def test_raise_with_the_tsa_down_keeps_every_document(
    ctx: Context, p12: Path, tmp_path: Path, test_pki: Any
) -> None:
    dossier_id = signed_dossier(ctx, p12, tmp_path, test_pki)
    before = {doc.id: doc.signed_sha256 for doc in dossiers.get(ctx, PREP, dossier_id).documents}
    outcome = raise_dossier(ctx, KIOSK, dossier_id, tsa_url="http://127.0.0.1:9/tsa")
    assert outcome.raised == 0 and len(outcome.failures) == len(before)
    after = {doc.id: doc.signed_sha256 for doc in dossiers.get(ctx, PREP, dossier_id).documents}
    assert after == before


def test_token_removed_mid_dossier_keeps_the_documents_already_signed(
    ctx: Context, p12: Path, tmp_path: Path, test_pki: Any
) -> None:
    from app.signing.errors import TokenRemoved

    ctx.trust_roots.append(test_pki.root_pem)
    dossier_id = complete_dossier(ctx, tmp_path)
    with SoftwareBackend(p12, PASS).open_session(ScriptedHandler()) as session:
        real = session.signer.async_sign_raw
        calls = {"n": 0}

        async def unplugged_at_the_second(data: bytes, algo: str, dry_run: bool = False) -> bytes:
            calls["n"] += 1
            if calls["n"] == 2 and not dry_run:
                raise TokenRemoved(detail="fault injected at the signer boundary")
            result: bytes = await real(data, algo, dry_run)
            return result

        session.signer.async_sign_raw = unplugged_at_the_second  # type: ignore[method-assign]
        with pytest.raises(TokenRemoved):
            dossiers.sign_all(ctx, PREP, dossier_id, session)
    d = dossiers.get(ctx, PREP, dossier_id)
    signed = [doc for doc in d.documents if doc.signed_sha256]
    assert len(signed) == 1  # the first one stays signed and verified
    assert json.loads(signed[0].signature_report or "{}")["ok"] is True
    assert d.state is DossierState.COMPLETE  # not "signed" until every document is
    assert not list((ctx.blobs.root / "tmp").iterdir())  # no partial file left behind
