"""One search box for a membership number, a PPR, a CIN or a name; the results below."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Affiliate
from app.services import affiliates as affiliates_service
from app.services.affiliates import LookupResult
from app.ui.bridge import ConnectionChanged
from app.ui.i18n import fmt, format_datetime, translate
from app.ui.messages import localise
from app.ui.models.affiliates import affiliate_columns
from app.ui.models.rows import RowMark, RowsModel
from app.ui.views import tables
from app.ui.workbench import Workbench


def empty_state_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #475569; padding: 24px; font-size: 11pt;")
    return label


class SearchView(QWidget):
    affiliate_selected = Signal(object)  # Affiliate

    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)

        title = QLabel(translate("SearchView", "Find an affiliate"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(title)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("searchBox")
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(translate("SearchView", "Membership no., PPR, CIN or name"))
        self.query.setAccessibleName(translate("SearchView", "Search an affiliate"))
        self.query.returnPressed.connect(self.search)
        row.addWidget(self.query, 1)
        self.go = QPushButton(translate("SearchView", "&Search"))
        self.go.setObjectName("searchButton")
        self.go.clicked.connect(self.search)
        row.addWidget(self.go)
        layout.addLayout(row)

        self._stale: frozenset[str] = frozenset()  # membership numbers of out-of-date rows
        self.model = RowsModel[Affiliate](affiliate_columns(), self, self._freshness_mark())
        self.table = QTableView()
        self.table.setObjectName("affiliatesTable")
        self.table.setModel(self.model)
        tables.configure(self.table)
        self.table.verticalHeader().setVisible(True)  # the out-of-date marks, in words
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda index: self._open_row(index.row()))

        self.empty = empty_state_label("searchEmpty")
        self.empty.setText(
            translate(
                "SearchView",
                "Type a membership number, a PPR, a CIN or part of a name, then press Enter.",
            )
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setFocusProxy(self.query)

    def search(self) -> None:
        text = self.query.text().strip()
        if not text:
            self.query.setFocus()
            return
        wb = self.wb
        actor, client = wb.actor, wb.client

        def work(_: object) -> LookupResult:
            return affiliates_service.lookup(wb.ctx, actor, text, client, screen="search")

        self.status.setText(translate("SearchView", "Searching…"))
        wb.run(
            self, work, lambda r: self._show(text, r), label=translate("SearchView", "Searching…")
        )

    def _show(self, text: str, result: LookupResult) -> None:
        if result.offline_reason:
            self.wb.events.publish(ConnectionChanged(False, localise(result.offline_reason)))
        elif result.source == "platform":
            self.wb.events.publish(ConnectionChanged(True))
        self._stale = result.stale_records
        self.model.set_rows(result.affiliates)
        n = len(result.affiliates)
        if n == 0:
            message = fmt(
                translate(
                    "SearchView",
                    "No affiliate of your collectivity matches “%1”. Check the number, or wait "
                    "for the affiliates list to finish updating.",
                ),
                text,
            )
            if result.offline_reason:
                message += "\n" + translate(
                    "SearchView",
                    "The platform could not be asked (no connection): only the affiliates "
                    "already on this computer were searched.",
                )
            self.empty.setText(message)
            self.stack.setCurrentWidget(self.empty)
            self.status.setText("")
            return
        self.stack.setCurrentWidget(self.table)
        self.status.setText(translate("SearchView", "%n affiliate(s) found.", None, n))
        if result.cache_stale and result.source == "cache":
            self.status.setText(self.status.text() + "\n" + self._stale_text(result))
        if n == 1:
            tables.select_row(self.table, 0)
        self.table.setFocus()

    def _freshness_mark(self) -> RowMark[Affiliate]:
        """A mark in words on each record older than the allowed age (colour only repeats it)."""

        def text(a: Affiliate) -> str:
            return translate("SearchView", "Out of date") if a.membership_no in self._stale else ""

        def tooltip(a: Affiliate) -> str:
            if a.membership_no not in self._stale:
                return translate("SearchView", "Confirmed by the platform recently")
            return fmt(
                translate(
                    "SearchView",
                    "Not confirmed by the platform for more than %1 days: this record may be "
                    "out of date. Update the affiliates list.",
                ),
                self.wb.ctx.fund.cache_max_age_days,
            )

        return RowMark(text, tooltip, "#fef3c7")

    def _stale_text(self, result: LookupResult) -> str:
        if result.cache_synced_at is None:
            return translate(
                "SearchView", "The affiliates list was never fully updated: results may be partial."
            )
        return fmt(
            translate(
                "SearchView",
                "The affiliates list was last updated on %1, more than %2 days ago: these "
                "records may be out of date.",
            ),
            format_datetime(result.cache_synced_at),
            self.wb.ctx.fund.cache_max_age_days,
        )

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if len(rows) == 1:
            self._open_row(rows.pop())

    def _open_row(self, row: int) -> None:
        a = self.model.row_at(row)
        if isinstance(a, Affiliate):
            self.affiliate_selected.emit(a)
