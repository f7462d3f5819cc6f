"""The PIN prompt: shows which token and its PIN state before anything is typed.

The PIN is handed over once by ``take_pin`` and the field is cleared at once; it is never
stored on the dialog, logged, or shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.signing.handler import TokenInfo
from app.ui.i18n import fmt, translate


class PinDialog(QDialog):
    def __init__(self, token: TokenInfo, purpose: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(translate("PinDialog", "Signing token PIN"))
        self.setModal(True)
        self.setMinimumWidth(420)
        self.token = token

        layout = QVBoxLayout(self)
        intro = QLabel(
            purpose
            or translate(
                "PinDialog",
                "Enter the PIN of your signing token. It is asked once for all the documents.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        label = QLabel(token.describe())
        label.setObjectName("tokenLabel")
        form.addRow(translate("PinDialog", "Token:"), label)
        if token.serial:
            form.addRow(translate("PinDialog", "Serial number:"), QLabel(token.serial))
        layout.addLayout(form)

        self.warning = QLabel(self._state_text(token))
        self.warning.setObjectName("pinWarning")
        self.warning.setWordWrap(True)
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning.setStyleSheet(
            "QLabel#pinWarning { background: #fee2e2; color: #7f1d1d; padding: 8px;"
            " border: 1px solid #f87171; border-radius: 4px; }"
        )
        self.warning.setVisible(bool(self.warning.text()))
        layout.addWidget(self.warning)

        self.pin = QLineEdit()
        self.pin.setObjectName("pinEdit")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.pin.setPlaceholderText(translate("PinDialog", "PIN"))
        pin_form = QFormLayout()
        pin_form.addRow(translate("PinDialog", "&PIN:"), self.pin)
        layout.addLayout(pin_form)

        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            translate("PinDialog", "Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("pinOk")
        cancel = buttons.addButton(
            translate("PinDialog", "Cancel")
            if not token.locked
            else translate("PinDialog", "Close"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        cancel.setObjectName("pinCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        if token.locked:
            self.pin.setEnabled(False)
            self.ok.setEnabled(False)
            cancel.setDefault(True)
        else:
            self.ok.setDefault(True)
            self.ok.setEnabled(False)
            self.pin.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))
            self.pin.setFocus()

    @staticmethod
    def _state_text(token: TokenInfo) -> str:
        if token.locked:
            return translate(
                "PinDialog",
                "This token's PIN is locked after too many wrong tries. It cannot sign. Contact "
                "the certificate provider (Barid eSign) with your unlock code.",
            )
        if token.final_try:
            return translate(
                "PinDialog",
                "Warning: only ONE try is left. A wrong PIN now locks the token. Check the PIN "
                "before typing it.",
            )
        if token.count_low:
            return translate(
                "PinDialog",
                "Warning: a wrong PIN was entered before; few tries are left before the token "
                "locks.",
            )
        if token.protected_auth_path:
            return fmt(
                translate("PinDialog", "Type the PIN on the keypad of the reader of %1."),
                token.label,
            )
        return ""

    def take_pin(self) -> str | None:
        """The typed PIN (None if the dialog was not accepted); clears the field."""
        value = self.pin.text() if self.result() == QDialog.DialogCode.Accepted else None
        self.pin.clear()
        return value or None

    def reject(self) -> None:
        self.pin.clear()
        super().reject()
