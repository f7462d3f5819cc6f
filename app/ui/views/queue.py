"""The sending queue: its jobs and their progress, "Send now", and the fund's statuses."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.adapters import JobRow, job_rows
from app.ui.i18n import fmt, format_size, translate
from app.ui.messages import localise
from app.ui.models.jobs import JobsModel
from app.ui.sender import QueueSender, RoundResult
from app.ui.views import tables
from app.ui.views.search import empty_state_label
from app.ui.workbench import Workbench


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
        layout.addWidget(self.stack, 1)
        self.result = QLabel()
        self.result.setObjectName("sendResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)

        sender.round_started.connect(self._started)
        sender.transfer.connect(self._transfer)
        sender.round_finished.connect(self._finished)
        wb.events.queue_changed.connect(self.reload)

    def reload(self) -> None:
        if self.wb.session is None:
            return
        wb, actor = self.wb, self.wb.actor
        wb.run(self, lambda _: job_rows(wb.ctx, actor), self._fill, blocking=False)

    def _fill(self, rows: list[JobRow]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        waiting = sum(1 for r in rows if r.job.state in ("pending", "running"))
        self.send.setEnabled(waiting > 0 and not self.sender_.running)
        self.send.setToolTip("" if waiting else translate("QueueView", "Nothing waits to be sent."))

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
