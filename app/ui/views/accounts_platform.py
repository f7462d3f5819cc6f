"""The accounts screen's side of the platform: each account's platform state in words, the
dialog that shows an initial password once, and the background sender of pending changes.

Pending changes are retried like correction requests (app/ui/corrections_retry.py): a
`StatusPoller` spaces the rounds, backing off while the platform does not answer, and a round
starts at once when the connection comes back. Initial passwords live only in the dialog's
widgets, which are cleared when it closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Account, Role
from app.platform.client import PlatformClient
from app.platform.errors import OfflineError
from app.services import account_sync, accounts
from app.services.account_sync import PushReport, RefreshReport
from app.services.accounts import CREATABLE_ROLES
from app.services.context import Context
from app.store import accounts as repo
from app.ui.bridge import ConnectionChanged
from app.ui.dialogs.confirm import ask
from app.ui.i18n import fmt, translate
from app.ui.messages import localise
from app.ui.ops import OpControl
from app.ui.quiet_rounds import QuietRounds
from app.ui.texts import role_name
from app.ui.workbench import Workbench

INTERVAL_S = 60.0
TICK_MS = 10_000


def refusal_reason(code: str) -> str:
    reasons = {
        "account_exists": translate("AccountsPlatform", "this account id is already taken"),
        "no_payroll_number": translate("AccountsPlatform", "no payroll number recorded"),
        "role_not_allowed": translate("AccountsPlatform", "this role is not allowed"),
        "forbidden": translate("AccountsPlatform", "only the responsible may do this"),
        "not_found": translate("AccountsPlatform", "the platform does not know this account"),
        "invalid_request": translate("AccountsPlatform", "a detail is not in the right form"),
    }
    return reasons.get(code, code)


def platform_state_text(state: str, error: str) -> str:
    if state == repo.SYNCED:
        return translate("AccountsPlatform", "Up to date")
    if state == repo.PENDING:
        return translate("AccountsPlatform", "Waiting to be sent")
    if state == repo.MISSING:
        return translate("AccountsPlatform", "Deleted at the platform")
    if state == repo.REFUSED:
        return fmt(translate("AccountsPlatform", "Refused: %1"), refusal_reason(error))
    return state


class PasswordDialog(QDialog):
    """Initial passwords issued by the platform, shown once, each with a copy button."""

    def __init__(self, passwords: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oneTimePasswordDialog")
        self.setWindowTitle(translate("AccountsPlatform", "Initial password"))
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "AccountsPlatform",
                "The platform issued this initial password. It is shown only now and is kept "
                "nowhere: copy it and hand it to the officer in person.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        grid = QGridLayout()
        layout.addLayout(grid)
        self.fields: dict[str, QLineEdit] = {}
        for row, (account_id, password) in enumerate(sorted(passwords.items())):
            field = QLineEdit(password)
            field.setObjectName("oneTimePassword")
            field.setReadOnly(True)
            field.setMinimumWidth(220)
            field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            copy = QPushButton(translate("AccountsPlatform", "Copy"))
            copy.setObjectName("copyPassword")
            copy.clicked.connect(lambda _=False, f=field: self._copy(f))
            grid.addWidget(QLabel(account_id), row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(copy, row, 2)
            self.fields[account_id] = field
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.finished.connect(self._forget)

    def _copy(self, field: QLineEdit) -> None:
        QGuiApplication.clipboard().setText(field.text())

    def _forget(self, _result: int = 0) -> None:
        for field in self.fields.values():
            field.clear()


def show_passwords(parent: QWidget, passwords: dict[str, str]) -> PasswordDialog | None:
    if not passwords:
        return None
    dlg = PasswordDialog(passwords, parent)
    dlg.finished.connect(dlg.deleteLater)
    dlg.open()
    return dlg


def change_then_push(
    wb: Workbench,
    parent: QWidget,
    change: Callable[[], object],
    account_id: str,
    done: Callable[[PushReport], None],
) -> None:
    """Make a change here (rights checked by the core), then send it to the platform at once;
    offline, it stays pending and the background sender takes it later."""
    ctx, actor = wb.ctx, wb.actor
    client = wb.client

    def work(_: OpControl) -> PushReport:
        change()
        return account_sync.push(ctx, actor, client, only=account_id)

    wb.run(parent, work, done)


def refresh_from_platform(
    wb: Workbench, parent: QWidget, on_pushed: Callable[[PushReport], None], quiet: bool = False
) -> None:
    """Push what waits, then take the platform's list (accounts added or deleted there).

    ``quiet`` (the screen opening): in the background, without a word unless the platform's
    list differed; offline, the list shown is the one kept here (the header says offline)."""
    ctx, actor, client = wb.ctx, wb.actor, wb.client

    def done(report: RefreshReport) -> None:
        on_pushed(report.push)
        counts = (len(report.added), len(report.changed), len(report.missing))
        if quiet and not any(counts):
            return
        text = translate(
            "AccountsPlatform", "Platform: %1 account(s) added, %2 changed, %3 deleted there."
        )
        wb.events.say(fmt(text, *(str(n) for n in counts)), "success")

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, OfflineError):
            wb.runner.report(parent, exc)

    def work(_: OpControl) -> RefreshReport:
        return account_sync.refresh(ctx, actor, client)

    if quiet:
        wb.run_online(parent, work, done, failure=failed, blocking=False)
    else:
        wb.run_online(parent, work, done)


def reset_password(wb: Workbench, parent: QWidget, account_id: str) -> None:
    """After a confirmation, a new initial password from the platform, shown once."""
    ctx, actor, client = wb.ctx, wb.actor, wb.client

    def work(_: OpControl) -> dict[str, str]:
        return {account_id: account_sync.reset_password(ctx, actor, client, account_id)}

    def issue() -> None:
        wb.run_online(parent, work, lambda p: _show(parent, p))

    ask(
        parent,
        translate("AccountsPlatform", "New initial password"),
        fmt(
            translate(
                "AccountsPlatform",
                "Issue a new initial password for %1? The old one stops working.",
            ),
            account_id,
        ),
        translate("AccountsPlatform", "Issue"),
        issue,
    )


def choose_role(
    wb: Workbench,
    parent: QWidget,
    account_id: str,
    current: Role,
    done: Callable[[PushReport], None],
) -> QInputDialog:
    """Ask for the account's new role, then change it here and at the platform."""
    dlg = QInputDialog(parent)
    dlg.setObjectName("roleDialog")
    dlg.setWindowTitle(translate("AccountsPlatform", "Change role"))
    dlg.setLabelText(fmt(translate("AccountsPlatform", "New role of %1:"), account_id))
    names = [role_name(r) for r in CREATABLE_ROLES]
    dlg.setComboBoxItems(names)
    if current in CREATABLE_ROLES:
        dlg.setTextValue(role_name(current))
    ctx, actor = wb.ctx, wb.actor

    def chosen(name: str) -> None:
        role = CREATABLE_ROLES[names.index(name)]
        change_then_push(
            wb, parent, lambda: accounts.change_role(ctx, actor, account_id, role), account_id, done
        )

    dlg.textValueSelected.connect(chosen)
    dlg.finished.connect(dlg.deleteLater)
    dlg.open()
    return dlg


