"""Views reload when shown, once per burst of changes (app/ui/reload.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from app.ui.reload import ReloadGate

pytestmark = pytest.mark.gui


class Loads:
    """Stands for a view's background read: counts starts; the test ends each one."""

    def __init__(self) -> None:
        self.started = 0

    def __call__(self) -> object:
        self.started += 1
        return object()


def two_tabs(qtbot: QtBot) -> QStackedWidget:
    """Two pages, the first shown (the caller keeps the stack: it owns the pages)."""
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.addWidget(QWidget())
    stack.addWidget(QWidget())
    stack.show()
    qtbot.waitExposed(stack)
    return stack


def page(stack: QStackedWidget, index: int) -> QWidget:
    widget = stack.widget(index)
    assert widget is not None
    return widget


def test_a_hidden_view_loads_when_shown_and_only_once(qtbot: QtBot) -> None:
    stack = two_tabs(qtbot)
    view = page(stack, 1)
    loads = Loads()
    gate = ReloadGate(view, loads)
    for _ in range(5):  # five changes while another tab is shown
        gate.request()
    assert loads.started == 0 and gate.stale
    stack.setCurrentWidget(view)
    assert loads.started == 1 and gate.running and gate.current()
    gate.finished()
    assert not gate.running and not gate.stale
    stack.setCurrentIndex(0)
    stack.setCurrentWidget(view)  # shown again, nothing changed: no read
    assert loads.started == 1


def test_changes_during_a_load_make_one_more_and_drop_the_old_result(qtbot: QtBot) -> None:
    stack = two_tabs(qtbot)
    view = page(stack, 0)
    loads = Loads()
    gate = ReloadGate(view, loads)
    gate.request()
    assert loads.started == 1
    gate.request()
    gate.request()
    assert loads.started == 1  # one at a time
    assert not gate.current()  # the running load's result is already old: not shown
    gate.finished()
    assert loads.started == 2 and gate.current()
    gate.finished()
    assert loads.started == 2 and not gate.stale


def test_now_loads_a_hidden_view_and_a_refused_start_is_retried(qtbot: QtBot) -> None:
    stack = two_tabs(qtbot)
    view = page(stack, 1)
    answers: list[object] = [None, object()]  # first start refused (a blocking op ran)
    gate = ReloadGate(view, lambda: answers.pop(0))
    gate.now()
    assert not gate.running and gate.stale  # kept for later
    gate.now()
    assert gate.running and not answers
    assert not view.isVisible() and stack.currentIndex() == 0


def test_a_hidden_view_with_a_delay_reloads_once_changes_stop(qtbot: QtBot) -> None:
    stack = two_tabs(qtbot)
    view = page(stack, 1)
    loads = Loads()
    gate = ReloadGate(view, loads, hidden_delay_ms=50)
    for _ in range(3):  # a burst of changes (no event-loop turn between them)
        gate.request()
    assert loads.started == 0  # hidden: not read at once
    qtbot.waitUntil(lambda: loads.started == 1, timeout=2000)
    gate.finished()
    qtbot.wait(120)
    assert loads.started == 1 and stack.currentIndex() == 0


def test_a_stopped_gate_starts_nothing_not_even_a_waiting_hidden_reload(qtbot: QtBot) -> None:
    stack = two_tabs(qtbot)
    view = page(stack, 1)
    loads = Loads()
    gate = ReloadGate(view, loads, hidden_delay_ms=50)
    gate.request()  # hidden: waits for its delay
    gate.stop()  # the window closes meanwhile (its workers and runner go)
    qtbot.wait(150)
    stack.setCurrentWidget(view)
    gate.request()
    gate.now()
    assert loads.started == 0 and gate.stale
