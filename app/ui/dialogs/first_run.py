"""The first-run assistant: shown before the first sign-in when no settings were ever saved (never
in the demo). Language, fund profile, platform address (with a connection test), token
middleware (found by ``app.signing.discovery``), then everything is checked and saved at once.

Network and middleware probes run in the background; each reports in words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.config.profile import FundProfile, load_profile
from app.config.settings import (
    LANGUAGES,
    SettingError,
    Settings,
    fund_profiles,
    looks_like_url,
    validate,
)
from app.platform.client import PlatformClient
from app.platform.errors import PlatformError
from app.signing.discovery import ModuleReport, discover
from app.ui import i18n
from app.ui.i18n import fmt, translate
from app.ui.messages import localise
from app.ui.ops import Op, OpControl, OpRunner
from app.ui.setting_labels import choice_text, labels, problem_text
from app.ui.views.diagnostics import reason_words, status_words
from app.ui.workbench import Workbench


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _help(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #475569;")
    return label


def check_platform(url: str) -> str:
    """Ask the platform's health route (worker thread); returns its API version."""
    with PlatformClient(url, timeout=(5, 10)) as client:
        return client.health().version


class LanguagePage(QWizardPage):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("languagePage")
        self.setTitle(translate("FirstRun", "Welcome to Mellaf"))
        self.setSubTitle(
            translate("FirstRun", "A few questions before the first sign-in. Choose the language.")
        )
        self.combo = QComboBox()
        self.combo.setObjectName("firstRunLanguage")
        for code in LANGUAGES:
            self.combo.addItem(choice_text("language", code), code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(settings.text("language"))))
        layout = QVBoxLayout(self)
        label = _title(labels()["language"][0])
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(
            _help(
                translate(
                    "FirstRun",
                    "The sign-in and the whole window use this language once the assistant "
                    "closes. You can change it later in Settings.",
                )
            )
        )
        layout.addStretch(1)


class FundPage(QWizardPage):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("fundPage")
        self.setTitle(translate("FirstRun", "Fund profile"))
        self.setSubTitle(labels()["fund"][1])
        self.combo = QComboBox()
        self.combo.setObjectName("firstRunFund")
        for fund in fund_profiles():
            self.combo.addItem(fund, fund)
        self.combo.setCurrentIndex(max(0, self.combo.findData(settings.text("fund"))))
        layout = QVBoxLayout(self)
        label = _title(labels()["fund"][0])
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addStretch(1)


class PlatformPage(QWizardPage):
    def __init__(self, settings: Settings, runner: OpRunner) -> None:
        super().__init__()
        self.setObjectName("platformPage")
        self.runner = runner
        self.setTitle(translate("FirstRun", "The fund's platform"))
        self.setSubTitle(labels()["platform_url"][1])
        self.url = QLineEdit(settings.text("platform_url"))
        self.url.setObjectName("firstRunUrl")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.url.setPlaceholderText("https://")
        self.url.textChanged.connect(self._edited)
        self.test = QPushButton(translate("FirstRun", "&Test the connection"))
        self.test.setObjectName("testConnection")
        self.test.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("connectionResult")
        self.result.setWordWrap(True)
        self.testing = False
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test)
        layout = QVBoxLayout(self)
        label = _title(labels()["platform_url"][0])
        label.setBuddy(self.url)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(
            _help(
                translate(
                    "FirstRun",
                    "Without a connection now you can still go on: the address is tested again "
                    "at sign-in.",
                )
            )
        )
        layout.addStretch(1)

    def _edited(self) -> None:
        self.result.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return looks_like_url(self.url.text().strip())

    def test_connection(self) -> None:
        url = self.url.text().strip()
        try:
            validate("platform_url", url)
        except SettingError as exc:
            self.result.setText(problem_text(exc))
            return
        if not url:
            self.result.setText(translate("FirstRun", "Enter the platform's address first."))
            return
        self.testing = True
        self.test.setEnabled(False)
        self.result.setText(translate("FirstRun", "Asking the platform…"))

        def work(_: OpControl) -> str:
            return check_platform(url)

        self.runner.run(
            Op(
                work=work,
                success=self._answered,
                failure=self._failed,
                parent=self,
                blocking=False,
            )
        )

    def _done(self) -> None:
        self.testing = False
        self.test.setEnabled(True)

    def _answered(self, version: str) -> None:
        self._done()
        self.result.setText(
            fmt(translate("FirstRun", "✓ The platform answers (API version %1)."), version)
        )

    def _failed(self, exc: BaseException) -> None:
        self._done()
        if isinstance(exc, PlatformError):
            words = localise(exc.user_message)
        elif isinstance(exc, ValueError):
            words = translate("FirstRun", "This address cannot be used: check how it is written.")
        else:
            words = translate("FirstRun", "The test could not run.")
        self.result.setText(fmt(translate("FirstRun", "✗ No answer: %1"), words))


NO_MODULE = ""


