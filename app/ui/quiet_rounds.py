"""Quiet background rounds with the platform: a piece of work is sent when the platform answers
again and re-tried from time to time, without the officer asking (correction requests, account
changes). Rounds are spaced by a `StatusPoller` (every `interval_s`, backing off while the
platform does not answer), start at once when the connection comes back, never overlap, and
stop when the owner's window closes (signed out, switched user).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.domain.models import Account
from app.platform.client import PlatformClient
from app.services.context import Context
from app.sync.tracking import StatusPoller
from app.ui.ops import Op, OpControl
from app.ui.workbench import Workbench

R = TypeVar("R")


class QuietRounds(Generic[R]):
    """``work`` runs on a worker with the session's context, officer and client; ``arrived``
    gets its result on the GUI thread (only for the session that started the round) and says
    whether the platform answered, which spaces the next round."""

    def __init__(
        self,
        wb: Workbench,
        owner: QObject,
        *,
        label: Callable[[], str],
        work: Callable[[Context, Account, PlatformClient], R | None],
        arrived: Callable[[R], bool],
        interval_s: float,
        tick_ms: int,
    ) -> None:
        self.wb, self.owner = wb, owner
        self._label, self._work, self._arrived = label, work, arrived
        self.running = False
        self.poller = StatusPoller(interval_s, max_s=1800.0)
        self.timer = QTimer(owner)
        self.timer.timeout.connect(self._tick)
        self.timer.start(tick_ms)
        wb.events.connection_changed.connect(self._connection_changed)

    def _tick(self) -> None:
        if self.poller.due():
            self.run()

    def _connection_changed(self, online: bool, _reason: str) -> None:
        if online:
            self.run()

    def run(self) -> bool:
        """One quiet round if a session is open, none runs yet and the owner's window shows."""
        wb = self.wb
        if self.running or wb.session is None or not shiboken6.isValid(wb.runner):
            return False
        if isinstance(self.owner, QWidget) and not self.owner.window().isVisible():
            return False  # the window is closing (signed out, switched user)
        ctx, actor, client, session = wb.ctx, wb.actor, wb.client, wb.session
        job = self._work

        def work(_: OpControl) -> R | None:
            return job(ctx, actor, client)

        def done(result: R | None) -> None:
            if wb.session is session and result is not None:
                self.poller.record(self._arrived(result))

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
                label=self._label(),
                blocking=False,
            )
        )
        if control is None:
            self.running = False
            return False
        return True

    def stop(self) -> None:
        self.timer.stop()
