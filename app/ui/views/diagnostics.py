"""The token screen: which middleware is found and loadable (and why not), the connected tokens,
the choice of signing certificate, and a report that can be copied for support.

Every look runs in the background and re-reads the slot list, so a token plugged in or pulled
out shows at the next "Check again". No PIN is asked here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.config.settings import Settings
from app.signing.discovery import (
    DOES_NOT_LOAD,
    IS_FOLDER,
    LOAD_ERROR,
    LOADABLE,
    MISSING,
    NO_FILE,
    OTHER_MACHINE,
    OTHER_OS,
    UNKNOWN_FORMAT,
    WRONG_ARCH,
    ModuleReport,
    discover,
    report_text,
)
from app.signing.errors import SigningError
from app.signing.tokens import TokenListing, list_tokens
from app.ui.dialogs.certificate_picker import CertificatePickerDialog
from app.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate
from app.ui.messages import localise
from app.ui.ops import OpControl
from app.ui.workbench import Workbench

POLL_MS = 5000  # how often the shown Token tab looks for plugged or pulled tokens


@dataclass
class Findings:
    modules: list[ModuleReport]
    module_in_use: str = ""
    tokens: list[TokenListing] = field(default_factory=list)
    token_problem: str = ""

    def text(self) -> str:
        lines = [report_text(self.modules, header=["Mellaf token diagnostics"]), ""]
        lines.append(f"Module in use: {self.module_in_use or 'none'}")
        if self.token_problem:
            lines.append(f"Tokens: {self.token_problem}")
        for t in self.tokens:
            i = t.info
            lines.append(
                f"Token {i.describe()} serial {i.serial}: PIN count low={i.count_low}, "
                f"final try={i.final_try}, locked={i.locked}"
            )
            for c in t.certificates:
                if not c.is_ca:
                    lines.append(
                        f"  {c.label}: {c.holder} / {c.issuer}, until {c.not_after:%Y-%m-%d}, "
                        f"{c.status}; policy {c.policy_text()}"
                    )
        return "\n".join(lines)


def gather(settings: Settings) -> Findings:
    """Judge the candidate modules, then list the tokens of the one in use (worker thread)."""
    configured = settings.text("pkcs11_module")
    modules = discover(configured or None, include_missing=True)
    usable = [m for m in modules if m.ok]
    chosen = next((m for m in usable if m.from_settings), usable[0] if usable else None)
    found = Findings(modules, chosen.path if chosen else "")
    if chosen is not None:
        try:
            found.tokens = list_tokens(chosen.path)
        except SigningError as exc:
            found.token_problem = exc.user_message  # English here: localised when shown
    return found


def status_words(status: str) -> str:
    return {
        LOADABLE: translate("Diagnostics", "Loadable"),
        MISSING: translate("Diagnostics", "Not installed"),
        WRONG_ARCH: translate("Diagnostics", "Wrong architecture"),
        LOAD_ERROR: translate("Diagnostics", "Does not load"),
    }.get(status, status)


# Why a module cannot be used, in the officer's language (codes from app.signing.discovery).
REASON_WORDS = {
    NO_FILE: QT_TRANSLATE_NOOP("Diagnostics", "No file at this path."),
    IS_FOLDER: QT_TRANSLATE_NOOP("Diagnostics", "This path is a folder, not a library file."),
    UNKNOWN_FORMAT: QT_TRANSLATE_NOOP(
        "Diagnostics",
        "It is not a shared library this computer can load (unknown file format).",
    ),
    OTHER_OS: QT_TRANSLATE_NOOP(
        "Diagnostics",
        "It is a %1 library, made for another operating system; this computer needs %2.",
    ),
    OTHER_MACHINE: QT_TRANSLATE_NOOP(
        "Diagnostics",
        "It is built for %1 (%2-bit) but Mellaf runs as %3 (%4-bit): install the %4-bit "
        "token software.",
    ),
    DOES_NOT_LOAD: QT_TRANSLATE_NOOP(
        "Diagnostics", "It does not load (it may be damaged or incomplete): %1"
    ),
}


def reason_words(m: ModuleReport) -> str:
    """Why module ``m`` cannot be used, translated; its library description when it loads."""
    template = REASON_WORDS.get(m.reason_code)
    if template is None:
        return m.reason or m.library
    return fmt(translate("Diagnostics", template), *m.reason_args)


def pin_state_words(listing: TokenListing) -> str:
    i = listing.info
    if i.locked:
        return translate("Diagnostics", "PIN locked")
    if i.final_try:
        return translate("Diagnostics", "One PIN try left")
    if i.count_low:
        return translate("Diagnostics", "Few PIN tries left")
    return translate("Diagnostics", "Normal")


class DiagnosticsView(QWidget):
    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsView")
        self.wb = wb
        self.findings: Findings | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Diagnostics",
                "Token software (PKCS#11 middleware) found on this computer, the connected "
                "tokens and the signing certificate in use. Copy the report for your IT support.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.modules = QTreeWidget()
        self.modules.setObjectName("diagModules")
        self.modules.setRootIsDecorated(False)
        self.modules.setHeaderLabels(
            [
                translate("Diagnostics", "State"),
                translate("Diagnostics", "Software"),
                translate("Diagnostics", "File"),
                translate("Diagnostics", "Details"),
            ]
        )
        self.modules.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.modules, 2)

        self.in_use = QLabel()
        self.in_use.setObjectName("diagInUse")
        self.in_use.setWordWrap(True)
        layout.addWidget(self.in_use)

        self.tokens = QTreeWidget()
        self.tokens.setObjectName("diagTokens")
        self.tokens.setHeaderLabels(
            [
                translate("Diagnostics", "Token / certificate"),
                translate("Diagnostics", "Serial number"),
                translate("Diagnostics", "PIN state"),
            ]
        )
        self.tokens.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tokens, 1)

        row = QHBoxLayout()
        self.refresh_button = QPushButton(translate("Diagnostics", "Check again"))
        self.refresh_button.setObjectName("diagRefresh")
        self.copy_button = QPushButton(translate("Diagnostics", "Copy the report"))
        self.copy_button.setObjectName("diagCopy")
        self.choose_button = QPushButton(
            translate("Diagnostics", "Choose the signing certificate…")
        )
        self.choose_button.setObjectName("diagChoose")
        for button in (self.refresh_button, self.copy_button, self.choose_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh_button.clicked.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy_report)
        self.choose_button.clicked.connect(self.choose_certificate)
        self.copy_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def showEvent(self, event: QShowEvent) -> None:
        """Look again each time the tab is shown, then every few seconds while it stays shown:
        a token plugged in or pulled out appears without any click."""
        super().showEvent(event)
        self._poll()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def _poll(self) -> None:
        if self.refresh_button.isEnabled():  # not while a look is already running
            self.refresh()

    # -- actions --------------------------------------------------------------------------------

    def refresh(self) -> None:
        settings = self.wb.settings
        self.refresh_button.setEnabled(False)

        def work(_: OpControl) -> Findings:
            return gather(settings)

        def finished() -> None:
            self.refresh_button.setEnabled(True)

        self.wb.run(
            self,
            work,
            self.show_findings,
            finished=finished,
            blocking=False,
            label=translate("Diagnostics", "Looking for token software…"),
        )

    def show_findings(self, found: Findings) -> None:
        self.findings = found
        self.modules.clear()
        for m in found.modules:
            details = reason_words(m)
            vendor = (
                translate("Diagnostics", "Chosen in the settings") if m.from_settings else m.vendor
            )
            # a file path reads left to right even inside an Arabic interface
            item = QTreeWidgetItem(
                [status_words(m.status), vendor, f"\u2066{m.path}\u2069", details]
            )
            item.setData(2, Qt.ItemDataRole.UserRole, m.path)
            item.setToolTip(3, details)
            self.modules.addTopLevelItem(item)
        if found.module_in_use:
            self.in_use.setText(
                fmt(translate("Diagnostics", "Token software in use: %1"), found.module_in_use)
            )
        else:
            self.in_use.setText(
                translate(
                    "Diagnostics",
                    "No token software could be loaded. Install the token middleware (SafeNet "
                    "Authentication Client) or set its path in the settings.",
                )
            )
        self.tokens.clear()
        for t in found.tokens:
            top = QTreeWidgetItem([t.info.describe(), t.info.serial, pin_state_words(t)])
            for c in t.certificates:
                if not c.is_ca:
                    top.addChild(QTreeWidgetItem([f"{c.holder} — {c.issuer}", c.label, ""]))
            self.tokens.addTopLevelItem(top)
            top.setExpanded(True)
        if not found.tokens and found.module_in_use:
            self.tokens.addTopLevelItem(
                QTreeWidgetItem(
                    [localise(found.token_problem) or translate("Diagnostics", "No token")]
                )
            )
        self.copy_button.setEnabled(True)
        self.choose_button.setEnabled(bool(found.tokens))

    def copy_report(self) -> None:
        if self.findings is not None:
            QGuiApplication.clipboard().setText(self.findings.text())
            self.wb.events.say(translate("Diagnostics", "The report is copied."), "success")

    def choose_certificate(self) -> None:
        found = self.findings
        if found is None or not found.tokens:
            return
        dlg = CertificatePickerDialog(found.tokens, self)
        dlg.setObjectName("certificatePicker")

        def answered(code: int) -> None:
            chosen = dlg.chosen if code == CertificatePickerDialog.DialogCode.Accepted else None
            dlg.deleteLater()
            if chosen is None:
                return
            settings = self.wb.settings
            settings.set("signing_backend", "pkcs11")
            settings.set("pkcs11_module", found.module_in_use)
            settings.set("token_label", chosen.token_label)
            settings.set("token_serial", chosen.token_serial)
            settings.set("cert_label", chosen.label)
            settings.set("key_label", "")
            settings.save()
            self.wb.events.say(
                fmt(
                    translate(
                        "Diagnostics", "Documents will be signed with the certificate of %1."
                    ),
                    chosen.holder,
                ),
                "success",
            )

        dlg.finished.connect(answered)
        dlg.open()
