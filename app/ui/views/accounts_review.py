"""The habilitation review of the accounts screen: the staff list is read and checked in the
background, flagged accounts are frozen in one action (and suspended at the platform), with a
report. A part of AccountsView, kept apart to keep that module small."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services import habilitation
from app.ui.dialogs.confirm import ask
from app.ui.i18n import translate
from app.ui.views.accounts_platform import tell_outcome
from app.ui.workbench import Workbench


class ReviewActions:
    """Mixed into AccountsView (a QWidget with `wb` and `reload`)."""

    wb: Workbench

    def reload(self) -> None:
        raise NotImplementedError

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def review_staff(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self._widget(),
                translate("AccountsView", "Staff list"),
                "",
                translate("AccountsView", "Staff lists (*.csv *.xlsx)"),
            )
        if not path:
            return
        wb, source = self.wb, Path(path)

        def work(_: object) -> list[habilitation.Finding]:
            staff = habilitation.read_staff_list(source, wb.ctx.today())
            return habilitation.review(wb.ctx, wb.actor, staff)

        wb.run(self._widget(), work, self._findings)

    def _findings(self, findings: list[habilitation.Finding]) -> None:
        if not findings:
            box = QMessageBox(self._widget())
            box.setObjectName("reviewClean")
            box.setText(translate("AccountsView", "Every active account matches the staff list."))
            box.show()
            return
        listing = "\n".join(f"{f.account_id}: {f.problem}" for f in findings)
        ask(
            self._widget(),
            translate("AccountsView", "Habilitation review"),
            translate(
                "AccountsView", "%n account(s) have no tie to the staff list.", None, len(findings)
            ),
            translate("AccountsView", "Freeze them"),
            lambda: self._freeze(findings),
            detail=listing,
        )

    def _freeze(self, findings: list[habilitation.Finding]) -> None:
        wb = self.wb
        report_path = (
            wb.ctx.profile_dir / "reports" / f"habilitation-{date.today().isoformat()}.txt"
        )

        def done(report: habilitation.FreezeReport) -> None:
            self.reload()
            if report.platform is not None:
                tell_outcome(wb, report.platform)
            box = QMessageBox(self._widget())
            box.setObjectName("freezeReport")
            box.setText(
                translate("AccountsView", "%n account(s) frozen.", None, len(report.frozen))
            )
            box.setDetailedText(report.text)
            box.show()

        wb.run(
            self._widget(),
            lambda _: habilitation.freeze_flagged(
                wb.ctx, wb.actor, findings, report_path, wb.client
            ),
            done,
        )
