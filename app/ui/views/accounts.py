"""The responsible's accounts screen: sub-accounts, habilitation review, designation form, and
the dossiers of absent or leaving officers (delegation for a period, or hand-over).

Rights are checked by the core services; this screen only mirrors them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import accounts, delegation, designation_form
from app.services.account_sync import PushReport
from app.services.accounts import AccountRow
from app.services.delegation import Delegation
from app.ui.dialogs.confirm import ask
from app.ui.i18n import fmt, translate
from app.ui.texts import role_name
from app.ui.views import tables
from app.ui.views.accounts_dialog import NewAccountDialog
from app.ui.views.accounts_handover import HandOverDialog
from app.ui.views.accounts_platform import (
    AccountsSync,
    change_then_push,
    choose_role,
    platform_state_text,
    refresh_from_platform,
    reset_password,
    show_passwords,
    tell_outcome,
)
from app.ui.views.accounts_review import ReviewActions
from app.ui.workbench import Workbench


def status_name(status: str) -> str:
    names = {
        "active": translate("AccountsView", "Active"),
        "suspended": translate("AccountsView", "Suspended"),
        "frozen": translate("AccountsView", "Frozen"),
        "deleted": translate("AccountsView", "Deleted"),
    }
    return names.get(status, status)


def delegation_text(account_id: str, lent: list[Delegation]) -> str:
    """The current and coming delegations an account gives or receives, in words."""
    parts = []
    for d in lent:
        if d.from_account == account_id:
            template = translate("AccountsView", "Dossiers lent to %1, %2 – %3")
            other = d.to_account
        elif d.to_account == account_id:
            template = translate("AccountsView", "Holds the dossiers of %1, %2 – %3")
            other = d.from_account
        else:
            continue
        parts.append(fmt(template, other, d.starts_on.isoformat(), d.ends_on.isoformat()))
    return "; ".join(parts)


Overview = tuple[list[AccountRow], list[Delegation], dict[str, int]]


class AccountsView(QWidget, ReviewActions):
    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.rows: list[AccountRow] = []
        self.delegations: list[Delegation] = []
        self.open_counts: dict[str, int] = {}
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
        self.role = button("changeRole", translate("AccountsView", "Change role…"))
        self.review = button("reviewStaff", translate("AccountsView", "Review against staff list…"))
        self.form = button("designationForm", translate("AccountsView", "Designation form…"))
        bar.addStretch(1)
        layout.addLayout(bar)
        second = QHBoxLayout()
        self.hand_over = QPushButton(translate("AccountsView", "Absence or departure…"))
        self.hand_over.setObjectName("handOver")
        self.hand_over.setToolTip(
            translate(
                "AccountsView",
                "Delegate the selected officer's dossiers for a period, or hand them over",
            )
        )
        self.end_delegation = QPushButton(translate("AccountsView", "End delegation"))
        self.end_delegation.setObjectName("endDelegation")
        self.refresh = QPushButton(translate("AccountsView", "Refresh from platform"))
        self.refresh.setObjectName("refreshPlatform")
        self.new_password = QPushButton(translate("AccountsView", "New initial password"))
        self.new_password.setObjectName("resetPassword")
        for b in (self.hand_over, self.end_delegation, self.refresh, self.new_password):
            second.addWidget(b)
        second.addStretch(1)
        layout.addLayout(second)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("AccountsView", "Account"),
                translate("AccountsView", "Name"),
                translate("AccountsView", "Role"),
                translate("AccountsView", "Status"),
                translate("AccountsView", "Platform"),
                translate("AccountsView", "Payroll number"),
                translate("AccountsView", "CIN"),
                translate("AccountsView", "Open dossiers"),
                translate("AccountsView", "Delegation"),
            ]
        )
        tables.configure(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.new.clicked.connect(self.create_account)
        self.suspend.clicked.connect(self.suspend_selected)
        self.reactivate.clicked.connect(lambda: self._act(accounts.reactivate))
        self.delete.clicked.connect(self.delete_selected)
        self.role.clicked.connect(self.change_selected_role)
        self.review.clicked.connect(self.review_staff)
        self.form.clicked.connect(self.export_form)
        self.hand_over.clicked.connect(self.absence_selected)
        self.end_delegation.clicked.connect(self.end_selected_delegations)
        self.refresh.clicked.connect(self.refresh_from_platform)
        self.new_password.clicked.connect(self.reset_selected_password)
        self.sync = AccountsSync(wb, self._pushed, self)

    # -- list -----------------------------------------------------------------------------------

    def reload(self) -> None:
        wb = self.wb

        def work(_: object) -> Overview:
            ctx, actor = wb.ctx, wb.actor
            today = ctx.today()
            lent = [
                d
                for d in delegation.list_for(ctx, actor)
                if d.kind == "delegation" and d.state == "active" and d.ends_on >= today
            ]
            counts = delegation.open_dossiers_by_owner(ctx, actor)
            return accounts.list_accounts(ctx, actor), lent, counts

        wb.run(self, work, self._show, blocking=False)

    def _show(self, overview: Overview) -> None:
        rows, self.delegations, self.open_counts = overview
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = (r.id, r.display_name, role_name(r.role), status_name(r.status))
            extra = (
                platform_state_text(r.platform_state, r.platform_error),
                r.ppr,
                r.cin_masked,
                str(self.open_counts.get(r.id, 0)),
                delegation_text(r.id, self.delegations),
            )
            for col, text in enumerate((*values, *extra)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the delegation column is long
                self.table.setItem(i, col, item)

    def selected(self) -> AccountRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _act(self, fn: object, *args: str) -> None:
        row = self.selected()
        if row is None:
            return
        wb = self.wb
        account_id = row.id

        def change() -> None:
            assert callable(fn)
            fn(wb.ctx, wb.actor, account_id, *args)

        change_then_push(wb, self, change, account_id, self._pushed)

    def _pushed(self, report: PushReport) -> None:
        self.reload()
        tell_outcome(self.wb, report)
        show_passwords(self, report.passwords)

    def refresh_from_platform(self) -> None:
        refresh_from_platform(self.wb, self, self._pushed)

    def refresh_quietly(self) -> None:
        """The platform's list, in the background, as the screen opens (the responsible
        reviews who has access: accounts created or removed elsewhere show without a click)."""
        refresh_from_platform(self.wb, self, self._pushed, quiet=True)

    def change_selected_role(self) -> QInputDialog | None:
        row = self.selected()
        return None if row is None else choose_role(self.wb, self, row.id, row.role, self._pushed)

    def reset_selected_password(self) -> None:
        row = self.selected()
        if row is not None:
            reset_password(self.wb, self, row.id)

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
        ctx, actor = wb.ctx, wb.actor
        new_id = values[0].strip().lower()
        change_then_push(
            wb, self, lambda: accounts.create(ctx, actor, *values), new_id, self._pushed
        )

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

    def absence_selected(self) -> HandOverDialog | None:
        """Open the absence / departure dialog for the selected officer (returned for tests)."""
        row = self.selected()
        if row is None:
            return None
        dlg = HandOverDialog(
            row, self.rows, self.open_counts.get(row.id, 0), self.wb.ctx.today(), self
        )
        dlg.accepted.connect(lambda: self._absence_chosen(dlg))
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()
        return dlg

    def _absence_chosen(self, dlg: HandOverDialog) -> None:
        wb, source, to = self.wb, dlg.source.id, dlg.colleague()
        if dlg.delegating():
            starts, ends = dlg.period()

            def lend(_: object) -> int:
                return delegation.delegate_for(wb.ctx, wb.actor, source, to, starts, ends)

            wb.run(self, lend, lambda _: self._done(None))
            return

        def move(_: object) -> int:
            return delegation.hand_over(wb.ctx, wb.actor, source, to)

        wb.run(self, move, self._done)

    def _done(self, moved: int | None) -> None:
        self.reload()
        box = QMessageBox(self)
        box.setObjectName("handOverDone")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if moved is None:
            box.setText(translate("AccountsView", "The delegation is recorded."))
        else:
            box.setText(translate("AccountsView", "%n dossier(s) handed over.", None, moved))
        box.show()

    def end_selected_delegations(self) -> None:
        row = self.selected()
        if row is None:
            return
        ids = [d.id for d in self.delegations if d.from_account == row.id]
        if not ids:
            return
        wb = self.wb

        def work(_: object) -> None:
            for i in ids:
                delegation.revoke(wb.ctx, wb.actor, i)

        ask(
            self,
            translate("AccountsView", "End delegation"),
            fmt(translate("AccountsView", "End the delegations given by %1 now?"), row.id),
            translate("AccountsView", "End delegation"),
            lambda: self._run_and_reload(work),
        )

    def _run_and_reload(self, work: Callable[[object], None]) -> None:
        self.wb.run(self, work, lambda _: self.reload())

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
