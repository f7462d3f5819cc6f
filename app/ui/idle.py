"""Idle lock: after a set time without keyboard or mouse activity, the session is closed.

The watcher filters the application's input events (it never consumes them) and checks the
pure ``IdleLock`` on a timer; ``idle`` fires once per signed-in period.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.services.offline_login import IdleLock

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout = timedelta(minutes=max(0, minutes))
        self._lock = IdleLock(max(0, minutes), datetime.now(UTC))
        self._armed = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeout(self, seconds: float) -> None:
        """Change the idle time (tests use seconds; the setting gives minutes)."""
        self._timeout = timedelta(seconds=max(0.0, seconds))

    def arm(self) -> None:
        """Start watching (after sign-in)."""
        self._lock.touch(datetime.now(UTC))
        self._armed = self._timeout > timedelta(0)
        if self._armed:
            interval = min(15_000, max(100, int(self._timeout.total_seconds() * 250)))
            self._timer.start(interval)

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _ACTIVITY:
            self._lock.touch(datetime.now(UTC))
        return False

    def _check(self) -> None:
        if not self._armed:
            return
        if datetime.now(UTC) - self._lock.last_activity >= self._timeout:
            self.disarm()
            self.idle.emit()

    def remove(self) -> None:
        self.disarm()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
