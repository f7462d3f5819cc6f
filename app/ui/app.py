"""Starting the desktop application: ``run_gui(ctx, settings, demo) -> exit code``.

``Shell`` owns the sign-in dialog and the main window and moves between them ("Switch user").
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.config.settings import Settings
from app.services import preferences
from app.services import session as session_service
from app.services.context import Context
from app.services.preferences import Preferences
from app.services.session import UserSession
from app.ui import i18n, prewarm
from app.ui.bridge import AppEvents
from app.ui.dialogs.login import LoginDialog, offline_notice
from app.ui.errors import show_error
from app.ui.i18n import translate
from app.ui.idle import IdleWatcher
from app.ui.ops import Op, OpRunner
from app.ui.retention_schedule import RetentionSchedule
from app.ui.workbench import Workbench

if TYPE_CHECKING:
    # The demo pulls the sandbox (FastAPI): loaded only with --demo. The main window's modules
    # (every tab) are imported once someone signs in: the sign-in dialog appears sooner.
    from app.services.demo import DemoEnvironment
    from app.ui.main_window import MainWindow
    from app.ui.views.lock_screen import LockScreen

log = logging.getLogger(__name__)
PREWARM_AFTER_MS = 300  # after the sign-in dialog's first paint


class Shell(QObject):
    def __init__(
        self,
        ctx: Context,
        settings: Settings,
        demo: DemoEnvironment | None,
        lang: i18n.Language,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = OpRunner(self)
        self.events = AppEvents(self)
        self.wb = Workbench(ctx, settings, demo, lang, self.runner, self.events)
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None
        self.quit_when_login_closes = True
        # `mellaf --lang L`: this run is in L whoever signs in (accounts' own choices wait)
        self.language_override: str | None = None
        self.idle = IdleWatcher(int(settings.get("idle_lock_minutes")), self)
        self.idle.idle.connect(self.lock)  # idle: hide everything behind the lock screen
        self.retention = RetentionSchedule(ctx, settings, self.runner, self)  # run_gui starts it
        self.lock_screen: LockScreen | None = None
        self._hidden: list[QWidget] = []  # windows hidden by the lock, shown again on unlock
        self._held_errors: list[tuple[QWidget | None, BaseException]] = []
        self._guard = QTimer(self)  # while locked, nothing else may appear on screen
        self._guard.setInterval(200)
        self._guard.timeout.connect(self._hide_others)

    def start(self) -> None:
        from app.ui.dialogs.first_run import needs_first_run, start_first_run

        if needs_first_run(self.wb.settings, self.wb.demo):  # no settings yet: ask first
            self.first_run = start_first_run(self.wb, self.show_login, self._login_closed)
            return
        self.show_login()

    def use_language(self, code: str) -> None:
        """Switch the interface language (translators, direction, locale) for the windows
        created from now on: the sign-in dialog takes the computer's default, the main window
        the language of the account that signs in."""
        code = self.language_override or code
        if code == self.wb.lang.code:
            return
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        self.wb.lang = i18n.install(app, code)
        app.setApplicationDisplayName(translate("App", "Mellaf"))

    def show_login(self) -> LoginDialog:
        self.use_language(self.wb.settings.text("language"))  # the computer's default
        dlg = LoginDialog(self.wb)
        self.login = dlg
        dlg.signed_in.connect(lambda session: self._signed_in(session, dlg.preferences))
        dlg.rejected.connect(self._login_closed)
        dlg.show()
        dlg.raise_()
        # Once the dialog is painted, import the main window while the officer types.
        QTimer.singleShot(PREWARM_AFTER_MS, prewarm.start_main_window)
        return dlg

    def _login_closed(self) -> None:
        self.login = None
        if self.window is None and self.quit_when_login_closes:
            app = QApplication.instance()
            if app is not None:
                app.quit()

    def _signed_in(self, session: UserSession, prefs: Preferences | None = None) -> None:
        """Build the main window for ``session``. ``prefs`` are the account's preferences, read
        by the sign-in's background work; without them (a session resumed) they are read here:
        one indexed row, before the window exists."""
        from app.ui.main_window import MainWindow

        if prefs is None:
            prefs = preferences.load(self.wb.ctx, session.account)
        self.use_language(prefs.language or self.wb.settings.text("language"))
        # Each session gets its own change signals: nothing of a previous window still listens.
        self.events.deleteLater()
        self.events = AppEvents(self)
        self.wb.events = self.events
        self.wb.session = session
        if self.login is not None:
            self.login.deleteLater()
            self.login = None
        self.events.online = None
        window = MainWindow(self.wb)
        window.switch_user.connect(self.switch_user)
        lock_key = QShortcut(QKeySequence("Ctrl+L"), window)
        lock_key.activated.connect(self.lock)
        self.window = window
        window.dossiers.remembered = prefs.portfolio  # the portfolio as this account left it
        window.loads_started.connect(self._prewarm_when_idle)  # after the first screen's data
        window.show()
        window.start()
        if session.offline:
            window.notices.notify(offline_notice(), "warning")
        self.idle.arm()

    @property
    def settled(self) -> bool:
        """No background work runs, and the main window (if any) has asked for its data."""
        window = self.window
        return not self.runner.busy and (window is None or window.started_loads)

    # -- lock screen ----------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.lock_screen is not None

    def lock(self) -> None:
        """Hide every window behind the lock screen; the session and its work go on."""
        from app.ui.views.lock_screen import LockScreen

        window, session = self.window, self.wb.session
        if window is None or session is None or self.lock_screen is not None:
            return
        if not shiboken6.isValid(window):  # a closed shell's window: nothing left to lock
            self.idle.disarm()
            return
        self.idle.disarm()
        screen = LockScreen(self.wb, session)
        screen.unlocked.connect(self._unlocked)
        screen.switch_user.connect(self.switch_user)
        self.lock_screen = screen
        self.runner.error_reporter = self._hold_error
        window.handler.cancel_pending()  # a PIN asked before the lock is not answered later
        self._hidden = []
        geometry, state = window.geometry(), window.windowState()
        self._hide_others()
        screen.setGeometry(geometry)  # where the window was, as large (maximised included)
        screen.setWindowState(state & ~Qt.WindowState.WindowMinimized)
        screen.show()
        screen.raise_()
        screen.activateWindow()
        screen.password.setFocus()
        self._guard.start()
        self._audit_lock(session)

    def _audit_lock(self, session: UserSession) -> None:
        ctx = self.wb.ctx
        self.runner.run(Op(work=lambda _: session_service.lock(ctx, session), blocking=False))

    def _hide_others(self) -> None:
        for w in QApplication.topLevelWidgets():
            if w is not self.lock_screen and w.isVisible():
                w.hide()
                if w not in self._hidden:
                    self._hidden.append(w)

    def _hold_error(self, parent: QWidget | None, exc: BaseException) -> None:
        self._held_errors.append((parent, exc))

    def _end_lock(self) -> None:
        self._guard.stop()
        self.runner.error_reporter = None
        screen, self.lock_screen = self.lock_screen, None
        if screen is not None:
            screen.hide()
            screen.deleteLater()

    def _unlocked(self) -> None:
        self._end_lock()
        hidden, self._hidden = self._hidden, []
        for w in hidden:
            if shiboken6.isValid(w) and (w is self.window or isinstance(w, QMessageBox)):
                w.show()
        if self.window is not None:
            self.window.raise_()
            self.window.activateWindow()
        held, self._held_errors = self._held_errors, []
        for parent, exc in held:
            self.runner.report(parent, exc)
        self.idle.arm()

    def switch_user(self) -> None:
        """Sign out (at the platform too, when it answers), then ask who signs in."""
        window, session = self.window, self.wb.session
        if window is None or session is None:
            return
        self._end_lock()
        hidden, self._hidden, self._held_errors = self._hidden, [], []
        for w in hidden:  # nothing of this session is shown again
            if w is not window and shiboken6.isValid(w):
                w.close()
        self.idle.disarm()
        window.dossiers.flush_view()  # the portfolio as this account leaves it
        window.stop()
        self.runner.cancel_all()
        self.wb.session = None  # outcomes still in flight are dropped from now on
        self.window = None
        ctx = self.wb.ctx
        window.hide()
        self._retire(window)
        self.runner.run(
            Op(
                work=lambda _: session_service.logout(ctx, session),
                success=lambda _: self._after_logout(),
                failure=lambda _: self._after_logout(),
                blocking=False,
            )
        )

    def _prewarm_when_idle(self) -> None:
        """Once the first screen's data is loaded, import the heavy modules in the background
        (see ``app.ui.prewarm``)."""
        if not self.runner.busy:
            prewarm.start()
            return

        def idle(busy: bool) -> None:
            if not busy:
                self.runner.busy_changed.disconnect(idle)
                prewarm.start()

        self.runner.busy_changed.connect(idle)

    def _after_logout(self) -> None:
        self.show_login()

    def _retire(self, window: QWidget) -> None:
        """Delete the old window once no operation can still call into it."""
        if not self.runner.busy:
            window.deleteLater()
            return

        def idle(busy: bool) -> None:
            if not busy:
                self.runner.busy_changed.disconnect(idle)
                window.deleteLater()

        self.runner.busy_changed.connect(idle)

    def shutdown(self) -> None:
        self.retention.stop()
        self._end_lock()
        self.idle.remove()
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.dossiers.flush_view()  # saved before the pool is waited for
            self.window.stop()
        self.runner.shutdown()
        prewarm.finish()


def _install_excepthook() -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(exc, Exception):
            previous(kind, exc, tb)
            return
        log.error("uncaught exception", exc_info=(kind, exc, tb))
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        show_error(parent, exc)

    sys.excepthook = hook


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Mellaf")
    app.setOrganizationName("Mellaf")
    app.setApplicationDisplayName(translate("App", "Mellaf"))
    return app


def run_gui(
    ctx: Context,
    settings: Settings,
    demo: DemoEnvironment | None,
    language_override: str | None = None,
) -> int:
    app = create_application()
    lang = i18n.install(app, language_override or settings.text("language"))
    app.setApplicationDisplayName(translate("App", "Mellaf"))
    _install_excepthook()
    shell = Shell(ctx, settings, demo, lang)
    shell.language_override = language_override
    QTimer.singleShot(0, shell.start)
    QTimer.singleShot(0, shell.retention.start)  # at start, then daily, in the background
    try:
        return int(app.exec())
    finally:
        shell.shutdown()
