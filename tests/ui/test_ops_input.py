"""While a blocking operation runs, its window ignores clicks and keys; other windows do not
(app/ui/ops.py filters the window's own QWindow, not every event of the application)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.ops import Op, OpControl, OpRunner

pytestmark = pytest.mark.gui


def window(qtbot: QtBot) -> tuple[QWidget, QPushButton, QLineEdit, list[int]]:
    w = QWidget()
    qtbot.addWidget(w)
    layout = QVBoxLayout(w)
    button, field = QPushButton("go"), QLineEdit()
    layout.addWidget(button)
    layout.addWidget(field)
    clicks: list[int] = []
    button.clicked.connect(lambda: clicks.append(1))
    w.show()
    qtbot.waitExposed(w)
    return w, button, field, clicks


def press(button: QPushButton) -> None:
    """A click as the platform delivers it: to the window, which passes it to the widget."""
    handle = button.window().windowHandle()
    assert handle is not None
    at = button.mapTo(button.window(), button.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def type_abc(field: QLineEdit) -> None:
    handle = field.window().windowHandle()
    assert handle is not None
    field.setFocus()
    for key in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C):
        QTest.keyClick(handle, key)


def test_a_blocking_operation_blocks_its_window_only(qtbot: QtBot) -> None:
    busy, busy_button, busy_field, busy_clicks = window(qtbot)
    other, other_button, _, other_clicks = window(qtbot)
    runner = OpRunner()
    release = threading.Event()
    results: list[str] = []

    def work(_: OpControl) -> str:
        release.wait(10)
        return "done"

    assert runner.run(Op(work=work, success=results.append, parent=busy_button)) is not None
    busy.activateWindow()
    press(busy_button)
    type_abc(busy_field)
    assert busy_clicks == [] and busy_field.text() == ""  # ignored while it runs
    press(other_button)
    assert other_clicks == [1]  # another window answers

    release.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    busy.activateWindow()
    press(busy_button)
    type_abc(busy_field)
    assert busy_clicks == [1] and busy_field.text() == "abc"
    assert runner.shutdown()
    other.close()
    busy.close()
