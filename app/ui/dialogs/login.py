"""Sign-in: platform address, account, password; in demo mode a banner and the demo accounts.

Signing in runs in the background; problems are told in words inside the dialog. When the
platform cannot be reached, the dialog offers signing in offline: the password is checked
against the verifier kept since the last online sign-in on this computer (audited either way).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import NotAllowed
from app.domain.models import Role
from app.platform.errors import OfflineError
from app.services import preferences
from app.services import session as session_service
from app.services.preferences import Preferences
from app.services.session import UserSession
from app.ui.errors import describe, escape
from app.ui.i18n import fmt, translate
from app.ui.texts import role_name
from app.ui.views.banner import demo_banner
from app.ui.workbench import Workbench


def offline_capabilities() -> str:
    """What works and what does not without the platform (shown before and after signing in)."""
    return translate(
        "LoginDialog",
        "Offline you can search the affiliates already on this computer, prepare, sign and "
        "certify dossiers, and export offline packages. You cannot update the affiliates list, "
        "send dossiers or receive the fund's answers: dossiers wait in the sending queue until "
        "you sign in again online.",
    )


def offline_notice() -> str:
    """The main window's notice after an offline sign-in."""
    return (
        translate("LoginDialog", "Signed in offline: the platform was not reached.")
        + " "
        + offline_capabilities()
    )