class TokenPage(QWizardPage):
    def __init__(self, settings: Settings, runner: OpRunner) -> None:
        super().__init__()
        self.setObjectName("tokenPage")
        self.runner = runner
        self.configured = settings.text("pkcs11_module")
        self.reports: list[ModuleReport] = []
        self.looked = False
        self.setTitle(translate("FirstRun", "Signing token"))
        self.setSubTitle(labels()["pkcs11_module"][1])
        self.combo = QComboBox()
        self.combo.setObjectName("firstRunModule")
        self.found = QLabel()
        self.found.setObjectName("modulesFound")
        self.found.setWordWrap(True)
        self.again = QPushButton(translate("FirstRun", "Look &again"))
        self.again.setObjectName("lookAgain")
        self.again.clicked.connect(self.look)
        self.browse = QPushButton(translate("FirstRun", "&Choose a file…"))
        self.browse.setObjectName("chooseModule")
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.browse)
        row.addWidget(self.again)
        layout = QVBoxLayout(self)
        label = _title(labels()["pkcs11_module"][0])
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.found)
        layout.addStretch(1)
        self._fill([])

    def initializePage(self) -> None:
        if not self.looked:
            self.look()

    def look(self) -> None:
        self.again.setEnabled(False)
        self.found.setText(translate("FirstRun", "Looking for the token middleware…"))
        configured = self.configured or None

        def work(_: OpControl) -> list[ModuleReport]:
            return discover(configured, include_missing=False)

        self.runner.run(
            Op(work=work, success=self._looked, failure=self._failed, parent=self, blocking=False)
        )

    def _failed(self, exc: BaseException) -> None:
        self.again.setEnabled(True)
        self.looked = True
        self.found.setText(fmt(translate("FirstRun", "The search failed: %1"), type(exc).__name__))

    def _looked(self, reports: list[ModuleReport]) -> None:
        self.again.setEnabled(True)
        self.looked = True
        self.reports = reports
        self._fill(reports)
        if not reports:
            self.found.setText(
                translate(
                    "FirstRun",
                    "No token middleware was found on this computer. Install the one given "
                    "with the token (e.g. SafeNet Authentication Client), then Look again, or "
                    "go on and set it later in the Token tab.",
                )
            )
            return
        lines = []
        for r in reports:
            tokens = (
                fmt(translate("FirstRun", "tokens: %1"), ", ".join(r.tokens))
                if r.tokens
                else translate("FirstRun", "no token connected")
            )
            detail = tokens if r.ok else reason_words(r)
            lines.append(
                f"• {r.vendor} — {status_words(r.status)}" + (f" ({detail})" if detail else "")
            )
        self.found.setText("\n".join(lines))

    def _fill(self, reports: list[ModuleReport]) -> None:
        current = self.module()
        self.combo.clear()
        self.combo.addItem(translate("FirstRun", "None for now (set it later)"), NO_MODULE)
        for r in reports:
            if r.ok:
                self.combo.addItem(f"{r.vendor} — {r.path}", r.path)
        keep = self.combo.findData(current or self.configured)
        first_ok = 1 if self.combo.count() > 1 else 0
        self.combo.setCurrentIndex(keep if keep > 0 else first_ok)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("FirstRun", "Choose the token's PKCS#11 library")
        )
        if path:
            self.choose(path)

    def choose(self, path: str) -> None:
        index = self.combo.findData(path)
        if index < 0:
            self.combo.addItem(path, path)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def module(self) -> str:
        data = self.combo.currentData() if self.combo.count() else NO_MODULE
        return str(data) if data else NO_MODULE


class FirstRunWizard(QWizard):
    """Collects the first settings; ``finished_with`` carries them (validated) on Finish."""

    finished_with = Signal(object)  # dict[str, Any]

    def __init__(self, settings: Settings, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(translate("FirstRun", "Mellaf — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 420)
        self.language = LanguagePage(settings)
        self.fund = FundPage(settings)
        self.platform = PlatformPage(settings, runner)
        self.token = TokenPage(settings, runner)
        for page in (self.language, self.fund, self.platform, self.token):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, translate("FirstRun", "&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("FirstRun", "< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("FirstRun", "&Save"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("FirstRun", "Cancel"))

    def values(self) -> dict[str, Any]:
        return {
            "language": str(self.language.combo.currentData()),
            "fund": str(self.fund.combo.currentData() or "cmr"),
            "platform_url": self.platform.url.text().strip(),
            "pkcs11_module": self.token.module(),
        }

    def accept(self) -> None:
        values = self.values()
        try:
            for key, value in values.items():
                values[key] = validate(key, value)
        except SettingError as exc:
            self.token.found.setText(problem_text(exc))
            return
        super().accept()
        self.finished_with.emit(values)


def needs_first_run(settings: Settings, demo: object | None) -> bool:
    """No settings were ever saved in this profile, and this is not the demo."""
    return demo is None and not settings.exists


def _apply(settings: Settings, values: dict[str, Any]) -> FundProfile:
    """Set and save the assistant's values, and load the chosen fund profile (worker thread)."""
    for key, value in values.items():
        settings.set(key, value)
    settings.save()
    return load_profile(settings.text("fund"))


def start_first_run(
    wb: Workbench, done: Callable[[], object], cancelled: Callable[[], object]
) -> FirstRunWizard:
    """Show the assistant; once saved, apply the language and fund profile, then ``done``."""
    wizard = FirstRunWizard(wb.settings, wb.runner)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def saved(profile: FundProfile) -> None:
        wb.ctx.fund = profile
        app = QApplication.instance()
        if isinstance(app, QApplication):
            wb.lang = i18n.install(app, wb.settings.text("language"))
        done()

    def failed(exc: BaseException) -> None:
        wb.runner.report(None, exc)  # in words; the sign-in still opens with these values
        done()

    def finished(values: dict[str, Any]) -> None:
        settings = wb.settings
        wb.runner.run(Op(work=lambda _: _apply(settings, values), success=saved, failure=failed))

    wizard.finished_with.connect(finished)
    wizard.rejected.connect(cancelled)
    wizard.show()
    return wizard
