"""From the core to Qt: the signing handler and the application's change signals.

``QtSigningHandler`` is the Qt side of the token layer's handler interface. The backend calls it
from a worker thread; each request travels to the GUI thread by a queued signal carrying a
``concurrent.futures.Future``, the dialog opens there without a nested event loop, and the
worker waits on the future. Called on the GUI thread itself it refuses (that would deadlock).

``AppEvents`` turns typed core events into Qt signals delivered on the GUI thread.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.signing.handler import TokenInfo
from app.ui.dialogs.pin import PinDialog
from app.ui.i18n import translate
from app.ui.messages import localise


class QtSigningHandler(QObject):
    """``app.signing.handler.SigningHandler`` for the desktop; lives on the GUI thread."""

    _pin_wanted = Signal(object, object)  # TokenInfo, Future[str | None]
    _message_wanted = Signal(str)
    _confirm_wanted = Signal(str, object)  # text, Future[bool]

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._pending: set[Future[str | None] | Future[bool]] = set()
        self._lock = threading.Lock()
        self.prompts = 0  # how many PIN prompts were shown (one per signing session)
        queued = Qt.ConnectionType.QueuedConnection
        self._pin_wanted.connect(self._on_pin_wanted, queued)
        self._message_wanted.connect(self._on_message_wanted, queued)
        self._confirm_wanted.connect(self._on_confirm_wanted, queued)

    # -- called from the worker thread ----------------------------------------------------------

    def _check_thread(self) -> None:
        if QThread.currentThread() is self.thread():
            raise RuntimeError("the signing handler must be called from a worker thread")

    def _track(self, fut: Future[str | None] | Future[bool]) -> None:
        with self._lock:
            self._pending.add(fut)

    def _untrack(self, fut: Future[str | None] | Future[bool]) -> None:
        with self._lock:
            self._pending.discard(fut)

    def ask_pin(self, token: TokenInfo) -> str | None:
        self._check_thread()
        fut: Future[str | None] = Future()
        self._track(fut)
        try:
            self._pin_wanted.emit(token, fut)
            return fut.result()
        finally:
            self._untrack(fut)

    def show_message(self, text: str) -> None:
        self._message_wanted.emit(text)

    def confirm(self, text: str) -> bool:
        self._check_thread()
        fut: Future[bool] = Future()
        self._track(fut)
        try:
            self._confirm_wanted.emit(text, fut)
            return fut.result()
        finally:
            self._untrack(fut)

    def cancel_pending(self) -> None:
        """Answer every open request with "cancel" (the application is closing)."""
        with self._lock:
            pending = list(self._pending)
        for fut in pending:
            if not fut.done():
                fut.set_result(None)  # type: ignore[arg-type]

    # -- on the GUI thread ---------------------------------------------------------------------

    def _parent(self) -> QWidget | None:
        return self._parent_widget.window() if self._parent_widget is not None else None

    @Slot(object, object)
    def _on_pin_wanted(self, token: TokenInfo, fut: Future[str | None]) -> None:
        self.prompts += 1
        dlg = PinDialog(token, parent=self._parent())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(code: int) -> None:
            pin = dlg.take_pin() if code == QDialog.DialogCode.Accepted else None
            if not fut.done():
                fut.set_result(pin)

        dlg.finished.connect(answered)
        dlg.open()

    @Slot(str)
    def _on_message_wanted(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("Signing", "Signing token"),
            localise(text),
            QMessageBox.StandardButton.Ok,
            self._parent(),
        )
        box.setObjectName("tokenMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    @Slot(str, object)
    def _on_confirm_wanted(self, text: str, fut: Future[bool]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Signing", "Signing token"),
            localise(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._parent(),
        )
        box.setObjectName("tokenQuestion")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(code: int) -> None:
            if not fut.done():
                fut.set_result(code == QMessageBox.StandardButton.Yes)

        box.finished.connect(answered)
        box.open()


# -- typed core events -> signals --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DossierChanged:
    dossier_id: str


@dataclass(frozen=True, slots=True)
class QueueChanged:
    pass


@dataclass(frozen=True, slots=True)
class AffiliatesSynced:
    received: int


@dataclass(frozen=True, slots=True)
class ConnectionChanged:
    online: bool
    reason: str = ""


@dataclass(frozen=True, slots=True)
class StatusChanged:
    """The fund moved a dossier to another stage."""

    dossier_id: str
    affiliate: str
    stage: str | None


Event = DossierChanged | QueueChanged | AffiliatesSynced | ConnectionChanged | StatusChanged


class AppEvents(QObject):
    """One signal per kind of event; ``publish`` may be called from any thread."""

    dossier_changed = Signal(str)
    queue_changed = Signal()
    affiliates_synced = Signal(int)
    connection_changed = Signal(bool, str)
    status_changed = Signal(str, str, str)  # dossier id, affiliate name, stage
    notice = Signal(str, str)  # text, kind ("info", "success", "warning", "error")

    _incoming = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.online: bool | None = None
        self._incoming.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)

    def say(self, text: str, kind: str = "info") -> None:
        """Show an in-app notice (GUI thread)."""
        self.notice.emit(text, kind)

    def publish(self, event: Event) -> None:
        if QThread.currentThread() is self.thread():
            self._dispatch(event)
        else:
            self._incoming.emit(event)

    @Slot(object)
    def _dispatch(self, event: Event) -> None:
        match event:
            case DossierChanged(dossier_id):
                self.dossier_changed.emit(dossier_id)
            case QueueChanged():
                self.queue_changed.emit()
            case AffiliatesSynced(received):
                self.affiliates_synced.emit(received)
            case ConnectionChanged(online, reason):
                self.online = online
                self.connection_changed.emit(online, reason)
            case StatusChanged(dossier_id, affiliate, stage):
                self.status_changed.emit(dossier_id, affiliate, stage or "")
