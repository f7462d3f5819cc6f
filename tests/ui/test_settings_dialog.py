"""The settings dialog on real widgets: generated from the declarations (each with translated
words), reachable from the header and by keyboard, refusing bad values in words without saving,
and saving the whole file once every value is right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox, QSpinBox
from pytestqt.qtbot import QtBot

from app.config.settings import DECLARED, GROUPS
from app.services import preferences
from app.services.demo import DemoEnvironment
from app.ui import i18n
from app.ui.dialogs.settings import SettingsDialog
from app.ui.setting_labels import group_title, labels
from tests.ui.conftest import make_shell
from tests.ui.helpers import TIMEOUT, click, close_shell, sign_in, wait_idle

pytestmark = pytest.mark.gui


def _dialog() -> SettingsDialog | None:
    found = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()
    ]
    return found[0] if found else None


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_declared_setting_has_translated_words(qapp: QApplication, lang: str) -> None:
    english = labels()
    assert set(english) == {s.key for s in DECLARED}
    i18n.install(qapp, lang)
    words = labels()
    for s in DECLARED:
        label, description = words[s.key]
        assert label and description, s.key
        assert (label, description) != english[s.key], f"{s.key} is not translated in {lang}"
    for group in GROUPS:
        assert group_title(group) != group


def test_bad_values_are_refused_then_saved(
    qtbot: QtBot, qapp: QApplication, demo: DemoEnvironment, tmp_path: Path
) -> None:
    shell, ctx = make_shell(qapp, tmp_path, demo)
    path = tmp_path / "settings.json"
    try:
        shell.start()
        win = sign_in(qtbot, shell, "demo.preparer")
        shell.wb.settings.save()
        before = path.read_text(encoding="utf-8")
        # Reachable by keyboard (Ctrl+,) from anywhere in the window, and from the header.
        assert win.header.settings.shortcut() == QKeySequence("Ctrl+,")
        win.activateWindow()
        if QApplication.activeWindow() is win:  # offscreen may not activate: then click
            qtbot.keyClick(win, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        else:
            click(qtbot, win.header.settings)
        qtbot.waitUntil(lambda: _dialog() is not None, timeout=TIMEOUT)
        dlg = _dialog()
        assert dlg is not None
        shown = {s.key for s in DECLARED if s.group in GROUPS}
        assert set(dlg.fields) == shown and "last_account" not in dlg.fields
        assert dlg.tabs.count() == len(GROUPS)
        assert isinstance(dlg.fields["kiosk_purge"], QCheckBox)
        assert isinstance(dlg.fields["retention_days"], QSpinBox)
        # A preparer sees the data-protection settings but cannot change them.
        assert not dlg.fields["retention_days"].isEnabled()
        qtbot.waitUntil(dlg.fields["language"].isEnabled, timeout=TIMEOUT)  # the account's

        dlg.set_value("platform_url", "e-retraite without scheme")
        dlg.set_value("pkcs11_module", str(tmp_path / "no-such-middleware.so"))
        dlg.set_value("language", "ar")
        click(qtbot, dlg.save_button)
        qtbot.waitUntil(lambda: dlg.problems["platform_url"].isVisible(), timeout=TIMEOUT)
        wait_idle(qtbot, shell)
        assert "https://" in dlg.problems["platform_url"].text()
        assert "no file at this path" in dlg.problems["pkcs11_module"].text()
        assert "2 value" in dlg.message.text() and dlg.isVisible()
        assert path.read_text(encoding="utf-8") == before  # nothing saved
        assert shell.wb.settings.get("language") == "en"

        dlg.set_value("platform_url", demo.sandbox.base_url)
        dlg.set_value("pkcs11_module", "")
        click(qtbot, dlg.save_button)
        qtbot.waitUntil(lambda: _dialog() is None, timeout=TIMEOUT)
        wait_idle(qtbot, shell)
        stored = json.loads(path.read_text(encoding="utf-8"))
        # The language is the account's own; the computer's default (sign-in) stays.
        assert stored["language"] == "en" and stored["platform_url"] == demo.sandbox.base_url
        assert preferences.load(ctx, shell.wb.actor).language == "ar"
        assert stored["pkcs11_module"] == "" and stored["status_poll_seconds"] == 60
        assert "retention_days" not in stored  # read-only for a preparer: left as it was
        qtbot.waitUntil(  # a notice shows once the event loop ran (queued show)
            lambda: any("next sign-in" in t for t in win.notices.texts()), timeout=TIMEOUT
        )

        click(qtbot, win.header.settings)  # opened again: shows what was saved
        qtbot.waitUntil(lambda: _dialog() is not None, timeout=TIMEOUT)
        again = _dialog()
        assert again is not None
        qtbot.waitUntil(again.fields["language"].isEnabled, timeout=TIMEOUT)
        assert again.value_of("language") == "ar"
        again.reject()
    finally:
        close_shell(shell)
        ctx.close()


def test_the_administrator_changes_data_protection(
    qtbot: QtBot, qapp: QApplication, demo: DemoEnvironment, tmp_path: Path
) -> None:
    shell, ctx = make_shell(qapp, tmp_path, demo)
    try:
        shell.start()
        win = sign_in(qtbot, shell, "demo.admin")
        click(qtbot, win.header.settings)
        qtbot.waitUntil(lambda: _dialog() is not None, timeout=TIMEOUT)
        dlg = _dialog()
        assert dlg is not None and dlg.fields["retention_days"].isEnabled()
        dlg.set_value("retention_days", 30)
        click(qtbot, dlg.save_button)
        qtbot.waitUntil(lambda: _dialog() is None, timeout=TIMEOUT)
        wait_idle(qtbot, shell)
        assert shell.wb.settings.get("retention_days") == 30
        assert Path(shell.wb.settings.path).is_file()
    finally:
        close_shell(shell)
        ctx.close()
