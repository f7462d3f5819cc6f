"""One screen at a time: what the officer is told when something is refused or fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import Action
from app.domain.models import DossierState
from app.sandbox.server import start_in_thread
from app.services.demo import DemoEnvironment
from app.store import dossiers as dossiers_repo
from app.store import jobs as jobs_repo
from app.ui.app import Shell
from app.ui.dialogs.login import LoginDialog
from app.ui.dialogs.return_comment import ReturnDialog
from app.ui.i18n import translate
from app.ui.texts import state_name
from app.ui.views import tables
from tests.support.fixtures import make_pdf
from tests.ui.conftest import make_shell
from tests.ui.helpers import (
    click,
    close_shell,
    prepared_dossier,
    sign_in,
    wait_box,
    wait_idle,
)

pytestmark = pytest.mark.gui


def test_wrong_password_is_told_in_words(qtbot: QtBot, shell: Shell) -> None:
    shell.start()
    dlg = shell.login
    assert isinstance(dlg, LoginDialog)
    assert dlg.findChild(type(dlg.message), "demoBanner") is not None
    dlg.choose_demo_account("demo.preparer")
    assert dlg.account.text() == "demo.preparer" and dlg.password.text()
    dlg.password.setText("not-the-password")
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    assert shell.window is None and dlg.isVisible()
    assert dlg.message.isVisible()
    text = dlg.message.text()
    assert translate("Errors", "Sign-in refused") in text
    assert "password" in text.lower()
    assert dlg.password.hasFocus() or dlg.password.selectedText() == "not-the-password"
    assert dlg.sign_in.isEnabled()

    dlg.password.clear()
    click(qtbot, dlg.sign_in)  # an empty field is named, nothing is sent
    assert translate("LoginDialog", "password") in dlg.message.text()


def test_preparer_cannot_certify_and_is_told_why(
    qtbot: QtBot, shell: Shell, demo: DemoEnvironment, tmp_path: Path
) -> None:
    ctx = shell.wb.ctx
    dossier_id = prepared_dossier(
        ctx, demo, demo.sandbox.base_url, tmp_path, upto=DossierState.SIGNED, affiliate_index=11
    )
    shell.start()
    win = sign_in(qtbot, shell, "demo.preparer")
    win.open_dossier(dossier_id)
    wait_idle(qtbot, shell)
    view = win.dossier
    qtbot.waitUntil(lambda: view.dossier_id == dossier_id, timeout=10_000)
    assert view.badge.text() == state_name(DossierState.SIGNED)
    for action in (Action.CERTIFY, Action.RETURN):
        button = view.buttons[action]
        assert button.isVisible() and not button.isEnabled()
        assert "supervisor" in button.toolTip().lower()
    assert not view.buttons[Action.SIGN].isEnabled()
    assert view.buttons[Action.SIGN].toolTip()
    # Nothing to attach or remove once signed.
    assert not any(row.attach.isVisible() for row in view.checklist.rows)


def test_certifier_returns_with_comment_and_preparer_sees_it(
    qtbot: QtBot, shell: Shell, demo: DemoEnvironment, tmp_path: Path
) -> None:
    ctx = shell.wb.ctx
    dossier_id = prepared_dossier(
        ctx, demo, demo.sandbox.base_url, tmp_path, upto=DossierState.SIGNED, affiliate_index=12
    )
    shell.start()
    win = sign_in(qtbot, shell, "demo.certifier")
    win.open_dossier(dossier_id)
    wait_idle(qtbot, shell)
    view = win.dossier
    qtbot.waitUntil(lambda: view.dossier_id == dossier_id, timeout=10_000)
    click(qtbot, view.buttons[Action.RETURN])
    qtbot.waitUntil(lambda: view.findChild(ReturnDialog, "returnDialog") is not None)
    dlg = view.findChild(ReturnDialog, "returnDialog")
    assert dlg is not None and not dlg.ok.isEnabled()  # a comment is required
    dlg.comment.setPlainText("La copie de la CIN est illisible.")
    click(qtbot, dlg.ok)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: view.badge.text() == state_name(DossierState.COMPLETE), timeout=10_000)
    assert view.returned.isVisible()
    assert "La copie de la CIN est illisible." in view.returned.text()

    # The preparer sees the comment first thing, corrects, and signs again.
    click(qtbot, win.header.switch)
    qtbot.waitUntil(lambda: shell.login is not None and shell.login.isVisible(), timeout=10_000)
    win = sign_in(qtbot, shell, "demo.preparer")
    win.open_dossier(dossier_id)
    wait_idle(qtbot, shell)
    view = win.dossier
    qtbot.waitUntil(lambda: view.dossier_id == dossier_id, timeout=10_000)
    assert view.returned.isVisible() and "illisible" in view.returned.text()
    assert "supervisor" in view.hint.text()
    click(qtbot, view.buttons[Action.SIGN])
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: view.badge.text() == state_name(DossierState.SIGNED), timeout=20_000)


def test_non_pdf_attach_is_refused_and_nothing_is_lost(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    shell.start()
    win = sign_in(qtbot, shell, "demo.preparer")
    ctx = shell.wb.ctx
    with ctx.db.read() as c:
        membership = c.execute(
            "SELECT membership_no FROM affiliates ORDER BY membership_no LIMIT 1 OFFSET 13"
        ).fetchone()[0]
    win.search.query.setText(membership)
    win.search.search()
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: win.sheet.sheet is not None, timeout=10_000)
    wait_idle(qtbot, shell)
    click(qtbot, win.sheet.new_button)
    wait_idle(qtbot, shell)
    view = win.dossier
    qtbot.waitUntil(lambda: view.bundle is not None, timeout=10_000)
    code = view.checklist.rows[0].code
    good = make_pdf(tmp_path / "demande.pdf")
    view.attach_files(code, [good])
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: view.checklist.row(code).status == "done", timeout=10_000)  # type: ignore[union-attr]

    fake = tmp_path / "photo.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n not a pdf at all")
    text_file = tmp_path / "notes.txt"
    text_file.write_text("bonjour")
    view.attach_files(code, [fake, text_file])
    wait_idle(qtbot, shell)
    box = wait_box(qtbot, "refusedBox")
    assert "photo.pdf" in box.informativeText() and "notes.txt" in box.informativeText()
    assert "not a PDF" in box.informativeText()
    box.accept()
    wait_idle(qtbot, shell)
    d = shell.wb.ctx
    with d.db.read() as c:
        stored = dossiers_repo.get(c, view.dossier_id or "")
    assert stored is not None
    assert [doc.filename for doc in stored.documents] == ["demande.pdf"]
    assert view.checklist.row(code).status == "done"  # type: ignore[union-attr]


def test_dead_platform_keeps_the_dossier_queued(
    qtbot: QtBot, qapp: object, demo: DemoEnvironment, tmp_path: Path
) -> None:
    sandbox = start_in_thread(tmp_path / "sandbox", affiliates=20)
    stopped = False
    shell, ctx = make_shell(qapp, tmp_path / "me", demo)  # type: ignore[arg-type]
    try:
        dossier_id = prepared_dossier(
            ctx, demo, sandbox.base_url, tmp_path, upto=DossierState.QUEUED
        )
        shell.start()
        win = sign_in(qtbot, shell, "demo.certifier", url=sandbox.base_url)
        qtbot.waitUntil(lambda: shell.events.online is True, timeout=10_000)
        sandbox.stop()
        stopped = True
        win.tabs.setCurrentWidget(win.queue)
        qtbot.waitUntil(lambda: win.queue.send.isEnabled(), timeout=10_000)
        click(qtbot, win.queue.send)
        qtbot.waitUntil(lambda: not win.sender_.running, timeout=20_000)
        wait_idle(qtbot, shell)
        assert "No connection" in win.queue.result.text()
        assert shell.events.online is False
        assert "Offline" in win.header.connection.text()
        assert any("does not answer" in t for t in win.notices.texts())
        with ctx.db.read() as c:
            d = dossiers_repo.get(c, dossier_id)
            jobs = jobs_repo.for_dossier(c, dossier_id)
        assert d is not None and d.state in (DossierState.QUEUED, DossierState.UPLOADING)
        assert jobs and all(j.state == "pending" for j in jobs)
        assert any(j.last_error for j in jobs)
    finally:
        if not stopped:
            sandbox.stop()
        close_shell(shell)
        ctx.close()


def test_arabic_screens_mirror_and_still_select(
    qtbot: QtBot, qapp: object, demo: DemoEnvironment, tmp_path: Path
) -> None:
    shell, ctx = make_shell(qapp, tmp_path, demo, lang="ar")  # type: ignore[arg-type]
    try:
        shell.start()
        win = sign_in(qtbot, shell, "demo.preparer")
        assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert win.tabs.tabText(win.tabs.indexOf(win.affiliates_page)) == "المنخرطون"
        with ctx.db.read() as c:
            family = c.execute(
                "SELECT last_name_lat FROM affiliates GROUP BY last_name_lat"
                " HAVING COUNT(*) > 1 LIMIT 1"
            ).fetchone()[0]
        win.search.query.setText(family)
        win.search.search()
        wait_idle(qtbot, shell)
        assert win.search.model.rowCount() > 1
        tables.select_row(win.search.table, 1)  # QTableView.selectRow fails right-to-left
        qtbot.waitUntil(lambda: win.sheet.sheet is not None, timeout=10_000)
        wait_idle(qtbot, shell)
        chosen = win.search.model.row_at(1)
        assert chosen is not None and win.sheet.fields["cin"].text() == chosen.cin
        assert "سنة" in win.sheet.fields["service"].text()
    finally:
        close_shell(shell)
        ctx.close()


_RUN_GUI_CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.config.profile import load_profile
from app.config.settings import Settings
from app.services.context import Context
from app.ui.app import create_application, run_gui
from app.ui.dialogs.login import LoginDialog

folder, url = Path(sys.argv[1]), sys.argv[2]
create_application()
settings = Settings(folder / "settings.json")
settings.set("language", "fr")
settings.set("platform_url", url)
settings.save()
ctx = Context.open(folder / "profile", load_profile("cmr"))
seen = []

def close_sign_in():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, LoginDialog) and w.isVisible():
            seen.append(w.windowTitle())
            w.reject()  # "Quit" on the sign-in dialog ends the application

QTimer.singleShot(300, close_sign_in)
QTimer.singleShot(15_000, QApplication.quit)  # never hang the suite
try:
    code = run_gui(ctx, settings, None)
finally:
    ctx.close()
print(json.dumps({"code": code, "seen": seen}))
"""


def test_run_gui_opens_the_sign_in_and_quits_cleanly(demo: DemoEnvironment, tmp_path: Path) -> None:
    # In its own process: a real QApplication.exec() and quit leave the test process's event
    # loop unusable for the tests that follow (pytest-qt's waits stop seeing timers).
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", _RUN_GUI_CHILD, str(tmp_path), demo.sandbox.base_url],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert run.returncode == 0, run.stderr[-3000:]
    outcome = json.loads(run.stdout.strip().splitlines()[-1])
    assert outcome == {"code": 0, "seen": ["Mellaf — connexion"]}
