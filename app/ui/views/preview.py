"""Preview of a document with QtPdf: page thumbnails, a page view, and the page editor
(rotate, reorder by dragging, remove). The editor only proposes a new page list; the service
writes a new file (the original stays in the store, a signed file is never changed)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap, QResizeEvent, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import fmt, translate

if TYPE_CHECKING:  # pikepdf behind it: loaded when pages are saved, not at start
    from app.pdf.pages import PageSpec

THUMB = QSize(96, 128)
_SOURCE = Qt.ItemDataRole.UserRole
_ROTATE = Qt.ItemDataRole.UserRole + 1


def open_pdf(path: Path, parent: QWidget | None = None) -> QPdfDocument | None:
    doc = QPdfDocument(parent) if parent is not None else QPdfDocument()
    if doc.load(str(path)) != QPdfDocument.Error.None_ or doc.pageCount() == 0:
        doc.close()
        return None
    return doc


def render_page(doc: QPdfDocument, page: int, box: QSize, rotate: int = 0) -> QPixmap:
    """Page ``page`` fitted inside ``box``, turned by ``rotate`` degrees clockwise."""
    points = doc.pagePointSize(page)
    w, h = max(points.width(), 1.0), max(points.height(), 1.0)
    if rotate % 180:
        w, h = h, w
    scale = min(box.width() / w, box.height() / h)
    size = QSize(max(1, int(points.width() * scale)), max(1, int(points.height() * scale)))
    image: QImage = doc.render(page, size)
    if rotate:
        image = image.transformed(QTransform().rotate(rotate))
    framed = QPixmap(image.width() + 2, image.height() + 2)
    framed.fill(QColor("#94a3b8"))  # a thin frame: white pages stay visible on white
    painter = QPainter(framed)
    painter.fillRect(1, 1, image.width(), image.height(), QColor("white"))
    painter.drawImage(1, 1, image)
    painter.end()
    return framed


def thumbnail(path: Path, box: QSize = THUMB) -> QPixmap | None:
    """The first page of a PDF file as a small picture (None when it cannot be rendered)."""
    doc = open_pdf(path)
    if doc is None:
        return None
    try:
        return render_page(doc, 0, box)
    finally:
        doc.close()  # owned by Python: deleted with this frame, nothing left for the event loop


class PageEditor(QDialog):
    """Thumbnails of every page, in order; drag to reorder, buttons to turn or remove."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageEditor")
        self.setWindowTitle(fmt(translate("PageEditor", "Pages of %1"), title))
        self.resize(980, 680)
        self.doc = open_pdf(path, self)
        layout = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "PageEditor",
                "Drag the pages to put them in order; turn or remove the selected page. "
                "Saving makes a new copy: the file as attached stays in the dossier's history.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.pages = QListWidget()
        self.pages.setObjectName("pageList")
        self.pages.setViewMode(QListWidget.ViewMode.IconMode)
        self.pages.setIconSize(THUMB)
        self.pages.setMovement(QListWidget.Movement.Snap)
        self.pages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.pages.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.pages.setFlow(QListWidget.Flow.LeftToRight)
        self.pages.setWrapping(True)
        self.pages.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.pages.setSpacing(6)
        self.pages.setGridSize(QSize(THUMB.width() + 28, THUMB.height() + 36))
        self.pages.setUniformItemSizes(True)
        self.pages.setStyleSheet("QListWidget#pageList { background: #e2e8f0; }")
        self.pages.currentRowChanged.connect(self._show)
        split.addWidget(self.pages)
        self.view = QPdfView()
        self.view.setObjectName("pageView")
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        if self.doc is not None:
            self.view.setDocument(self.doc)
        # A turned page is shown turned before it is saved: QPdfView cannot turn a page, so
        # the page is rendered turned into a picture in its place.
        self.turned = QLabel()
        self.turned.setObjectName("turnedPageView")
        self.turned.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.turned.setStyleSheet("QLabel#turnedPageView { background: #e2e8f0; }")
        self.turned.setMinimumSize(200, 200)
        self.page_stack = QStackedWidget()
        self.page_stack.addWidget(self.view)
        self.page_stack.addWidget(self.turned)
        self.turn_note = QLabel()
        self.turn_note.setObjectName("turnNote")
        self.turn_note.setStyleSheet("color: #1e3a8a; font-weight: 600;")
        self.turn_note.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.turn_note)
        right_layout.addWidget(self.page_stack, 1)
        split.addWidget(right)
        split.setSizes([420, 540])
        layout.addWidget(split, 1)

        tools = QHBoxLayout()
        self.left = self._tool(tools, translate("PageEditor", "Turn left"), "turnLeft", -90)
        self.right = self._tool(tools, translate("PageEditor", "Turn right"), "turnRight", 90)
        self.remove = QPushButton(translate("PageEditor", "Remove page"))
        self.remove.setObjectName("removePage")
        self.remove.clicked.connect(self.remove_current)
        tools.addWidget(self.remove)
        tools.addStretch(1)
        layout.addLayout(tools)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("savePages")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()

    def _tool(self, row: QHBoxLayout, text: str, name: str, degrees: int) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda: self.rotate_current(degrees))
        row.addWidget(b)
        return b

    def _fill(self) -> None:
        if self.doc is None:
            return
        for n in range(self.doc.pageCount()):
            item = QListWidgetItem(fmt(translate("PageEditor", "Page %1"), str(n + 1)))
            item.setData(_SOURCE, n)
            item.setData(_ROTATE, 0)
            item.setIcon(QIcon(render_page(self.doc, n, THUMB)))
            self.pages.addItem(item)
        self.pages.setCurrentRow(0)

    def _show(self, row: int) -> None:
        item = self.pages.item(row)
        if item is None or self.doc is None:
            return
        page, turn = int(item.data(_SOURCE)), int(item.data(_ROTATE))
        if not turn:
            self.page_stack.setCurrentWidget(self.view)
            self.turn_note.hide()
            self.view.pageNavigator().jump(page, QPointF(), 0)
            return
        box = self.page_stack.size()
        box = QSize(max(box.width() - 16, 200), max(box.height() - 16, 200))
        self.turned.setPixmap(render_page(self.doc, page, box, turn))
        self.page_stack.setCurrentWidget(self.turned)
        self.turn_note.setText(
            fmt(
                translate("PageEditor", "Page %1 turned by %2° — saved when you click Save."),
                str(page + 1),
                str(turn),
            )
        )
        self.turn_note.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.page_stack.currentWidget() is self.turned:
            self._show(self.pages.currentRow())  # the turned page fills the new size

    def rotate_current(self, degrees: int) -> None:
        item = self.pages.currentItem()
        if item is None or self.doc is None:
            return
        turn = (int(item.data(_ROTATE)) + degrees) % 360
        item.setData(_ROTATE, turn)
        item.setIcon(QIcon(render_page(self.doc, int(item.data(_SOURCE)), THUMB, turn)))
        self._show(self.pages.currentRow())  # the page view shows the turn before saving

    def remove_current(self) -> None:
        if self.pages.count() <= 1:
            return  # a document keeps at least one page; remove the document instead
        self.pages.takeItem(self.pages.currentRow())

    def specs(self) -> list[PageSpec]:
        from app.pdf.pages import PageSpec

        out = []
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            out.append(PageSpec(int(item.data(_SOURCE)), int(item.data(_ROTATE))))
        return out

    def done(self, result: int) -> None:
        if self.doc is not None:
            self.view.setDocument(None)  # type: ignore[arg-type]
            self.doc.close()
        super().done(result)


SMALL = QSize(36, 48)
_thumbs: dict[tuple[str, int, int], QPixmap | None] = {}


def cached_thumbnail(path: Path, box: QSize = SMALL) -> QPixmap | None:
    """``thumbnail`` kept per file: blobs are content-addressed, so a path never changes."""
    key = (str(path), box.width(), box.height())
    if key not in _thumbs:
        if len(_thumbs) > 500:
            _thumbs.clear()
        _thumbs[key] = thumbnail(path, box)
    return _thumbs[key]
