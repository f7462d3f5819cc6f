"""The responsible's screens (accounts, audit log) and the idle lock, on real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.models import DossierState, Role
from app.services import accounts
from app.services.demo import DemoEnvironment
from app.store.accounts import AccountDetails
from app.ui.app import Shell
from app.ui.dialogs.login import LoginDialog
from app.ui.views.accounts import AccountsView
from app.ui.views.accounts_packages import PackagesView
from app.ui.views.audit_viewer import AuditViewer
from tests.ui.helpers import (
    TIMEOUT,
    answer,
    click,
    prepared_dossier,
    sign_in,
    visible,
    wait_box,
    wait_idle,
)

pytestmark = pytest.mark.gui


def _table_texts(view: AccountsView) -> list[list[str]]:
    t = view.table
    return [
        [t.item(r, c).text() for c in range(t.columnCount())]  # type: ignore[union-attr]
        for r in range(t.rowCount())
    ]


def test_responsible_manages_accounts(qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    window = sign_in(qtbot, shell, "demo.admin")
    views = window.account_views
    assert [type(v) for v in views] == [PackagesView, AccountsView, AuditViewer]
    view = views[1]
    assert isinstance(view, AccountsView)
    wb = shell.wb
    details = AccountDetails(full_name="Agent Fictif", cin="ZZ987654", ppr="7654321")
    accounts.create(wb.ctx, wb.actor, "agent.ui", "Agent UI", Role.PREPARER, details)
    view.reload()
    wait_idle(qtbot, shell)
    rows = {r[0]: r for r in _table_texts(view)}
    assert rows["agent.ui"][3:] == ["Active", "7654321", "ZZ****54"]
    assert all("ZZ987654" not in cell for row in rows.values() for cell in row)

    view.table.setCurrentCell(list(rows).index("agent.ui"), 0)
    click(qtbot, view.suspend)
    answer(qtbot, wait_box(qtbot, "confirmBox"), "confirmYes")
    qtbot.waitUntil(
        lambda: {r[0]: r[3] for r in _table_texts(view)}.get("agent.ui") == "Suspended",
        timeout=TIMEOUT,
    )

    staff = tmp_path / "staff.csv"
    staff.write_text("ppr\n1111111\n", encoding="utf-8")
    view.review_staff(str(staff))
    box = wait_box(qtbot, "confirmBox")
    assert "agent.ui" not in box.informativeText()  # suspended accounts are not reviewed
    assert "demo.admin" in box.informativeText()
    answer(qtbot, box, "confirmNo")


def test_audit_viewer_filters_exports_and_checks(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    window = sign_in(qtbot, shell, "demo.admin")
    viewer = window.account_views[2]
    assert isinstance(viewer, AuditViewer)
    wait_idle(qtbot, shell)
    assert viewer.table.rowCount() >= 1
    viewer.what.setText("session.")
    click(qtbot, viewer.search)
    wait_idle(qtbot, shell)
    actions = {viewer.table.item(r, 2).text() for r in range(viewer.table.rowCount())}  # type: ignore[union-attr]
    assert actions == {"session.login"}
    out = tmp_path / "audit.csv"
    viewer.export_to(str(out))
    wait_idle(qtbot, shell)
    assert out.read_text(encoding="utf-8-sig").startswith("id,at,actor,action")
    click(qtbot, viewer.check)
    wait_idle(qtbot, shell)
    assert viewer.status.text() == "The audit chain is intact."


def test_preparer_has_no_admin_tabs(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "demo.preparer")
    assert [type(v) for v in window.account_views] == [PackagesView]


def test_idle_lock_leaves_nothing_on_screen(qtbot: QtBot, shell: Shell) -> None:
    sign_in(qtbot, shell, "demo.preparer")
    shell.idle.set_timeout(0.3)
    shell.idle.arm()
    qtbot.waitUntil(lambda: shell.window is None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: isinstance(shell.login, LoginDialog), timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not [w for w in shown if isinstance(w, QMainWindow)]
    assert not [w for w in shown if isinstance(w, QMessageBox)]
    assert shell.wb.session is None
    assert visible(LoginDialog, shell.login.objectName()) if shell.login else False


def test_offline_package_from_the_desktop(
    qtbot: QtBot, shell: Shell, demo: DemoEnvironment, tmp_path: Path
) -> None:
    ctx = shell.wb.ctx
    dossier_id = prepared_dossier(
        ctx, demo, demo.sandbox.base_url, tmp_path, upto=DossierState.CERTIFIED
    )
    window = sign_in(qtbot, shell, "demo.certifier")
    view = window.account_views[0]
    assert isinstance(view, PackagesView)
    out = tmp_path / "usb" / "commune.mellaf"
    view.export_to("dossiers", str(out))
    wait_idle(qtbot, shell)
    assert out.is_file() and "Package number 1" in view.result.text()
    view.import_from(str(out))  # the same profile already holds the dossier
    box = wait_box(qtbot, "errorBox")
    assert "already here" in box.text() + box.informativeText()
    assert dossier_id
