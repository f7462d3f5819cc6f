"""Reload a view when it is visible, and once per burst of changes.

A change signal (a dossier changed, the queue moved) used to make every view read the database
again at once, shown or not, and each read's result was then laid out on the GUI thread: a
change made several tables rebuild behind the tab the officer looks at. A ``ReloadGate`` keeps
one view's reloads in order:

- ``request()`` (a change): the view is marked out of date; it loads now if it is visible,
  otherwise when it is next shown — or, with ``hidden_delay_ms``, once no change came for that
  long (a hidden view that other code reads, kept up to date without reloading per change);
- ``now()`` (the officer asked: Refresh, or opening): loads even while hidden;
- one load at a time: requests that come while a load runs make one more load after it, and
  the running load's result is dropped (``current()`` is False: it is already old).

The view starts its background operation in ``start`` and passes ``finished=gate.finished``
to it (called after success or failure, even when the outcome is dropped after a sign-out);
its success callback fills the view only when ``gate.current()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class ReloadGate(QObject):
    """Coalesced, visibility-aware reloads of one view (see the module docstring)."""

    def __init__(
        self, view: QWidget, start: Callable[[], object], hidden_delay_ms: int | None = None
    ) -> None:
        super().__init__(view)
        self.view = view
        self._start = start  # starts the background load; returns None when it could not
        self._hidden = QTimer(self)  # debounce of the reloads of a hidden view
        self._hidden.setSingleShot(True)
        self._hidden.setInterval(hidden_delay_ms or 0)
        self._hidden.timeout.connect(self._maybe_start)
        self._hidden_reloads = hidden_delay_ms is not None
        self.stale = False  # a load is wanted (a change came, or a load is to be repeated)
        self.running = False
        self._forced = False  # now() was asked: load even while hidden
        self.loads = 0  # how many loads were started (for tests and diagnosis)
        self.stopped = False
        view.installEventFilter(self)

    def stop(self) -> None:
        """The view's window closes (sign-out, quit): no load starts from now on, not even a
        hidden reload already waiting for its delay."""
        self.stopped = True
        self._hidden.stop()

    def request(self) -> None:
        """Something changed: reload now when visible, else when shown."""
        self.stale = True
        if self.stopped:
            return
        if self.view.isVisible():
            self._maybe_start()
        elif self._hidden_reloads:
            self._hidden.start()  # (again): once the changes stop

    def now(self) -> None:
        """Reload even while hidden (after the running load, if one runs)."""
        self.stale = self._forced = True
        self._maybe_start()

    def current(self) -> bool:
        """In the load's success callback: no change came since it started."""
        return not self.stale

    def finished(self) -> None:
        """The load ended (success or failure): start the next one if a change came."""
        self.running = False
        if self.stopped:
            return
        if self.stale and (self._forced or self.view.isVisible()):
            self._maybe_start()
        elif self.stale and self._hidden_reloads:
            self._hidden.start()

    def _maybe_start(self) -> None:
        if self.running or not self.stale or self.stopped:
            return
        self._hidden.stop()
        self.stale, self.running, forced, self._forced = False, True, self._forced, False
        self.loads += 1
        if self._start() is None:  # not started (a blocking operation runs): retry later
            self.stale, self.running, self._forced = True, False, forced

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self._maybe_start()
        return False
