"""Run something once a window has painted for the first time.

A window that starts its background loads before its first paint makes that paint wait: the
loads' Python threads take the interpreter lock in turns with the GUI thread. Starting them
just after the first paint shows the window sooner (issue 8's cold start); their data fills it
a moment later, as it would anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# If no paint comes (a window shown on a platform that never exposes it), start anyway.
FALLBACK_MS = 1000


class _AfterPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            # After the paint has ended: the callback's work must not delay the frame.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._window.removeEventFilter(self)
        self.deleteLater()
        callback()


def after_first_paint(
    window: QWidget, callback: Callable[[], None], fallback_ms: int = FALLBACK_MS
) -> None:
    """Call `callback` once, just after `window` next paints; now if it is not shown."""
    if not window.isVisible():
        callback()
        return
    _AfterPaint(window, callback, fallback_ms)
