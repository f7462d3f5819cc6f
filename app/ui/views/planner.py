"""Departure planner: who reaches the age limit in the coming months, when each dossier should
start, whether it exists; exported as CSV or XLSX."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import planner
from app.services.planner import Departure
from app.ui.i18n import fmt, translate
from app.ui.models.planner import PlannerModel
from app.ui.views import tables
from app.ui.views.export_file import export_target
from app.ui.workbench import Workbench


class PlannerView(QWidget):
    affiliate_selected = Signal(object)  # Affiliate

    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self._loaded = False
        self._shown_months = wb.ctx.fund.planner_horizon_months  # the filter of the rows shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        title = QLabel(translate("PlannerView", "Departures at the age limit"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("PlannerView", "Coming months:")))
        self.months = QSpinBox()
        self.months.setObjectName("plannerMonths")
        self.months.setRange(1, 120)
        self.months.setValue(wb.ctx.fund.planner_horizon_months)
        self.months.setAccessibleName(translate("PlannerView", "Horizon in months"))
        row.addWidget(self.months)
        self.refresh = QPushButton(translate("PlannerView", "&Show"))
        self.refresh.setObjectName("plannerRefresh")
        self.refresh.clicked.connect(self.reload)
        row.addWidget(self.refresh)
        row.addStretch(1)
        self.csv = QPushButton(translate("PlannerView", "Export CSV…"))
        self.csv.setObjectName("plannerCsv")
        self.csv.clicked.connect(lambda: self.export("csv"))
        row.addWidget(self.csv)
        self.xlsx = QPushButton(translate("PlannerView", "Export XLSX…"))
        self.xlsx.setObjectName("plannerXlsx")
        self.xlsx.clicked.connect(lambda: self.export("xlsx"))
        row.addWidget(self.xlsx)
        layout.addLayout(row)
        self.model = PlannerModel(wb.ctx.today, self)
        self.table = QTableView()
        self.table.setObjectName("plannerTable")
        self.table.setModel(self.model)
        tables.configure(self.table)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("plannerStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        wb, months = self.wb, self.months.value()
        actor = wb.actor
        self._loaded = True

        def work(_: object) -> tuple[int, list[Departure]]:
            return months, planner.departures(wb.ctx, actor, months=months, screen="planner")

        wb.run(self, work, self._show, label=translate("PlannerView", "Listing departures…"))

    def _show(self, listing: tuple[int, list[Departure]]) -> None:
        self._shown_months, rows = listing
        self.model.set_rows(rows)
        today = self.wb.ctx.today()
        due = sum(1 for d in rows if d.due(today))
        self.status.setText(
            fmt(
                translate("PlannerView", "%1 departure(s); %2 dossier(s) due and not opened."),
                len(rows),
                due,
            )
        )

    def export(self, kind: str) -> None:
        rows = self.model.rows()
        target = export_target(self, kind, "departures")
        if target is not None:
            self.export_to(target, kind, rows)

    def export_to(self, target: Path, kind: str, rows: list[Departure]) -> None:
        wb, actor, months = self.wb, self.wb.actor, self._shown_months

        def work(_: object) -> Path:
            planner.export(wb.ctx, actor, rows, target, kind, months, screen="planner")
            return target

        def done(path: Path) -> None:
            self.status.setText(fmt(translate("PlannerView", "Saved to %1."), str(path)))

        self.wb.run(self, work, done, label=translate("PlannerView", "Exporting…"))

    def _activated(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        d = self.model.row_at(rows[0].row()) if rows else None
        if d is not None:
            self.affiliate_selected.emit(d.affiliate)
