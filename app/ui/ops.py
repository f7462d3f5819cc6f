"""Background operations: the GUI thread never waits on the database, PDFs, tokens or network.

An ``Op`` declares the work (run on a pool thread) and what to do with its result, its failure
and its progress (run on the GUI thread). The worker reports progress and checks the cancel flag
through ``OpControl``; the GUI thread polls the latest progress. A blocking operation shows a
progress dialog only when it lasts more than ~600 ms, and until it ends the window it belongs to
ignores clicks and keys (so nothing starts twice). (Shape borrowed from Anki's QueryOp.)
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.ui import prewarm, runtime
from app.ui.i18n import translate

log = logging.getLogger(__name__)

T = TypeVar("T")

SHOW_AFTER_MS = 600
POLL_MS = 100
GIL_SWITCH_S = runtime.GIL_SWITCH_S  # see app.ui.runtime


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int  # 0: unknown
    what: str = ""


class OpControl:
    """The worker's side: report progress, check the cancel flag. Safe from any thread."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._latest: Progress | None = None
        self._fresh = False

    def progress(self, done: int, total: int, what: str = "") -> None:
        with self._lock:
            self._latest = Progress(done, total, what)
            self._fresh = True

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def take(self) -> Progress | None:
        """The latest progress if it changed since the last call."""
        with self._lock:
            if not self._fresh:
                return None
            self._fresh = False
            return self._latest


@dataclass
class Op(Generic[T]):
    """One background operation, declared."""

    work: Callable[[OpControl], T]
    success: Callable[[T], None] | None = None
    failure: Callable[[BaseException], None] | None = None  # None: the standard error dialog
    progress: Callable[[Progress], None] | None = None
    finished: Callable[[], None] | None = None  # after success or failure
    parent: QWidget | None = None
    label: str = ""
    blocking: bool = True  # progress dialog after 600 ms; the window ignores input meanwhile
    cancellable: bool = False


class _Emitter(QObject):
    """Carries the workers' outcomes to the GUI thread (queued signal). One per runner, owned by
    it: a per-operation emitter whose last Python reference a pool thread dropped was destroyed
    on that thread while the GUI thread delivered its signal (a QObject must die on its own
    thread), a segmentation fault seen once in CI."""

    done = Signal(int, object, object)  # task number, result, exception


def _work_runnable(
    emitter: _Emitter, number: int, control: OpControl, job: list[Callable[[OpControl], Any]]
) -> Callable[[], None]:
    """What a pool thread runs. It holds no Qt object of its own (the emitter is the runner's)
    and lets go of the work, and whatever the work holds (widgets, the workbench), before it
    reports: the task, on the GUI thread, then holds the last reference and drops it there."""

    def run() -> None:
        work = job.pop()
        try:
            result: object = work(control)
        except BaseException as exc:
            del work
            _clear_frames(exc)
            emitter.done.emit(number, None, exc)
        else:
            del work
            emitter.done.emit(number, result, None)

    return run


