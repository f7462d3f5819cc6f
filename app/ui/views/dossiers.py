"""All dossiers of the collectivity, filtered by what needs doing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import DossierState, Role
from app.ui.adapters import DossierRow, dossier_rows
from app.ui.i18n import translate
from app.ui.models.dossiers import DossiersModel
from app.ui.views import tables
from app.ui.views.search import empty_state_label
from app.ui.workbench import Workbench

S = DossierState
FILTERS: dict[str, tuple[DossierState, ...]] = {
    "all": (),
    "prepare": (S.DRAFT, S.COMPLETE),
    "certify": (S.SIGNED,),
    "send": (S.CERTIFIED, S.QUEUED, S.UPLOADING),
    "fund": (S.SUBMITTED, S.UNDER_REVIEW, S.DOCUMENTS_REQUESTED, S.LIQUIDATED, S.REJECTED),
}


class DossiersView(QWidget):
    open_dossier = Signal(str)

    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self._all: list[DossierRow] = []
        layout = QVBoxLayout(self)
        title = QLabel(translate("DossiersView", "Dossiers of the collectivity"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(title)
        bar = QHBoxLayout()
        show = QLabel(translate("DossiersView", "&Show:"))
        self.filter = QComboBox()
        self.filter.setObjectName("dossierFilter")
        show.setBuddy(self.filter)
        for key, text in (
            ("all", translate("DossiersView", "All dossiers")),
            ("prepare", translate("DossiersView", "Being prepared")),
            ("certify", translate("DossiersView", "To certify")),
            ("send", translate("DossiersView", "To send")),
            ("fund", translate("DossiersView", "At the fund")),
        ):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self._apply)
        bar.addWidget(show)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        self.open_button = QPushButton(translate("DossiersView", "Open"))
        self.open_button.setObjectName("openFromList")
        self.open_button.clicked.connect(self._open_selected)
        bar.addWidget(self.open_button)
        layout.addLayout(bar)

        labels = {str(t): s.label_for(wb.lang.code) for t, s in wb.ctx.fund.dossier_types.items()}
        self.model = DossiersModel(wb.lang.code, labels, self)
        self.table = QTableView()
        self.table.setObjectName("dossiersTable")
        self.table.setModel(self.model)
        tables.configure(self.table)
        self.table.activated.connect(lambda _: self._open_selected())
        self.empty = empty_state_label("dossiersEmpty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        wb.events.dossier_changed.connect(self._dossier_changed)
        wb.events.queue_changed.connect(self.reload)

    def _dossier_changed(self, _dossier_id: str) -> None:
        self.reload()

    def reload(self) -> None:
        if self.wb.session is None:
            return
        wb, actor = self.wb, self.wb.actor
        wb.run(self, lambda _: dossier_rows(wb.ctx, actor), self._loaded, blocking=False)

    def select_default_filter(self) -> None:
        role = self.wb.actor.role
        key = "certify" if role is Role.CERTIFIER else "all"
        self.filter.setCurrentIndex(max(0, self.filter.findData(key)))

    def _loaded(self, rows: list[DossierRow]) -> None:
        self._all = rows
        self._apply()

    def _apply(self) -> None:
        states = FILTERS.get(str(self.filter.currentData()), ())
        rows = [r for r in self._all if not states or r.dossier.state in states]
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.open_button.setEnabled(bool(rows))
        if not self._all:
            self.empty.setText(
                translate(
                    "DossiersView",
                    "No dossier yet. Find an affiliate, then open a dossier from the sheet.",
                )
            )
        else:
            self.empty.setText(translate("DossiersView", "No dossier in this list."))
        if rows:
            tables.select_row(self.table, 0)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is not None:
            self.open_dossier.emit(row.dossier.id)
