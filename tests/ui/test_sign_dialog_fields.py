"""The signing dialog: before the PIN, every document to sign is listed, and for a form with
empty signature fields the officer chooses the field there (pre-selected from the checklist's
choice). The choice is recorded (audited) and the signature, made on the real SoftHSM token,
sits in that field (checked with pyHanko's view of the signed file)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import Action
from app.domain.models import Dossier, DossierState, DossierType
from app.sandbox.seed import sandbox_password
from app.services import documents, dossiers, session, signature_fields
from app.services.signature_fields import proposal
from app.signing.fields import list_signature_fields
from app.signing.verify import verify_pdf
from app.sync import affiliates as affiliate_sync
from app.ui.app import Shell
from app.ui.dialogs.pin import PinDialog
from app.ui.dialogs.sign_documents import SignDocumentsDialog
from app.ui.main_window import MainWindow
from app.ui.texts import state_name
from tests.support.fixtures import make_pdf
from tests.ui.helpers import click, sign_in, visible, wait_idle

pytestmark = pytest.mark.gui


def form(path: Path) -> Path:
    """A fictional two-page form with two empty signature fields."""
    plain = make_pdf(path.with_suffix(".plain.pdf"), pages=2, text="Fictional pension form")
    writer = IncrementalPdfFileWriter(BytesIO(plain.read_bytes()))
    append_signature_field(
        writer, SigFieldSpec("AgentSignature", on_page=0, box=(80, 90, 300, 160))
    )
    append_signature_field(
        writer, SigFieldSpec("ChiefSignature", on_page=1, box=(320, 90, 540, 160))
    )
    out = BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def complete_dossier(shell: Shell, tmp_path: Path, offset: int) -> tuple[Dossier, int]:
    """A complete dossier whose first document is the form; returns it and the form's id."""
    ctx, actor = shell.wb.ctx, shell.wb.actor
    assert shell.wb.demo is not None
    prep = session.login(
        ctx, shell.wb.demo.sandbox.base_url, "demo.preparer", sandbox_password("demo.preparer")
    )
    affiliate_sync.sync(ctx, prep.account, prep.client)
    with ctx.db.read() as c:
        membership = c.execute(
            "SELECT membership_no FROM affiliates WHERE collectivity_id = ?"
            " ORDER BY membership_no LIMIT 1 OFFSET ?",
            (prep.account.collectivity_id, offset),
        ).fetchone()[0]
    d = dossiers.open_dossier(ctx, prep.account, membership, DossierType.AGE_LIMIT)
    lines = dossiers.checklist(ctx, d)
    [doc] = documents.attach_files(ctx, actor, d.id, lines[0].spec.code, [form(tmp_path / "f.pdf")])
    for line in lines[1:]:
        if line.spec.required:
            pdf = make_pdf(tmp_path / f"{line.spec.code}.pdf")
            documents.attach_files(ctx, actor, d.id, line.spec.code, [pdf])
    return d, doc.id


def open_signing_dialog(qtbot: QtBot, shell: Shell, win: MainWindow, d: Dossier) -> Any:
    win.open_dossier(d.id)
    view = win.dossier
    qtbot.waitUntil(lambda: view.bundle is not None and view.dossier_id == d.id, timeout=10_000)
    wait_idle(qtbot, shell)
    click(qtbot, view.buttons[Action.SIGN])
    qtbot.waitUntil(lambda: bool(visible(SignDocumentsDialog, "signDocuments")), timeout=10_000)
    return view, visible(SignDocumentsDialog, "signDocuments")[0]


def test_proposal_prefers_the_recorded_choice_then_the_profile() -> None:
    names = ["AgentSignature", "ChiefSignature"]
    assert proposal(names, None) is None  # a new stamp unless something says otherwise
    assert proposal(names, None, ["chiefsignature"]) == "ChiefSignature"
    assert proposal(names, "AgentSignature", ["ChiefSignature"]) == "AgentSignature"
    assert proposal(names, "Gone", ["Nope"]) is None


