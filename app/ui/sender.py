"""The sending queue's driver: "Send now", and a timer that sends what waits and refreshes the
fund's statuses in the background. One round at a time, whoever asks.

Background rounds are spaced by a `StatusPoller`: every `status_poll_seconds` while the platform
answers, backing off (with jitter) while it does not; when any other call finds the platform
again (connection back), a round starts at once so the queue drains."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.domain.models import Dossier
from app.platform.errors import OfflineError, PlatformError
from app.services import queue as queue_service
from app.services.queue import RunResult
from app.store import dossiers as dossiers_repo
from app.store import jobs as jobs_repo
from app.sync.tracking import StatusPoller
from app.ui.adapters import affiliate_of
from app.ui.bridge import ConnectionChanged, DossierChanged, QueueChanged, StatusChanged
from app.ui.i18n import translate
from app.ui.messages import localise
from app.ui.ops import Op, OpControl, Progress
from app.ui.texts import person_name
from app.ui.workbench import Workbench


@dataclass(frozen=True, slots=True)
class RoundResult:
    sent: RunResult | None  # None: nothing was waiting
    changed: list[tuple[Dossier, str]] = field(default_factory=list)  # dossier, affiliate name
    status_error: str | None = None  # why the statuses could not be refreshed
    offline: bool = False


class QueueSender(QObject):
    round_started = Signal()
    transfer = Signal(str, int, int)  # file name, bytes sent, total
    round_finished = Signal(object)  # RoundResult

    def __init__(self, wb: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.running = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.last: RoundResult | None = None
        self.poller = StatusPoller(60)
        self._online: bool | None = None
        wb.events.connection_changed.connect(self._connection_changed)

    def start_polling(self) -> None:
        seconds = max(10, int(self.wb.settings.get("status_poll_seconds")))
        self.poller = StatusPoller(seconds, max_s=max(seconds, 1800))
        self.timer.start(min(seconds, 10) * 1000)

    def _tick(self) -> None:
        if self.poller.due():
            self.poll()

    def _connection_changed(self, online: bool, reason: str) -> None:
        was, self._online = self._online, online
        if online and was is False and self.timer.isActive():
            self.poll()  # the platform answers again: drain the queue now

    def stop_polling(self) -> None:
        self.timer.stop()

    def send_now(self, parent: QWidget) -> bool:
        """Send everything due, then refresh the statuses; with a progress dialog."""
        return self._round(parent, send=True, interactive=True)

    def poll(self, parent: QWidget | None = None) -> bool:
        """Quietly send what waits (if anything) and refresh the statuses."""
        return self._round(parent, send=True, interactive=False)

    def _round(self, parent: QWidget | None, *, send: bool, interactive: bool) -> bool:
        wb = self.wb
        if self.running or wb.session is None:
            return False
        actor, client, ctx, lang = wb.actor, wb.client, wb.ctx, wb.lang.code
        session = wb.session

        def work(control: OpControl) -> RoundResult:
            sent: RunResult | None = None
            if send:
                with ctx.db.read() as c:
                    waiting = any(j.state in ("pending", "running") for j in jobs_repo.all_jobs(c))
                if waiting:
                    sent = queue_service.run_once(
                        ctx, client, progress=control.progress, cancelled=control.cancelled
                    )
            if sent is not None and sent.offline:
                return RoundResult(sent, [], sent.offline, offline=True)
            if sent is not None and sent.needs_login:
                return RoundResult(sent, [], sent.needs_login)
            try:
                changed = queue_service.refresh_status(ctx, actor, client)
            except PlatformError as exc:
                if not isinstance(exc, OfflineError) and interactive:
                    raise
                return RoundResult(
                    sent, [], exc.user_message, offline=isinstance(exc, OfflineError)
                )
            named: list[tuple[Dossier, str]] = []
            for d in changed:
                with ctx.db.read() as c:
                    fresh = dossiers_repo.get(c, d.id) or d
                a = affiliate_of(ctx, actor, d.affiliate_membership_no)
                named.append((fresh, person_name(a, lang, d.affiliate_membership_no)))
            return RoundResult(sent, named)

        def progress(p: Progress) -> None:
            self.transfer.emit(p.what, p.done, p.total)

        def done(result: RoundResult) -> None:
            if wb.session is not session:
                return  # signed out meanwhile: this round's news belong to nobody on screen
            self.last = result
            self.poller.record(not result.offline and result.status_error is None)
            if result.offline or result.status_error is None:
                reason = localise(result.status_error or "")
                wb.events.publish(ConnectionChanged(not result.offline, reason))
            wb.events.publish(QueueChanged())
            for d, name in result.changed:
                wb.events.publish(DossierChanged(d.id))
                wb.events.publish(StatusChanged(d.id, name, d.remote_stage))
            self.round_finished.emit(result)

        def failed(exc: BaseException) -> None:
            if wb.session is not session:
                return
            self.poller.record(False)
            wb.events.publish(QueueChanged())
            if isinstance(exc, OfflineError):
                wb.events.publish(ConnectionChanged(False, localise(exc.user_message)))
            if interactive:
                wb.runner.report(parent, exc)
            self.round_finished.emit(None)

        def finished() -> None:
            self.running = False

        self.running = True
        self.round_started.emit()
        control = wb.runner.run(
            Op(
                work=work,
                success=done,
                failure=failed,
                progress=progress,
                finished=finished,
                parent=parent if interactive else None,
                label=translate("QueueSender", "Sending the dossiers to the fund…"),
                blocking=interactive,
                cancellable=interactive,
            )
        )
        if control is None:
            self.running = False
            return False
        return True
