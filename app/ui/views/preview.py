"""Preview of a document with QtPdf: page thumbnails, a page view, and the page editor
(rotate, reorder by dragging, remove). The editor only proposes a new page list; the service
writes a new file (the original stays in the store, a signed file is never changed).

Pages are rendered off the GUI thread (``app.ui.views.page_renderer``): each page shows a blank
page of its shape at once, replaced by its picture when QtPdf's thread has drawn it. Turning a
page turns the picture already drawn (a quarter turn loses nothing); a turned page in the large
view shows the turned thumbnail at once, then the page drawn at full size.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap, QResizeEvent, QTransform
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
from app.ui.views.page_renderer import PageRenderer, fitted_size, turned
from app.ui.views.thumbnails import framed

if TYPE_CHECKING:  # pikepdf behind it: loaded when pages are saved, not at start
    from app.pdf.pages import PageSpec

THUMB = QSize(96, 128)
_SOURCE = Qt.ItemDataRole.UserRole
_ROTATE = Qt.ItemDataRole.UserRole + 1


def open_pdf(path: Path) -> QPdfDocument | None:
    """The document, or None when QtPdf cannot open it (no parent: see ``PageRenderer``)."""
    doc = QPdfDocument()
    if doc.load(str(path)) != QPdfDocument.Error.None_ or doc.pageCount() == 0:
        doc.close()
        return None
    return doc


def blank(size: QSize) -> QImage:
    """A blank framed page of ``size``: its place while it is being drawn."""
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#f8fafc"))
    return framed(image)


class PageEditor(QDialog):
    """Thumbnails of every page, in order; drag to reorder, buttons to turn or remove."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageEditor")
        self.setWindowTitle(fmt(translate("PageEditor", "Pages of %1"), title))
        self.resize(980, 680)
        self.doc = open_pdf(path)
        self.renderer = PageRenderer(self.doc) if self.doc is not None else None
        self._thumbs: dict[int, QImage] = {}  # page -> its thumbnail, drawn unturned
        self._large: dict[int, QImage] = {}  # page -> drawn for the large view (unturned)
        self._large_box = QSize()
        if self.renderer is not None:  # closed with the dialog, even without done()
            renderer = self.renderer
            self.destroyed.connect(lambda *_: renderer.close())
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
        if self.renderer is None:
            return
        for n, points in enumerate(self.renderer.sizes):
            item = QListWidgetItem(fmt(translate("PageEditor", "Page %1"), str(n + 1)))
            item.setData(_SOURCE, n)
            item.setData(_ROTATE, 0)
            item.setIcon(QIcon(QPixmap.fromImage(blank(fitted_size(points, THUMB)))))
            self.pages.addItem(item)
            self.renderer.request(n, THUMB, partial(self._thumb_ready, n))
        self.pages.setCurrentRow(0)

    @property
    def pending(self) -> int:
        """Pages still being drawn."""
        return self.renderer.pending if self.renderer is not None else 0

    def _items(self, page: int) -> list[QListWidgetItem]:
        items = (self.pages.item(row) for row in range(self.pages.count()))
        return [i for i in items if i is not None and int(i.data(_SOURCE)) == page]

    def _thumb_ready(self, page: int, image: QImage) -> None:
        self._thumbs[page] = image
        for item in self._items(page):
            self._set_icon(item)

    def _set_icon(self, item: QListWidgetItem) -> None:
        image = self._thumbs.get(int(item.data(_SOURCE)))
        if image is not None:
            item.setIcon(QIcon(QPixmap.fromImage(turned(image, int(item.data(_ROTATE))))))

    def _show(self, row: int) -> None:
        item = self.pages.item(row)
        if item is None or self.renderer is None:
            return
        page, turn = int(item.data(_SOURCE)), int(item.data(_ROTATE))
        if not turn:
            self.page_stack.setCurrentWidget(self.view)
            self.turn_note.hide()
            self.view.pageNavigator().jump(page, QPointF(), 0)
            return
        box = self.page_stack.size()
        box = QSize(max(box.width() - 16, 200), max(box.height() - 16, 200))
        self.turned.setPixmap(self._turned_picture(page, turn, box))
        self.page_stack.setCurrentWidget(self.turned)
        self.turn_note.setText(
            fmt(
                translate("PageEditor", "Page %1 turned by %2° — saved when you click Save."),
                str(page + 1),
                str(turn),
            )
        )
        self.turn_note.show()

    def _turned_picture(self, page: int, turn: int, box: QSize) -> QPixmap:
        """The page turned, to fit ``box``: drawn at that size when known, else the thumbnail
        (or a blank page) enlarged while QtPdf draws it."""
        assert self.renderer is not None
        if box != self._large_box:
            self._large, self._large_box = {}, QSize(box)
        large = self._large.get(page)
        if large is not None:
            return QPixmap.fromImage(turned(large, turn))
        # Asked unturned with the box turned back: the picture turned then fits the box.
        back = box.transposed() if turn % 180 else box
        self.renderer.request(page, back, partial(self._large_ready, page, QSize(box)), True)
        small = self._thumbs.get(page)
        shape = fitted_size(self.renderer.sizes[page], back)
        picture = small.scaled(shape) if small is not None else blank(shape)
        return QPixmap.fromImage(turned(picture, turn))

    def _large_ready(self, page: int, box: QSize, image: QImage) -> None:
        if box != self._large_box:
            return  # the window was resized since: a new size is asked for
        self._large[page] = image
        item = self.pages.currentItem()
        if item is not None and int(item.data(_SOURCE)) == page and int(item.data(_ROTATE)):
            self.turned.setPixmap(QPixmap.fromImage(turned(image, int(item.data(_ROTATE)))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.page_stack.currentWidget() is self.turned:
            self._show(self.pages.currentRow())  # the turned page fills the new size

    def rotate_current(self, degrees: int) -> None:
        item = self.pages.currentItem()
        if item is None or self.renderer is None:
            return
        turn = (int(item.data(_ROTATE)) + degrees) % 360
        item.setData(_ROTATE, turn)
        if int(item.data(_SOURCE)) in self._thumbs:
            self._set_icon(item)
        else:  # still being drawn: turn the blank page
            item.setIcon(QIcon(item.icon().pixmap(THUMB).transformed(QTransform().rotate(degrees))))
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
        if self.renderer is not None:
            self.view.setDocument(None)  # type: ignore[arg-type]
            self.renderer.close()  # and the document, once QtPdf's thread is done with it
            self.renderer = None
        super().done(result)
