"""Offline sign-in from the login dialog, and the lock screen after idle time (real widgets)."""

from __future__ import annotations

import socket

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.errors import DomainError
from app.ui.app import Shell
from app.ui.dialogs.login import LoginDialog
from app.ui.views.lock_screen import MAX_TRIES, LockScreen
from tests.ui.helpers import TIMEOUT, click, sign_in, wait_idle

pytestmark = pytest.mark.gui


def _dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/v1"


def _actions(shell: Shell) -> list[str]:
    with shell.wb.ctx.db.read() as c:
        return [str(r[0]) for r in c.execute("SELECT action FROM audit ORDER BY id")]


def _shown() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _sign_out(qtbot: QtBot, shell: Shell) -> LoginDialog:
    shell.switch_user()
    qtbot.waitUntil(lambda: isinstance(shell.login, LoginDialog), timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    assert shell.login is not None
    return shell.login


def _lock(qtbot: QtBot, shell: Shell) -> LockScreen:
    shell.idle.set_timeout(0.3)
    shell.idle.arm()
    qtbot.waitUntil(lambda: shell.lock_screen is not None, timeout=TIMEOUT)
    screen = shell.lock_screen
    assert isinstance(screen, LockScreen)
    qtbot.waitUntil(screen.isVisible, timeout=TIMEOUT)
    shell.idle.set_timeout(3600)  # the next session of the test must not lock by itself
    return screen


def test_offline_sign_in_when_the_platform_is_unreachable(qtbot: QtBot, shell: Shell) -> None:
    sign_in(qtbot, shell, "demo.preparer")  # online once: the verifier is kept
    dlg = _sign_out(qtbot, shell)
    dlg.choose_demo_account("demo.preparer")
    password = dlg.password.text()
    dlg.url.setText(_dead_url())
    assert not dlg.offline_panel.isVisible()
    click(qtbot, dlg.sign_in)
    qtbot.waitUntil(dlg.offline_panel.isVisible, timeout=TIMEOUT)
    assert "No connection" in dlg.message.text()
    assert "cannot update the affiliates list" in dlg.offline_text.text()

    dlg.password.setText("not-the-password")
    click(qtbot, dlg.sign_in_offline)
    qtbot.waitUntil(lambda: "Offline sign-in refused" in dlg.message.text(), timeout=TIMEOUT)
    assert shell.window is None
    assert _actions(shell)[-1] == "session.login_offline_failed"

    dlg.password.setText(password)
    click(qtbot, dlg.sign_in_offline)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    assert shell.wb.session is not None and shell.wb.session.offline
    assert shell.wb.actor.id == "demo.preparer"
    assert "session.login_offline" in _actions(shell)
    window = shell.window
    assert window is not None
    notices = [w.text() for w in window.notices.findChildren(QLabel)]
    assert any("Signed in offline" in t for t in notices), notices


def test_idle_locks_the_screen_and_the_same_officer_unlocks(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "demo.preparer")
    session = shell.wb.session
    before = QMessageBox(window)  # a question open when the lock comes: hidden, then back
    before.setObjectName("openBeforeLock")
    before.setText("A fictional question.")
    before.show()
    screen = _lock(qtbot, shell)
    assert not before.isVisible()
    wait_idle(qtbot, shell)
    assert _shown() == [screen]  # the main window and everything else is hidden
    collectivity = session.collectivity_name if session else ""
    texts = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "demo.preparer" in texts and (not collectivity or collectivity not in texts)
    assert shell.wb.session is session  # locked, not signed out: the work goes on

    # An error reported while locked waits for the unlock; nothing appears on the lock screen.
    shell.runner.report(window, DomainError("A fictional problem while locked."))
    qtbot.wait(400)
    assert _shown() == [screen]

    for i in range(2):
        screen.password.setText(f"wrong-{i}")
        click(qtbot, screen.unlock_button)
        qtbot.waitUntil(lambda i=i: screen.failures == i + 1, timeout=TIMEOUT)  # type: ignore[misc]
    assert "try(s) left" in screen.message.text() or "tries left" in screen.message.text()
    assert shell.lock_screen is screen

    assert shell.wb.demo is not None
    screen.password.setText(shell.wb.demo.password_of("demo.preparer"))
    click(qtbot, screen.unlock_button)
    qtbot.waitUntil(lambda: shell.lock_screen is None, timeout=TIMEOUT)
    assert window.isVisible() and shell.window is window
    boxes = [w for w in _shown() if isinstance(w, QMessageBox)]
    assert before in boxes
    assert any("fictional problem" in b.informativeText() for b in boxes)
    actions = _actions(shell)
    assert actions.count("session.unlock_failed") == 2
    assert actions.index("session.lock") < actions.index("session.unlock")
    for box in boxes:
        box.close()


def test_too_many_wrong_passwords_sign_out(qtbot: QtBot, shell: Shell) -> None:
    sign_in(qtbot, shell, "demo.preparer")
    screen = _lock(qtbot, shell)
    for i in range(MAX_TRIES):
        screen.password.setText(f"wrong-{i}")
        click(qtbot, screen.unlock_button)
        qtbot.waitUntil(lambda i=i: screen.failures == i + 1, timeout=TIMEOUT)  # type: ignore[misc]
    qtbot.waitUntil(lambda: isinstance(shell.login, LoginDialog), timeout=TIMEOUT)
    assert shell.window is None and shell.wb.session is None and shell.lock_screen is None


def test_switch_user_from_the_lock_leaves_nothing_of_the_other_commune(
    qtbot: QtBot, shell: Shell
) -> None:
    """A kiosk: an officer of another commune takes the machine from the lock screen."""
    first = sign_in(qtbot, shell, "demo.preparer")
    first.search.query.setText("a")
    screen = _lock(qtbot, shell)
    shell.runner.report(first, DomainError("A fictional problem of the first commune."))
    click(qtbot, screen.switch_button)
    qtbot.waitUntil(lambda: isinstance(shell.login, LoginDialog), timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    assert shell.wb.session is None and shell.lock_screen is None
    assert [type(w) for w in _shown()] == [LoginDialog]
    second = sign_in(qtbot, shell, "other.preparer")
    assert second is not first and shell.wb.actor.collectivity_id != "COM-DEMO-01"
    assert not (shiboken6.isValid(first) and first.isVisible())
    assert not [w for w in _shown() if isinstance(w, QMessageBox)]
    assert _actions(shell).count("session.lock") == 1
