"""The affiliate sheet's correction requests: the list with states and answers, the request
dialog, and sending (also later: requests stay queued until the platform answers)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.models import Affiliate
from app.services import corrections as corrections_service
from app.store.corrections import CorrectionRequest
from app.ui.i18n import reading_alignment, translate
from app.ui.views.correction import CorrectionDialog, describe
from app.ui.workbench import Workbench


class CorrectionsPanel(QLabel):
    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.setObjectName("sheetCorrections")
        self.setWordWrap(True)
        self.setAlignment(reading_alignment())
        self.hide()

    def load(self, membership_no: str, send: bool = False) -> None:
        """Show the affiliate's requests; with `send`, also send queued ones and fetch answers."""
        wb, actor = self.wb, self.wb.actor

        def shown(found: list[CorrectionRequest]) -> None:
            self.setVisible(bool(found))
            self.setText(
                translate("AffiliateSheet", "Correction requests:")
                + "\n"
                + "\n".join("• " + describe(r) for r in found)
            )

        wb.run(
            self,
            lambda _: corrections_service.listed(wb.ctx, actor, membership_no),
            shown,
            blocking=False,
        )
        if send:
            client = wb.client

            def sent(result: corrections_service.SendResult) -> None:
                if result.sent or result.answered:
                    self.load(membership_no)

            wb.run_online(
                self,
                lambda _: corrections_service.send_pending(wb.ctx, actor, client),
                sent,
                failure=lambda _exc: None,
                blocking=False,
            )

    def ask(self, affiliate: Affiliate) -> None:
        dialog = CorrectionDialog(affiliate.full_name_lat, self.window())
        if dialog.exec() != CorrectionDialog.DialogCode.Accepted:
            return
        self.queue(affiliate.membership_no, dialog.chosen_field(), dialog.text(), dialog.attachment)

    def queue(self, membership_no: str, field: str, comment: str, attachment: Path | None) -> None:
        wb, actor = self.wb, self.wb.actor

        def work(_: object) -> int:
            return corrections_service.request(
                wb.ctx, actor, membership_no, field, comment, attachment
            )

        wb.run(
            self,
            work,
            lambda _id: self.load(membership_no, send=True),
            label=translate("AffiliateSheet", "Queuing the request…"),
        )
