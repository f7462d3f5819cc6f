"""A document's pages rendered in QtPdf's own thread, for the page editor.

``QPdfDocument.render()`` on the GUI thread froze the page editor while it drew every page of a
scan (pdfium decodes a 300 dpi page for hundreds of milliseconds; see
``app.ui.views.thumbnails``). Here ``QPdfPageRenderer`` renders in its C++ thread and hands each
image back by a queued signal. Requests go one at a time, so that a page the officer is looking
at can jump the queue, and so that closing the editor waits for one page at most: the document
and its renderer then live on, owned by the application, until that page is done (the thread
still reads the document), and are deleted after.

Page sizes are read once, when the document is opened: asking pdfium for them later would wait
on its global lock while a page renders.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSize, QSizeF
from PySide6.QtGui import QImage, QTransform
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer

from app.ui.views.thumbnails import framed

Ready = Callable[[QImage], None]
_closing: set[PageRenderer] = set()  # closed while a page renders: kept until it is done


def fitted_size(points: QSizeF, box: QSize, rotate: int = 0) -> QSize:
    """The size to render a page of ``points`` so that, turned by ``rotate``, it fits ``box``."""
    w, h = max(points.width(), 1.0), max(points.height(), 1.0)
    tw, th = (h, w) if rotate % 180 else (w, h)
    scale = min(box.width() / tw, box.height() / th)
    return QSize(max(1, int(w * scale)), max(1, int(h * scale)))


def turned(image: QImage, rotate: int) -> QImage:
    return image.transformed(QTransform().rotate(rotate)) if rotate % 360 else image


@dataclass
class _Request:
    page: int
    size: QSize
    ready: Ready
    id: int = -1


class PageRenderer(QObject):
    """Renders pages of ``doc`` (framed, unturned) in the background; ``ready`` is called on the
    GUI thread. Owns ``doc`` from now on: ``close()`` releases both."""

    def __init__(self, doc: QPdfDocument) -> None:
        # Owned by the application, not by its dialog (it may outlive it: see the module
        # docstring), nor by Python: a wrapper collected on a worker thread would delete a
        # QObject there. It is deleted by ``close()``, with the document, on the GUI thread.
        super().__init__(QCoreApplication.instance())
        self.doc = doc
        doc.setParent(self)
        self.sizes = [doc.pagePointSize(n) for n in range(doc.pageCount())]
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(doc)
        self._renderer.pageRendered.connect(self._rendered)
        self._queue: deque[_Request] = deque()
        self._inflight: _Request | None = None
        self._closed = False
        self.rendered = 0  # images delivered (tests, diagnosis)

    @property
    def pending(self) -> int:
        return len(self._queue) + (self._inflight is not None)

    def request(self, page: int, box: QSize, ready: Ready, urgent: bool = False) -> None:
        """Render ``page`` to fit ``box``; ``urgent``: before the pages already asked for."""
        if self._closed or not 0 <= page < len(self.sizes):
            return
        req = _Request(page, fitted_size(self.sizes[page], box), ready)
        if urgent:
            self._queue.appendleft(req)
        else:
            self._queue.append(req)
        self._pump()

    def _pump(self) -> None:
        if self._inflight is not None or not self._queue or self._closed:
            return
        req = self._queue.popleft()
        req.id = int(self._renderer.requestPage(req.page, req.size, QPdfDocumentRenderOptions()))
        self._inflight = req

    def _rendered(
        self, _page: int, _size: QSize, image: QImage, _options: object, request_id: int
    ) -> None:
        req, self._inflight = self._inflight, None
        if self._closed:
            self._dispose()
            return
        if req is not None and req.id == int(request_id) and not image.isNull():
            self.rendered += 1
            req.ready(framed(image))
        self._pump()

    def close(self) -> None:
        """Drop what is still asked for; release the document once QtPdf's thread is done."""
        if self._closed:
            return
        self._closed = True
        self._queue.clear()
        if self._inflight is None:
            self._dispose()
        else:
            _closing.add(self)

    def _dispose(self) -> None:
        self._renderer.setDocument(None)  # type: ignore[arg-type]
        self.doc.close()
        _closing.discard(self)
        self.deleteLater()  # and the document, its child
