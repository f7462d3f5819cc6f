"""Data-correction requests on the affiliate sheet: the dialog that flags a wrong field, and the
list of requests with their state and the fund's answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.corrections import FIELDS
from app.store.corrections import CorrectionRequest
from app.ui.i18n import fmt, format_datetime, translate


def field_names() -> dict[str, str]:
    return {
        "last_name_lat": translate("Correction", "Last name (Latin)"),
        "first_name_lat": translate("Correction", "First name (Latin)"),
        "last_name_ar": translate("Correction", "Last name (Arabic)"),
        "first_name_ar": translate("Correction", "First name (Arabic)"),
        "sex": translate("Correction", "Sex"),
        "birth_date": translate("Correction", "Birth date"),
        "hire_date": translate("Correction", "Hire date"),
        "grade": translate("Correction", "Grade"),
        "corps": translate("Correction", "Corps"),
        "cin": translate("Correction", "CIN"),
        "ppr": translate("Correction", "PPR"),
        "status": translate("Correction", "Status"),
        "periods": translate("Correction", "Service periods"),
        "reference_salary": translate("Correction", "Reference salary"),
    }


class CorrectionDialog(QDialog):
    def __init__(self, affiliate_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(translate("Correction", "Ask the fund for a correction"))
        self.setMinimumWidth(480)
        self.attachment: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            fmt(
                translate(
                    "Correction",
                    "Which field of the record of %1 is wrong? The request is kept on this "
                    "computer and sent to the fund as soon as the platform answers.",
                ),
                affiliate_name,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.field = QComboBox()
        self.field.setObjectName("correctionField")
        names = field_names()
        for key in FIELDS:
            self.field.addItem(names[key], key)
        form.addRow(translate("Correction", "Field:"), self.field)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("correctionComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(
            translate("Correction", "What is wrong, and what the right value is.")
        )
        form.addRow(translate("Correction", "Comment:"), self.comment)
        row = QHBoxLayout()
        self.file_label = QLabel(translate("Correction", "No supporting document."))
        self.file_label.setObjectName("correctionFile")
        row.addWidget(self.file_label, 1)
        choose = QPushButton(translate("Correction", "Choose a PDF…"))
        choose.clicked.connect(self._choose)
        row.addWidget(choose)
        form.addRow(translate("Correction", "Supporting PDF:"), row)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            translate("Correction", "Queue the request"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("correctionOk")
        self.ok.setEnabled(False)
        buttons.addButton(translate("Correction", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.comment.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.comment.toPlainText().strip()))
        )

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("Correction", "Supporting document"), "", "PDF (*.pdf)"
        )
        if name:
            self.set_attachment(Path(name))

    def set_attachment(self, path: Path | None) -> None:
        self.attachment = path
        self.file_label.setText(
            path.name if path else translate("Correction", "No supporting document.")
        )

    def chosen_field(self) -> str:
        return str(self.field.currentData())

    def text(self) -> str:
        return self.comment.toPlainText().strip()


def describe(r: CorrectionRequest) -> str:
    """One line per request: field, state, and the answer when there is one."""
    field = field_names().get(r.field, r.field)
    if r.state == "answered" and r.decision in ("accepted", "refused"):
        verdict = (
            translate("Correction", "%1: accepted by the fund on %2 — %3")
            if r.decision == "accepted"
            else translate("Correction", "%1: refused by the fund on %2 — %3")
        )
        return fmt(verdict, field, format_datetime(r.answered_at), r.answer or "")
    if r.state == "answered":
        return fmt(
            translate("Correction", "%1: answered on %2 — %3"),
            field,
            format_datetime(r.answered_at),
            r.answer or "",
        )
    if r.state == "sent":
        return fmt(translate("Correction", "%1: sent, waiting for the fund's answer"), field)
    if r.state == "failed":
        return fmt(translate("Correction", "%1: refused by the platform — %2"), field, r.last_error)
    return fmt(translate("Correction", "%1: queued, sent when the platform answers"), field)
