"""The dashboard, first tab after sign-in: the collectivity's dossiers by state, what waits for
certification, what the fund asked for, the coming departures, the queue, the connection and
the last update of the affiliates list.

Everything is read in the background (``app.services.dashboard.load``). A change of a dossier,
of the queue or of the affiliates marks it stale: it reloads at once when shown, otherwise when
it is shown next (each load audits the names it shows).
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Affiliate, DossierState, DossierType
from app.services import dashboard as dashboard_service
from app.services.dashboard import Dashboard, DossierLine, QueueSummary
from app.services.planner import Departure
from app.ui.i18n import fmt, format_date, format_datetime, format_number, joined, translate
from app.ui.texts import person_name, state_colour, state_name
from app.ui.views.search import empty_state_label
from app.ui.workbench import Workbench

DOSSIER_ROLE = Qt.ItemDataRole.UserRole
AFFILIATE_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_COLUMNS = 4  # state badges per row


class _Box(QGroupBox):
    """A titled list that shows a sentence instead when it is empty."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setAccessibleName(title)
        self.empty = empty_state_label(f"{name}Empty")
        self.more = QLabel()
        self.more.setObjectName(f"{name}More")
        self.more.setStyleSheet("color: #475569;")
        self.more.hide()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.more)

    def fill(self, items: list[QListWidgetItem], empty_text: str, left_out: int = 0) -> None:
        self.list.clear()
        for item in items:
            self.list.addItem(item)
        self.empty.setText(empty_text)
        self.stack.setCurrentWidget(self.list if items else self.empty)
        self.more.setVisible(left_out > 0)
        if left_out:
            self.more.setText(
                translate("Dashboard", "%n more in the Dossiers tab.", None, left_out)
            )


