"""A guided tour of the demo that saves a PNG of each screen (``mellaf screenshots OUTDIR``).

It drives the real widgets the way an officer would (sign in, search, open a dossier, attach,
sign, certify, send, follow the status) against the embedded sandbox, and grabs each screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfWriter
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from app.config.settings import Settings
from app.domain.lifecycle import Action
from app.domain.models import DossierState
from app.services.context import Context
from app.services.demo import DemoEnvironment
from app.signing.handler import TokenInfo
from app.ui import i18n
from app.ui.app import Shell, create_application
from app.ui.dialogs.first_run import FirstRunWizard
from app.ui.dialogs.pin import PinDialog
from app.ui.dialogs.return_comment import ReturnDialog
from app.ui.dialogs.settings import SettingsDialog
from app.ui.main_window import MainWindow
from app.ui.texts import state_name
from app.ui.views import tables

TIMEOUT_S = 60.0


class TourError(RuntimeError):
    """A step of the tour did not reach the expected screen."""


def _pump(app: QApplication, seconds: float = 0.05) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def _wait(
    app: QApplication, what: str, cond: Callable[[], bool], timeout: float = TIMEOUT_S
) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TourError(f"timed out waiting for: {what}")
        _pump(app, 0.02)


def _pdf(path: Path, pages: int) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": "Mellaf demo document (fictional)"})
    with path.open("wb") as f:
        writer.write(f)
    return path


def _visible_box(name: str) -> QMessageBox | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible():
            return w
    return None


class Tour:
    def __init__(self, shell: Shell, app: QApplication, outdir: Path) -> None:
        self.shell, self.app, self.outdir = shell, app, outdir
        self.saved: list[Path] = []

    def idle(self) -> None:
        _wait(self.app, "background work", lambda: self.shell.settled)
        _pump(self.app, 0.15)

    def grab(self, widget: QWidget, name: str) -> None:
        _pump(self.app, 0.1)
        path = self.outdir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise TourError(f"cannot write {path}")
        self.saved.append(path)

    def window(self) -> MainWindow:
        if self.shell.window is None:
            raise TourError("no main window")
        return self.shell.window

    def sign_in(self, account: str, shot: str | None = None) -> MainWindow:
        _wait(self.app, "sign-in dialog", lambda: self.shell.login is not None)
        dlg = self.shell.login
        assert dlg is not None
        dlg.choose_demo_account(account)
        _pump(self.app)
        if shot:
            self.grab(dlg, shot)
        dlg.sign_in.click()
        _wait(self.app, "main window", lambda: self.shell.window is not None)
        self.idle()
        return self.window()

    def click(self, button: QPushButton) -> None:
        if not button.isEnabled():
            raise TourError(f"{button.objectName()} is disabled: {button.toolTip()}")
        button.click()
        _pump(self.app)

    def confirm(self) -> None:
        _wait(self.app, "confirmation", lambda: _visible_box("confirmBox") is not None)
        box = _visible_box("confirmBox")
        assert box is not None
        yes = box.findChild(QPushButton, "confirmYes")
        assert yes is not None
        yes.click()
        _pump(self.app)

    def wait_state(self, win: MainWindow, state: DossierState) -> None:
        _wait(self.app, f"dossier {state}", lambda: win.dossier.badge.text() == state_name(state))
        self.idle()

    def pick(self, offset: int) -> tuple[str, str]:
        """(membership no., Latin family name) of an affiliate near the age limit."""
        ctx, actor = self.shell.wb.ctx, self.shell.wb.actor
        with ctx.db.read() as c:
            row = c.execute(
                "SELECT membership_no, last_name_lat FROM affiliates WHERE collectivity_id = ?"
                " AND membership_no NOT LIKE '%7' ORDER BY birth_date LIMIT 1 OFFSET ?",
                (actor.collectivity_id, offset),
            ).fetchone()
        return str(row[0]), str(row[1])

    def open_sheet(self, win: MainWindow, membership: str, query: str) -> None:
        win.tabs.setCurrentWidget(win.affiliates_page)
        win.search.query.setText(query)
        win.search.search()
        self.idle()
        rows = win.search.model.rows()
        index = next(i for i, a in enumerate(rows) if a.membership_no == membership)
        tables.select_row(win.search.table, index)
        _wait(
            self.app,
            "affiliate sheet",
            lambda: (
                win.sheet.sheet is not None
                and win.sheet.sheet.affiliate.membership_no == membership
            ),
        )
        self.idle()

    def attach_all(self, win: MainWindow, work: Path, prefix: str) -> None:
        view = win.dossier
        for n, item in enumerate(view.checklist.rows):
            view.attach_files(item.code, [_pdf(work / f"{prefix}{item.code}.pdf", 1 + n % 3)])
            self.idle()
        self.wait_state(win, DossierState.COMPLETE)

    def sign(self, win: MainWindow) -> None:
        self.click(win.dossier.buttons[Action.SIGN])
        self.idle()
        self.wait_state(win, DossierState.SIGNED)

    def switch(self, win: MainWindow, account: str) -> MainWindow:
        self.click(win.header.switch)
        self.idle()
        win = self.sign_in(account)
        win.resize(1240, 780)
        return win

    def open_from_list(self, win: MainWindow, membership: str) -> None:
        win.tabs.setCurrentWidget(win.dossiers)
        _wait(self.app, "dossiers list", lambda: win.dossiers.model.rowCount() > 0)
        self.idle()
        rows = win.dossiers.model.rows()
        index = next(
            i for i, r in enumerate(rows) if r.dossier.affiliate_membership_no == membership
        )
        tables.select_row(win.dossiers.table, index)
        self.click(win.dossiers.open_button)
        _wait(
            self.app,
            "dossier",
            lambda: (
                win.dossier.bundle is not None
                and win.dossier.bundle.dossier.affiliate_membership_no == membership
            ),
        )
        self.idle()

    def run(self, demo: DemoEnvironment, work: Path) -> list[Path]:
        app = self.app
        self.shell.start()
        win = self.sign_in("demo.preparer", "01-sign-in")
        win.resize(1240, 780)

        # The affiliate whose age limit comes first, found by name.
        membership, family = self.pick(0)
        self.open_sheet(win, membership, family)
        self.grab(win, "02-search-and-sheet")
        self.click(win.sheet.new_button)
        self.idle()
        self.wait_state(win, DossierState.DRAFT)
        self.grab(win, "03-new-dossier")

        view = win.dossier
        note = work / "scan-cin.jpg.txt"
        note.write_text("not a PDF", encoding="utf-8")
        view.attach_files(view.checklist.rows[0].code, [note])
        self.idle()
        _wait(app, "refusal message", lambda: _visible_box("refusedBox") is not None)
        box = _visible_box("refusedBox")
        assert box is not None
        self.grab(box, "04-file-refused")
        box.accept()
        self.attach_all(win, work, "a-")
        self.grab(win, "05-checklist-complete")

        pin = PinDialog(
            TokenInfo("DEMO OFFICER", "0042A7", "SafeNet", "eToken 5110", count_low=True),
            parent=win,
        )
        pin.show()
        self.grab(pin, "06-pin-prompt")
        pin.reject()
        pin.deleteLater()
        self.sign(win)
        self.grab(win, "07-signed")

        # A second dossier, which the supervisor will return with a comment.
        second, _ = self.pick(1)
        self.open_sheet(win, second, second)
        self.click(win.sheet.new_button)
        self.idle()
        self.wait_state(win, DossierState.DRAFT)
        self.attach_all(win, work, "b-")
        self.sign(win)

        win = self.switch(win, "demo.certifier")
        self.dashboard(win, "08a-dashboard", lambda: win.dashboard.certify.list.count() > 1)
        win.tabs.setCurrentWidget(win.dossiers)
        _wait(app, "dossiers to certify", lambda: win.dossiers.model.rowCount() > 1)
        self.idle()
        self.grab(win, "08-to-certify")

        self.open_from_list(win, second)
        self.click(win.dossier.buttons[Action.RETURN])
        _wait(app, "return dialog", lambda: win.dossier.findChild(ReturnDialog) is not None)
        dlg = win.dossier.findChild(ReturnDialog)
        assert dlg is not None
        dlg.comment.setPlainText(
            _RETURN_COMMENT.get(self.shell.wb.lang.code, _RETURN_COMMENT["en"])
        )
        _pump(app)
        self.grab(dlg, "09-return-with-comment")
        dlg.ok.click()
        self.idle()
        self.wait_state(win, DossierState.COMPLETE)

        self.open_from_list(win, membership)
        self.click(win.dossier.buttons[Action.CERTIFY])
        self.confirm()
        self.idle()
        self.wait_state(win, DossierState.CERTIFIED)
        self.grab(win, "10-certified")

        self.click(win.dossier.buttons[Action.ENQUEUE])
        self.idle()
        self.wait_state(win, DossierState.QUEUED)
        win.tabs.setCurrentWidget(win.queue)
        _wait(app, "queue", lambda: win.queue.send.isEnabled())
        self.grab(win, "11-queue")
        self.click(win.queue.send)
        _wait(app, "sending", lambda: not win.sender_.running)
        self.idle()
        self.grab(win, "12-sent")

        self.shell.wb.client.sandbox_advance_clock(3 * 3600)
        self.click(win.queue.refresh)
        _wait(app, "status refresh", lambda: not win.sender_.running)
        self.idle()
        win.show_view(win.dossier)
        self.wait_state(win, DossierState.UNDER_REVIEW)
        self.grab(win, "13-status-changed")

        win = self.switch(win, "demo.preparer")
        self.open_from_list(win, second)
        self.grab(win, "14-returned-to-preparer")
        self.settings(win)
        self.first_run()
        return self.saved

    def dashboard(self, win: MainWindow, shot: str, ready: Callable[[], bool]) -> None:
        win.tabs.setCurrentWidget(win.dashboard)
        _wait(self.app, "dashboard", lambda: win.dashboard.board is not None and ready())
        self.idle()
        self.grab(win, shot)

    def settings(self, win: MainWindow) -> None:
        self.click(win.header.settings)
        _wait(self.app, "settings dialog", lambda: win.findChild(SettingsDialog) is not None)
        dlg = win.findChild(SettingsDialog)
        assert dlg is not None
        dlg.tabs.setCurrentIndex(1)  # the platform
        self.grab(dlg, "15-settings")
        dlg.reject()
        _pump(self.app)

    def first_run(self) -> None:
        """The assistant a real installation shows before its first sign-in (never in the demo),
        on its platform page after a connection test against the demo's sandbox."""
        wb = self.shell.wb
        wizard = FirstRunWizard(wb.settings, wb.runner)
        wizard.resize(720, 460)
        wizard.show()
        wizard.next()
        wizard.next()
        page = wizard.platform
        page.url.setText(wb.settings.text("platform_url"))
        self.click(page.test)
        _wait(self.app, "connection test", lambda: not page.testing)
        self.grab(wizard, "16-first-run")
        wizard.reject()
        wizard.deleteLater()


# The supervisor's comment in the tour (what an officer would write, in their language).
_RETURN_COMMENT = {
    "ar": "نسخة البطاقة الوطنية غير واضحة: المرجو إرفاق نسخة مقروءة.",
    "fr": "La copie de la CIN est illisible : merci de joindre une copie lisible.",
    "en": "The copy of the ID card is unreadable: please attach a legible copy.",
}


def take_screenshots(
    ctx: Context, settings: Settings, demo: DemoEnvironment, outdir: Path, work: Path
) -> list[Path]:
    """Run the tour in the language of ``settings``; returns the PNG files written."""
    app = create_application()
    lang = i18n.install(app, settings.text("language"))
    outdir.mkdir(parents=True, exist_ok=True)
    shell = Shell(ctx, settings, demo, lang)
    shell.quit_when_login_closes = False
    tour = Tour(shell, app, outdir)
    try:
        return tour.run(demo, work)
    except TourError:
        for n, w in enumerate(QApplication.topLevelWidgets()):
            if w.isVisible():  # what was on screen when the tour stopped
                w.grab().save(str(outdir / f"failed-{n}.png"))
        raise
    finally:
        if shell.window is not None:
            shell.window.stop()
            shell.window.close()
        shell.shutdown()
