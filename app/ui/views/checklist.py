"""The dossier's checklist: one row per item, with its files, an "Attach PDF…" button and a
drop zone for PDF files dragged from the file manager."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Document
from app.services.dossiers import ChecklistLine
from app.ui.i18n import fmt, format_size, joined, translate

Thumb = Callable[[Document], QPixmap | None]
# For an unsigned document: the names of its empty signature fields and the one chosen.
FieldInfo = Callable[[Document], tuple[list[str], str | None]]
# One style sheet for the whole checklist, set once on the view: a style sheet per row and per
# label made every reload re-polish each widget (about 6 ms a row on the GUI thread). Rows and
# labels carry properties ("status", "hover", "over") that the selectors read.
STYLE = """
QFrame#checkItem { border: 1px solid #cbd5e1; border-radius: 4px; background: #ffffff; }
QFrame#checkItem[status="done"] { border-color: #86efac; background: #f0fdf4; }
QFrame#checkItem[status="missing"] { border-color: #fca5a5; background: #fef2f2; }
QFrame#checkItem[hover="true"] { border-color: #2563eb; background: #eff6ff; }
QLabel#itemStatus { color: #64748b; font-size: 16pt; }
QLabel#itemStatus[status="done"] { color: #15803d; }
QLabel#itemStatus[status="missing"] { color: #b91c1c; }
QLabel#itemLabel { font-weight: 600; }
QLabel#itemNeed { color: #64748b; font-size: 9pt; }
QLabel#itemEmpty { color: #64748b; }
QLabel#itemRequested { color: #b91c1c; font-weight: 600; }
QLabel#itemCondition { color: #64748b; font-style: italic; }
QLabel[thumb="true"] { border: 1px solid #cbd5e1; background: white; }
QLabel#docInfo { color: #475569; }
QLabel#docInfo[over="true"] { color: #b45309; font-weight: 600; }
"""


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class ChecklistItemRow(QFrame):
    attach_requested = Signal(str)  # item code
    files_dropped = Signal(str, list)  # item code, [Path]
    remove_requested = Signal(int, str)  # document id, file name
    pages_requested = Signal(int)  # document id: open the page editor
    fit_requested = Signal(int)  # document id: reduce its size
    field_requested = Signal(int)  # document id: choose the signature field to sign into

    def __init__(
        self,
        line: ChecklistLine,
        lang: str,
        pages: dict[int, int | None],
        editable: bool,
        parent: QWidget | None = None,
        *,
        thumb: Thumb | None = None,
        limit: int | None = None,
        field_info: FieldInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkItem")
        self.code = line.spec.code
        self.line = line
        self.key: tuple[object, ...] = ()  # what the row shows (set by the checklist view)
        self.editable = editable
        self.thumb = thumb
        self.field_info = field_info
        self.limit = limit
        self.setAcceptDrops(editable)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)

        self.icon = QLabel()
        self.icon.setObjectName("itemStatus")
        self.icon.setFixedWidth(28)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)

        middle = QVBoxLayout()
        middle.setSpacing(2)
        title = QLabel(line.spec.label_for(lang))
        title.setObjectName("itemLabel")
        title.setWordWrap(True)
        need = (
            translate("Checklist", "Required")
            if line.spec.required
            else translate("Checklist", "Optional")
        )
        self.need = QLabel(need)
        self.need.setObjectName("itemNeed")
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.need, 0, Qt.AlignmentFlag.AlignTop)
        middle.addLayout(head)
        self._notes(middle, line, lang)
        for doc in line.documents:
            middle.addLayout(self._document_line(doc, pages.get(doc.id)))
        if not line.documents:
            hint = (
                translate("Checklist", "No file yet — attach a PDF or drop it here.")
                if editable
                else translate("Checklist", "No file.")
            )
            empty = QLabel(hint)
            empty.setObjectName("itemEmpty")
            middle.addWidget(empty)
        row.addLayout(middle, 1)

        self.attach = QPushButton(translate("Checklist", "Attach PDF…"))
        self.attach.setObjectName(f"attach_{self.code}")
        self.attach.setAccessibleName(
            fmt(translate("Checklist", "Attach a PDF to: %1"), line.spec.label_for(lang))
        )
        self.attach.clicked.connect(lambda: self.attach_requested.emit(self.code))
        self.attach.setVisible(editable)
        row.addWidget(self.attach, 0, Qt.AlignmentFlag.AlignTop)
        self._paint(hover=False)

    def _notes(self, middle: QVBoxLayout, line: ChecklistLine, lang: str) -> None:
        if line.requested is not None:
            asked = QLabel(
                fmt(translate("Checklist", "Requested by the fund: %1"), line.requested)
                if line.requested
                else translate("Checklist", "Requested by the fund")
            )
            asked.setObjectName("itemRequested")
            asked.setWordWrap(True)
            middle.addWidget(asked)
        note = line.spec.note.get(lang) or line.spec.note.get("fr")
        if note:
            cond = QLabel(note)
            cond.setObjectName("itemCondition")
            middle.addWidget(cond)

    def _document_line(self, doc: Document, pages: int | None) -> QBoxLayout:
        line = QHBoxLayout()
        buttons: list[QPushButton] = []
        picture = self.thumb(doc) if self.thumb else None
        if picture is not None:
            icon = QLabel()
            icon.setObjectName(f"thumb_{doc.id}")
            icon.setPixmap(picture)
            icon.setProperty("thumb", True)
            line.addWidget(icon)
        name = QLabel(doc.filename)
        name.setObjectName("docName")
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A Latin file name keeps to the reading side in Arabic (Qt would align it by its own
        # script, away from the facts under it).
        rtl = name.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        name.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)
        facts = [format_size(doc.size)]
        if pages is not None:
            facts.insert(0, translate("Checklist", "%n page(s)", None, pages))
        if doc.signed_sha256:
            facts.append(translate("Checklist", "signed ✓"))
        if doc.remote_id:  # the fund has it: it stays as sent (no removal, no new signature)
            facts.append(translate("Checklist", "sent to the fund"))
        info = QLabel(joined(facts))
        info.setObjectName("docInfo")
        info.setWordWrap(True)
        words = QVBoxLayout()  # the name above its facts: the buttons keep room at 1280 px
        words.setSpacing(0)
        words.addWidget(name)
        words.addWidget(info)
        line.addLayout(words, 1)
        over = self.limit is not None and doc.size > self.limit
        if over:
            info.setText(
                joined([info.text(), translate("Checklist", "over the platform's size limit")])
            )
            info.setProperty("over", True)
        if self.editable and not doc.signed_sha256:
            edit = QPushButton(translate("Checklist", "Pages…"))
            edit.setObjectName(f"pages_{doc.id}")
            edit.setToolTip(translate("Checklist", "See, turn, reorder or remove pages"))
            edit.clicked.connect(lambda: self.pages_requested.emit(doc.id))
            buttons.append(edit)
            self._signature_field(buttons, doc, info)
            if over:
                fit = QPushButton(translate("Checklist", "Reduce size…"))
                fit.setObjectName(f"fit_{doc.id}")
                fit.clicked.connect(lambda: self.fit_requested.emit(doc.id))
                buttons.append(fit)
        if self.editable and not doc.remote_id:
            remove = QPushButton(translate("Checklist", "Remove"))
            remove.setObjectName(f"remove_{doc.id}")
            remove.setAccessibleName(fmt(translate("Checklist", "Remove %1"), doc.filename))
            remove.clicked.connect(lambda: self.remove_requested.emit(doc.id, doc.filename))
            buttons.append(remove)
        return self._with_buttons(line, buttons)

    @staticmethod
    def _with_buttons(line: QHBoxLayout, buttons: list[QPushButton]) -> QBoxLayout:
        """Up to two buttons beside the file's name; more go on a row of their own under it,
        so the name and its facts keep room to read at 1280 px (French and Arabic)."""
        if len(buttons) <= 2:
            for button in buttons:
                line.addWidget(button)
            return line
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        both = QVBoxLayout()
        both.setSpacing(2)
        both.addLayout(line)
        both.addLayout(row)
        return both

    def _signature_field(self, buttons: list[QPushButton], doc: Document, info: QLabel) -> None:
        """When the unsigned document has empty signature fields: which one the signature
        goes into, and a button to choose."""
        names, chosen = self.field_info(doc) if self.field_info else ([], None)
        if not names:
            return
        where = (
            fmt(translate("Checklist", "signature in field “%1”"), chosen)
            if chosen
            else translate("Checklist", "has empty signature fields")
        )
        info.setText(joined([info.text(), where]))
        choose = QPushButton(translate("Checklist", "Signature field…"))
        choose.setObjectName(f"field_{doc.id}")
        choose.setToolTip(
            translate("Checklist", "Sign into one of the document's empty signature fields")
        )
        choose.clicked.connect(lambda: self.field_requested.emit(doc.id))
        buttons.append(choose)

    @property
    def status(self) -> str:
        """ "done", "missing" (required, no file; or a new one the fund asked for) or
        "optional" (optional, no file)."""
        if self.line.missing:
            return "missing"
        if self.line.documents:
            return "done"
        return "missing" if self.line.spec.required else "optional"

    def _paint(self, *, hover: bool) -> None:
        status = self.status
        if status == "done":
            signed = all(d.signed_sha256 for d in self.line.documents)
            self.icon.setText("✔")
            self.icon.setToolTip(
                translate("Checklist", "Attached and signed")
                if signed
                else translate("Checklist", "Attached")
            )
        elif status == "missing":
            self.icon.setText("✖")
            self.icon.setToolTip(translate("Checklist", "Missing: this document is required"))
        else:
            self.icon.setText("○")
            self.icon.setToolTip(translate("Checklist", "Optional: not attached"))
        changed = self.property("status") != status or bool(self.property("hover")) != hover
        self.setProperty("status", status)
        self.setProperty("hover", hover)
        self.icon.setProperty("status", status)
        if changed and self.isVisible():  # properties are read again only on a new polish
            for w in (self, self.icon):
                w.style().unpolish(w)
                w.style().polish(w)

    # -- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and _local_files(event):
            event.acceptProposedAction()
            self._paint(hover=True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._paint(hover=False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._paint(hover=False)
        files = _local_files(event)
        if not (self.editable and files):
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(self.code, files)


class ChecklistView(QWidget):
    """The rows of a dossier's checklist; rebuilt when the dossier changes."""

    attach_requested = Signal(str)
    files_dropped = Signal(str, list)
    remove_requested = Signal(int, str)
    pages_requested = Signal(int)
    fit_requested = Signal(int)
    field_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_info: FieldInfo | None = None  # set by the dossier screen
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.setStyleSheet(STYLE)
        self.rows: list[ChecklistItemRow] = []

    def set_lines(
        self,
        lines: list[ChecklistLine],
        lang: str,
        pages: dict[int, int | None],
        editable: bool,
        *,
        thumb: Thumb | None = None,
        limit: int | None = None,
    ) -> None:
        # A row whose content did not change is kept: rebuilding every row on each reload of the
        # dossier (after each attach, signature...) kept the GUI thread busy for 100+ ms.
        old = {r.code: r for r in self.rows}
        for r in self.rows:
            self._layout.removeWidget(r)
        self.rows = []
        for line in lines:
            key = self._key(line, lang, pages, editable, limit)
            kept = old.pop(line.spec.code, None)
            if kept is not None and kept.key == key:
                self._layout.addWidget(kept)
                self.rows.append(kept)
                continue
            if kept is not None:
                kept.deleteLater()
            row = ChecklistItemRow(
                line,
                lang,
                pages,
                editable,
                self,
                thumb=thumb,
                limit=limit,
                field_info=self.field_info,
            )
            row.key = key
            row.pages_requested.connect(self.pages_requested)
            row.field_requested.connect(self.field_requested)
            row.fit_requested.connect(self.fit_requested)
            row.attach_requested.connect(self.attach_requested)
            row.files_dropped.connect(self.files_dropped)
            row.remove_requested.connect(self.remove_requested)
            self._layout.addWidget(row)
            self.rows.append(row)
        for gone in old.values():
            gone.deleteLater()

    def _key(
        self,
        line: ChecklistLine,
        lang: str,
        pages: dict[int, int | None],
        editable: bool,
        limit: int | None,
    ) -> tuple[object, ...]:
        """Everything a row shows: equal keys, equal rows."""
        docs = line.documents
        fields = tuple(self.field_info(d) for d in docs) if self.field_info else ()
        return (line, lang, editable, limit, tuple(pages.get(d.id) for d in docs), fields)

    def row(self, code: str) -> ChecklistItemRow | None:
        return next((r for r in self.rows if r.code == code), None)