class DashboardView(QWidget):
    open_dossier = Signal(str)
    affiliate_selected = Signal(object)  # Affiliate

    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.board: Dashboard | None = None
        self._stale = True
        self._started = False  # no load before the main window's first paint (`start`)
        self._full = True  # read the departures (and audit them) at the next load
        self._loading = False
        self._again = False
        self._last_open: tuple[QListWidgetItem | None, float] = (None, 0.0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        title = QLabel(translate("Dashboard", "Today at a glance"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        top.addWidget(title)
        top.addStretch(1)
        self.refresh = QPushButton(translate("Dashboard", "&Refresh"))
        self.refresh.setObjectName("dashboardRefresh")
        self.refresh.clicked.connect(self.refresh_all)
        top.addWidget(self.refresh)
        layout.addLayout(top)

        self.counts_box = QGroupBox(translate("Dashboard", "Dossiers of the collectivity"))
        self.counts_box.setObjectName("dashboardCounts")
        self.counts = QGridLayout(self.counts_box)
        self.counts.setHorizontalSpacing(18)
        self.count_labels: dict[DossierState, QLabel] = {}
        self.no_dossier = empty_state_label("dashboardNoDossier")
        self.counts.setColumnStretch(COUNT_COLUMNS, 1)  # badges keep their size
        self.counts.addWidget(self.no_dossier, 0, 0, 1, COUNT_COLUMNS + 1)
        layout.addWidget(self.counts_box)

        grid = QGridLayout()
        self.certify = _Box(translate("Dashboard", "Waiting for certification"), "toCertify")
        self.requested = _Box(
            translate("Dashboard", "Documents requested by the fund"), "requested"
        )
        self.departures = _Box(
            translate("Dashboard", "Departures in the coming months"), "departures"
        )
        self.status_box = QGroupBox(translate("Dashboard", "Sending and connection"))
        self.status_box.setObjectName("dashboardStatus")
        status = QVBoxLayout(self.status_box)
        self.queue_label = QLabel()
        self.queue_label.setObjectName("dashboardQueue")
        self.connection_label = QLabel()
        self.connection_label.setObjectName("dashboardConnection")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("dashboardSync")
        for label in (self.queue_label, self.connection_label, self.sync_label):
            label.setWordWrap(True)
            status.addWidget(label)
        status.addStretch(1)
        grid.addWidget(self.certify, 0, 0)
        grid.addWidget(self.requested, 0, 1)
        grid.addWidget(self.departures, 1, 0)
        grid.addWidget(self.status_box, 1, 1)
        layout.addLayout(grid, 1)

        for box in (self.certify, self.requested):
            box.list.itemClicked.connect(self._activated)
            box.list.itemActivated.connect(self._activated)
        self.departures.list.itemClicked.connect(self._activated)
        self.departures.list.itemActivated.connect(self._activated)
        wb.events.dossier_changed.connect(self._changed)
        wb.events.queue_changed.connect(self.mark_stale)
        wb.events.affiliates_synced.connect(self._synced)
        wb.events.connection_changed.connect(self._connection)
        self._connection(wb.events.online, "")

    # -- loading ------------------------------------------------------------------------------

    def _changed(self, _what: object) -> None:
        self.mark_stale()

    def _synced(self, received: int) -> None:
        if received:  # the affiliates changed: read the departures again (not at every start)
            self._full = True
        self.mark_stale()  # the last sync time, at least

    def start(self) -> None:
        """Loads may begin (the window has painted): now if shown, else when next shown."""
        self._started = True
        if self._stale and self.isVisible():
            self.reload()

    def mark_stale(self) -> None:
        self._stale = True
        if self._started and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._started and self._stale:
            self.reload()

    def refresh_all(self) -> None:
        self._full = True
        self.reload()

    def reload(self) -> None:
        """Load in the background; the departures are read again only on a full refresh."""
        if self.wb.session is None:
            return
        if self._loading:
            self._again = True
            return
        previous = None if self._full or self.board is None else self.board.departures
        self._loading, self._stale, self._again, self._full = True, False, False, False
        wb, actor = self.wb, self.wb.actor
        wb.run(
            self,
            lambda _: dashboard_service.load(wb.ctx, actor, previous=previous),
            self.show_board,
            failure=self._failed,
            blocking=False,
        )

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self._stale = True
        self.wb.runner.report(self, exc)

    def show_board(self, board: Dashboard) -> None:
        self._loading = False
        self.board = board
        self._show_counts(board)
        self._show_lists(board)
        self._show_queue(board.queue)
        self.set_last_sync(board.last_sync)
        if self._again:
            self.reload()

    # -- showing ------------------------------------------------------------------------------

    def _show_counts(self, board: Dashboard) -> None:
        for label in self.count_labels.values():
            self.counts.removeWidget(label)
            label.deleteLater()
        self.count_labels = {}
        self.no_dossier.setVisible(board.total == 0)
        self.no_dossier.setText(
            translate(
                "Dashboard",
                "No dossier yet. Find an affiliate in the Affiliates tab, then open a dossier "
                "from the sheet.",
            )
        )
        for n, (state, count) in enumerate(board.counts.items()):
            label = QLabel(fmt("%1  %2", format_number(count), state_name(state)))
            label.setObjectName(f"count_{state}")
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setStyleSheet(
                f"background: {state_colour(state)}; color: #111827; padding: 6px 10px;"
                " border-radius: 4px; font-weight: 600;"
            )
            self.counts.addWidget(label, n // COUNT_COLUMNS, n % COUNT_COLUMNS)
            self.count_labels[state] = label

    def _type_name(self, kind: DossierType) -> str:
        spec = self.wb.ctx.fund.dossier_types.get(kind)
        return spec.label_for(self.wb.lang.code) if spec is not None else str(kind)

    def _item_name(self, kind: DossierType, code: str) -> str:
        spec = self.wb.ctx.fund.dossier_types.get(kind)
        item = next((i for i in spec.items if i.code == code), None) if spec else None
        return item.label_for(self.wb.lang.code) if item is not None else code

    def _requested_text(self, line: DossierLine) -> str:
        comma = "، " if self.wb.lang.rtl else ", "
        return comma.join(self._item_name(line.type, c) for c in line.requested)

    def _dossier_item(self, line: DossierLine, extra: str = "") -> QListWidgetItem:
        who = person_name(line.affiliate, self.wb.lang.code, line.membership_no)
        item = QListWidgetItem(joined([who, self._type_name(line.type), extra]))
        item.setData(DOSSIER_ROLE, line.dossier_id)
        item.setToolTip(translate("Dashboard", "Click to open the dossier"))
        return item

    def _departure_item(self, d: Departure) -> QListWidgetItem:
        who = person_name(d.affiliate, self.wb.lang.code, d.affiliate.membership_no)
        if d.dossier_id is not None:
            note = translate("Dashboard", "dossier opened")
        elif d.due(self.wb.ctx.today()):
            note = translate("Dashboard", "⚠ dossier to open now")
        else:
            note = fmt(
                translate("Dashboard", "dossier to open from %1"), format_date(d.dossier_start_date)
            )
        item = QListWidgetItem(joined([format_date(d.age_limit_date), who, note]))
        if d.dossier_id is not None:
            item.setData(DOSSIER_ROLE, d.dossier_id)
        item.setData(AFFILIATE_ROLE, d.affiliate)
        return item

    def _show_lists(self, board: Dashboard) -> None:
        self.certify.fill(
            [self._dossier_item(line) for line in board.to_certify],
            translate("Dashboard", "No dossier waits for certification."),
            board.more.get("to_certify", 0),
        )
        self.requested.fill(
            [self._dossier_item(line, self._requested_text(line)) for line in board.requested],
            translate("Dashboard", "The fund has not asked for any document."),
            board.more.get("requested", 0),
        )
        shown = board.departures[: dashboard_service.LIST_LIMIT]
        self.departures.fill(
            [self._departure_item(d) for d in shown],
            fmt(
                translate("Dashboard", "Nobody reaches the age limit in the next %1 months."),
                dashboard_service.DEPARTURE_MONTHS,
            ),
            len(board.departures) - len(shown),
        )
        if board.departures_due:
            self.departures.setTitle(
                translate(
                    "Dashboard",
                    "Departures in the coming months (%n dossier(s) to open now)",
                    None,
                    board.departures_due,
                )
            )
        else:
            self.departures.setTitle(translate("Dashboard", "Departures in the coming months"))

    def _show_queue(self, q: QueueSummary) -> None:
        if q.empty:
            self.queue_label.setText(translate("Dashboard", "Nothing waits to be sent."))
            return
        parts = []
        if q.waiting or q.running:
            parts.append(
                translate("Dashboard", "%n step(s) waiting to be sent", None, q.waiting + q.running)
            )
        if q.paused:
            parts.append(translate("Dashboard", "%n step(s) paused", None, q.paused))
        if q.failed:
            parts.append(
                translate("Dashboard", "%n step(s) failed: see the Sending tab", None, q.failed)
            )
        text = joined(parts)
        if q.next_attempt and (q.waiting or q.running):
            text += "\n" + fmt(
                translate("Dashboard", "Next attempt: %1"), format_datetime(q.next_attempt)
            )
        self.queue_label.setText(text)

    def _connection(self, online: bool | None, _reason: str) -> None:
        if online is None:
            text = translate("Dashboard", "Connection to the platform not checked yet.")
        elif online:
            text = translate("Dashboard", "Connected to the platform.")
        else:
            text = translate(
                "Dashboard", "The platform does not answer: work is kept and sent later."
            )
        self.connection_label.setText(text)

    def set_last_sync(self, stamp: str | None) -> None:
        if stamp:
            self.sync_label.setText(
                fmt(translate("Dashboard", "Affiliates list updated: %1"), format_datetime(stamp))
            )
        else:
            self.sync_label.setText(translate("Dashboard", "Affiliates list never updated."))

    # -- navigation ---------------------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        # A double click (or a style that activates on click) reports the same item twice.
        now = time.monotonic()
        if self._last_open[0] is item and now - self._last_open[1] < 1.0:
            return
        self._last_open = (item, now)
        dossier_id = item.data(DOSSIER_ROLE)
        if isinstance(dossier_id, str) and dossier_id:
            self.open_dossier.emit(dossier_id)
            return
        affiliate = item.data(AFFILIATE_ROLE)
        if isinstance(affiliate, Affiliate):
            self.affiliate_selected.emit(affiliate)
