"""The main window: header, notices, and the tabs Affiliates / Dossiers / Dossier / Sending.

The tabs an officer does not start on (the open dossier, departures, packages, accounts, audit,
token) are built, and their modules imported, when first shown or asked for (`LazyPage`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Affiliate
from app.platform.errors import OfflineError
from app.sync import affiliates as affiliates_sync
from app.sync.affiliates import SyncResult
from app.ui.bridge import AffiliatesSynced, QtSigningHandler
from app.ui.corrections_retry import CorrectionsRetry
from app.ui.first_paint import after_first_paint
from app.ui.i18n import fmt, translate
from app.ui.lazy_page import LazyPage
from app.ui.messages import localise
from app.ui.ops import OpControl, Progress
from app.ui.reload import ReloadGate
from app.ui.sender import QueueSender
from app.ui.stall_probe import install_from_env
from app.ui.texts import stage_name
from app.ui.views.accounts_tabs import account_tabs
from app.ui.views.affiliate_sheet import AffiliateSheetView
from app.ui.views.banner import NoticeArea, demo_banner
from app.ui.views.dashboard import DashboardView
from app.ui.views.dossiers import DossiersView
from app.ui.views.header import HeaderBar
from app.ui.views.queue import QueueView
from app.ui.views.search import SearchView
from app.ui.workbench import Workbench

if TYPE_CHECKING:
    from app.ui.views.diagnostics import DiagnosticsView
    from app.ui.views.dossier import DossierView
    from app.ui.views.planner import PlannerView


class MainWindow(QMainWindow):
    switch_user = Signal()
    loads_started = Signal()  # just after the first paint: the first screen's data is asked for

    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.setObjectName("mainWindow")
        self.setWindowTitle(translate("MainWindow", "Mellaf — pension dossiers"))
        self.resize(1180, 760)
        self.handler = QtSigningHandler(self)
        self.corrections_retry = CorrectionsRetry(wb, self)  # answers to correction requests
        self._last_sync: str | None = None
        self.started_loads = False
        self.sender_ = QueueSender(wb, self)

        central = QWidget()
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if wb.demo is not None:
            layout.addWidget(demo_banner())
        self.header = HeaderBar()
        self.header.switch_user.connect(self.switch_user)
        self.header.settings_requested.connect(self._open_settings)
        layout.addWidget(self.header)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(10, 8, 10, 8)
        self.notices = NoticeArea()
        body_layout.addWidget(self.notices)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.search = SearchView(wb)
        self.sheet = AffiliateSheetView(wb)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.search)
        split.addWidget(self.sheet)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([640, 600])
        self.affiliates_page = split
        self.dossiers = DossiersView(wb)
        self.dossier_page = LazyPage(self._make_dossier, "dossier")
        self.queue = QueueView(wb, self.sender_)
        self.dashboard = DashboardView(wb)  # first tab, shown after sign-in (issue 8)
        self.tabs.addTab(self.dashboard, translate("MainWindow", "Das&hboard"))
        self.dashboard.open_dossier.connect(self.open_dossier)
        self.dashboard.affiliate_selected.connect(self._show_affiliate_tab)
        self.tabs.addTab(split, translate("MainWindow", "&Affiliates"))
        self.tabs.addTab(self.dossiers, translate("MainWindow", "&Dossiers"))
        self.tabs.addTab(self.dossier_page, translate("MainWindow", "&Open dossier"))
        self.tabs.addTab(self.queue, translate("MainWindow", "Se&nding"))
        self.planner_page = LazyPage(self._make_planner, "planner")  # age-limit departures (#3)
        self.tabs.addTab(self.planner_page, translate("MainWindow", "De&partures"))
        self.account_pages = account_tabs(wb, self.tabs, self.handler)  # packages, accounts, audit
        self.diagnostics_page = LazyPage(self._make_diagnostics, "diagnostics")  # token (#5)
        self.tabs.addTab(self.diagnostics_page, translate("MainWindow", "&Token"))
        body_layout.addWidget(self.tabs, 1)
        layout.addWidget(body, 1)

        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncStatus")
        self.sync_bar = QProgressBar()
        self.sync_bar.setObjectName("syncProgress")
        self.sync_bar.setMaximumWidth(180)
        self.sync_bar.setMaximumHeight(14)
        self.sync_bar.setTextVisible(False)
        self.sync_bar.hide()
        self.statusBar().addWidget(self.sync_label, 1)
        self.statusBar().addPermanentWidget(self.sync_bar)

        self.search.affiliate_selected.connect(self._show_affiliate)
        self.sheet.open_dossier.connect(self.open_dossier)
        self.dossiers.open_dossier.connect(self.open_dossier)
        notes = self.queue.notes  # the notifications list: a dossier, or a correction's sheet
        notes.open_dossier.connect(self.open_dossier)
        notes.affiliate_selected.connect(self._show_affiliate_tab)
        self.corrections_retry.answers_arrived.connect(lambda _n: notes.reload())
        wb.events.connection_changed.connect(self._connection_changed)
        wb.events.status_changed.connect(self._status_changed)
        wb.events.notice.connect(self.notices.notify)
        wb.events.dossier_changed.connect(self._dossier_changed)
        self._shortcuts()
        self.stall_probe = install_from_env(self)  # MELLAF_STALL_WARN_MS: log event-loop stalls

    def _open_settings(self) -> None:
        from app.ui.dialogs.settings import open_settings  # imported when first opened

        open_settings(self.wb, self)

    # -- the tabs built when first needed ------------------------------------------------------

    def _make_dossier(self) -> QWidget:
        from app.ui.views.dossier import DossierView

        return DossierView(self.wb, self.handler)

    def _make_planner(self) -> QWidget:
        from app.ui.views.planner import PlannerView

        planner = PlannerView(self.wb)
        planner.affiliate_selected.connect(self._show_affiliate_tab)
        return planner

    def _make_diagnostics(self) -> QWidget:
        from app.ui.views.diagnostics import DiagnosticsView

        return DiagnosticsView(self.wb)

    @property
    def dossier(self) -> DossierView:
        return cast("DossierView", self.dossier_page.view())

    @property
    def planner(self) -> PlannerView:
        return cast("PlannerView", self.planner_page.view())

    @property
    def diagnostics(self) -> DiagnosticsView:
        return cast("DiagnosticsView", self.diagnostics_page.view())

    @property
    def account_views(self) -> list[QWidget]:
        """The packages, accounts and audit views the account may use (built now)."""
        return [page.view() for page in self.account_pages]

    def show_view(self, view: QWidget) -> None:
        """Bring a tab to the front, given its view or its page."""
        self.tabs.setCurrentWidget(self.page_of(view))

    def page_of(self, view: QWidget) -> QWidget:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is view or (isinstance(page, LazyPage) and page.built is view):
                return page
        return view

    def current_view(self) -> QWidget | None:
        """The current tab's view (a lazy page's view, built by its showing)."""
        page = self.tabs.currentWidget()
        return page.view() if isinstance(page, LazyPage) else page

    def _shortcuts(self) -> None:
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh.activated.connect(self.refresh_current)
        for i in range(5):
            s = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            s.activated.connect(lambda i=i: self.tabs.setCurrentIndex(i))

    # -- life ---------------------------------------------------------------------------------

    def start(self) -> None:
        """After sign-in: fill the header, update the affiliates, load the lists, start polling."""
        session = self.wb.session
        assert session is not None
        self.header.set_session(session)
        self.dossiers.select_default_filter()
        self.focus_search()
        self.tabs.setCurrentWidget(self.dashboard)  # Ctrl+F goes to the search
        after_first_paint(self, self._start_loads)  # the window first, then its data

    def _start_loads(self) -> None:
        if self.wb.session is None:  # signed out before the first paint
            return
        self.dashboard.start()
        self.dossiers.load_now()
        self.queue.reload()
        self._load_last_sync()
        self.sync_affiliates()
        self.sender_.start_polling()
        self.started_loads = True
        self.loads_started.emit()

    def stop(self) -> None:
        for gate in self.findChildren(ReloadGate):  # the built views' (hidden reloads wait)
            gate.stop()
        self.sender_.stop_polling()
        self.corrections_retry.stop()
        self.handler.cancel_pending()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.affiliates_page)
        self.search.query.setFocus()
        self.search.query.selectAll()

    def refresh_current(self) -> None:
        current = self.current_view()
        if current is self.dossier_page.built:
            self.dossier.reload()
        elif current is self.dossiers:
            self.dossiers.reload()
        elif current is self.queue:
            self.sender_.poll(self.queue)
        elif current is self.dashboard:
            self.dashboard.refresh_all()
        else:
            self.sheet.reload()

    # -- affiliates sync ----------------------------------------------------------------------

    def sync_affiliates(self) -> None:
        wb, actor, client = self.wb, self.wb.actor, self.wb.client
        self.header.set_last_sync(None, running=True)
        self.sync_label.setText(translate("MainWindow", "Updating the affiliates list…"))
        self.sync_bar.setRange(0, 0)
        self.sync_bar.show()

        def work(control: OpControl) -> tuple[SyncResult, str | None]:
            result = affiliates_sync.sync(
                wb.ctx, actor, client, progress=control.progress, cancelled=control.cancelled
            )
            return result, affiliates_sync.last_sync(wb.ctx, actor)

        def progress(p: Progress) -> None:
            self.sync_bar.setRange(0, max(p.total, 1))
            self.sync_bar.setValue(p.done)
            self.sync_label.setText(
                fmt(translate("MainWindow", "Updating the affiliates list: %1 received…"), p.done)
            )

        def done(result: tuple[SyncResult, str | None]) -> None:
            sync, stamp = result
            self._last_sync = stamp
            self.sync_bar.hide()
            self.header.set_last_sync(stamp)
            self.sync_label.setText(
                translate(
                    "MainWindow", "Affiliates list up to date (%n change(s)).", None, sync.applied
                )
            )
            wb.events.publish(AffiliatesSynced(sync.received))

        def failed(exc: BaseException) -> None:
            self.sync_bar.hide()
            self.header.set_last_sync(self._last_sync)
            if isinstance(exc, OfflineError):
                self.sync_label.setText(
                    translate(
                        "MainWindow",
                        "Affiliates list not updated: no connection. Searching by number still "
                        "works with the platform when it answers.",
                    )
                )
            else:
                self.sync_label.setText(translate("MainWindow", "Affiliates list not updated."))
                wb.runner.report(self, exc)

        wb.run_online(self, work, done, failure=failed, progress=progress, blocking=False)

    def _load_last_sync(self) -> None:
        wb, actor = self.wb, self.wb.actor

        def loaded(stamp: str | None) -> None:
            self._last_sync = stamp
            if not self.sync_bar.isVisible():
                self.header.set_last_sync(stamp)

        wb.run(self, lambda _: affiliates_sync.last_sync(wb.ctx, actor), loaded, blocking=False)

    # -- navigation ---------------------------------------------------------------------------

    def _dossier_changed(self, _dossier_id: str) -> None:
        self.sheet.reload()

    def _show_affiliate(self, affiliate: Affiliate) -> None:
        self.sheet.show_affiliate(affiliate)

    def _show_affiliate_tab(self, affiliate: Affiliate) -> None:
        self.sheet.show_affiliate(affiliate)
        self.tabs.setCurrentWidget(self.affiliates_page)

    def open_dossier(self, dossier_id: str) -> None:
        self.dossier.load(dossier_id)
        self.tabs.setCurrentWidget(self.dossier_page)

    # -- notifications ------------------------------------------------------------------------

    def _connection_changed(self, online: bool, reason: str) -> None:
        was = self.header.connection.property("online")
        self.header.set_connection(online, reason)
        self.header.connection.setProperty("online", online)
        if was is True and not online:
            self.notices.notify(
                translate(
                    "MainWindow",
                    "The platform does not answer. You can keep working; dossiers in the queue "
                    "leave when the connection returns.",
                )
                + (f"\n{localise(reason)}" if reason else ""),
                "warning",
            )
        elif was is False and online:
            self.notices.notify(
                translate("MainWindow", "Connection to the platform restored."), "success", 8000
            )

    def _status_changed(self, dossier_id: str, affiliate: str, stage: str) -> None:
        self.notices.notify(
            fmt(
                translate("MainWindow", "The fund updated the dossier of %1: %2."),
                affiliate,
                stage_name(stage or None),
            ),
            "info",
        )
