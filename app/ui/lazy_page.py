"""A tab page whose view is built the first time it is shown or asked for.

The main window has a dozen tabs; an officer starts on the dashboard and may not open the token
or audit tabs all day. Building them (and importing their modules: the dossier view alone loads
QtPdf) only when first needed keeps them out of the cold start (issue 8).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds the place of a view in a QTabWidget until `view()` or a first show builds it."""

    def __init__(self, factory: Callable[[], QWidget], name: str) -> None:
        super().__init__()
        self.setObjectName(f"{name}Page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._factory: Callable[[], QWidget] | None = factory
        self._view: QWidget | None = None

    @property
    def built(self) -> QWidget | None:
        """The view if it exists, without building it."""
        return self._view

    def view(self) -> QWidget:
        """The view, built now if it was not yet."""
        if self._view is None:
            factory, self._factory = self._factory, None
            assert factory is not None, "LazyPage: the factory asked for its own page's view"
            view = factory()
            self._view = view
            layout = self.layout()
            assert layout is not None
            layout.addWidget(view)
            if self.isVisible():
                view.show()  # added while shown: Qt would only show it after a round trip
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        self.view()
        super().showEvent(event)
