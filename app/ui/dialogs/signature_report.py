"""The verification reports kept with a dossier, one per signed document, read-only.

Each report is the one stored at signing time or, later, by the check made before queuing
(``app.services.signing_gate``): what the officer reads is what the queue decided on.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Document
from app.ui.i18n import fmt, translate


def _yes_no(flag: object) -> str:
    return translate("SignatureReport", "yes") if flag else translate("SignatureReport", "no")


def report_text(doc: Document) -> str:
    """One document's report in the interface language (technical words kept as they are)."""
    head = doc.filename
    if not doc.signature_report:
        return fmt(translate("SignatureReport", "%1: not signed"), head)
    try:
        data = json.loads(doc.signature_report)
    except ValueError:
        return fmt(translate("SignatureReport", "%1: the report cannot be read"), head)
    verdict = (
        translate("SignatureReport", "can be sent")
        if data.get("ok")
        else translate("SignatureReport", "must NOT be sent")
    )
    lines = [f"{head}: {verdict}"]
    for sig in data.get("signatures", []):
        lines.append(
            fmt(
                translate("SignatureReport", "  %1 by %2, %3, level %4"),
                sig.get("kind", ""),
                sig.get("signer", ""),
                sig.get("signing_time") or "?",
                sig.get("level", ""),
            )
        )
        lines.append(
            fmt(
                translate("SignatureReport", "    intact: %1, valid: %2, trusted: %3; covers: %4"),
                _yes_no(sig.get("intact")),
                _yes_no(sig.get("valid")),
                _yes_no(sig.get("trusted")),
                sig.get("coverage", ""),
            )
        )
    lines.extend(f"  ! {p}" for p in data.get("problems", []))
    return "\n".join(lines)


class SignatureReportDialog(QDialog):
    def __init__(
        self, documents: Sequence[Document], who: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signatureReport")
        self.setWindowTitle(translate("SignatureReport", "Signature check"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        title = QLabel(
            fmt(translate("SignatureReport", "Signature check of the dossier of %1"), who)
        )
        title.setWordWrap(True)
        layout.addWidget(title)
        self.text = QPlainTextEdit()
        self.text.setObjectName("signatureReportText")
        self.text.setReadOnly(True)
        self.text.setPlainText("\n\n".join(report_text(d) for d in documents))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
