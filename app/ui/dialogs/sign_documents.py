"""The signing dialog shown before the PIN when a document to sign is a form with empty
signature fields: every document about to be signed, and for each form where its signature
goes (one of its empty fields, or a new stamp on the last page).

The PIN is asked once, right after, for all the documents (app.ui.dialogs.pin).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.signing.fields import SignatureField
from app.ui.i18n import fmt, translate


@dataclass(frozen=True, slots=True)
class DocumentToSign:
    """One document the signature will go on."""

    document_id: int
    item: str  # the checklist item's label, in the officer's language
    filename: str
    fields: list[SignatureField] = field(default_factory=list)  # its empty signature fields
    proposed: str | None = None  # the field chosen before (or the profile's), None: new stamp


def field_text(f: SignatureField) -> str:
    """A signature field in words (as in the checklist's chooser)."""
    if f.page is not None and f.visible:
        return fmt(translate("FieldChooser", "Field “%1” on page %2"), f.name, f.page)
    if f.visible:
        return fmt(translate("FieldChooser", "Field “%1”"), f.name)
    return fmt(translate("FieldChooser", "Field “%1” (invisible)"), f.name)


class SignDocumentsDialog(QDialog):
    def __init__(self, documents: list[DocumentToSign], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signDocuments")
        self.setWindowTitle(translate("SignDocuments", "Sign the documents"))
        self.setModal(True)
        self.setMinimumWidth(560)
        self.combos: dict[int, QComboBox] = {}

        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "SignDocuments",
                "%n document(s) will be signed with your token; the PIN is asked once, next. "
                "Where a form already has empty signature fields, choose where your signature "
                "goes.",
                None,
                len(documents),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        head_doc = QLabel(translate("SignDocuments", "Document"))
        head_place = QLabel(translate("SignDocuments", "Signature goes"))
        for head in (head_doc, head_place):
            head.setStyleSheet("font-weight: 600;")
        grid.addWidget(head_doc, 0, 0)
        grid.addWidget(head_place, 0, 1)
        new_stamp = translate("FieldChooser", "A new stamp on the last page")
        top = Qt.AlignmentFlag.AlignTop
        # Absolute: a Latin file name under an Arabic label keeps the label's side.
        side = Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        for row, doc in enumerate(documents, start=1):
            name = QLabel("\n".join((doc.item, doc.filename)))
            name.setObjectName(f"signDoc_{doc.document_id}")
            name.setWordWrap(True)
            name.setAlignment(side | top)
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0, top)
            if not doc.fields:
                place = QLabel(new_stamp)
                place.setObjectName(f"signPlace_{doc.document_id}")
                place.setWordWrap(True)
                grid.addWidget(place, row, 1, top)
                continue
            combo = QComboBox()
            combo.setObjectName(f"fieldCombo_{doc.document_id}")
            combo.setAccessibleName(
                fmt(translate("SignDocuments", "Signature field of %1"), doc.filename)
            )
            combo.addItem(new_stamp, None)
            for f in doc.fields:
                combo.addItem(field_text(f), f.name)
            at = combo.findData(doc.proposed) if doc.proposed is not None else 0
            combo.setCurrentIndex(max(at, 0))
            grid.addWidget(combo, row, 1, top)
            self.combos[doc.document_id] = combo
        grid.setRowStretch(len(documents) + 1, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        # no scroll bar for a usual dossier (a handful of documents); a long one scrolls
        scroll.setMinimumHeight(min(grid_host.sizeHint().height() + 8, 420))
        layout.addWidget(scroll, 1)
        layout.addSpacing(8)

        buttons = QDialogButtonBox()
        self.go = buttons.addButton(
            translate("SignDocuments", "Continue to the PIN"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.go.setObjectName("signContinue")
        self.go.setDefault(True)
        cancel = buttons.addButton(
            translate("SignDocuments", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setObjectName("signCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choices(self) -> dict[int, str | None]:
        """Document id -> the field its signature goes into (None: a new stamp), for the
        documents that have empty fields."""
        out: dict[int, str | None] = {}
        for doc_id, combo in self.combos.items():
            value = combo.currentData()
            out[doc_id] = str(value) if value else None
        return out
