"""Banners: the DEMO strip and the in-app notices (status changes, offline, results)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.ui.i18n import translate


def demo_banner() -> QLabel:
    label = QLabel(
        translate(
            "Banner",
            "DEMO — training mode with fictional data. Signatures made here are not qualified "
            "and nothing is sent to the real fund.",
        )
    )
    label.setObjectName("demoBanner")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(
        "QLabel#demoBanner { background: #f97316; color: white; font-weight: 700;"
        " padding: 6px; border-radius: 3px; }"
    )
    return label


_KINDS = {
    "info": ("#dbeafe", "#1e3a8a", "#93c5fd"),
    "success": ("#dcfce7", "#14532d", "#86efac"),
    "warning": ("#fef3c7", "#78350f", "#fcd34d"),
    "error": ("#fee2e2", "#7f1d1d", "#fca5a5"),
}


class Notice(QFrame):
    """One notice with a close button; optionally closes itself after a while."""

    def __init__(self, text: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.kind = kind
        bg, fg, border = _KINDS.get(kind, _KINDS["info"])
        self.setStyleSheet(
            f"QFrame#notice {{ background: {bg}; border: 1px solid {border};"
            f" border-radius: 4px; }} QFrame#notice QLabel {{ color: {fg}; }}"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.label, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(translate("Banner", "Close this message"))
        close.setAccessibleName(translate("Banner", "Close this message"))
        close.clicked.connect(self.dismiss)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()


class NoticeArea(QWidget):
    """A column of notices under the header; newest on top, at most a few at once."""

    MAX = 3
    SUCCESS_MS = 8000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeArea")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def notify(self, text: str, kind: str = "info", timeout_ms: int = 0) -> Notice:
        for old in self.findChildren(Notice):
            # One confirmation at a time; the same message is not repeated.
            if old.label.text() == text or (kind == "success" and old.kind == "success"):
                self._layout.removeWidget(old)
                old.dismiss()
        if kind == "success" and timeout_ms == 0:
            timeout_ms = self.SUCCESS_MS
        notice = Notice(text, kind, self)
        self._layout.insertWidget(0, notice)
        while self._layout.count() > self.MAX:
            item = self._layout.takeAt(self._layout.count() - 1)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        if timeout_ms > 0:
            QTimer.singleShot(timeout_ms, notice, notice.dismiss)
        return notice

    def texts(self) -> list[str]:
        out = []
        for i in range(self._layout.count()):
            item = self._layout.itemAt(i)
            w = item.widget() if item is not None else None
            if isinstance(w, Notice) and not w.isHidden():
                out.append(w.label.text())
        return out