def _show(parent: QWidget, passwords: dict[str, str]) -> None:
    show_passwords(parent, passwords)


def tell_outcome(wb: Workbench, report: PushReport) -> None:
    """An in-app notice when the platform did not take a change (no personal data)."""
    if report.offline is not None:
        wb.events.publish(ConnectionChanged(False, localise(report.offline)))
        wb.events.say(
            translate(
                "AccountsPlatform",
                "The platform cannot be reached: the account change is kept and sent when it "
                "answers.",
            ),
            "warning",
        )
    elif report.needs_login is not None:
        wb.events.say(
            translate(
                "AccountsPlatform",
                "Sign in to the platform again to send the account changes that wait.",
            ),
            "warning",
        )
    elif report.refused:
        wb.events.say(
            translate(
                "AccountsPlatform",
                "The platform refused %n account change(s): see the accounts list.",
                None,
                len(report.refused),
            ),
            "error",
        )


def _push(ctx: Context, actor: Account, client: PlatformClient) -> PushReport | None:
    if not account_sync.has_pending(ctx, actor):
        return None
    return account_sync.push(ctx, actor, client)


class AccountsSync(QObject):
    """Sends the collectivity's pending account changes in the background."""

    def __init__(
        self, wb: Workbench, on_pushed: Callable[[PushReport], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.on_pushed = on_pushed
        self.rounds = QuietRounds(
            wb,
            parent,
            label=lambda: translate("AccountsPlatform", "Sending account changes…"),
            work=_push,
            arrived=self._arrived,
            interval_s=INTERVAL_S,
            tick_ms=TICK_MS,
        )

    def _arrived(self, report: PushReport) -> bool:
        self.on_pushed(report)
        return not report.waiting

    def run(self) -> bool:
        """One quiet round if a session is open, none runs yet and changes wait."""
        return self.rounds.run()

    def stop(self) -> None:
        self.rounds.stop()
