"""Several files dropped together on one checklist item: the officer chooses one combined
document (pages in file-name order) or one document per file; a refused file stops the
combination and nothing is attached."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from app.domain.models import DossierType
from app.sandbox.seed import sandbox_password
from app.services import dossiers, session
from app.sync import affiliates as affiliate_sync
from app.ui.app import Shell
from app.ui.views.attach_choice import name_order
from tests.support.fixtures import make_pdf
from tests.ui.helpers import answer, sign_in, wait_box, wait_idle

pytestmark = pytest.mark.gui


def scan(path: Path) -> Path:
    Image.new("RGB", (400, 560), (250, 250, 245)).save(path)  # a blank fictional scan
    return path


def _open(qtbot: QtBot, shell: Shell) -> tuple[str, str]:
    shell.start()
    win = sign_in(qtbot, shell, "demo.preparer")
    ctx = shell.wb.ctx
    assert shell.wb.demo is not None
    prep = session.login(
        ctx, shell.wb.demo.sandbox.base_url, "demo.preparer", sandbox_password("demo.preparer")
    )
    affiliate_sync.sync(ctx, prep.account, prep.client)
    with ctx.db.read() as c:
        membership = c.execute(
            "SELECT membership_no FROM affiliates WHERE collectivity_id = ?"
            " ORDER BY membership_no LIMIT 1 OFFSET 25",
            (prep.account.collectivity_id,),
        ).fetchone()[0]
    d = dossiers.open_dossier(ctx, prep.account, membership, DossierType.AGE_LIMIT)
    win.open_dossier(d.id)
    qtbot.waitUntil(lambda: win.dossier.bundle is not None, timeout=10_000)
    wait_idle(qtbot, shell)
    return d.id, win.dossier.checklist.rows[0].code


def test_name_order_is_natural() -> None:
    files = [Path("scan10.png"), Path("scan2.png"), Path("Scan1.pdf")]
    assert [p.name for p in name_order(files)] == ["Scan1.pdf", "scan2.png", "scan10.png"]


def test_dropped_files_become_one_document_or_one_each(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    dossier_id, code = _open(qtbot, shell)
    view = shell.window.dossier  # type: ignore[union-attr]
    ctx, actor = shell.wb.ctx, shell.wb.actor
    row = view.checklist.row(code)
    assert row is not None
    files = [scan(tmp_path / "page10.png"), make_pdf(tmp_path / "page2.pdf", pages=2)]

    row.files_dropped.emit(code, files)  # what a drop of two files does
    box = wait_box(qtbot, "combineBox")
    assert "2" in box.text()
    answer(qtbot, box, "combineOne")
    wait_idle(qtbot, shell)
    qtbot.waitUntil(
        lambda: len(dossiers.load(ctx, actor, dossier_id).documents) == 1, timeout=20_000
    )
    [doc] = dossiers.load(ctx, actor, dossier_id).documents
    assert doc.item_code == code and doc.filename == "page2 (+1).pdf"  # name order: page2 first
    with ctx.db.read() as c:
        pages = c.execute("SELECT pages FROM documents WHERE id = ?", (doc.id,)).fetchone()[0]
    assert pages == 3

    row = view.checklist.row(code)
    assert row is not None
    row.files_dropped.emit(code, [make_pdf(tmp_path / "a.pdf"), make_pdf(tmp_path / "b.pdf")])
    answer(qtbot, wait_box(qtbot, "combineBox"), "combineEach")
    wait_idle(qtbot, shell)
    qtbot.waitUntil(
        lambda: len(dossiers.load(ctx, actor, dossier_id).documents) == 3, timeout=20_000
    )

    bad = tmp_path / "notes.pdf"
    bad.write_text("not a pdf")
    row = view.checklist.row(code)
    assert row is not None
    row.files_dropped.emit(code, [make_pdf(tmp_path / "c.pdf"), bad])
    answer(qtbot, wait_box(qtbot, "combineBox"), "combineOne")
    refused = wait_box(qtbot, "refusedBox")
    assert "notes.pdf" in refused.informativeText()
    refused.accept()
    wait_idle(qtbot, shell)
    assert len(dossiers.load(ctx, actor, dossier_id).documents) == 3  # nothing attached

    row = view.checklist.row(code)
    assert row is not None
    row.files_dropped.emit(code, [make_pdf(tmp_path / "d.pdf"), make_pdf(tmp_path / "e.pdf")])
    answer(qtbot, wait_box(qtbot, "combineBox"), "combineCancel")
    wait_idle(qtbot, shell)
    assert len(dossiers.load(ctx, actor, dossier_id).documents) == 3
