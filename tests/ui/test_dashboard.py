"""The dashboard on real widgets: first tab after sign-in, empty states in words, a dossier to
certify opens from it, and it follows a change of the queue without blocking the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.models import DossierState
from app.services import dossiers, queue
from app.services.demo import DemoEnvironment
from app.services.session import UserSession
from app.ui.bridge import ConnectionChanged, QueueChanged
from tests.ui.conftest import make_shell
from tests.ui.helpers import TIMEOUT, close_shell, prepared_dossier, sign_in, wait_idle

pytestmark = pytest.mark.gui


def test_first_tab_with_empty_states(
    qtbot: QtBot, qapp: QApplication, demo: DemoEnvironment, tmp_path: Path
) -> None:
    shell, ctx = make_shell(qapp, tmp_path, demo)
    try:
        shell.start()
        win = sign_in(qtbot, shell, "demo.preparer")
        view = win.dashboard
        assert win.tabs.currentWidget() is view and win.tabs.indexOf(view) == 0
        qtbot.waitUntil(lambda: view.board is not None, timeout=TIMEOUT)
        wait_idle(qtbot, shell)
        assert view.board is not None and view.board.total == 0
        assert view.no_dossier.isVisible() and "No dossier yet" in view.no_dossier.text()
        assert view.certify.stack.currentWidget() is view.certify.empty
        assert "No dossier waits" in view.certify.empty.text()
        assert "has not asked" in view.requested.empty.text()
        assert "Nothing waits to be sent" in view.queue_label.text()
        # The sign-in synced the affiliates: the last update is shown in words.
        assert "Affiliates list updated" in view.sync_label.text()
        shell.events.publish(ConnectionChanged(False, "test"))
        assert "does not answer" in view.connection_label.text()
    finally:
        close_shell(shell)
        ctx.close()


def test_a_dossier_to_certify_opens_and_the_queue_is_followed(
    qtbot: QtBot, qapp: QApplication, demo: DemoEnvironment, tmp_path: Path
) -> None:
    shell, ctx = make_shell(qapp, tmp_path, demo)
    base = demo.sandbox.base_url
    try:
        dossier_id = prepared_dossier(ctx, demo, base, tmp_path, upto=DossierState.SIGNED)
        shell.start()
        win = sign_in(qtbot, shell, "demo.certifier")
        view = win.dashboard
        qtbot.waitUntil(lambda: view.certify.list.count() == 1, timeout=TIMEOUT)
        wait_idle(qtbot, shell)
        assert view.count_labels[DossierState.SIGNED].text().startswith("1")
        item = view.certify.list.item(0)
        assert item.data(Qt.ItemDataRole.UserRole) == dossier_id

        # Clicking the line opens the dossier.
        rect = view.certify.list.visualItemRect(item)
        qtbot.mouseClick(view.certify.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: win.dossier.bundle is not None, timeout=TIMEOUT)
        assert win.current_view() is win.dossier
        assert win.dossier.bundle is not None and win.dossier.bundle.dossier.id == dossier_id
        wait_idle(qtbot, shell)

        # Certified and queued meanwhile (as the dossier screen would): the dashboard follows.
        session = shell.wb.session
        assert isinstance(session, UserSession)
        dossiers.certify(ctx, session.account, dossier_id)
        queue.enqueue(ctx, session.account, dossier_id)
        shell.events.publish(QueueChanged())
        win.tabs.setCurrentWidget(view)
        qtbot.waitUntil(lambda: view.certify.list.count() == 0, timeout=TIMEOUT)
        wait_idle(qtbot, shell)
        assert "waiting to be sent" in view.queue_label.text()
        assert DossierState.QUEUED in view.count_labels
        assert view.certify.stack.currentWidget() is view.certify.empty
    finally:
        close_shell(shell)
        ctx.close()
