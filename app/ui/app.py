"""Starting the desktop application: ``run_gui(ctx, settings, demo) -> exit code``.

``Shell`` owns the sign-in dialog and the main window and moves between them ("Switch user").
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.config.settings import Settings
from app.services import session as session_service
from app.services.context import Context
from app.services.demo import DemoEnvironment
from app.services.session import UserSession
from app.ui import i18n
from app.ui.bridge import AppEvents
from app.ui.dialogs.login import LoginDialog
from app.ui.errors import show_error
from app.ui.i18n import translate
from app.ui.idle import IdleWatcher
from app.ui.main_window import MainWindow
from app.ui.ops import Op, OpRunner
from app.ui.workbench import Workbench

log = logging.getLogger(__name__)


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
        self.idle = IdleWatcher(int(settings.get("idle_lock_minutes")), self)
        self.idle.idle.connect(self.switch_user)  # idle lock: sign out, nothing left on screen

    def start(self) -> None:
        self.show_login()

    def show_login(self) -> LoginDialog:
        dlg = LoginDialog(self.wb)
        self.login = dlg
        dlg.signed_in.connect(self._signed_in)
        dlg.rejected.connect(self._login_closed)
        dlg.show()
        dlg.raise_()
        return dlg

    def _login_closed(self) -> None:
        self.login = None
        if self.window is None and self.quit_when_login_closes:
            app = QApplication.instance()
            if app is not None:
                app.quit()

    def _signed_in(self, session: UserSession) -> None:
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
        self.window = window
        window.show()
        window.start()
        self.idle.arm()

    def switch_user(self) -> None:
        """Sign out (at the platform too, when it answers), then ask who signs in."""
        window, session = self.window, self.wb.session
        if window is None or session is None:
            return
        self.idle.disarm()
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
        self.idle.remove()
        if self.window is not None:
            self.window.stop()
        self.runner.shutdown()


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


def run_gui(ctx: Context, settings: Settings, demo: DemoEnvironment | None) -> int:
    app = create_application()
    lang = i18n.install(app, settings.text("language"))
    app.setApplicationDisplayName(translate("App", "Mellaf"))
    _install_excepthook()
    shell = Shell(ctx, settings, demo, lang)
    QTimer.singleShot(0, shell.start)
    try:
        return int(app.exec())
    finally:
        shell.shutdown()
