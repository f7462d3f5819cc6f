"""Offline packages from the desktop: export certified dossiers or the affiliate extract (sealed
with the officer's token, one PIN; optionally encrypted with a passphrase), import a package
(asked for its passphrase when encrypted; verified, then queued or cached)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.packages import crypt  # light: the cipher itself loads on use
from app.signing.errors import SigningError
from app.signing.handler import SigningHandler
from app.ui.i18n import fmt, translate
from app.ui.workbench import Workbench

if TYPE_CHECKING:  # sealing and checking packages loads pyHanko: on use, not at start
    from app.packages.export import ExportResult
    from app.packages.load import ImportResult


class PackagesView(QWidget):
    def __init__(self, wb: Workbench, handler: SigningHandler, parent: QWidget | None = None):
        super().__init__(parent)
        self.wb = wb
        self.handler = handler
        layout = QVBoxLayout(self)
        title = QLabel(translate("PackagesView", "Offline packages"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(title)
        intro = QLabel(
            translate(
                "PackagesView",
                "Without internet, carry certified dossiers to the kiosk on a USB stick: the "
                "package is sealed with your token. At the kiosk, importing it checks the seal, "
                "every file and every signature, then queues the dossiers under your account.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.export_dossiers = QPushButton(translate("PackagesView", "Export certified dossiers…"))
        self.export_dossiers.setObjectName("exportDossiers")
        self.export_extract = QPushButton(
            translate("PackagesView", "Export the affiliate extract…")
        )
        self.export_extract.setObjectName("exportExtract")
        self.import_ = QPushButton(translate("PackagesView", "Import a package…"))
        self.import_.setObjectName("importPackage")
        for b in (self.export_dossiers, self.export_extract, self.import_):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        secret = QHBoxLayout()
        self.encrypt = QCheckBox(translate("PackagesView", "Encrypt the package with a passphrase"))
        self.encrypt.setObjectName("encryptPackage")
        self.encrypt.setToolTip(
            translate(
                "PackagesView",
                "Whoever finds the USB stick cannot read it. Give the passphrase to the kiosk by "
                "another way (by phone, not on the stick).",
            )
        )
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("packagePassphrase")
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setObjectName("packagePassphraseAgain")
        for edit, hint in (
            (self.passphrase, translate("PackagesView", "Passphrase (12 characters or more)")),
            (self.passphrase_again, translate("PackagesView", "The passphrase again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(hint)
            edit.setVisible(False)
        self.encrypt.toggled.connect(self.passphrase.setVisible)
        self.encrypt.toggled.connect(self.passphrase_again.setVisible)
        secret.addWidget(self.encrypt)
        secret.addWidget(self.passphrase, 1)
        secret.addWidget(self.passphrase_again, 1)
        layout.addLayout(secret)
        self.result = QLabel()
        self.result.setObjectName("packageResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.export_dossiers.clicked.connect(lambda: self.export_to("dossiers"))
        self.export_extract.clicked.connect(lambda: self.export_to("affiliates"))
        self.import_.clicked.connect(lambda: self.import_from())

    def _path(self, save: bool) -> str:
        caption = translate("PackagesView", "Package file")
        kinds = translate("PackagesView", "Mellaf packages (*.mellaf)")
        if save:
            return QFileDialog.getSaveFileName(self, caption, "package.mellaf", kinds)[0]
        return QFileDialog.getOpenFileName(self, caption, "", kinds)[0]

    def _chosen_passphrase(self) -> tuple[bool, str | None]:
        """(usable, passphrase): None when not encrypting; says what is wrong otherwise."""
        if not self.encrypt.isChecked():
            return True, None
        text = self.passphrase.text()
        if len(text) < crypt.MIN_PASSPHRASE:
            problem = fmt(
                translate("PackagesView", "The passphrase needs at least %1 characters."),
                crypt.MIN_PASSPHRASE,
            )
        elif text != self.passphrase_again.text():
            problem = translate("PackagesView", "The two passphrases differ.")
        else:
            return True, text
        self.result.setText(problem)
        return False, None

    def export_to(self, kind: str, path: str | None = None) -> None:
        usable, secret = self._chosen_passphrase()
        if not usable:
            return
        path = path or self._path(save=True)
        if not path:
            return
        wb, handler, out = self.wb, self.handler, Path(path)
        settings, actor = wb.settings, wb.actor
        passphrase = (
            wb.demo.identity.passphrase
            if wb.demo is not None and settings.text("signing_backend") == "software"
            else None
        )

        def work(_: object) -> ExportResult:
            from app.packages.export import export_affiliates, export_dossiers
            from app.services.signing_setup import backend_from_settings

            backend = backend_from_settings(settings, passphrase)
            available = backend.availability()
            if not available.ok:
                raise SigningError(available.reason)
            make = export_dossiers if kind == "dossiers" else export_affiliates
            with backend.open_session(handler) as session:  # one PIN for the seal
                return make(wb.ctx, actor, out, session, passphrase=secret)

        def done(r: ExportResult) -> None:
            self.result.setText(
                fmt(
                    translate("PackagesView", "Package number %1 written to %2 (%3 item(s))."),
                    r.sequence,
                    str(r.path),
                    r.items,
                )
            )

        wb.run(self, work, done)

    def import_from(self, path: str | None = None) -> QInputDialog | None:
        """Import the package at ``path``; an encrypted one first asks for its passphrase (the
        dialog is returned, for tests)."""
        path = path or self._path(save=False)
        if not path:
            return None
        if not crypt.is_encrypted(Path(path)):
            self._import(Path(path), None)
            return None
        ask = QInputDialog(self)
        ask.setObjectName("importPassphrase")
        ask.setWindowTitle(translate("PackagesView", "Encrypted package"))
        ask.setLabelText(translate("PackagesView", "This package is encrypted. Its passphrase:"))
        ask.setTextEchoMode(QLineEdit.EchoMode.Password)
        ask.textValueSelected.connect(lambda text: self._import(Path(path), text))
        ask.finished.connect(ask.deleteLater)
        ask.open()
        return ask

    def _import(self, source: Path, passphrase: str | None) -> None:
        wb, actor = self.wb, self.wb.actor

        def done(r: ImportResult) -> None:
            text = (
                translate("PackagesView", "Package number %1 imported: %2 dossier(s) queued.")
                if r.kind == "dossiers"
                else translate("PackagesView", "Package number %1 imported: %2 affiliate(s).")
            )
            self.result.setText(fmt(text, r.sequence, r.items))

        def work(_: object) -> ImportResult:
            from app.packages.load import import_package

            return import_package(wb.ctx, actor, source, passphrase=passphrase)

        wb.run(self, work, done)
