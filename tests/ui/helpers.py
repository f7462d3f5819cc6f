"""Driving the real widgets from tests (no sleeps: wait on conditions)."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.models import DossierState, DossierType
from app.sandbox.seed import sandbox_password
from app.services import dossiers, queue, session
from app.services.context import Context
from app.services.demo import DemoEnvironment
from app.signing.handler import ScriptedHandler
from app.signing.software import SoftwareBackend
from app.sync import affiliates as affiliate_sync
from app.ui.app import Shell
from app.ui.dialogs.login import LoginDialog
from app.ui.main_window import MainWindow
from tests.support.fixtures import make_pdf

W = TypeVar("W", bound=QWidget)
TIMEOUT = 20_000


def wait_idle(qtbot: QtBot, shell: Shell) -> None:
    qtbot.waitUntil(lambda: shell.settled, timeout=TIMEOUT)


def visible(kind: type[W], name: str) -> list[W]:
    """Visible top-level widgets of ``kind`` named ``name``."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.objectName() == name and w.isVisible()
    ]


def wait_box(qtbot: QtBot, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(visible(QMessageBox, name)), timeout=TIMEOUT)
    return visible(QMessageBox, name)[0]


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled: {button.toolTip()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot: QtBot, box: QMessageBox, button_name: str) -> None:
    button = box.findChild(QPushButton, button_name)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sign_in(
    qtbot: QtBot, shell: Shell, account: str, password: str | None = None, url: str | None = None
) -> MainWindow:
    dlg = shell.login if shell.login is not None else shell.show_login()
    assert isinstance(dlg, LoginDialog)
    dlg.choose_demo_account(account)
    if password is not None:
        dlg.password.setText(password)
    if url is not None:
        dlg.url.setText(url)
    click(qtbot, dlg.sign_in)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    assert shell.window is not None
    return shell.window


def close_shell(shell: Shell) -> None:
    window = shell.window
    # the whole shutdown: its timers (idle lock, retention, lock guard) must not outlive the test
    shell.shutdown()
    if window is not None:
        window.close()
        window.deleteLater()
    if shell.login is not None:
        shell.login.close()
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()


# -- preparing data through the services (fast), to test one screen at a time ------------------


def prepared_dossier(
    ctx: Context,
    demo: DemoEnvironment,
    base_url: str,
    folder: Path,
    *,
    upto: DossierState,
    affiliate_index: int = 0,
) -> str:
    """A dossier of the demo commune brought to ``upto`` (signed, certified or queued)."""
    prep = session.login(ctx, base_url, "demo.preparer", sandbox_password("demo.preparer"))
    affiliate_sync.sync(ctx, prep.account, prep.client)
    with ctx.db.read() as c:
        membership = c.execute(
            "SELECT membership_no FROM affiliates WHERE collectivity_id = ?"
            " ORDER BY membership_no LIMIT 1 OFFSET ?",
            (prep.account.collectivity_id, affiliate_index),
        ).fetchone()[0]
    d = dossiers.open_dossier(ctx, prep.account, membership, DossierType.AGE_LIMIT)
    for line in dossiers.checklist(ctx, d):
        if line.spec.required:
            pdf = make_pdf(folder / f"{d.id[:8]}-{line.spec.code}.pdf")
            dossiers.attach(ctx, prep.account, d.id, line.spec.code, pdf)
    backend = SoftwareBackend(demo.identity.p12_path, demo.identity.passphrase)
    with backend.open_session(ScriptedHandler()) as signer:
        outcome = dossiers.sign_all(ctx, prep.account, d.id, signer)
    assert not outcome.failures
    if upto is DossierState.SIGNED:
        return d.id
    cert = session.login(ctx, base_url, "demo.certifier", sandbox_password("demo.certifier"))
    dossiers.certify(ctx, cert.account, d.id)
    if upto is DossierState.QUEUED:
        queue.enqueue(ctx, cert.account, d.id)
    return d.id
