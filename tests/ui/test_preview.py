"""The QtPdf preview: page editor (thumbnails, turn, reorder, remove), thumbnails and document
tools in the dossier screen, the checklist facts bar; a QPdfWriter PDF passes intake and signs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from app.domain.models import DossierType
from app.pdf.check import check_file
from app.pdf.pages import PageSpec, rotations
from app.sandbox.seed import sandbox_password
from app.services import documents, dossiers, session
from app.services.demo import DemoEnvironment
from app.signing.handler import ScriptedHandler
from app.signing.sign import sign_pdf
from app.signing.software import SoftwareBackend
from app.signing.verify import verify_pdf
from app.sync import affiliates as affiliate_sync
from app.ui.app import Shell
from app.ui.views.preview import PageEditor
from tests.ui.helpers import click, sign_in, wait_idle

pytestmark = pytest.mark.gui


def qt_pdf(path: Path, pages: int) -> Path:
    """A PDF written by Qt's QPdfWriter (another producer for intake)."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()
        )
    )
    writer.setTitle("Mellaf test (fictional)")
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        painter.drawText(200, 400 + 300 * n, f"Page {n + 1} — صفحة {n + 1}")
    painter.end()
    return path


def test_qpdfwriter_pdf_is_accepted_signs_and_validates(
    qapp: QApplication, tmp_path: Path, demo: DemoEnvironment
) -> None:
    src = qt_pdf(tmp_path / "qt.pdf", 2)
    verdict = check_file(src)
    assert verdict.accepted and verdict.pages == 2, verdict.reason
    backend = SoftwareBackend(demo.identity.p12_path, demo.identity.passphrase)
    with backend.open_session(ScriptedHandler()) as signer:
        sign_pdf(src, tmp_path / "signed.pdf", signer)
    assert verify_pdf(tmp_path / "signed.pdf", [demo.identity.ca_cert_path]).ok


def test_page_editor_turns_reorders_and_removes(qtbot: QtBot, tmp_path: Path) -> None:
    editor = PageEditor(qt_pdf(tmp_path / "three.pdf", 3), "three.pdf")
    qtbot.addWidget(editor)
    assert editor.pages.count() == 3
    assert not editor.pages.item(0).icon().isNull()  # a blank page until drawn
    qtbot.waitUntil(lambda: editor.pending == 0, timeout=10_000)  # drawn by QtPdf's thread
    assert editor.renderer is not None and editor.renderer.rendered == 3
    editor.pages.setCurrentRow(1)
    click(qtbot, editor.right)
    editor.pages.setCurrentRow(0)
    click(qtbot, editor.remove)
    moved = editor.pages.takeItem(1)  # what a drag does: page 3 before page 2
    editor.pages.insertItem(0, moved)
    assert editor.specs() == [PageSpec(2, 0), PageSpec(1, 90)]
    for _ in range(3):
        editor.pages.setCurrentRow(0)
        click(qtbot, editor.remove)
    assert editor.pages.count() == 1  # a document keeps at least one page
    editor.reject()


def _dossier(shell: Shell, kind: DossierType, tmp_path: Path) -> tuple[str, int]:
    ctx = shell.wb.ctx
    assert shell.wb.demo is not None
    base = shell.wb.demo.sandbox.base_url
    prep = session.login(ctx, base, "demo.preparer", sandbox_password("demo.preparer"))
    affiliate_sync.sync(ctx, prep.account, prep.client)
    with ctx.db.read() as c:
        membership = c.execute(
            "SELECT membership_no FROM affiliates WHERE collectivity_id = ?"
            " ORDER BY membership_no LIMIT 1 OFFSET 21",
            (prep.account.collectivity_id,),
        ).fetchone()[0]
    d = dossiers.open_dossier(ctx, prep.account, membership, kind)
    code = dossiers.checklist(ctx, d)[0].spec.code
    [doc] = documents.attach_files(ctx, prep.account, d.id, code, [qt_pdf(tmp_path / "req.pdf", 3)])
    return d.id, doc.id


def test_dossier_screen_shows_thumbnails_and_edits_pages(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    shell.start()
    win = sign_in(qtbot, shell, "demo.preparer")
    dossier_id, doc_id = _dossier(shell, DossierType.AGE_LIMIT, tmp_path)
    win.open_dossier(dossier_id)
    view = win.dossier
    qtbot.waitUntil(lambda: view.bundle is not None, timeout=10_000)
    wait_idle(qtbot, shell)
    thumb = view.findChild(QLabel, f"thumb_{doc_id}")
    assert thumb is not None and not thumb.pixmap().isNull()
    button = view.findChild(QPushButton, f"pages_{doc_id}")
    assert button is not None
    click(qtbot, button)
    editor = view.findChild(PageEditor)
    assert editor is not None and editor.pages.count() == 3
    editor.pages.setCurrentRow(2)
    click(qtbot, editor.left)
    editor.pages.setCurrentRow(0)
    click(qtbot, editor.remove)
    editor.accept()
    wait_idle(qtbot, shell)
    ctx = shell.wb.ctx

    def edited() -> bool:
        d = dossiers.load(ctx, shell.wb.actor, dossier_id)
        return rotations(ctx.blobs.path_of(d.documents[0].original_sha256)) == [0, 270]

    qtbot.waitUntil(edited, timeout=10_000)
    assert view.findChild(QPushButton, "savePackage") is not None
    target = tmp_path / "bordereau.pdf"
    from app.ui.views import preview_actions

    preview_actions.save_package(view, target)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(target.exists, timeout=15_000)
    assert check_file(target).pages == 1 + 2


def test_facts_bar_adds_survivor_lines(qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    shell.start()
    win = sign_in(qtbot, shell, "demo.preparer")
    dossier_id, _ = _dossier(shell, DossierType.DEATH_IN_SERVICE, tmp_path)
    win.open_dossier(dossier_id)
    view = win.dossier
    qtbot.waitUntil(lambda: view.bundle is not None, timeout=10_000)
    wait_idle(qtbot, shell)
    assert view.facts.isVisible()
    assert view.checklist.row("widow_cin_1") is None
    widows = view.findChild(QSpinBox, "fact_widows")
    married = view.findChild(QCheckBox, "fact_married")
    assert widows is not None and married is not None
    widows.setValue(2)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: view.checklist.row("widow_cin_2") is not None, timeout=10_000)
    assert view.checklist.row("widow_cin_2").status == "missing"  # type: ignore[union-attr]


def test_signal_emits_cannot_free_true(qapp: QApplication) -> None:
    import sys

    from app.ui.pyside_fixes import _Probe, protect_singletons

    protect_singletons()
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(20_000):
        probe.fired.emit()
    assert sys.getrefcount(True) > 1 << 30  # whatever emit() takes, True stays alive
    lost = before - sys.getrefcount(True)
    assert abs(lost) < 10 or abs(lost - 20_000) < 10  # about 20 000 where the bug is present


def test_void_calls_cannot_free_none(qapp: QApplication) -> None:
    import sys

    from app.ui.pyside_fixes import _Probe, protect_singletons

    protect_singletons()
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(20_000):  # more than None's references in a fresh interpreter
        probe.setObjectName("x")
    assert sys.getrefcount(None) > 1 << 30  # whatever void calls take, None stays alive
    lost = before - sys.getrefcount(None)
    assert abs(lost) < 10 or abs(lost - 20_000) < 10  # about 20 000 where the bug is present