def _clear_frames(exc: BaseException) -> None:
    """Drop the local variables of the ended frames an exception's traceback holds (the lines
    stay, for the log): they may be the last references to what the work captured, which
    would then be released on whichever thread drops the exception last."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__cause__ or current.__context__


class _Task(QObject):
    def __init__(self, runner: OpRunner, op: Op[Any], number: int) -> None:
        super().__init__(runner)
        self.runner = runner
        self.op = op
        self.number = number
        self.control = OpControl()
        self.dialog: QProgressDialog | None = None
        self.ended = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll)
        self._show = QTimer(self)
        self._show.setSingleShot(True)
        self._show.setInterval(SHOW_AFTER_MS)
        self._show.timeout.connect(self._maybe_show_dialog)

    def start(self, pool: QThreadPool, emitter: _Emitter) -> None:
        self._poll.start()
        if self.op.blocking:
            self._show.start()
        pool.start(_work_runnable(emitter, self.number, self.control, [self.op.work]))

    @Slot()
    def _on_poll(self) -> None:
        p = self.control.take()
        if p is None:
            return
        if self.op.progress is not None:
            self.runner.guard(self.op, lambda: self.op.progress(p) if self.op.progress else None)
        if self.dialog is not None:
            self._update_dialog(p)
        if self.dialog is None and self.op.blocking and not self._show.isActive():
            self._maybe_show_dialog()

    def _update_dialog(self, p: Progress) -> None:
        dlg = self.dialog
        assert dlg is not None
        if p.what:
            dlg.setLabelText(f"{self.op.label}\n{p.what}" if self.op.label else p.what)
        dlg.setMaximum(max(p.total, 0))
        # Last: a modal QProgressDialog's setValue() runs the event loop, where the operation
        # may end and the dialog go (hence the local reference, and nothing after it).
        dlg.setValue(min(p.done, p.total) if p.total > 0 else 0)

    @Slot()
    def _maybe_show_dialog(self) -> None:
        if self.dialog is not None or self.ended:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return  # a question (PIN, confirmation) is open: show progress after it
        parent = self.op.parent.window() if self.op.parent is not None else None
        dlg = QProgressDialog(parent)
        dlg.setObjectName("opProgress")
        dlg.setWindowTitle(translate("Ops", "Please wait"))
        dlg.setLabelText(self.op.label or translate("Ops", "Working…"))
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumDuration(0)
        dlg.setMinimumWidth(380)
        dlg.setRange(0, 0)
        if self.op.cancellable:
            dlg.setCancelButtonText(translate("Ops", "Cancel"))
            dlg.canceled.connect(self._on_cancel)
        else:
            dlg.setCancelButton(None)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dlg
        dlg.show()

    @Slot()
    def _on_cancel(self) -> None:
        self.control.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(translate("Ops", "Stopping after the current step…"))

    def finish(self, result: object, exc: BaseException | None) -> None:
        """On the GUI thread, one operation per event-loop turn (see ``OpRunner.deliver``)."""
        self.ended = True
        self._poll.stop()
        self._show.stop()
        last = self.control.take()
        if last is not None and self.op.progress is not None:
            self.runner.guard(self.op, lambda: self.op.progress(last) if self.op.progress else None)
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.runner.task_done(self)
        op = self.op
        if op.parent is not None and not shiboken6.isValid(op.parent):
            # Its screen was closed meanwhile (sign-out, window closed): nothing to show the
            # outcome in, and its callbacks would touch deleted widgets.
            log.info("outcome dropped: its screen was closed (%s)", type(exc).__name__)
            self.deleteLater()
            return
        if exc is None:
            if op.success is not None:
                success = op.success
                self.runner.guard(op, lambda: success(result))
        elif op.failure is not None:
            failure = op.failure
            self.runner.guard(op, lambda: failure(exc))
        else:
            self.runner.report(op.parent, exc)
        if op.finished is not None:
            self.runner.guard(op, op.finished)
        self.deleteLater()


_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Wheel,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Drop,
    }
)


class OpRunner(QObject):
    """Starts operations on a thread pool and delivers their outcome on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        runtime.configure()
        runtime.freeze_when(prewarm.done)  # once the heavy modules are in (see app.ui.runtime)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: list[_Task] = []
        self._numbers = itertools.count(1)
        self._emitter = _Emitter(self)
        self._emitter.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._outbox: deque[tuple[_Task, object, BaseException | None]] = deque()
        self._deliver = QTimer(self)
        self._deliver.setSingleShot(True)
        self._deliver.setInterval(0)
        self._deliver.timeout.connect(self._deliver_one)
        self._blocked: dict[QWidget, int] = {}
        self._filtered: dict[QWidget, QWindow] = {}  # blocked window -> its filtered QWindow
        self.error_reporter: Callable[[QWidget | None, BaseException], None] | None = None

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def blocking_for(self, widget: QWidget | None) -> bool:
        window = widget.window() if widget is not None else None
        return any(
            t.op.blocking
            and t.op.parent is not None
            and shiboken6.isValid(t.op.parent)
            and t.op.parent.window() is window
            for t in self._tasks
        )

    def run(self, op: Op[T]) -> OpControl | None:
        """Start ``op``; None if a blocking operation already runs for the same window."""
        if op.blocking and self.blocking_for(op.parent):
            return None
        task = _Task(self, op, next(self._numbers))
        was_busy = self.busy
        self._tasks.append(task)
        if op.blocking and op.parent is not None:
            window = op.parent.window()
            self._blocked[window] = self._blocked.get(window, 0) + 1
            self._set_filter()
        task.start(self.pool, self._emitter)
        if not was_busy:
            self.busy_changed.emit(True)
        return task.control

    @Slot(int, object, object)
    def _on_done(self, number: int, result: object, exc: BaseException | None) -> None:
        task = next((t for t in self._tasks if t.number == number), None)
        if task is not None:
            self.deliver(task, result, exc)

    def deliver(self, task: _Task, result: object, exc: BaseException | None) -> None:
        """Queue a finished operation's outcome. Outcomes that arrive together (several lists
        reloaded after one change) would otherwise run back to back in one event-loop turn,
        their GUI work adding up to one long stall; one per turn lets input and paint in
        between."""
        self._outbox.append((task, result, exc))
        if not self._deliver.isActive():
            self._deliver.start()

    @Slot()
    def _deliver_one(self) -> None:
        if not self._outbox:
            return
        task, result, exc = self._outbox.popleft()
        if self._outbox:
            self._deliver.start()
        task.finish(result, exc)

    def task_done(self, task: _Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        op = task.op
        if op.blocking and op.parent is not None:
            if shiboken6.isValid(op.parent):
                window = op.parent.window()
                left = self._blocked.get(window, 1) - 1
                if left <= 0:
                    self._blocked.pop(window, None)
                else:
                    self._blocked[window] = left
            self._set_filter()
        if not self.busy:
            self.busy_changed.emit(False)

    def guard(self, op: Op[T], fn: Callable[[], object]) -> None:
        """Run a GUI-thread callback; an exception in it becomes an error dialog, not a crash."""
        try:
            fn()
        except Exception as exc:
            log.exception("operation callback failed")
            self.report(op.parent, exc)

    def report(self, parent: QWidget | None, exc: BaseException) -> None:
        if self.error_reporter is not None:
            self.error_reporter(parent, exc)
            return
        from app.ui.errors import show_error

        show_error(parent, exc)

    def cancel_all(self) -> None:
        for t in self._tasks:
            t.control.cancel()

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Ask every operation to stop and wait for the pool; True when all ended."""
        self.cancel_all()
        ok = self.pool.waitForDone(timeout_ms)
        self._blocked.clear()
        self._set_filter()
        return bool(ok)

    # -- input blocking while a blocking operation runs --------------------------------------
    # The filter sits on each blocked window's QWindow, where Qt delivers that window's mouse,
    # key, wheel and drop events before dispatching them to a widget. An application-wide
    # filter in Python saw every event of every object instead (paint, layout, timers): each
    # one took the GIL, waiting for busy workers, and wrapping Qt's internal objects for Python
    # made PySide resolve hundreds of lazily loaded types at once (a 140 ms stall, measured).

    def _set_filter(self) -> None:
        for gone in [w for w in self._blocked if not shiboken6.isValid(w)]:
            del self._blocked[gone]  # closed while its operation ran
        for window in list(self._filtered):
            if window not in self._blocked:
                handle = self._filtered.pop(window)
                if shiboken6.isValid(handle):
                    handle.removeEventFilter(self)
        for window in self._blocked:
            if window in self._filtered or not shiboken6.isValid(window):
                continue
            handle = window.windowHandle()  # None until shown: no input to block then
            if handle is not None:
                handle.installEventFilter(self)
                self._filtered[window] = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in _INPUT_EVENTS
