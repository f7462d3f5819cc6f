"""The audit log viewer (the responsible's): filters, the entries, export, chain check."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import audit_view
from app.services.audit_view import AuditFilter
from app.store.audit import AuditEntry
from app.ui.i18n import fmt, translate
from app.ui.texts import audit_action_name
from app.ui.views import tables
from app.ui.workbench import Workbench


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


class AuditViewer(QWidget):
    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        layout = QVBoxLayout(self)
        title = QLabel(translate("AuditViewer", "Audit log"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(title)
        bar = QHBoxLayout()

        def edit(name: str, hint: str) -> QLineEdit:
            e = QLineEdit()
            e.setObjectName(name)
            e.setPlaceholderText(hint)
            e.returnPressed.connect(self.reload)
            bar.addWidget(e)
            return e

        self.who = edit("auditActor", translate("AuditViewer", "Account"))
        self.what = edit("auditAction", translate("AuditViewer", "Action (e.g. dossier.)"))
        self.subject = edit("auditSubject", translate("AuditViewer", "Record"))
        self.since = edit("auditSince", translate("AuditViewer", "From (YYYY-MM-DD)"))
        self.until = edit("auditUntil", translate("AuditViewer", "To (YYYY-MM-DD)"))
        self.search = QPushButton(translate("AuditViewer", "Search"))
        self.search.setObjectName("auditSearch")
        self.export = QPushButton(translate("AuditViewer", "Export…"))
        self.export.setObjectName("auditExport")
        self.check = QPushButton(translate("AuditViewer", "Check the chain"))
        self.check.setObjectName("auditCheck")
        for b in (self.search, self.export, self.check):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("AuditViewer", "When"),
                translate("AuditViewer", "Who"),
                translate("AuditViewer", "Action"),
                translate("AuditViewer", "Record"),
            ]
        )
        tables.configure(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.search.clicked.connect(self.reload)
        self.export.clicked.connect(lambda: self.export_to())
        self.check.clicked.connect(self.check_chain)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            actor=self.who.text(),
            action=self.what.text(),
            subject_id=self.subject.text(),
            since=_day(self.since.text()),
            until=_day(self.until.text()),
        )

    def reload(self) -> None:
        wb, f = self.wb, self.current_filter()
        wb.run(self, lambda _: audit_view.search(wb.ctx, wb.actor, f), self._show, blocking=False)

    def _show(self, entries: list[AuditEntry]) -> None:
        self.table.setRowCount(len(entries))
        for i, e in enumerate(entries):
            values = (
                e.at[:19].replace("T", " "),
                e.actor,
                audit_action_name(e.action),
                e.subject_id,
            )
            for col, text in enumerate(values):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.status.setText(translate("AuditViewer", "%n entry(ies)", None, len(entries)))

    def export_to(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("AuditViewer", "Export…"),
                "audit.csv",
                translate("AuditViewer", "CSV files (*.csv)"),
            )
        if not path:
            return
        wb, f, out = self.wb, self.current_filter(), Path(path)

        def done(n: int) -> None:
            self.status.setText(translate("AuditViewer", "%n entry(ies) exported.", None, n))

        wb.run(self, lambda _: audit_view.export_csv(wb.ctx, wb.actor, f, out), done)

    def check_chain(self) -> None:
        wb = self.wb

        def done(problem: str | None) -> None:
            self.status.setProperty("broken", problem is not None)
            if problem is None:
                self.status.setText(translate("AuditViewer", "The audit chain is intact."))
            else:
                self.status.setText(
                    fmt(translate("AuditViewer", "The audit chain is broken: %1"), problem)
                )

        wb.run(self, lambda _: audit_view.verify(wb.ctx), done, blocking=False)
