"""A form with an empty signature field: the officer chooses the field in the checklist, and the
signature of the dossier goes into it (checked with pyHanko's view of the signed file)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.domain.errors import DomainError
from app.domain.models import DossierType
from app.sandbox.seed import sandbox_password
from app.services import documents, dossiers, session, signature_fields
from app.signing.fields import list_signature_fields
from app.signing.handler import ScriptedHandler
from app.signing.software import SoftwareBackend
from app.signing.stamp import StampText
from app.signing.verify import verify_pdf
from app.sync import affiliates as affiliate_sync
from app.ui.app import Shell
from app.ui.views.signature_field_actions import FieldChooser
from tests.support.fixtures import make_pdf
from tests.ui.helpers import click, sign_in, wait_idle

pytestmark = pytest.mark.gui


def form(path: Path) -> Path:
    plain = make_pdf(path.with_suffix(".plain.pdf"), pages=2, text="Fictional pension form")
    writer = IncrementalPdfFileWriter(BytesIO(plain.read_bytes()))
    append_signature_field(
        writer, SigFieldSpec("AgentSignature", on_page=1, box=(80, 90, 300, 160))
    )
    out = BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def test_officer_chooses_the_field_and_the_signature_goes_there(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    shell.start()
    win = sign_in(qtbot, shell, "demo.preparer")
    ctx, actor = shell.wb.ctx, shell.wb.actor
    assert shell.wb.demo is not None
    prep = session.login(
        ctx, shell.wb.demo.sandbox.base_url, "demo.preparer", sandbox_password("demo.preparer")
    )
    affiliate_sync.sync(ctx, prep.account, prep.client)
    with ctx.db.read() as c:
        membership = c.execute(
            "SELECT membership_no FROM affiliates WHERE collectivity_id = ?"
            " ORDER BY membership_no LIMIT 1 OFFSET 23",
            (prep.account.collectivity_id,),
        ).fetchone()[0]
    d = dossiers.open_dossier(ctx, prep.account, membership, DossierType.AGE_LIMIT)
    lines = dossiers.checklist(ctx, d)
    [doc] = documents.attach_files(ctx, actor, d.id, lines[0].spec.code, [form(tmp_path / "f.pdf")])
    for line in lines[1:]:
        if line.spec.required:
            pdf = make_pdf(tmp_path / f"{line.spec.code}.pdf")
            documents.attach_files(ctx, actor, d.id, line.spec.code, [pdf])

    win.open_dossier(d.id)
    view = win.dossier
    qtbot.waitUntil(lambda: view.bundle is not None, timeout=10_000)
    wait_idle(qtbot, shell)
    button = view.findChild(QPushButton, f"field_{doc.id}")
    assert button is not None and button.isVisible()
    others = [x for x in view.bundle.dossier.documents if x.id != doc.id]  # type: ignore[union-attr]
    assert all(view.findChild(QPushButton, f"field_{x.id}") is None for x in others)
    click(qtbot, button)
    chooser = view.findChild(FieldChooser)
    assert chooser is not None and chooser.list.count() == 2  # new stamp, AgentSignature
    assert chooser.choice() is None  # a new stamp unless the officer picks a field
    chooser.list.setCurrentRow(1)
    assert chooser.choice() == "AgentSignature"
    chooser.accept()
    wait_idle(qtbot, shell)
    qtbot.waitUntil(
        lambda: signature_fields.chosen(ctx, d.id) == {doc.id: "AgentSignature"}, timeout=10_000
    )

    def shows_choice() -> bool:
        infos = [w.text() for w in view.findChildren(QLabel, "docInfo")]
        return any("AgentSignature" in t for t in infos)

    qtbot.waitUntil(shows_choice, timeout=10_000)

    with pytest.raises(DomainError, match="not in the document"):
        signature_fields.choose(ctx, actor, d.id, doc.id, "NoSuchField")
    assert shell.wb.demo is not None
    identity = shell.wb.demo.identity
    backend = SoftwareBackend(identity.p12_path, identity.passphrase)
    with backend.open_session(ScriptedHandler()) as signer:
        outcome = dossiers.sign_all(ctx, actor, d.id, signer, stamp=StampText(role="Agent"))
    assert outcome.failures == []
    signed = next(x for x in dossiers.load(ctx, actor, d.id).documents if x.id == doc.id)
    assert signed.signed_sha256 is not None
    path = ctx.blobs.path_of(signed.signed_sha256)
    fields = {f.name: f for f in list_signature_fields(path.read_bytes())}
    assert list(fields) == ["AgentSignature"] and fields["AgentSignature"].filled
    assert fields["AgentSignature"].page == 2
    report = verify_pdf(path, [identity.ca_cert_path])
    assert report.ok and [s.field for s in report.signatures] == ["AgentSignature"]
    with pytest.raises(DomainError, match="being prepared"):  # signed: nothing moves
        signature_fields.choose(ctx, actor, d.id, doc.id, None)
