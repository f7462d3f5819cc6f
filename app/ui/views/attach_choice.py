"""Several files dropped (or chosen) at once for one checklist item: the officer is offered to
combine them into one document (pages in file-name order: scans of one paper) or to keep one
document per file. Combining goes through app.services.documents.attach_files(combine=True):
every file is examined first, and a refused one stops the whole group (nothing is stored)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.models import Document
from app.services.dossiers import DocumentRefused
from app.ui.bridge import DossierChanged
from app.ui.dialogs.confirm import inform
from app.ui.errors import show_error
from app.ui.i18n import fmt, translate
from app.ui.messages import localise, refused_file_reason

if TYPE_CHECKING:
    from app.ui.views.dossier import DossierView


def name_order(files: list[Path]) -> list[Path]:
    """Files in natural name order: scan2 before scan10."""

    def key(p: Path) -> list[object]:
        return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", p.name)]

    return sorted(files, key=key)


def offer(view: DossierView, code: str, files: list[Path]) -> QMessageBox | None:
    """Attach ``files`` to item ``code``; when there are several, ask how first."""
    if len(files) < 2 or view.bundle is None:
        view.attach_files(code, files)
        return None
    specs = view.wb.ctx.fund.checklist(view.bundle.dossier.type)
    label = next((s.label_for(view.wb.lang.code) for s in specs if s.code == code), code)
    box = QMessageBox(view)
    box.setObjectName("combineBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("AttachChoice", "Several files"))
    box.setText(
        fmt(
            translate(
                "AttachChoice",
                "%n file(s) for “%1”: one document made of all of them, or one document per file?",
                None,
                len(files),
            ),
            label,
        )
    )
    box.setInformativeText(
        translate(
            "AttachChoice",
            "One document: the pages follow the file names in order (you can reorder them "
            "afterwards with “Pages…”).",
        )
    )
    one = box.addButton(translate("AttachChoice", "One document"), QMessageBox.ButtonRole.YesRole)
    one.setObjectName("combineOne")
    each = box.addButton(
        translate("AttachChoice", "One document per file"), QMessageBox.ButtonRole.NoRole
    )
    each.setObjectName("combineEach")
    cancel = box.addButton(translate("AttachChoice", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("combineCancel")
    box.setDefaultButton(one)
    box.setEscapeButton(cancel)

    def answered() -> None:
        if box.clickedButton() is one:
            attach_combined(view, code, name_order(files), label)
        elif box.clickedButton() is each:
            view.attach_files(code, files)

    box.finished.connect(answered)
    box.open()
    return box


def attach_combined(view: DossierView, code: str, files: list[Path], label: str) -> None:
    if view.bundle is None:
        return
    wb, actor, dossier_id = view.wb, view.wb.actor, view.bundle.dossier.id
    from app.services import documents as documents_service  # loaded by the dossier already

    def work(_: object) -> list[Document]:
        return documents_service.attach_files(wb.ctx, actor, dossier_id, code, files)

    def done(added: list[Document]) -> None:
        wb.events.publish(DossierChanged(dossier_id))
        view.changed.emit(dossier_id)
        wb.events.say(
            fmt(
                translate(
                    "AttachChoice",
                    "%n file(s) combined into one document for “%1”.",
                    None,
                    len(files),
                ),
                label,
            ),
            "success",
        )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, DocumentRefused):
            reason = localise(refused_file_reason(str(exc), exc.filename))
            box = inform(
                view,
                translate("AttachChoice", "File not accepted"),
                translate(
                    "AttachChoice",
                    "The files were not combined and nothing was attached: one of them is refused.",
                ),
                fmt(translate("AttachChoice", "%1: %2"), exc.filename, reason),
                QMessageBox.Icon.Warning,
            )
            box.setObjectName("refusedBox")
        else:
            show_error(view, exc)
        view.reload()

    wb.run(
        view,
        work,
        done,
        label=translate("AttachChoice", "Checking and combining the files…"),
        failure=failed,
    )
