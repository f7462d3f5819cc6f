"""The portfolio: all dossiers of the collectivity, filtered, searched and sorted, with their due
dates, "assign to me", exports of the current view and the archive of closed dossiers.

The filters and the sort are kept per account (``app.services.preferences``): the shell hands
the view what the account left (``remembered``) before ``select_default_filter``; each change
is saved in the background, a moment after the last one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Account, Role
from app.services import assignment, portfolio, preferences
from app.services.portfolio import Due, PortfolioRow
from app.services.preferences import PortfolioView
from app.ui.i18n import fmt, joined, translate
from app.ui.models.dossiers import DUE_COLUMN, PortfolioModel
from app.ui.reload import ReloadGate
from app.ui.views import tables
from app.ui.views.export_file import export_target
from app.ui.views.portfolio_filters import PortfolioFilters
from app.ui.views.search import empty_state_label
from app.ui.workbench import Workbench

SAVE_DELAY_MS = 800  # filters and sort are saved this long after the last change
HIDDEN_RELOAD_MS = 1500  # hidden, the list is read again this long after the last change


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class DossiersView(QWidget):
    open_dossier = Signal(str)

    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self._all: list[PortfolioRow] = []
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(translate("DossiersView", "Dossiers of the collectivity"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        head.addWidget(title)
        head.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("dossiersSummary")
        head.addWidget(self.summary)
        layout.addLayout(head)
        types = {t: s.label_for(wb.lang.code) for t, s in wb.ctx.fund.dossier_types.items()}
        self.filters = PortfolioFilters(types)
        self.filter = self.filters.group  # the state group ("dossierFilter")
        self.search = self.filters.search
        self.filters.changed.connect(self._apply)
        layout.addWidget(self.filters)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        self.assign_button = _button(translate("DossiersView", "Assign to &me"), "assignToMe")
        self.assign_button.clicked.connect(lambda: self._assign(True))
        self.release_button = _button(translate("DossiersView", "&Release"), "unassign")
        self.assign_button.setToolTip(
            translate("DossiersView", "Show your colleagues that you work on this dossier now.")
        )
        self.release_button.setToolTip(
            translate("DossiersView", "Release the dossier: nobody is assigned to it any more.")
        )
        self.release_button.clicked.connect(lambda: self._assign(False))
        self.csv_button = _button(translate("DossiersView", "Export CSV…"), "dossiersCsv")
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button = _button(translate("DossiersView", "Export XLSX…"), "dossiersXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.open_button = _button(translate("DossiersView", "Open"), "openFromList")
        self.open_button.clicked.connect(self._open_selected)
        for b in (
            self.assign_button,
            self.release_button,
            self.csv_button,
            self.xlsx_button,
            self.open_button,
        ):
            bar.addWidget(b)
        layout.addLayout(bar)

        type_labels = {str(t): text for t, text in types.items()}
        self.model = PortfolioModel(wb.lang.code, type_labels, self)
        self.table = QTableView()
        self.table.setObjectName("dossiersTable")
        self.table.setModel(self.model)
        tables.configure(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DUE_COLUMN, Qt.SortOrder.AscendingOrder)  # most urgent first
        self.table.activated.connect(lambda _: self._open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = empty_state_label("dossiersEmpty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self.status = QLabel()
        self.status.setObjectName("dossiersStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        # Hidden (the officer works in a dossier), the list is read again once the changes
        # stop: signing a checklist changes the dossier at every document.
        self.gate = ReloadGate(self, self._load, hidden_delay_ms=HIDDEN_RELOAD_MS)
        self.remembered: PortfolioView | None = None  # set by the shell at sign-in
        self._view = PortfolioView(sort_column=DUE_COLUMN)
        self._keeping = False  # True once restored: later changes are saved
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_view)
        self.filters.changed.connect(self._view_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._view_changed)
        wb.events.dossier_changed.connect(self._dossier_changed)
        wb.events.queue_changed.connect(self.reload)
        self._selection_changed()

    # -- loading ------------------------------------------------------------------------------

    def _dossier_changed(self, _dossier_id: str) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the portfolio again: now when shown, else once the changes stop (a burst of
        changes makes one more read, not one read per change)."""
        self.gate.request()

    def load_now(self) -> None:
        """Read it even while hidden (at sign-in: the certifier's list is ready when opened)."""
        self.gate.now()

    def _load(self) -> object:
        if self.wb.session is None:
            return None
        wb, actor = self.wb, self.wb.actor

        def work(_: object) -> tuple[list[PortfolioRow], list[Account]]:
            return portfolio.load(wb.ctx, actor), portfolio.officers(wb.ctx, actor)

        return wb.run(self, work, self._loaded, finished=self.gate.finished, blocking=False)

    def select_default_filter(self) -> None:
        """The filters and sort this account left last time; the first time, its role's list
        (a certifier sees what waits for certification) sorted by due date."""
        self._keeping = False
        kept = self.remembered
        if kept is None:
            role = self.wb.actor.role
            self.filters.set_group("certify" if role is Role.CERTIFIER else "all")
        else:
            self.filters.restore(kept)
            if 0 <= kept.sort_column < self.model.columnCount():
                descending = Qt.SortOrder.DescendingOrder
                order = descending if kept.sort_descending else Qt.SortOrder.AscendingOrder
                self.table.sortByColumn(kept.sort_column, order)
        self._view = self._current_view()
        self._keeping = True

    def _current_view(self) -> PortfolioView:
        header = self.table.horizontalHeader()
        return self.filters.state(
            replace(
                self._view,
                sort_column=header.sortIndicatorSection(),
                sort_descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            )
        )

    def _view_changed(self) -> None:
        if self._keeping and self.wb.session is not None:
            self._save_timer.start()  # once the officer stops changing them

    def _save_view(self) -> None:
        view = self._current_view()
        if view == self._view or self.wb.session is None:
            return
        self._view = view
        wb, actor = self.wb, self.wb.actor
        wb.run(
            self,
            lambda _: preferences.set_portfolio_view(wb.ctx, actor, view),
            blocking=False,
        )

    def flush_view(self) -> None:
        """Save a change still waiting (sign-out, quit)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save_view()

    def _loaded(self, result: tuple[list[PortfolioRow], list[Account]]) -> None:
        if not self.gate.current():  # changed meanwhile: the next load follows
            return
        rows, accounts = result
        self._all = rows
        self.model.officer_names = {a.id: a.display_name or a.id for a in accounts}
        self.filters.set_officers(accounts, self.wb.actor if self.wb.session else None)
        self._apply()

    # -- filtering ----------------------------------------------------------------------------

    def selected(self) -> PortfolioRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _apply(self) -> None:
        keep = self.selected()
        rows = portfolio.apply(self._all, self.filters.value())
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if not self._all:
            self.empty.setText(
                translate(
                    "DossiersView",
                    "No dossier yet. Find an affiliate, then open a dossier from the sheet.",
                )
            )
        else:
            self.empty.setText(translate("DossiersView", "No dossier in this list."))
        shown = self.model.rows()
        if shown:
            ids = [r.dossier.id for r in shown]
            wanted = keep.dossier.id if keep is not None else None
            tables.select_row(self.table, ids.index(wanted) if wanted in ids else 0)
        self._summarise(shown)
        self._selection_changed()

    def _summarise(self, shown: list[PortfolioRow]) -> None:
        overdue = sum(1 for r in shown if r.due is Due.OVERDUE)
        soon = sum(1 for r in shown if r.due is Due.SOON)
        parts = [fmt(translate("DossiersView", "Shown: %1 of %2"), len(shown), len(self._all))]
        if overdue:
            parts.append(fmt(translate("DossiersView", "⚠ Overdue: %1"), overdue))
        if soon:
            parts.append(fmt(translate("DossiersView", "Due within 30 days: %1"), soon))
        self.summary.setText(joined(parts))

    def _selection_changed(self) -> None:
        row = self.selected()
        signed_in = self.wb.session is not None
        actor = self.wb.actor if signed_in else None
        self.open_button.setEnabled(row is not None)
        can_take = (
            row is not None
            and actor is not None
            and not row.closed
            and assignment.may_take(actor, row.assignee)
            and (row.assignee is None or actor.role is Role.ADMIN)
        )
        can_release = (
            row is not None
            and actor is not None
            and not row.closed
            and assignment.may_release(actor, row.assignee)
        )
        self.assign_button.setEnabled(can_take)
        self.release_button.setEnabled(can_release)
        has_rows = self.model.rowCount() > 0
        self.csv_button.setEnabled(has_rows)
        self.xlsx_button.setEnabled(has_rows)

    # -- actions ------------------------------------------------------------------------------

    def _assign(self, take: bool) -> None:
        row = self.selected()
        if row is None:
            return
        wb, actor, dossier_id = self.wb, self.wb.actor, row.dossier.id

        def work(_: object) -> None:
            if take:
                assignment.assign_to_me(wb.ctx, actor, dossier_id)
            else:
                assignment.unassign(wb.ctx, actor, dossier_id)

        wb.run(self, work, lambda _: self.reload())

    def export(self, kind: str) -> None:
        target = export_target(self, kind, "dossiers")
        if target is not None:
            self.export_to(target, kind)

    def export_to(self, target: Path, kind: str) -> None:
        """Export the rows shown, in the order shown (audited: the file holds personal data)."""
        wb, actor, rows = self.wb, self.wb.actor, self.model.rows()

        def work(_: object) -> int:
            return portfolio.export(wb.ctx, actor, rows, target, kind)

        def done(count: int) -> None:
            self.status.setText(
                fmt(translate("DossiersView", "%1 dossier(s) saved to %2."), count, str(target))
            )

        wb.run(self, work, done, label=translate("DossiersView", "Exporting…"))

    def _open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_dossier.emit(row.dossier.id)
