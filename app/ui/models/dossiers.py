"""Dossiers of one affiliate (sheet) and the portfolio of the collectivity, with their state,
due date and officers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.models import Affiliate, Dossier, DossierState
from app.services.portfolio import Due, PortfolioRow
from app.ui.adapters import DossierRow
from app.ui.i18n import fmt, format_date, format_datetime, format_short_date, translate
from app.ui.models.rows import Column, Index, RowsModel
from app.ui.texts import person_name, stage_name, state_colour, state_name


class ShowsDossier(Protocol):
    @property
    def dossier(self) -> Dossier: ...

    @property
    def affiliate(self) -> Affiliate | None: ...


R = TypeVar("R", bound=ShowsDossier)


def _who_and_what(lang: str, type_labels: dict[str, str]) -> list[Column[R]]:
    """Affiliate, membership number, type and state: the first columns of both lists."""
    return [
        Column(
            lambda: translate("DossiersModel", "Affiliate"),
            lambda r: person_name(r.affiliate, lang, r.dossier.affiliate_membership_no),
        ),
        Column(
            lambda: translate("DossiersModel", "Membership no."),
            lambda r: r.dossier.affiliate_membership_no,
        ),
        Column(
            lambda: translate("DossiersModel", "Type"),
            lambda r: type_labels.get(str(r.dossier.type), str(r.dossier.type)),
        ),
        Column(
            lambda: translate("DossiersModel", "State"),
            lambda r: state_name(r.dossier.state),
            background=lambda r: state_colour(r.dossier.state),
            sort_key=lambda r: list(DossierState).index(r.dossier.state),
        ),
    ]


def _at_the_fund() -> Column[R]:
    return Column(
        lambda: translate("DossiersModel", "At the fund"),
        lambda r: stage_name(r.dossier.remote_stage),
    )


def dossier_columns(lang: str, ctx_types_label: dict[str, str]) -> list[Column[DossierRow]]:
    first: list[Column[DossierRow]] = _who_and_what(lang, ctx_types_label)
    return [
        *first,
        _at_the_fund(),
        Column(
            lambda: translate("DossiersModel", "Opened"),
            lambda r: format_datetime(r.dossier.created_at),
            sort_key=lambda r: r.dossier.created_at.isoformat(),
        ),
    ]


class DossiersModel(RowsModel[DossierRow]):
    def __init__(
        self, lang: str, type_labels: dict[str, str], parent: QObject | None = None
    ) -> None:
        super().__init__(dossier_columns(lang, type_labels), parent)


# -- the portfolio (Dossiers tab) --------------------------------------------------------------

DUE_COLOURS = {Due.OVERDUE: "#fecaca", Due.SOON: "#fde68a"}  # red, amber; the text says it too


def due_text(r: PortfolioRow) -> str:
    if r.due is Due.OVERDUE:
        return fmt(translate("PortfolioModel", "Overdue since %1"), format_short_date(r.due_date))
    if r.due is Due.SOON:
        return fmt(translate("PortfolioModel", "Due soon: %1"), format_short_date(r.due_date))
    if r.due is Due.LATER:
        return format_short_date(r.due_date)
    return ""


def due_tooltip(r: PortfolioRow) -> str:
    if r.due_date is None or r.age_limit is None:
        return translate("PortfolioModel", "No due date: only age-limit dossiers have one.")
    return fmt(
        translate(
            "PortfolioModel",
            "Age limit on %1; the dossier is due by %2 (the fund's lead time before the limit).",
        ),
        format_date(r.age_limit),
        format_date(r.due_date),
    )


def _date_key(d: date | None) -> tuple[int, str]:
    return (0, d.isoformat()) if d else (1, "")  # rows without a date last


def portfolio_columns(
    lang: str, type_labels: dict[str, str], officers: Callable[[str], str]
) -> list[Column[PortfolioRow]]:
    first: list[Column[PortfolioRow]] = _who_and_what(lang, type_labels)
    return [
        *first,
        Column(
            lambda: translate("PortfolioModel", "Due date"),
            due_text,
            tooltip=due_tooltip,
            background=lambda r: DUE_COLOURS.get(r.due),
            sort_key=lambda r: _date_key(r.due_date if r.due is not Due.NONE else None),
        ),
        Column(lambda: translate("PortfolioModel", "Preparer"), lambda r: officers(r.preparer)),
        Column(
            lambda: translate("PortfolioModel", "Assigned to"),
            lambda r: officers(r.assignee) if r.assignee else "",
        ),
        _at_the_fund(),
        Column(
            lambda: translate("DossiersModel", "Opened"),
            lambda r: format_short_date(r.dossier.created_at.date()),
            tooltip=lambda r: format_datetime(r.dossier.created_at),
            sort_key=lambda r: r.dossier.created_at.isoformat(),
        ),
    ]


DUE_COLUMN = 4


class PortfolioModel(RowsModel[PortfolioRow]):
    """The portfolio's rows in display order: sorting happens here (no proxy), so a row number
    of the view is a row number of ``rows()``."""

    def __init__(
        self, lang: str, type_labels: dict[str, str], parent: QObject | None = None
    ) -> None:
        self.officer_names: dict[str, str] = {}
        self._columns_ = portfolio_columns(lang, type_labels, self._officer)
        super().__init__(self._columns_, parent)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def _officer(self, account_id: str) -> str:
        return self.officer_names.get(account_id, account_id)

    def _sorted(self, rows: Sequence[PortfolioRow]) -> list[PortfolioRow]:
        if self._sort is None:
            return list(rows)
        column, order = self._sort
        spec = self._columns_[column]

        def key(r: PortfolioRow) -> Any:
            return spec.sort_key(r) if spec.sort_key else spec.text(r).casefold()

        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: Sequence[PortfolioRow]) -> None:
        super().set_rows(self._sorted(rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns_):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.rows()
        after = self._sorted(before)
        where = {id(r): n for n, r in enumerate(after)}
        old = self.persistentIndexList()
        new = [self.index(where[id(before[i.row()])], i.column()) for i in old]
        self._rows = after
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.column() == DUE_COLUMN:
            r = self.row_at(index.row())
            if r is not None and r.due in DUE_COLOURS:
                kind = (
                    QStyle.StandardPixmap.SP_MessageBoxCritical
                    if r.due is Due.OVERDUE
                    else QStyle.StandardPixmap.SP_MessageBoxWarning
                )
                return QApplication.style().standardIcon(kind)
            return None
        return super().data(index, role)
