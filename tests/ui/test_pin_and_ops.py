"""The PIN prompt across threads, and the background operation runner."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.platform.errors import OfflineError
from app.signing.errors import PinLocked
from app.signing.handler import TokenInfo
from app.ui.bridge import QtSigningHandler
from app.ui.dialogs.pin import PinDialog
from app.ui.errors import describe
from app.ui.ops import SHOW_AFTER_MS, Op, OpControl, OpRunner
from tests.ui.helpers import click, visible, wait_box

pytestmark = pytest.mark.gui


def token(**flags: bool) -> TokenInfo:
    return TokenInfo("TESTOFFICER", "0042", "SafeNet", "eToken 5110", **flags)


class Asker(threading.Thread):
    """Calls the handler from a worker thread, as the signing backend does."""

    def __init__(self, handler: QtSigningHandler, info: TokenInfo) -> None:
        super().__init__(daemon=True)
        self.handler, self.info = handler, info
        self.answer: str | None = "unset"

    def run(self) -> None:
        self.answer = self.handler.ask_pin(self.info)


def test_pin_is_asked_on_the_gui_thread_and_handed_back_once(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    handler = QtSigningHandler(parent)
    asker = Asker(handler, token(final_try=True))
    asker.start()
    qtbot.waitUntil(lambda: bool(visible(PinDialog, "pinDialog")))
    dlg = visible(PinDialog, "pinDialog")[0]
    assert "ONE" in dlg.warning.text() and dlg.warning.isVisibleTo(dlg)
    assert not dlg.ok.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dlg.pin, "0000")
    click(qtbot, dlg.ok)
    qtbot.waitUntil(lambda: not asker.is_alive())
    assert asker.answer == "0000"
    assert handler.prompts == 1


def test_locked_token_cannot_be_tried(qtbot: QtBot) -> None:
    dlg = PinDialog(token(locked=True))
    qtbot.addWidget(dlg)
    assert not dlg.pin.isEnabled() and not dlg.ok.isEnabled()
    assert "Barid eSign" in dlg.warning.text()


def test_cancel_and_shutdown_answer_none(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    handler = QtSigningHandler(parent)
    asker = Asker(handler, token())
    asker.start()
    qtbot.waitUntil(lambda: bool(visible(PinDialog, "pinDialog")))
    dlg = visible(PinDialog, "pinDialog")[0]
    dlg.pin.setText("1234")
    dlg.reject()
    qtbot.waitUntil(lambda: not asker.is_alive())
    assert asker.answer is None

    late = Asker(handler, token())
    late.start()
    qtbot.waitUntil(lambda: bool(visible(PinDialog, "pinDialog")))
    handler.cancel_pending()  # the application closes while the prompt is open
    late.join(5)
    assert late.answer is None
    for d in visible(PinDialog, "pinDialog"):
        d.reject()


def test_handler_refuses_the_gui_thread(qtbot: QtBot) -> None:
    handler = QtSigningHandler()
    with pytest.raises(RuntimeError):
        handler.ask_pin(token())


def test_progress_dialog_only_for_long_work_and_cancel_flag(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    runner = OpRunner()
    results: list[object] = []

    runner.run(Op(work=lambda _: 42, success=results.append, parent=window))
    qtbot.waitUntil(lambda: results == [42])
    assert not window.findChildren(QWidget, "opProgress")

    def slow(control: OpControl) -> int:
        n = 0
        while not control.cancelled():
            n += 1
            control.progress(n, 0, f"step {n}")
            time.sleep(0.01)
        return -1

    started = time.monotonic()
    control = runner.run(Op(work=slow, success=results.append, parent=window, cancellable=True))
    assert control is not None
    assert runner.run(Op(work=lambda _: 0, parent=window)) is None  # one blocking op per window
    qtbot.waitUntil(lambda: bool(window.findChildren(QWidget, "opProgress")), timeout=5000)
    assert time.monotonic() - started >= SHOW_AFTER_MS / 1000 * 0.9
    control.cancel()
    qtbot.waitUntil(lambda: results == [42, -1])
    qtbot.waitUntil(lambda: not runner.busy)
    runner.shutdown()


def test_failures_become_words_and_bugs_keep_details(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    runner = OpRunner()

    def offline(_: OpControl) -> None:
        raise OfflineError("connection refused")

    runner.run(Op(work=offline, parent=window))
    box = wait_box(qtbot, "errorBox")
    assert "No connection" in box.text() and not box.detailedText()
    box.close()

    def bug(_: OpControl) -> None:
        raise KeyError("surprise")

    runner.run(Op(work=bug, parent=window))
    qtbot.waitUntil(
        lambda: any(b.icon() == QMessageBox.Icon.Critical for b in visible(QMessageBox, "errorBox"))
    )
    box = next(b for b in visible(QMessageBox, "errorBox") if b.icon() == QMessageBox.Icon.Critical)
    assert "unexpected" in box.text().lower() and "KeyError" in box.detailedText()
    box.close()

    def broken_callback(_: object) -> None:
        raise ValueError("callback bug")

    runner.run(Op(work=lambda _: 1, success=broken_callback, parent=window))
    box = wait_box(qtbot, "errorBox")
    assert "ValueError" in box.detailedText()
    box.close()
    runner.shutdown()


def test_error_reports_say_what_to_do() -> None:
    locked = describe(PinLocked())
    assert locked.title and "Barid eSign" in locked.message and locked.next_step
    assert not locked.unexpected
    assert describe(RuntimeError("x")).unexpected
