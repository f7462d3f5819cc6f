"""The supervisor returns a dossier to its preparer with a comment (required)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import fmt, translate


class ReturnDialog(QDialog):
    def __init__(self, affiliate_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(translate("ReturnDialog", "Return the dossier to the preparer"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fmt(
                translate(
                    "ReturnDialog",
                    "Say what the preparer must correct in the dossier of %1. The signatures are "
                    "removed; the preparer signs again after correcting.",
                ),
                affiliate_name,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("returnComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(
            translate("ReturnDialog", "For example: the statement of services is not signed.")
        )
        layout.addWidget(self.comment)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            translate("ReturnDialog", "Return the dossier"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("returnOk")
        self.ok.setEnabled(False)
        buttons.addButton(
            translate("ReturnDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.comment.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.comment.toPlainText().strip()))
        )
        self.comment.setFocus()

    def text(self) -> str:
        return self.comment.toPlainText().strip()
