"""The responsible's accounts screen: sub-accounts, habilitation review, designation form.

Rights are checked by the core services; this screen only mirrors them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import accounts, designation_form, habilitation
from app.services.accounts import AccountRow
from app.ui.dialogs.confirm import ask
from app.ui.i18n import fmt, translate
from app.ui.texts import role_name
from app.ui.views import tables
from app.ui.views.accounts_dialog import NewAccountDialog
from app.ui.workbench import Workbench


def status_name(status: str) -> str:
    names = {
        "active": translate("AccountsView", "Active"),
        "suspended": translate("AccountsView", "Suspended"),
        "frozen": translate("AccountsView", "Frozen"),
    }
    return names.get(status, status)


class AccountsView(QWidget):
    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.rows: list[AccountRow] = []
        layout = QVBoxLayout(self)
        title = QLabel(translate("AccountsView", "Accounts of your collectivity"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout.addWidget(title)
        bar = QHBoxLayout()

        def button(name: str, text: str) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            bar.addWidget(b)
            return b

        self.new = button("newAccount", translate("AccountsView", "New account…"))
        self.suspend = button("suspendAccount", translate("AccountsView", "Suspend"))
        self.reactivate = button("reactivateAccount", translate("AccountsView", "Reactivate"))
        self.delete = button("deleteAccount", translate("AccountsView", "Delete"))
        self.review = button("reviewStaff", translate("AccountsView", "Review against staff list…"))
        self.form = button("designationForm", translate("AccountsView", "Designation form…"))
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("AccountsView", "Account"),
                translate("AccountsView", "Name"),
                translate("AccountsView", "Role"),
                translate("AccountsView", "Status"),
                translate("AccountsView", "Payroll number"),
                translate("AccountsView", "CIN"),
            ]
        )
        tables.configure(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.new.clicked.connect(self.create_account)
        self.suspend.clicked.connect(self.suspend_selected)
        self.reactivate.clicked.connect(lambda: self._act(accounts.reactivate))
        self.delete.clicked.connect(self.delete_selected)
        self.review.clicked.connect(self.review_staff)
        self.form.clicked.connect(self.export_form)

    # -- list -----------------------------------------------------------------------------------

    def reload(self) -> None:
        wb = self.wb
        wb.run(self, lambda _: accounts.list_accounts(wb.ctx, wb.actor), self._show, blocking=False)

    def _show(self, rows: list[AccountRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = (r.id, r.display_name, role_name(r.role), status_name(r.status), r.ppr)
            for col, text in enumerate((*values, r.cin_masked)):
                self.table.setItem(i, col, QTableWidgetItem(text))

    def selected(self) -> AccountRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _act(self, fn: object, *args: str) -> None:
        row = self.selected()
        if row is None:
            return
        wb = self.wb
        account_id = row.id

        def work(_: object) -> None:
            assert callable(fn)
            fn(wb.ctx, wb.actor, account_id, *args)

        wb.run(self, work, lambda _: self.reload())

    # -- actions --------------------------------------------------------------------------------

    def create_account(self) -> None:
        dlg = NewAccountDialog(self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        wb = self.wb
        values = (
            dlg.account_id.text(),
            dlg.display_name.text(),
            dlg.chosen_role(),
            dlg.details(),
            dlg.password_or_none(),
        )
        dlg.deleteLater()
        wb.run(self, lambda _: accounts.create(wb.ctx, wb.actor, *values), lambda _: self.reload())

    def suspend_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        ask(
            self,
            translate("AccountsView", "Suspend"),
            fmt(translate("AccountsView", "Suspend the account %1?"), row.id),
            translate("AccountsView", "Suspend"),
            lambda: self._act(
                accounts.suspend, translate("AccountsView", "Suspended by the responsible")
            ),
        )

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        ask(
            self,
            translate("AccountsView", "Delete"),
            fmt(
                translate(
                    "AccountsView",
                    "Delete the account %1? It can no longer sign in; its history stays.",
                ),
                row.id,
            ),
            translate("AccountsView", "Delete"),
            lambda: self._act(accounts.delete),
        )

    def review_staff(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
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

        wb.run(self, work, self._findings)

    def _findings(self, findings: list[habilitation.Finding]) -> None:
        if not findings:
            box = QMessageBox(self)
            box.setObjectName("reviewClean")
            box.setText(translate("AccountsView", "Every active account matches the staff list."))
            box.show()
            return
        listing = "\n".join(f"{f.account_id}: {f.problem}" for f in findings)
        ask(
            self,
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
            box = QMessageBox(self)
            box.setObjectName("freezeReport")
            box.setText(
                translate("AccountsView", "%n account(s) frozen.", None, len(report.frozen))
            )
            box.setDetailedText(report.text)
            box.show()

        wb.run(
            self,
            lambda _: habilitation.freeze_flagged(wb.ctx, wb.actor, findings, report_path),
            done,
        )

    def export_form(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("AccountsView", "Designation form"),
                "designation.xlsx",
                translate("AccountsView", "Excel workbooks (*.xlsx)"),
            )
        if not path:
            return
        wb, out = self.wb, Path(path)
        wb.run(self, lambda _: designation_form.export(wb.ctx, wb.actor, out))
