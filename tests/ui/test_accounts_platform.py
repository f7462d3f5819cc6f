"""The responsible creates, suspends and deletes sub-accounts from the accounts screen; the
changes reach the platform (a real sandbox over HTTP), wait while it is down, and the initial
password is shown once in a dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app.domain.models import Role
from app.platform.client import PlatformClient
from app.sandbox.seed import sandbox_password
from app.sandbox.server import RunningSandbox, start_in_thread
from app.ui.app import Shell
from app.ui.main_window import MainWindow
from app.ui.views.accounts import AccountsView
from app.ui.views.accounts_dialog import NewAccountDialog
from app.ui.views.accounts_platform import PasswordDialog
from tests.ui.helpers import TIMEOUT, answer, click, sign_in, wait_box, wait_idle

pytestmark = pytest.mark.gui


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[list[RunningSandbox]]:
    """A sandbox of its own (this test stops and restarts it); the list holds the current one."""
    running = [start_in_thread(tmp_path / "platform", affiliates=5)]
    yield running
    running[-1].stop()


def _sign_in_admin(qtbot: QtBot, shell: Shell, sandbox: RunningSandbox) -> MainWindow:
    """The collectivity's responsible, signed in to this test's own sandbox."""
    return sign_in(qtbot, shell, "demo.admin", sandbox_password("demo.admin"), url=sandbox.base_url)


def _platform_column(view: AccountsView) -> dict[str, str]:
    t = view.table
    return {t.item(r, 0).text(): t.item(r, 4).text() for r in range(t.rowCount())}  # type: ignore[union-attr]


def _fill_new_account(account_id: str, ppr: str) -> None:
    dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewAccountDialog))
    dlg.account_id.setText(account_id)
    dlg.display_name.setText("Agent fictif")
    dlg.full_name.setText("Agent Fictif")
    dlg.cin.setText("ZZ100200")
    dlg.ppr.setText(ppr)
    dlg.email.setText("agent@example.test")
    dlg.accept()


def _create(qtbot: QtBot, shell: Shell, view: AccountsView, account_id: str, ppr: str) -> None:
    wait_idle(qtbot, shell)  # a blocking operation still running would refuse the new one
    QTimer.singleShot(0, lambda: _fill_new_account(account_id, ppr))
    click(qtbot, view.new)


def _password_dialog(qtbot: QtBot) -> PasswordDialog:
    def shown() -> list[PasswordDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PasswordDialog) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: bool(shown()), timeout=TIMEOUT)
    return shown()[0]


def _login_code(sandbox: RunningSandbox, account_id: str, password: str) -> str:
    r = requests.post(
        sandbox.base_url + "/sessions",
        json={"account_id": account_id, "password": password},
        timeout=10,
    )
    return "ok" if r.status_code == 201 else str(r.json()["code"])


def test_accounts_reach_the_platform_and_wait_while_it_is_down(
    qtbot: QtBot, shell: Shell, platform: list[RunningSandbox]
) -> None:
    sandbox = platform[-1]
    window = _sign_in_admin(qtbot, shell, sandbox)
    view = window.account_views[1]
    assert isinstance(view, AccountsView)
    wait_idle(qtbot, shell)

    # created here, at once at the platform: the initial password is shown once
    _create(qtbot, shell, view, "agent.gui", "3330001")
    dlg = _password_dialog(qtbot)
    field = dlg.fields["agent.gui"]
    password = field.text()
    assert len(password) >= 12
    click(qtbot, dlg.findChildren(QPushButton, "copyPassword")[0])
    assert QGuiApplication.clipboard().text() == password
    QGuiApplication.clipboard().clear()
    dlg.reject()
    assert field.text() == ""  # forgotten with the dialog
    qtbot.waitUntil(
        lambda: _platform_column(view).get("agent.gui") == "Up to date", timeout=TIMEOUT
    )
    assert _login_code(sandbox, "agent.gui", password) == "ok"
    db_bytes = b"".join(
        p.read_bytes() for p in shell.wb.ctx.profile_dir.glob("mellaf.sqlite*") if p.is_file()
    )
    assert password.encode() not in db_bytes

    # suspended from the screen: the platform refuses the holder's sign-in
    view.table.setCurrentCell(list(_platform_column(view)).index("agent.gui"), 0)
    wait_idle(qtbot, shell)
    click(qtbot, view.suspend)
    answer(qtbot, wait_box(qtbot, "confirmBox"), "confirmYes")
    qtbot.waitUntil(lambda: _login_code(sandbox, "agent.gui", password) != "ok", timeout=TIMEOUT)
    assert _login_code(sandbox, "agent.gui", password) == "account_suspended"

    # the platform goes down: a new account waits, marked as such
    port, data = sandbox.port, sandbox.data_dir
    sandbox.stop()
    _create(qtbot, shell, view, "agent.later", "3330002")
    qtbot.waitUntil(
        lambda: _platform_column(view).get("agent.later") == "Waiting to be sent", timeout=TIMEOUT
    )

    # back up (same address, sessions kept): the background sender pushes it and shows the
    # password; a refresh takes what was changed at the platform by someone else
    platform.append(start_in_thread(data, port=port, affiliates=5))
    other = PlatformClient(platform[-1].base_url)
    other.login("demo.admin", sandbox_password("demo.admin"))
    other.create_account("agent.fund", "Agent Ailleurs", "3330003", Role.CERTIFIER)
    other.delete_account("agent.gui")
    other.close()
    assert view.sync.run()
    dlg = _password_dialog(qtbot)
    assert set(dlg.fields) == {"agent.later"}
    later = dlg.fields["agent.later"].text()
    dlg.reject()
    assert _login_code(platform[-1], "agent.later", later) == "ok"
    wait_idle(qtbot, shell)
    click(qtbot, view.refresh)
    qtbot.waitUntil(lambda: "agent.fund" in _platform_column(view), timeout=TIMEOUT)
    states = _platform_column(view)
    assert states["agent.gui"] == "Deleted at the platform"
    assert states["agent.later"] == "Up to date" and states["agent.fund"] == "Up to date"
    assert not any(
        isinstance(w, QLineEdit) and w.text() == later for w in view.findChildren(QLineEdit)
    )

    # a role changed from the screen is changed at the platform
    wait_idle(qtbot, shell)
    view.table.setCurrentCell(list(_platform_column(view)).index("agent.later"), 0)
    roles = view.change_selected_role()
    assert roles is not None
    roles.setTextValue("Supervisor (certifier)")
    roles.accept()
    wait_idle(qtbot, shell)
    admin = PlatformClient(platform[-1].base_url)
    admin.login("demo.admin", sandbox_password("demo.admin"))
    remote = {r.account.id: r for r in admin.list_remote_accounts()}
    admin.close()
    assert remote["agent.later"].account.role is Role.CERTIFIER
    assert _platform_column(view)["agent.later"] == "Up to date"


def test_the_accounts_screen_takes_the_platforms_list_as_it_opens(
    qtbot: QtBot, shell: Shell, platform: list[RunningSandbox]
) -> None:
    sandbox = platform[-1]
    elsewhere = PlatformClient(sandbox.base_url)  # another machine of the collectivity
    elsewhere.login("demo.admin", sandbox_password("demo.admin"))
    elsewhere.create_account("agent.ailleurs", "Agent Ailleurs", "3330009", Role.PREPARER)
    elsewhere.close()
    window = _sign_in_admin(qtbot, shell, sandbox)
    notices: list[str] = []
    shell.wb.events.notice.connect(lambda text, _kind: notices.append(text))
    view = window.account_views[1]  # opened: no click on "refresh from the platform"
    assert isinstance(view, AccountsView)
    qtbot.waitUntil(lambda: "agent.ailleurs" in _platform_column(view), timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    assert _platform_column(view)["agent.ailleurs"] == "Up to date"
    assert any("added" in n for n in notices)  # the list differed: said once


def test_the_accounts_screen_opens_offline_without_an_error(
    qtbot: QtBot, shell: Shell, platform: list[RunningSandbox]
) -> None:
    sandbox = platform[-1]
    window = _sign_in_admin(qtbot, shell, sandbox)
    sandbox.stop()
    view = window.account_views[1]
    assert isinstance(view, AccountsView)
    wait_idle(qtbot, shell)
    assert "demo.admin" in _platform_column(view)  # the list kept here
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]
    assert shell.wb.events.online is False  # the header says offline
    platform.append(start_in_thread(sandbox.data_dir, port=sandbox.port, affiliates=5))
