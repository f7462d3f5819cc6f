"""Per-account preferences on a shared kiosk, on real widgets: each account's language (the
sign-in dialog in the computer's default, the main window in the language of who signed in,
switching user switches language) and the portfolio's filters and sort, restored at the next
start for the same account only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services import preferences
from app.services.demo import DemoEnvironment
from app.services.preferences import PortfolioView
from app.ui.app import Shell
from app.ui.dialogs.login import LoginDialog
from app.ui.dialogs.settings import SettingsDialog
from app.ui.i18n import translate
from app.ui.main_window import MainWindow
from app.ui.views.dossiers import DossiersView
from app.ui.views.portfolio_filters import ANYONE
from tests.ui.conftest import make_shell
from tests.ui.helpers import TIMEOUT, click, close_shell, sign_in, wait_idle

pytestmark = pytest.mark.gui


def _settings_dialog() -> SettingsDialog | None:
    found = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()
    ]
    return found[0] if found else None


def _title(context: str, text: str) -> str:
    return translate(context, text)


def _switch_user(qtbot: QtBot, shell: Shell) -> LoginDialog:
    shell.switch_user()
    qtbot.waitUntil(lambda: shell.login is not None, timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    assert shell.login is not None
    return shell.login


def test_each_account_keeps_its_language_on_a_shared_kiosk(
    qtbot: QtBot, qapp: QApplication, demo: DemoEnvironment, tmp_path: Path
) -> None:
    shell, ctx = make_shell(qapp, tmp_path, demo, lang="fr")  # the kiosk's default: French
    try:
        shell.start()
        login = shell.login
        assert login is not None
        french_login = _title("LoginDialog", "Mellaf — sign in")
        assert login.windowTitle() == french_login != "Mellaf — sign in"
        win = sign_in(qtbot, shell, "demo.preparer")  # no choice yet: the kiosk's language
        assert (
            shell.wb.lang.code == "fr" and win.layoutDirection() == Qt.LayoutDirection.LeftToRight
        )

        # The preparer chooses Arabic in the settings: for this account only, from its next
        # sign-in; the computer's default stays French.
        click(qtbot, win.header.settings)
        qtbot.waitUntil(lambda: _settings_dialog() is not None, timeout=TIMEOUT)
        dlg = _settings_dialog()
        assert dlg is not None
        qtbot.waitUntil(dlg.fields["language"].isEnabled, timeout=TIMEOUT)
        dlg.set_value("language", "ar")
        click(qtbot, dlg.save_button)
        qtbot.waitUntil(lambda: _settings_dialog() is None, timeout=TIMEOUT)
        wait_idle(qtbot, shell)
        assert shell.wb.settings.get("language") == "fr"

        login = _switch_user(qtbot, shell)
        assert shell.wb.lang.code == "fr" and login.windowTitle() == french_login
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight

        win = sign_in(qtbot, shell, "demo.preparer")
        assert shell.wb.lang.code == "ar"
        assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
        arabic_title = _title("MainWindow", "Mellaf — pension dossiers")
        assert win.windowTitle() == arabic_title != "Mellaf — pension dossiers"

        # Switching user switches language: the sign-in is French again, and the certifier,
        # who chose nothing, works in French.
        login = _switch_user(qtbot, shell)
        assert login.windowTitle() == french_login and shell.wb.lang.code == "fr"
        win = sign_in(qtbot, shell, "demo.certifier")
        assert shell.wb.lang.code == "fr"
        assert win.windowTitle() == _title("MainWindow", "Mellaf — pension dossiers")
        assert win.windowTitle() != arabic_title
    finally:
        close_shell(shell)
        ctx.close()


def _choose(combo_owner: DossiersView, name: str, value: object) -> None:
    combo = getattr(combo_owner.filters, name)
    index = combo.findData(value)
    assert index >= 0, (name, value)
    combo.setCurrentIndex(index)


def test_portfolio_filters_and_sort_come_back_for_the_same_account(
    qtbot: QtBot, qapp: QApplication, demo: DemoEnvironment, tmp_path: Path
) -> None:
    shell, ctx = make_shell(qapp, tmp_path, demo)
    kind = next(iter(ctx.fund.dossier_types))
    try:
        shell.start()
        win: MainWindow = sign_in(qtbot, shell, "demo.preparer")
        view = win.dossiers
        assert view.filters.group.currentData() == "all"  # a preparer's first time
        _choose(view, "group", "archive")
        _choose(view, "type", str(kind))
        _choose(view, "due", "overdue")
        _choose(view, "officer", "demo.preparer")  # "Me"
        view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        expected = PortfolioView(
            group="archive",
            dossier_type=str(kind),
            officer="demo.preparer",
            due="overdue",
            sort_column=1,
            sort_descending=True,
        )
        qtbot.waitUntil(  # saved in the background, a moment after the last change
            lambda: preferences.load(ctx, shell.wb.actor).portfolio == expected, timeout=TIMEOUT
        )
        view.search.setText("zz")  # the search text is not kept (it may hold a name)
        _choose(view, "due", "soon")  # changed just before quitting: saved on the way out
    finally:
        close_shell(shell)
        ctx.close()

    # The next start of the app, on the same profile: the same account finds its portfolio.
    shell, ctx = make_shell(qapp, tmp_path, demo)
    try:
        shell.start()
        win = sign_in(qtbot, shell, "demo.preparer")
        filters = win.dossiers.filters
        assert filters.group.currentData() == "archive"
        assert filters.type.currentData() == str(kind)
        assert filters.due.currentData() == "soon"
        assert filters.officer.currentData() == "demo.preparer"
        assert filters.search.text() == ""
        header = win.dossiers.table.horizontalHeader()
        assert header.sortIndicatorSection() == 1
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        assert win.dossiers.filters.value().group == "archive"  # the list shown follows them

        # Another account of the same commune keeps its own (a certifier: its role's list).
        _switch_user(qtbot, shell)
        win = sign_in(qtbot, shell, "demo.certifier")
        filters = win.dossiers.filters
        assert filters.group.currentData() == "certify"
        assert filters.officer.currentData() == ANYONE and filters.due.currentData() is None
    finally:
        close_shell(shell)
        ctx.close()