class LoginDialog(QDialog):
    signed_in = Signal(object)  # UserSession

    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.session: UserSession | None = None
        self.preferences: Preferences | None = None  # the account's, read while signing in
        self.setObjectName("loginDialog")
        self.setWindowTitle(translate("LoginDialog", "Mellaf — sign in"))
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        if wb.demo is not None:
            layout.addWidget(demo_banner())
        title = QLabel(translate("LoginDialog", "Sign in to the pension platform"))
        title.setObjectName("loginTitle")
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(title)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.demo_accounts = QComboBox()
        self.demo_accounts.setObjectName("demoAccounts")
        if wb.demo is not None:
            self.demo_accounts.addItem(translate("LoginDialog", "Choose a demo account…"), "")
            for acc in wb.demo.accounts:
                role = (
                    role_name(Role(acc.role)) if acc.role in Role._value2member_map_ else acc.role
                )
                self.demo_accounts.addItem(f"{acc.id} — {role}", acc.id)
            self.demo_accounts.currentIndexChanged.connect(self._demo_chosen)
            form.addRow(translate("LoginDialog", "&Demo account:"), self.demo_accounts)
        else:
            self.demo_accounts.hide()

        self.url = QLineEdit(wb.settings.text("platform_url"))
        self.url.setObjectName("platformUrl")
        self.url.setPlaceholderText("https://…/api/v1")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(translate("LoginDialog", "Platform &address:"), self.url)
        self.account = QLineEdit(wb.settings.text("last_account"))
        self.account.setObjectName("accountId")
        self.account.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(translate("LoginDialog", "&Account:"), self.account)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(translate("LoginDialog", "&Password:"), self.password)
        layout.addLayout(form)

        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)

        self.offline_panel = QWidget()
        self.offline_panel.setObjectName("offlinePanel")
        offline_layout = QVBoxLayout(self.offline_panel)
        offline_layout.setContentsMargins(0, 0, 0, 0)
        self.offline_text = QLabel(offline_capabilities())
        self.offline_text.setObjectName("offlineText")
        self.offline_text.setWordWrap(True)
        offline_layout.addWidget(self.offline_text)
        self.sign_in_offline = QPushButton(translate("LoginDialog", "Sign in &offline"))
        self.sign_in_offline.setObjectName("signInOffline")
        self.sign_in_offline.setToolTip(
            translate(
                "LoginDialog",
                "Checks your password against the one last accepted online on this computer",
            )
        )
        self.sign_in_offline.clicked.connect(self.try_sign_in_offline)
        offline_layout.addWidget(self.sign_in_offline)
        self.offline_panel.hide()
        layout.addWidget(self.offline_panel)

        buttons = QDialogButtonBox()
        self.sign_in: QPushButton = buttons.addButton(
            translate("LoginDialog", "Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in.setObjectName("signIn")
        self.sign_in.setDefault(True)
        quit_button = buttons.addButton(
            translate("LoginDialog", "Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        quit_button.setObjectName("quit")
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.setTabOrder(self.demo_accounts, self.url)
        self.setTabOrder(self.url, self.account)
        self.setTabOrder(self.account, self.password)
        self.setTabOrder(self.password, self.sign_in)
        (self.password if self.account.text() else self.account).setFocus()

    def _demo_chosen(self, index: int) -> None:
        demo = self.wb.demo
        account_id = str(self.demo_accounts.itemData(index) or "")
        if demo is None or not account_id:
            return
        self.account.setText(account_id)
        self.password.setText(demo.password_of(account_id))
        self.url.setText(demo.sandbox.base_url)

    def choose_demo_account(self, account_id: str) -> None:
        i = self.demo_accounts.findData(account_id)
        if i >= 0:
            self.demo_accounts.setCurrentIndex(i)

    def _say(self, text: str, *, error: bool) -> None:
        colour = "#991b1b" if error else "#1e3a8a"
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
        self.message.show()
        QTimer.singleShot(0, self._fit)  # once laid out

    def _fit(self) -> None:
        """Grow with the message (and the offline choice) instead of clipping wrapped text."""
        lay = self.layout()
        if lay is None:
            return
        if lay.hasHeightForWidth():
            needed = lay.totalHeightForWidth(self.width())
        else:
            needed = lay.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _fields(self) -> tuple[str, str, str] | None:
        """The three fields, or None after saying which ones are missing."""
        url, account, password = (
            self.url.text().strip(),
            self.account.text().strip(),
            self.password.text(),
        )
        missing = [
            name
            for name, value in (
                (translate("LoginDialog", "platform address"), url),
                (translate("LoginDialog", "account"), account),
                (translate("LoginDialog", "password"), password),
            )
            if not value
        ]
        if missing:
            self._say(
                fmt(
                    translate("LoginDialog", "Please fill in: %1."),
                    "، ".join(missing) if self.wb.lang.rtl else ", ".join(missing),
                ),
                error=True,
            )
            return None
        return url, account, password

    def try_sign_in(self) -> None:
        fields = self._fields()
        if fields is None:
            return
        url, account, password = fields
        self.offline_panel.hide()
        self._say(translate("LoginDialog", "Signing in…"), error=False)
        self.sign_in.setEnabled(False)
        ctx, settings = self.wb.ctx, self.wb.settings

        def work(_: object) -> tuple[UserSession, Preferences]:
            s = session_service.login(ctx, url, account, password)
            settings.set("platform_url", url)
            settings.set("last_account", account)
            settings.save()
            return s, preferences.load(ctx, s.account)

        done: Callable[[tuple[UserSession, Preferences]], None] = self._signed_in
        self.wb.run_online(
            self,
            work,
            done,
            failure=self._failed,
            finished=lambda: self.sign_in.setEnabled(True),
            label=translate("LoginDialog", "Signing in…"),
            bound=False,
        )

    def try_sign_in_offline(self) -> None:
        fields = self._fields()
        if fields is None:
            return
        url, account, password = fields
        self._say(translate("LoginDialog", "Checking the password on this computer…"), error=False)
        self.sign_in.setEnabled(False)
        self.sign_in_offline.setEnabled(False)
        ctx, settings = self.wb.ctx, self.wb.settings

        def work(_: object) -> tuple[UserSession, Preferences]:
            s = session_service.login_offline(ctx, url, account, password)
            settings.set("last_account", account)
            settings.save()
            return s, preferences.load(ctx, s.account)

        def finished() -> None:
            self.sign_in.setEnabled(True)
            self.sign_in_offline.setEnabled(True)

        done: Callable[[tuple[UserSession, Preferences]], None] = self._signed_in
        self.wb.run(
            self,
            work,
            done,
            failure=self._offline_failed,
            finished=finished,
            bound=False,
            blocking=False,
        )

    def _signed_in(self, result: tuple[UserSession, Preferences]) -> None:
        s, self.preferences = result
        self.password.clear()
        self.message.hide()
        self.session = s
        self.signed_in.emit(s)
        self.accept()

    def _offline_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, NotAllowed):
            self._failed(exc)
            return
        self.password.selectAll()
        self.password.setFocus()
        title = translate("LoginDialog", "Offline sign-in refused")
        text = translate(
            "LoginDialog",
            "The password does not match the one last accepted online on this computer, or "
            "this account never signed in online here, or it is suspended.",
        )
        step = translate(
            "LoginDialog",
            "Check the password. Otherwise sign in online once the platform answers, or ask "
            "your collectivity's responsible.",
        )
        self._say(f"<b>{escape(title)}</b><br>{escape(text)}<br>{escape(step)}", error=True)

    def _failed(self, exc: BaseException) -> None:
        report = describe(exc)
        if isinstance(exc, OfflineError):
            self.offline_panel.show()  # the platform is unreachable: offer the offline check
        self.password.selectAll()
        self.password.setFocus()
        self._say(
            f"<b>{escape(report.title)}</b><br>{escape(report.message)}<br>"
            f"{escape(report.next_step)}",
            error=True,
        )
