"""Offline packages from the desktop: export certified dossiers or the affiliate extract (sealed
with the officer's token, one PIN), import a package (verified, then queued or cached)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.packages.export import ExportResult, export_affiliates, export_dossiers
from app.packages.load import ImportResult, import_package
from app.services.signing_setup import backend_from_settings
from app.signing.errors import SigningError
from app.signing.handler import SigningHandler
from app.ui.i18n import fmt, translate
from app.ui.workbench import Workbench


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

    def export_to(self, kind: str, path: str | None = None) -> None:
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
            backend = backend_from_settings(settings, passphrase)
            available = backend.availability()
            if not available.ok:
                raise SigningError(available.reason)
            make = export_dossiers if kind == "dossiers" else export_affiliates
            with backend.open_session(handler) as session:  # one PIN for the seal
                return make(wb.ctx, actor, out, session)

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

    def import_from(self, path: str | None = None) -> None:
        path = path or self._path(save=False)
        if not path:
            return
        wb, source, actor = self.wb, Path(path), self.wb.actor

        def done(r: ImportResult) -> None:
            text = (
                translate("PackagesView", "Package number %1 imported: %2 dossier(s) queued.")
                if r.kind == "dossiers"
                else translate("PackagesView", "Package number %1 imported: %2 affiliate(s).")
            )
            self.result.setText(fmt(text, r.sequence, r.items))

        wb.run(self, lambda _: import_package(wb.ctx, actor, source), done)
