"""The first-run assistant on real widgets: shown before the sign-in only when no settings were
ever saved (never in the demo); the connection test asks the real sandbox over HTTP and says the
outcome in words; Finish saves everything and the sign-in opens in the chosen language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from app.config.profile import load_profile
from app.config.settings import Settings
from app.services.context import Context
from app.services.demo import DemoEnvironment
from app.ui import i18n
from app.ui.app import Shell
from app.ui.dialogs.first_run import FirstRunWizard
from tests.ui.helpers import TIMEOUT, click, close_shell, wait_idle

pytestmark = pytest.mark.gui


@pytest.fixture
def fresh(qapp: QApplication, tmp_path: Path) -> Iterator[tuple[Shell, Path]]:
    path = tmp_path / "settings.json"
    settings = Settings(path)  # never saved: a first run
    ctx = Context.open(tmp_path / "profile", load_profile("cmr"))
    shell = Shell(ctx, settings, None, i18n.install(qapp, "en"))
    shell.quit_when_login_closes = False
    yield shell, path
    for w in QApplication.topLevelWidgets():
        if isinstance(w, FirstRunWizard):
            w.close()
    close_shell(shell)
    ctx.close()


def _wizard() -> FirstRunWizard:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard)]
    assert found and found[0].isVisible()
    return found[0]


def test_assistant_tests_the_platform_and_saves(
    qtbot: QtBot, fresh: tuple[Shell, Path], demo: DemoEnvironment
) -> None:
    shell, path = fresh
    shell.start()
    wiz = _wizard()
    assert shell.login is None and not path.exists()
    wiz.language.combo.setCurrentIndex(wiz.language.combo.findData("ar"))
    wiz.next()
    assert wiz.currentPage() is wiz.fund and wiz.fund.combo.currentData() == "cmr"
    wiz.next()
    page = wiz.platform
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    page.url.setText("e-retraite.example")  # no scheme: cannot go on
    assert not page.isComplete() and not next_button.isEnabled()
    click(qtbot, page.test)
    assert "https://" in page.result.text()

    page.url.setText("http://127.0.0.1:9/api/v1")  # nothing listens there
    click(qtbot, page.test)
    qtbot.waitUntil(lambda: page.result.text().startswith("✗"), timeout=TIMEOUT)
    assert "cannot be reached" in page.result.text()

    page.url.setText(demo.sandbox.base_url)
    assert next_button.isEnabled()
    click(qtbot, page.test)
    qtbot.waitUntil(lambda: page.result.text().startswith("✓"), timeout=TIMEOUT)
    assert "answers" in page.result.text()
    wiz.next()

    token = wiz.token
    qtbot.waitUntil(lambda: token.looked, timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    assert token.found.text()  # what was found (or not), in words
    token.choose(str(Path(path.parent) / "no-such-middleware.so"))
    wiz.accept()  # Finish with a missing file: refused in words, nothing saved
    assert wiz.isVisible() and "no file at this path" in token.found.text()
    assert not path.exists()
    token.combo.setCurrentIndex(0)  # none for now
    wiz.accept()
    qtbot.waitUntil(lambda: shell.login is not None, timeout=TIMEOUT)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored == {
        "language": "ar",
        "fund": "cmr",
        "platform_url": demo.sandbox.base_url,
        "pkcs11_module": "",
    }
    assert shell.wb.lang.code == "ar"
    assert shell.login is not None
    assert shell.login.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_cancelling_saves_nothing_and_the_demo_never_asks(
    qtbot: QtBot, fresh: tuple[Shell, Path], demo: DemoEnvironment, qapp: QApplication
) -> None:
    shell, path = fresh
    shell.start()
    _wizard().reject()
    qtbot.wait(50)
    assert shell.login is None and not path.exists()

    shell.wb.demo = demo  # the demo starts at the sign-in, settings or not
    shell.start()
    assert shell.login is not None
    assert not any(
        isinstance(w, FirstRunWizard) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
