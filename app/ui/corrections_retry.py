"""Correction requests in the background: queued ones are sent when the platform answers again,
sent ones are asked for the fund's answer from time to time, and the officer is told (an in-app
notice, no personal data) when answers arrive; each answer is also in the notifications list.

Rounds are spaced by a `StatusPoller` (every `interval_s`, backing off while the platform does not
answer) and start at once when the connection comes back. Nothing runs while no request is open.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.services import corrections as corrections_service
from app.services.corrections import SendResult
from app.sync.tracking import StatusPoller
from app.ui.i18n import translate
from app.ui.ops import Op, OpControl
from app.ui.workbench import Workbench

INTERVAL_S = 120.0
TICK_MS = 15_000


class CorrectionsRetry(QObject):
    answers_arrived = Signal(int)  # how many; they are in the notifications list too

    def __init__(self, wb: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.running = False
        self.poller = StatusPoller(INTERVAL_S, max_s=1800.0)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(TICK_MS)
        self.last: SendResult | None = None
        wb.events.connection_changed.connect(self._connection_changed)

    def _tick(self) -> None:
        if self.poller.due():
            self.run()

    def _connection_changed(self, online: bool, _reason: str) -> None:
        if online:
            self.run()

    def run(self) -> bool:
        """One quiet round if a session is open, none runs yet and requests are open."""
        wb = self.wb
        if self.running or wb.session is None or not shiboken6.isValid(wb.runner):
            return False
        owner = self.parent()
        if isinstance(owner, QWidget) and not owner.window().isVisible():
            return False  # the window is closing (signed out, switched user)
        actor, client, ctx = wb.actor, wb.client, wb.ctx
        session = wb.session

        def work(_: OpControl) -> SendResult | None:
            if not corrections_service.has_open(ctx, actor):
                return None
            return corrections_service.send_pending(ctx, actor, client)

        def done(result: SendResult | None) -> None:
            if wb.session is not session or result is None:
                return
            self.last = result
            self.poller.record(result.offline is None)
            if result.answered:
                self.answers_arrived.emit(result.answered)
                wb.events.say(
                    translate(
                        "CorrectionsRetry",
                        "The fund answered %n correction request(s): open the affiliate's sheet "
                        "to read the answer.",
                        None,
                        result.answered,
                    ),
                    "success",
                )

        def failed(_exc: BaseException) -> None:
            if wb.session is session:
                self.poller.record(False)

        def finished() -> None:
            self.running = False

        self.running = True
        control = wb.runner.run(
            Op(
                work=work,
                success=done,
                failure=failed,
                finished=finished,
                parent=None,
                label=translate("CorrectionsRetry", "Sending correction requests…"),
                blocking=False,
            )
        )
        if control is None:
            self.running = False
            return False
        return True

    def stop(self) -> None:
        self.timer.stop()
