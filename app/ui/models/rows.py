"""A read-only table model over a list of rows, with columns declared as data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[R]):
    header: Callable[[], str]  # called at display time: follows the language
    text: Callable[[R], str]
    tooltip: Callable[[R], str] | None = None
    sort_key: Callable[[R], Any] | None = None
    background: Callable[[R], str | None] | None = None  # colour name


@dataclass(frozen=True)
class RowMark(Generic[R]):
    """A mark in words on some rows, shown in the row's header (the table's leading edge, so
    it is seen without scrolling); `text` returns "" for rows without a mark."""

    text: Callable[[R], str]
    tooltip: Callable[[R], str] | None = None
    background: str | None = None  # colour name of marked rows' header; the words carry it


class RowsModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: QObject | None = None,
        mark: RowMark[R] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._mark = mark

    # -- content ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_changed(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def replace_row(self, row: int, value: R) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row] = value
            self.row_changed(row)

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= col < len(self._columns)):
            return None
        item, column = self._rows[row], self._columns[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(item) if column.tooltip else column.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(item)
            return QColor(colour) if colour else None
        if role == ROW_ROLE:
            return item
        if role == SORT_ROLE:
            return column.sort_key(item) if column.sort_key else column.text(item)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return self._row_header(section, role)
        if not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _row_header(self, section: int, role: int) -> Any:
        mark, item = self._mark, self.row_at(section)
        if mark is None or item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return mark.text(item)
        if role == Qt.ItemDataRole.ToolTipRole and mark.tooltip is not None:
            return mark.tooltip(item)
        if role == Qt.ItemDataRole.BackgroundRole and mark.background and mark.text(item):
            return QColor(mark.background)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
