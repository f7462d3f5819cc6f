"""Choosing the existing signature field a document is signed into (from the checklist).

A form that already carries empty signature fields is signed into the one the officer picks;
otherwise the signature gets a new stamp on the last page. The choice is made per document
before signing (app.services.signature_fields) and shown on the document's line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import signature_fields
from app.signing.fields import SignatureField
from app.ui.bridge import DossierChanged
from app.ui.i18n import fmt, translate

if TYPE_CHECKING:
    from app.ui.views.dossier import DossierView


class FieldChooser(QDialog):
    """The document's empty signature fields, plus "a new stamp on the last page"."""

    def __init__(
        self,
        filename: str,
        fields: list[SignatureField],
        chosen: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fieldChooser")
        self.setWindowTitle(translate("FieldChooser", "Signature field"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fmt(
                translate(
                    "FieldChooser",
                    "“%1” already has empty signature fields. Choose where your signature and "
                    "its stamp go:",
                ),
                filename,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("fieldList")
        new = QListWidgetItem(translate("FieldChooser", "A new stamp on the last page"))
        new.setData(Qt.ItemDataRole.UserRole, None)
        self.list.addItem(new)
        for f in fields:
            if f.page is not None and f.visible:
                text = fmt(translate("FieldChooser", "Field “%1” on page %2"), f.name, f.page)
            elif f.visible:
                text = fmt(translate("FieldChooser", "Field “%1”"), f.name)
            else:
                text = fmt(translate("FieldChooser", "Field “%1” (invisible)"), f.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, f.name)
            self.list.addItem(item)
            if f.name == chosen:
                self.list.setCurrentItem(item)
        if chosen is None:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None


def install(view: DossierView) -> None:
    """Wire the checklist of the dossier screen to the field chooser."""
    checklist = view.checklist
    # read from the bundle the dossier screen loaded in the background (PDFs parsed there)
    checklist.field_info = lambda doc: (
        view.bundle.fields.get(doc.id, ([], None)) if view.bundle is not None else ([], None)
    )
    checklist.field_requested.connect(lambda doc_id: choose_field(view, doc_id))


def choose_field(view: DossierView, document_id: int) -> FieldChooser | None:
    if view.bundle is None:
        return None
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id
    doc = next((d for d in view.bundle.dossier.documents if d.id == document_id), None)
    if doc is None:
        return None
    fields = signature_fields.empty_fields(wb.ctx, doc)  # parsed by the background load (cache)
    current = view.bundle.fields.get(doc.id, ([], None))[1]
    dlg = FieldChooser(doc.filename, fields, current, view)

    def finished(result: int) -> None:
        dlg.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        name = dlg.choice()

        def done(_: None) -> None:
            wb.events.publish(DossierChanged(dossier_id))
            view.changed.emit(dossier_id)

        wb.run(
            view,
            lambda _: signature_fields.choose(wb.ctx, actor, dossier_id, document_id, name),
            done,
            label=translate("FieldChooser", "Saving the choice…"),
        )

    dlg.finished.connect(finished)
    dlg.open()
    return dlg
