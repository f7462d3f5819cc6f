"""What the dossier screen's document tools do: edit pages, reduce the size of scans, save the
cover sheet or the whole package, record the facts the checklist asks about. Each is one
background operation through the services (app.services.documents / assembly)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog

from app.ui.bridge import DossierChanged
from app.ui.dialogs.confirm import ask, inform
from app.ui.i18n import fmt, format_size, translate
from app.ui.messages import localise
from app.ui.views.preview import PageEditor

if TYPE_CHECKING:
    from app.services.documents import FitOutcome
    from app.ui.views.dossier import DossierView


def _changed(view: DossierView, dossier_id: str) -> None:
    view.wb.events.publish(DossierChanged(dossier_id))
    view.changed.emit(dossier_id)


def edit_pages(view: DossierView, document_id: int) -> PageEditor | None:
    """Open the page editor on an unsigned document; saving stores the new page list."""
    if view.bundle is None:
        return None
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id
    doc = next((d for d in view.bundle.dossier.documents if d.id == document_id), None)
    if doc is None:
        return None
    editor = PageEditor(wb.ctx.blobs.path_of(doc.original_sha256), doc.filename, view)
    from app.services import documents as documents_service  # loaded by the dossier already

    def finished(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        specs = editor.specs()
        wb.run(
            view,
            lambda _: documents_service.edit_pages(wb.ctx, actor, dossier_id, document_id, specs),
            lambda _: _changed(view, dossier_id),
            label=translate("PreviewActions", "Saving the pages…"),
        )

    editor.finished.connect(finished)
    editor.open()
    return editor


def _left_as_they_are(result: FitOutcome) -> list[str]:
    """One line per reason why images were not reduced (app/pdf/pixels.py, translated)."""
    return [
        fmt(
            translate("PreviewActions", "%n image(s) left as they are: %1.", None, n),
            localise(reason),
        )
        for reason, n in result.left
    ]


def reduce_size(view: DossierView, document_id: int) -> None:
    """Compute the downsampled size, show before/after, apply only when the officer agrees."""
    if view.bundle is None:
        return
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id
    limit = wb.ctx.fund.documents.max_bytes
    from app.services import documents as documents_service  # loaded by the dossier already

    def apply() -> None:
        wb.run(
            view,
            lambda _: documents_service.fit_document(
                wb.ctx, actor, dossier_id, document_id, apply=True
            ),
            lambda _: _changed(view, dossier_id),
            label=translate("PreviewActions", "Reducing the size…"),
        )

    def offer(result: FitOutcome) -> None:
        sizes = fmt(
            translate("PreviewActions", "Before: %1 · after: %2 (limit: %3)."),
            format_size(result.before),
            format_size(result.after),
            format_size(limit),
        )
        sizes = "\n".join([sizes, *_left_as_they_are(result)])
        if result.after >= result.before:
            inform(
                view,
                translate("PreviewActions", "Reduce the size"),
                translate(
                    "PreviewActions",
                    "This document has no scanned image that can be reduced further.",
                ),
                sizes,
            ).setObjectName("fitNothing")
            return
        box = ask(
            view,
            translate("PreviewActions", "Reduce the size"),
            translate(
                "PreviewActions",
                "Scanned pages can be brought down to a readable resolution. Replace the "
                "document with the smaller copy?",
            ),
            translate("PreviewActions", "Reduce"),
            apply,
            detail=sizes,
        )
        box.setObjectName("fitOffer")

    wb.run(
        view,
        lambda _: documents_service.fit_document(wb.ctx, actor, dossier_id, document_id),
        offer,
        label=translate("PreviewActions", "Measuring the reduced size…"),
    )


def save_package(view: DossierView, target: Path | None = None) -> None:
    """Save the cover sheet followed by every document as one PDF (for printing/archiving)."""
    if view.bundle is None:
        return
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id
    if target is None:
        name, _ = QFileDialog.getSaveFileName(
            view,
            translate("PreviewActions", "Save the cover sheet and documents"),
            str(Path.home() / f"bordereau-{view.bundle.dossier.affiliate_membership_no}.pdf"),
            translate("PreviewActions", "PDF documents (*.pdf)"),
        )
        if not name:
            return
        target = Path(name)
    chosen = target

    def saved(pages: int) -> None:
        wb.events.say(
            fmt(translate("PreviewActions", "Saved %1 (%n page(s)).", None, pages), chosen.name),
            "success",
        )

    def work(_: object) -> int:
        from app.services import assembly  # the cover sheet (fpdf, fonts): loaded on use

        return assembly.write_package(wb.ctx, actor, dossier_id, chosen)

    wb.run(
        view,
        work,
        saved,
        label=translate("PreviewActions", "Making the cover sheet and the package…"),
    )


def set_facts(view: DossierView, values: dict[str, bool | int]) -> None:
    if view.bundle is None:
        return
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id
    from app.services import documents as documents_service  # loaded by the dossier already

    wb.run(
        view,
        lambda _: documents_service.set_facts(wb.ctx, actor, dossier_id, values),
        lambda _: _changed(view, dossier_id),
        label=translate("PreviewActions", "Updating the checklist…"),
    )
