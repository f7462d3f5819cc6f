"""The main window's cold start (issue 8): the window paints before it asks for its data, and
the tabs an officer does not start on are built only when first shown or asked for."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from app.ui.app import Shell
from app.ui.first_paint import after_first_paint
from app.ui.lazy_page import LazyPage
from app.ui.main_window import MainWindow
from tests.ui.helpers import TIMEOUT, sign_in

pytestmark = pytest.mark.gui


class PaintSpy(QObject):
    """Records, in order, the paints of main windows and the calls it is told of."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), MainWindow)
            and "paint" not in self.events
        ):
            self.events.append("paint")
        return False


def test_the_window_paints_before_it_asks_for_its_data(qtbot: QtBot, shell: Shell) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    spy = PaintSpy()
    app.installEventFilter(spy)

    def busy(on: bool) -> None:
        if on and shell.window is not None and "work" not in spy.events:
            spy.events.append("work")

    shell.runner.busy_changed.connect(busy)
    try:
        win = sign_in(qtbot, shell, "demo.preparer")  # waits until the loads began and ended
    finally:
        app.removeEventFilter(spy)
        shell.runner.busy_changed.disconnect(busy)
    assert win.started_loads
    assert spy.events == ["paint", "work"]
    assert win.dashboard.board is not None  # and the data did come
    assert "updated" in win.header.synced.text()


def test_after_first_paint_waits_for_a_paint_of_the_window_itself(qtbot: QtBot) -> None:
    win = QMainWindow()
    win.setCentralWidget(QLabel("body"))
    qtbot.addWidget(win)
    calls: list[str] = []
    after_first_paint(win, lambda: calls.append("hidden"))
    assert calls == ["hidden"]  # not shown: at once

    win.show()
    after_first_paint(win, lambda: calls.append("painted"), fallback_ms=600_000)
    assert calls == ["hidden"]  # never within the call
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=TIMEOUT)
    assert calls == ["hidden", "painted"]
    win.update()
    qtbot.wait(50)
    assert calls == ["hidden", "painted"]  # once


def test_tabs_are_built_when_first_shown_or_asked_for(qtbot: QtBot, shell: Shell) -> None:
    win = sign_in(qtbot, shell, "demo.admin")
    lazy = [win.dossier_page, win.planner_page, win.diagnostics_page, *win.account_pages]
    assert len(win.account_pages) == 3  # packages, accounts, audit
    assert all(isinstance(p, LazyPage) and p.built is None for p in lazy)

    win.tabs.setCurrentWidget(win.planner_page)  # shown: built, inside its page, visible
    qtbot.waitUntil(lambda: win.planner_page.built is not None, timeout=TIMEOUT)
    planner = win.planner
    assert planner is win.planner_page.built and planner.parent() is win.planner_page
    assert planner.isVisible()

    token = win.diagnostics  # asked for while hidden: built, shown with its tab
    assert win.diagnostics_page.built is token and not token.isVisible()
    win.show_view(token)
    assert win.tabs.currentWidget() is win.diagnostics_page and token.isVisible()
    assert win.current_view() is token
    assert win.diagnostics is token  # built once

    audit = win.account_views[2]
    assert [p.built for p in win.account_pages][2] is audit
    assert win.dossier_page.built is None  # still never needed


def test_the_main_window_module_does_not_load_the_pdf_viewer() -> None:
    """QtPdf (pdfium) loads with the dossier view, when a dossier is first opened."""
    code = (
        "import sys, app.ui.app, app.ui.main_window;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.QtPdf')"
        " or m in ('app.ui.views.dossier', 'app.ui.views.planner', 'app.ui.views.diagnostics')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"
