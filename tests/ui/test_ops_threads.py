"""What a pool thread may release: no Qt object, and nothing the work captured.

A QObject must be destroyed on its own thread. When a pool thread dropped the last reference to
a per-operation signal emitter (or to a widget-holding closure) while the GUI thread delivered
the outcome, the process crashed (a segmentation fault seen once in CI). These tests check the
reference structure that rules this out, so they do not depend on timing."""

from __future__ import annotations

import threading
import weakref

import pytest
from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from app.ui.ops import Op, OpControl, OpRunner, _Emitter, _work_runnable

pytestmark = pytest.mark.gui


class Captured:
    """Stands for what an operation's work holds (a view, the workbench)."""


class Work:
    def __init__(self, captured: Captured, fail: bool) -> None:
        self.captured, self.fail = captured, fail

    def __call__(self, control: OpControl) -> str:
        held = self.captured  # a frame local too, as a lambda's closure would be
        if self.fail:
            raise ValueError("the work failed")
        return type(held).__name__


@pytest.mark.parametrize("fail", [False, True])
def test_the_worker_lets_go_of_the_work_before_it_reports(qtbot: QtBot, fail: bool) -> None:
    captured = Captured()
    alive_work = weakref.ref(work := Work(captured, fail))
    alive_captured = weakref.ref(captured)
    del captured
    job = [work]
    del work
    emitter = _Emitter()
    at_emit: list[tuple[bool, bool, object, object]] = []

    def seen(number: int, result: object, exc: object) -> None:
        at_emit.append((alive_work() is None, alive_captured() is None, result, exc))

    emitter.done.connect(seen, Qt.ConnectionType.DirectConnection)
    run = _work_runnable(emitter, 7, OpControl(), job)
    worker = threading.Thread(target=run)
    worker.start()
    worker.join(10)

    assert len(at_emit) == 1
    work_gone, captured_gone, result, exc = at_emit[0]
    assert work_gone and captured_gone  # released on the worker, before the GUI sees anything
    if fail:
        assert result is None and isinstance(exc, ValueError)
        assert exc.__traceback__ is not None  # the lines stay for the log
    else:
        assert result == "Captured" and exc is None


def test_outcomes_travel_through_the_runners_own_emitter(qtbot: QtBot) -> None:
    runner = OpRunner()
    before = set(runner.findChildren(QObject))
    outcome: list[object] = []
    runner.run(Op(lambda _c: 41 + 1, success=outcome.append, blocking=False))
    qtbot.waitUntil(lambda: outcome == [42] and not runner.busy, timeout=5000)
    emitters = runner.findChildren(_Emitter)
    assert len(emitters) == 1 and emitters[0].parent() is runner  # owned: never a worker's
    qtbot.waitUntil(lambda: set(runner.findChildren(QObject)) <= before, timeout=5000)
    runner.shutdown()
    runner.deleteLater()
