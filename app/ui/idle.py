"""Idle lock: after a set time without keyboard or mouse activity, the session is locked.

The watcher filters the input events of the top-level windows (it never consumes them) and
checks the pure ``IdleLock`` on a timer; ``idle`` fires once per signed-in period.

It watches the windows (``QWindow``), where keyboard and mouse input arrives first, not the
whole application: an application-wide Python event filter is called for every event of every
widget, which triples the cost of building a screen (measured: 31 -> 88 ms of GUI thread for a
checklist), while a window sees only its input and a few others.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

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
        self._following = False  # connected to the application's focus-window changes

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
            self._watch_all()
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication) and not self._following:
                app.focusWindowChanged.connect(self._watch)  # a new dialog: watched at once
                self._following = True

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()
        for window in QGuiApplication.topLevelWindows():
            window.removeEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._following:
            app.focusWindowChanged.disconnect(self._watch)
            self._following = False

    def _watch_all(self) -> None:
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)

    def _watch(self, window: QWindow | None) -> None:
        if getattr(self, "_armed", False) and window is not None:
            window.installEventFilter(self)  # again for a watched window: no double calls

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: a watcher whose Python side is being collected may still be called
        if getattr(self, "_armed", False) and event.type() in _ACTIVITY:
            self._lock.touch(datetime.now(UTC))
        return False

    def _check(self) -> None:
        if not getattr(self, "_armed", False):
            return
        self._watch_all()  # windows opened since (message boxes, the lock screen)
        if datetime.now(UTC) - self._lock.last_activity >= self._timeout:
            self.disarm()
            self.idle.emit()

    def remove(self) -> None:
        self.disarm()