def test_officer_chooses_the_field_in_the_signing_dialog_and_signs_on_the_token(
    qtbot: QtBot, shell: Shell, tmp_path: Path, softhsm_token: Any
) -> None:
    shell.start()
    win = sign_in(qtbot, shell, "demo.preparer")
    ctx, actor = shell.wb.ctx, shell.wb.actor
    d, form_id = complete_dossier(shell, tmp_path, 31)
    signature_fields.choose(ctx, actor, d.id, form_id, "AgentSignature")  # the checklist's
    settings = shell.wb.settings
    settings.set("signing_backend", "pkcs11")
    settings.set("pkcs11_module", softhsm_token.module_path)
    settings.set("token_label", softhsm_token.token_label)
    settings.set("key_label", softhsm_token.rsa_key_label)
    ctx.trust_roots.append(Path(softhsm_token.ca_cert_path))

    view, dlg = open_signing_dialog(qtbot, shell, win, d)
    assert not visible(PinDialog, "pinDialog")  # the PIN comes after the choice
    unsigned = [x for x in view.bundle.dossier.documents if x.signed_sha256 is None]
    listed = [w for w in dlg.findChildren(QLabel) if w.objectName().startswith("signDoc_")]
    assert len(listed) == len(unsigned) >= 2  # every document to sign, not only the form
    combo = dlg.findChild(QComboBox, f"fieldCombo_{form_id}")
    assert combo is not None and list(dlg.combos) == [form_id]  # only the form has a choice
    assert [combo.itemData(i) for i in range(combo.count())] == [
        None,
        "AgentSignature",
        "ChiefSignature",
    ]
    assert combo.currentData() == "AgentSignature"  # pre-selected from the checklist
    assert "page 2" in combo.itemText(2)
    combo.setCurrentIndex(combo.findData("ChiefSignature"))
    click(qtbot, dlg.go)

    qtbot.waitUntil(lambda: bool(visible(PinDialog, "pinDialog")), timeout=10_000)
    pin_dialog = visible(PinDialog, "pinDialog")[0]
    qtbot.keyClicks(pin_dialog.pin, softhsm_token.user_pin)
    click(qtbot, pin_dialog.ok)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: view.badge.text() == state_name(DossierState.SIGNED), timeout=30_000)
    assert win.handler.prompts == 1  # still one PIN for the whole dossier

    assert signature_fields.chosen(ctx, d.id) == {form_id: "ChiefSignature"}
    with ctx.db.read() as c:
        audited = c.execute(
            "SELECT details FROM audit WHERE action = 'document.signature_field'"
            " AND subject_id = ? ORDER BY id",
            (d.id,),
        ).fetchall()
    assert len(audited) == 2 and "ChiefSignature" in audited[-1][0]  # checklist, then dialog

    signed = next(x for x in dossiers.load(ctx, actor, d.id).documents if x.id == form_id)
    assert signed.signed_sha256 is not None
    path = ctx.blobs.path_of(signed.signed_sha256)
    fields = {f.name: f for f in list_signature_fields(path.read_bytes())}
    assert fields["ChiefSignature"].filled and fields["ChiefSignature"].page == 2
    assert not fields["AgentSignature"].filled
    report = verify_pdf(path, [softhsm_token.ca_cert_path])
    assert report.ok, report.problems
    assert [s.field for s in report.signatures] == ["ChiefSignature"]


def test_cancelling_the_signing_dialog_signs_nothing(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    shell.start()
    win = sign_in(qtbot, shell, "demo.preparer")
    ctx = shell.wb.ctx
    d, form_id = complete_dossier(shell, tmp_path, 32)
    view, dlg = open_signing_dialog(qtbot, shell, win, d)
    combo = dlg.findChild(QComboBox, f"fieldCombo_{form_id}")
    assert combo is not None and combo.currentData() is None  # no choice: a new stamp
    combo.setCurrentIndex(combo.findData("AgentSignature"))
    dlg.reject()
    wait_idle(qtbot, shell)
    assert not visible(PinDialog, "pinDialog")
    assert signature_fields.chosen(ctx, d.id) == {}  # nothing recorded
    assert all(x.signed_sha256 is None for x in dossiers.load(ctx, win.wb.actor, d.id).documents)
    assert view.badge.text() == state_name(DossierState.COMPLETE)
