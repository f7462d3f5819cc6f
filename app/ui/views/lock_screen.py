"""The lock screen: shown instead of the main window after idle time (or Ctrl+L).

Nothing personal is on it: no affiliate, dossier or collectivity, only the account id whose
session is locked. The same officer unlocks with their password (checked offline against the
verifier kept in the profile); anyone else chooses "Switch user", which signs the session out.
After ``MAX_TRIES`` wrong passwords the session is signed out too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import NotAllowed
from app.services import session as session_service
from app.services.session import UserSession
from app.ui.errors import describe
from app.ui.i18n import fmt, translate
from app.ui.workbench import Workbench

MAX_TRIES = 5


class LockScreen(QWidget):
    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, wb: Workbench, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.session = session
        self.failures = 0
        self.setObjectName("lockScreen")
        self.setWindowTitle(translate("LockScreen", "Mellaf — locked"))
        self.setStyleSheet(
            "QWidget#lockScreen { background: #1e3a5f; }"
            " QWidget#lockScreen QLabel { color: white; }"
            " QLabel#lockTitle { font-size: 18pt; font-weight: 700; }"
        )
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QVBoxLayout()
        box.setSpacing(10)
        title = QLabel(translate("LockScreen", "Mellaf is locked"))
        title.setObjectName("lockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(title)
        self.who = QLabel(
            fmt(
                translate(
                    "LockScreen",
                    "The session of %1 was locked. Enter its password to go on, or switch "
                    "user: the session is then signed out and nothing of it stays on screen.",
                ),
                session.account.id,
            )
        )
        self.who.setObjectName("lockWho")
        self.who.setWordWrap(True)
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.who)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password.setPlaceholderText(translate("LockScreen", "Password"))
        self.password.setAccessibleName(translate("LockScreen", "Password"))
        self.password.returnPressed.connect(self.try_unlock)
        box.addWidget(self.password)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        box.addWidget(self.message)
        buttons = QHBoxLayout()
        self.unlock_button = QPushButton(translate("LockScreen", "Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button = QPushButton(translate("LockScreen", "Switch user"))
        self.switch_button.setObjectName("lockSwitchUser")
        self.switch_button.clicked.connect(self.switch_user)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        box.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(520)
        holder.setLayout(box)
        row.addWidget(holder, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("color: #fecaca;")
        self.message.setText(text)
        self.message.show()

    def try_unlock(self) -> None:
        password = self.password.text()
        if not password:
            self._say(translate("LockScreen", "Enter your password."))
            return
        self.unlock_button.setEnabled(False)
        wb, session = self.wb, self.session

        def work(_: object) -> None:
            session_service.unlock(wb.ctx, session, password)

        wb.run(
            self,
            work,
            lambda _: self._done(),
            failure=self._failed,
            finished=lambda: self.unlock_button.setEnabled(True),
            blocking=False,
        )

    def _done(self) -> None:
        self.password.clear()
        self.message.hide()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self.failures += 1
        self.password.selectAll()
        self.password.setFocus()
        if self.failures >= MAX_TRIES:
            self.switch_user.emit()
            return
        if isinstance(exc, NotAllowed):
            left = MAX_TRIES - self.failures
            self._say(
                translate(
                    "LockScreen",
                    "Wrong password, or this account may no longer work here. %n try(s) left "
                    "before the session is signed out.",
                    None,
                    left,
                )
            )
            return
        self._say(describe(exc).message)
