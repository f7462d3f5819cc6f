"""Choosing the existing signature field a document is signed into.

A form that already carries empty signature fields is signed into the one the officer picks;
otherwise the signature gets a new stamp on the last page. The choice is made per document
from the checklist, or in the signing dialog that "Sign" opens before the PIN when a document
to sign has such fields (``confirm_fields``); either way it is kept with the document, audited
(app.services.signature_fields) and shown on the document's line.
"""

from __future__ import annotations

from collections.abc import Callable
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
from app.ui.dialogs.sign_documents import DocumentToSign, SignDocumentsDialog, field_text
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
            item = QListWidgetItem(field_text(f))
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


def documents_to_sign(view: DossierView) -> list[DocumentToSign]:
    """The documents "Sign" will sign, with the empty fields of each and the one proposed."""
    if view.bundle is None:
        return []
    wb, dossier = view.wb, view.bundle.dossier
    labels = {s.code: s.label_for(wb.lang.code) for s in wb.ctx.fund.checklist(dossier.type)}
    preferred = wb.ctx.fund.signature_field_names
    rows: list[DocumentToSign] = []
    for doc in dossier.documents:
        if doc.signed_sha256 is not None:
            continue
        names, recorded = view.bundle.fields.get(doc.id, ([], None))
        # parsed by the background load (cached by digest): no PDF work on the GUI thread
        fields = signature_fields.empty_fields(wb.ctx, doc) if names else []
        rows.append(
            DocumentToSign(
                doc.id,
                labels.get(doc.item_code, doc.item_code),
                doc.filename,
                fields,
                signature_fields.proposal([f.name for f in fields], recorded, preferred),
            )
        )
    return rows


def confirm_fields(view: DossierView, then: Callable[[], None]) -> SignDocumentsDialog | None:
    """Before the PIN: when a document to sign has empty signature fields, the signing dialog
    lists the documents with a choice of field for each; the choices are saved (audited), then
    ``then()`` signs. With no such document, ``then()`` at once (nothing to choose)."""
    bundle = view.bundle
    if bundle is None:
        return None
    if not bundle.fields:  # no unsigned document has an empty signature field
        then()
        return None
    wb, actor, dossier_id = view.wb, view.wb.actor, bundle.dossier.id
    dlg = SignDocumentsDialog(documents_to_sign(view), view)

    def finished(result: int) -> None:
        picks = dlg.choices()
        dlg.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        wb.run(
            view,
            lambda _: signature_fields.choose_many(wb.ctx, actor, dossier_id, picks),
            lambda _: then(),  # signing reloads the dossier when it ends
            label=translate("FieldChooser", "Saving the choice…"),
        )

    dlg.finished.connect(finished)
    dlg.open()
    return dlg
