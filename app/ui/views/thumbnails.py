"""First-page thumbnails rendered off the GUI thread, by QtPdf's own renderer thread.

pdfium decodes a scanned page for hundreds of milliseconds, and PySide keeps the GIL during a
direct ``QPdfDocument.render()``: rendering from a Python worker thread would still freeze the
window (measured: a 375 ms render, a 383 ms stall of the GUI thread). ``QPdfPageRenderer`` in
multi-threaded mode renders in a C++ thread and hands the image back by a queued signal
(measured: the same render, the event loop never stalled more than 17 ms). pdfium has one
global lock: while it renders, opening another PDF on the GUI thread would wait for it; so the
documents are opened one at a time, each after the previous render ended.

Thumbnails are kept per file: blobs are content-addressed, so a path never changes content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer

SMALL = QSize(36, 48)
_FRAME = QColor("#94a3b8")
Ready = Callable[[QPixmap | None], None]


def framed(image: QImage) -> QImage:
    """A thin frame around a rendered page, so that white pages stay visible on white."""
    out = QImage(image.width() + 2, image.height() + 2, QImage.Format.Format_ARGB32)
    out.fill(_FRAME)
    painter = QPainter(out)
    painter.fillRect(1, 1, image.width(), image.height(), QColor("white"))
    painter.drawImage(1, 1, image)
    painter.end()
    return out


def fitted(points_width: float, points_height: float, box: QSize) -> QSize:
    w, h = max(points_width, 1.0), max(points_height, 1.0)
    scale = min(box.width() / w, box.height() / h)
    return QSize(max(1, int(w * scale)), max(1, int(h * scale)))


_running: set[_Job] = set()  # jobs outlive their screen: a render in flight keeps its document


class _Job(QObject):
    """One document being rendered: its QPdfDocument and renderer live until the image comes,
    even when the screen that asked is closed meanwhile (QtPdf's thread still reads the
    document), so a job has no parent and is deleted only after its render."""

    def __init__(self, owner: Thumbnails, key: tuple[str, int, int]) -> None:
        super().__init__()
        self.owner, self.key = owner, key
        self.renderer = QPdfPageRenderer(self)
        self.renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer.pageRendered.connect(self._rendered)
        self.doc = QPdfDocument(self)
        _running.add(self)

    def start(self, path: Path) -> bool:
        """Open the document and ask for its first page; False when it cannot be opened."""
        key = self.key
        ok = self.doc.load(str(path)) == QPdfDocument.Error.None_ and self.doc.pageCount() > 0
        if ok:
            points = self.doc.pagePointSize(0)
            self.renderer.setDocument(self.doc)
            size = fitted(points.width(), points.height(), QSize(key[1], key[2]))
            self.renderer.requestPage(0, size, QPdfDocumentRenderOptions())
        return ok

    def _rendered(
        self, _page: int, _size: QSize, image: QImage, _options: object, _request: int
    ) -> None:
        self.finish(None if image.isNull() else framed(image))

    def finish(self, image: QImage | None) -> None:
        self.discard()
        if shiboken6.isValid(self.owner):  # the screen may have closed meanwhile
            self.owner.done(self, image)

    def discard(self) -> None:
        self.renderer.setDocument(None)  # type: ignore[arg-type]
        self.doc.close()
        _running.discard(self)
        self.deleteLater()


class Thumbnails(QObject):
    """Asks QtPdf for first-page thumbnails; answers at once when already rendered."""

    def __init__(self, box: QSize = SMALL, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self._cache: dict[tuple[str, int, int], QImage | None] = {}
        self._waiting: dict[tuple[str, int, int], list[Ready]] = {}
        self._queue: list[tuple[tuple[str, int, int], Path]] = []
        self._job: _Job | None = None

    def get(self, path: Path, ready: Ready) -> tuple[bool, QPixmap | None]:
        """(True, picture) when known now (None: the file cannot be rendered); otherwise
        (False, None) and ``ready(picture)`` is called later, on the GUI thread."""
        key = (str(path), self.box.width(), self.box.height())
        if key in self._cache:
            image = self._cache[key]
            return True, QPixmap.fromImage(image) if image is not None else None
        if key in self._waiting:
            self._waiting[key].append(ready)
            return False, None
        self._waiting[key] = [ready]
        self._queue.append((key, path))
        if self._job is None:
            QTimer.singleShot(0, self, self._next)  # after the screen being built, not during it
        return False, None

    def _next(self) -> None:
        while self._job is None and self._queue:
            key, path = self._queue.pop(0)
            job = _Job(self, key)
            self._job = job
            if not job.start(path):  # not a PDF QtPdf can open: no thumbnail
                job.finish(None)

    @property
    def pending(self) -> int:
        """Documents still being rendered."""
        return len(self._waiting)

    def known(self, path: Path) -> bool:
        return (str(path), self.box.width(), self.box.height()) in self._cache

    def placeholder(self) -> QPixmap:
        """A blank page of the thumbnail's size, shown while the real one is rendered."""
        blank = QImage(self.box.width() * 3 // 4, self.box.height(), QImage.Format.Format_ARGB32)
        blank.fill(QColor("#f1f5f9"))
        return QPixmap.fromImage(framed(blank))

    def done(self, job: _Job, image: QImage | None) -> None:
        if self._job is job:
            self._job = None
            if self._queue:
                QTimer.singleShot(0, self, self._next)
        if len(self._cache) > 500:
            self._cache.clear()
        self._cache[job.key] = image
        picture = QPixmap.fromImage(image) if image is not None else None
        for ready in self._waiting.pop(job.key, []):
            ready(picture)
