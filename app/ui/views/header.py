"""The header: who is signed in, for which collectivity, the connection, the last sync."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.session import UserSession
from app.services.version import version_info
from app.ui.i18n import fmt, format_datetime, joined, translate
from app.ui.texts import role_name

SETTINGS_SHORTCUT = "Ctrl+,"


class HeaderBar(QFrame):
    switch_user = Signal()
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setStyleSheet(
            "QFrame#header { background: #1e3a5f; } QFrame#header QLabel { color: white; }"
            " QLabel#appName { font-size: 16pt; font-weight: 700; }"
            " QLabel#accountName { font-weight: 600; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        app_name = QLabel(translate("Header", "Mellaf"))
        app_name.setObjectName("appName")
        info = version_info()
        self.version = QLabel(fmt(translate("Header", "version %1"), info.version))
        self.version.setObjectName("appVersion")
        self.version.setStyleSheet("color: #cbd5e1; font-size: 8pt;")
        if info.commit:
            self.version.setToolTip(
                fmt(translate("Header", "Build %1 of %2"), info.commit, info.built or "—")
            )
        brand = QVBoxLayout()
        brand.setSpacing(0)
        brand.addWidget(app_name)
        brand.addWidget(self.version)
        row.addLayout(brand)
        row.addSpacing(16)

        who = QVBoxLayout()
        who.setSpacing(0)
        self.account = QLabel()
        self.account.setObjectName("accountName")
        self.details = QLabel()
        self.details.setObjectName("accountDetails")
        who.addWidget(self.account)
        who.addWidget(self.details)
        row.addLayout(who)
        row.addStretch(1)

        state = QVBoxLayout()
        state.setSpacing(0)
        self.connection = QLabel()
        self.connection.setObjectName("connectionState")
        self.connection.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.synced = QLabel()
        self.synced.setObjectName("lastSync")
        self.synced.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        state.addWidget(self.connection)
        state.addWidget(self.synced)
        row.addLayout(state)
        row.addSpacing(12)

        self.settings = QPushButton(translate("Header", "Settings"))
        self.settings.setObjectName("openSettings")
        self.settings.setShortcut(QKeySequence(SETTINGS_SHORTCUT))
        self.settings.setToolTip(
            fmt(
                translate("Header", "Language, platform, signing token, data protection (%1)"),
                QKeySequence(SETTINGS_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.settings.clicked.connect(self.settings_requested)
        row.addWidget(self.settings)
        self.switch = QPushButton(translate("Header", "Switch user"))
        self.switch.setObjectName("switchUser")
        self.switch.setToolTip(translate("Header", "Sign out and let another officer sign in"))
        self.switch.clicked.connect(self.switch_user)
        row.addWidget(self.switch)
        self.set_connection(None)
        self.set_last_sync(None)

    def set_session(self, session: UserSession) -> None:
        acc = session.account
        self.account.setText(acc.display_name or acc.id)
        parts = [role_name(acc.role), session.collectivity_name or acc.collectivity_id, acc.id]
        self.details.setText(joined(parts))

    def set_connection(self, online: bool | None, reason: str = "") -> None:
        if online is None:
            text = translate("Header", "● Connection not checked yet")
            colour = "#cbd5e1"
        elif online:
            text = translate("Header", "● Connected to the platform")
            colour = "#86efac"
        else:
            text = translate("Header", "● Offline — work is kept and sent later")
            colour = "#fca5a5"
        self.connection.setText(text)
        self.connection.setStyleSheet(f"color: {colour};")
        self.connection.setToolTip(reason)

    def set_last_sync(self, stamp: str | None, running: bool = False) -> None:
        if running:
            self.synced.setText(translate("Header", "Updating the affiliates list…"))
        elif stamp:
            self.synced.setText(
                fmt(translate("Header", "Affiliates updated: %1"), format_datetime(stamp))
            )
        else:
            self.synced.setText(translate("Header", "Affiliates never updated"))
