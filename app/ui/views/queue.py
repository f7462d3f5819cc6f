"""The sending queue: its jobs and their progress, "Send now", pause / resume / try again /
cancel for the selected dossier, whether the platform answers, and the news from the fund."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import queue as queue_service
from app.ui.adapters import JobRow, job_rows
from app.ui.dialogs.confirm import ask
from app.ui.i18n import QT_TRANSLATE_NOOP, fmt, format_size, translate
from app.ui.messages import localise
from app.ui.models.jobs import JobsModel
from app.ui.reload import ReloadGate
from app.ui.sender import QueueSender, RoundResult
from app.ui.views import tables
from app.ui.views.notifications import NotificationsPanel
from app.ui.views.search import empty_state_label
from app.ui.workbench import Workbench

# Sentences of app/services/queue.py shown through `localise` (extracted for translation here).
CORE_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The dossier is already being submitted to the fund: it can no longer be cancelled here.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "A queued document was removed from its dossier."),
    QT_TRANSLATE_NOOP("CoreMessages", "This account may not change the queue."),
    QT_TRANSLATE_NOOP("CoreMessages", "The fund has not asked for documents for this dossier."),
)


class QueueView(QWidget):
    def __init__(self, wb: Workbench, sender: QueueSender, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.sender_ = sender
        layout = QVBoxLayout(self)
        title = QLabel(translate("QueueView", "Sending to the fund"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(title)
        intro = QLabel(
            translate(
                "QueueView",
                "Certified dossiers wait here until the platform has received them. Nothing is "
                "lost if the connection drops: sending resumes where it stopped.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        bar = QHBoxLayout()
        self.send = QPushButton(translate("QueueView", "Send now"))
        self.send.setObjectName("sendNow")
        self.send.clicked.connect(lambda: self.sender_.send_now(self))
        self.send.setEnabled(False)  # until the jobs are read (when the tab is first shown)
        bar.addWidget(self.send)
        self.refresh = QPushButton(translate("QueueView", "Refresh the statuses"))
        self.refresh.setObjectName("refreshStatuses")
        self.refresh.setToolTip(
            translate("QueueView", "Ask the fund where each sent dossier stands")
        )
        self.refresh.clicked.connect(lambda: self.sender_.poll(self))
        bar.addWidget(self.refresh)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.transfer_label = QLabel()
        self.transfer_label.setObjectName("transferLabel")
        self.transfer_bar = QProgressBar()
        self.transfer_bar.setObjectName("transferBar")
        self.transfer_label.hide()
        self.transfer_bar.hide()
        layout.addWidget(self.transfer_label)
        layout.addWidget(self.transfer_bar)

        self.model = JobsModel(wb.lang.code, self)
        self.table = QTableView()
        self.table.setObjectName("jobsTable")
        self.table.setModel(self.model)
        tables.configure(self.table, single=False)
        # Columns are fitted once per reload (``_fill``), not at every change of a row: with
        # "resize to contents" each progress tick of an upload measured every cell again.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.gate = ReloadGate(self, self._load)
        self.empty = empty_state_label("queueEmpty")
        self.empty.setText(
            translate(
                "QueueView",
                "Nothing to send. A certified dossier appears here after “Queue for sending”.",
            )
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.offline = QLabel()
        self.offline.setObjectName("queueOffline")
        self.offline.setWordWrap(True)
        self.offline.setStyleSheet(
            "background: #fef3c7; color: #92400e; padding: 6px; border-radius: 4px;"
        )
        self.offline.hide()
        layout.addWidget(self.offline)
        jobs_box = QWidget()
        jobs_layout = QVBoxLayout(jobs_box)
        jobs_layout.setContentsMargins(0, 0, 0, 0)
        jobs_layout.addWidget(self.stack, 1)
        jobs_layout.addLayout(self._controls())
        self.notes = NotificationsPanel(wb)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(jobs_box)
        split.addWidget(self.notes)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.result = QLabel()
        self.result.setObjectName("sendResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)

        sender.round_started.connect(self._started)
        sender.transfer.connect(self._transfer)
        sender.round_finished.connect(self._finished)
        wb.events.queue_changed.connect(self.reload)
        wb.events.connection_changed.connect(self._connection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_controls())
        self._update_controls()

    # -- the selected dossier's controls -------------------------------------------------------
    def _controls(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.pause = QPushButton(translate("QueueView", "Pause"))
        self.pause.setObjectName("pauseJob")
        self.pause.setToolTip(translate("QueueView", "Hold the selected dossier in the queue"))
        self.resume = QPushButton(translate("QueueView", "Resume"))
        self.resume.setObjectName("resumeJob")
        self.retry = QPushButton(translate("QueueView", "Try again now"))
        self.retry.setObjectName("retryJob")
        self.retry.setToolTip(
            translate("QueueView", "Try the selected dossier's waiting or failed steps now")
        )
        self.cancel = QPushButton(translate("QueueView", "Cancel sending"))
        self.cancel.setObjectName("cancelJob")
        self.cancel.setToolTip(
            translate(
                "QueueView",
                "Take the selected dossier out of the queue (possible until its submission)",
            )
        )
        self.pause.clicked.connect(lambda: self._control("pause"))
        self.resume.clicked.connect(lambda: self._control("resume"))
        self.retry.clicked.connect(lambda: self._control("retry"))
        self.cancel.clicked.connect(self._ask_cancel)
        for b in (self.pause, self.resume, self.retry, self.cancel):
            bar.addWidget(b)
        bar.addStretch(1)
        return bar

    def selected_rows(self) -> list[JobRow]:
        """Every job of the dossier of the selected line."""
        index = self.table.currentIndex()
        picked = self.model.row_at(index.row()) if index.isValid() else None
        if picked is None or not self.table.selectionModel().hasSelection():
            return []
        return [r for r in self.model.rows() if r.job.dossier_id == picked.job.dossier_id]

    def _update_controls(self) -> None:
        jobs = [r.job for r in self.selected_rows()]
        unfinished = [j for j in jobs if j.state in ("pending", "running", "failed")]
        submitting = any(
            j.kind == "submit" and (j.state in ("running", "done") or j.attempts > 0) for j in jobs
        )
        self.pause.setEnabled(any(not j.paused for j in unfinished))
        self.resume.setEnabled(any(j.paused for j in unfinished))
        self.retry.setEnabled(bool(unfinished) and not self.sender_.running)
        self.cancel.setEnabled(bool(unfinished) and not submitting)

    def _control(self, action: str) -> None:
        rows = self.selected_rows()
        if not rows or self.wb.session is None:
            return
        wb, actor, dossier_id = self.wb, self.wb.actor, rows[0].job.dossier_id

        def work(_: object) -> None:
            if action == "pause":
                queue_service.pause(wb.ctx, actor, dossier_id)
            elif action == "resume":
                queue_service.pause(wb.ctx, actor, dossier_id, paused=False)
            elif action == "retry":
                queue_service.retry(wb.ctx, actor, dossier_id)
            else:
                queue_service.cancel(wb.ctx, actor, dossier_id)

        def done(_: None) -> None:
            from app.ui.bridge import DossierChanged, QueueChanged

            wb.events.publish(QueueChanged())
            wb.events.publish(DossierChanged(dossier_id))
            if action in ("resume", "retry"):
                self.sender_.poll(None)

        wb.run(self, work, done, blocking=False)

    def _ask_cancel(self) -> None:
        ask(
            self,
            translate("QueueView", "Cancel sending"),
            translate(
                "QueueView",
                "Take this dossier out of the queue? It stays certified and can be queued again "
                "later. Nothing already received by the fund is lost.",
            ),
            translate("QueueView", "Take it out"),
            lambda: self._control("cancel"),
        )

    def _connection(self, online: bool, reason: str) -> None:
        self.offline.setVisible(not online)
        self.offline.setText(
            translate(
                "QueueView",
                "Offline: the platform does not answer. You can keep working; the queue is kept "
                "and leaves by itself when the platform answers again.",
            )
            + (f"\n{reason}" if reason else "")
        )

    def reload(self) -> None:
        """Read the jobs again: now when the tab is shown, else when it is next shown."""
        self.gate.request()

    def _load(self) -> object:
        if self.wb.session is None:
            return None
        wb, actor = self.wb, self.wb.actor
        self.notes.reload()
        return wb.run(
            self,
            lambda _: job_rows(wb.ctx, actor),
            self._fill,
            finished=self.gate.finished,
            blocking=False,
        )

    def _fill(self, rows: list[JobRow]) -> None:
        if not self.gate.current():
            return  # changed meanwhile: the next load follows
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        waiting = sum(1 for r in rows if r.job.state in ("pending", "running"))
        self.send.setEnabled(waiting > 0 and not self.sender_.running)
        self.send.setToolTip("" if waiting else translate("QueueView", "Nothing waits to be sent."))
        self._update_controls()

    def _started(self) -> None:
        self.send.setEnabled(False)
        self.refresh.setEnabled(False)

    def _transfer(self, filename: str, sent: int, total: int) -> None:
        if not filename:
            return
        self.model.show_transfer(filename, sent, total)
        self.transfer_label.setText(
            fmt(
                translate("QueueView", "Sending %1 (%2 of %3)"),
                filename,
                format_size(sent),
                format_size(total),
            )
        )
        self.transfer_bar.setRange(0, max(total, 1))
        self.transfer_bar.setValue(min(sent, total))
        self.transfer_label.show()
        self.transfer_bar.show()

    def _finished(self, result: RoundResult | None) -> None:
        self.refresh.setEnabled(True)
        self.transfer_label.hide()
        self.transfer_bar.hide()
        self.reload()
        if result is None:
            return
        parts: list[str] = []
        if result.sent is not None:
            parts.append(
                translate("QueueView", "%n step(s) done", None, result.sent.done)
                + " · "
                + translate("QueueView", "%n waiting", None, result.sent.waiting)
            )
            parts.extend(localise(f) for f in result.sent.failed)
        if result.offline:
            parts.append(
                translate(
                    "QueueView",
                    "No connection to the platform: the dossiers stay in the queue and leave "
                    "when it answers again.",
                )
            )
        elif result.status_error:
            parts.append(localise(result.status_error))
        self.result.setText("\n".join(parts))
        self.result.setStyleSheet("color: #9a3412;" if result.offline else "")
