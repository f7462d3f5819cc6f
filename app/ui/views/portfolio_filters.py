"""The portfolio's filters: state group, dossier type, officer, due date, and a text search field
(placed by the view). ``state()`` / ``restore()`` give and take the choices an account keeps
between starts (``app.services.preferences.PortfolioView``; the search text is not kept)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.models import Account, DossierType
from app.services.portfolio import NOBODY, Due, Filter
from app.services.preferences import PortfolioView
from app.ui.i18n import translate

ANYONE = "*"  # the officer combo's "anyone" (NOBODY, "", is "not assigned")


def _combo(name: str, label: str, bar: QHBoxLayout) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    caption = QLabel(label)
    caption.setBuddy(combo)
    bar.addWidget(caption)
    bar.addWidget(combo)
    return combo


class PortfolioFilters(QWidget):
    changed = Signal()

    def __init__(self, type_labels: dict[DossierType, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.group = _combo("dossierFilter", translate("DossiersView", "&Show:"), bar)
        for key, text in (
            ("all", translate("PortfolioFilters", "All open dossiers")),
            ("prepare", translate("DossiersView", "Being prepared")),
            ("certify", translate("DossiersView", "To certify")),
            ("send", translate("DossiersView", "To send")),
            ("fund", translate("DossiersView", "At the fund")),
            ("archive", translate("PortfolioFilters", "Archive (closed dossiers)")),
        ):
            self.group.addItem(text, key)
        self.type = _combo("dossierType", translate("PortfolioFilters", "T&ype:"), bar)
        self.type.addItem(translate("PortfolioFilters", "All types"), None)
        # long type names would squeeze the rest of the bar
        self.type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type.setMinimumContentsLength(14)
        for kind, text in type_labels.items():
            self.type.addItem(text, str(kind))
        self.officer = _combo("dossierOfficer", translate("PortfolioFilters", "O&fficer:"), bar)
        self.officer.setToolTip(
            translate("PortfolioFilters", "Dossiers this officer prepares or is assigned to.")
        )
        self._wanted_officer: str | None = None  # restored before the officers are known
        self.set_officers([], None)
        self.due = _combo("dossierDue", translate("PortfolioFilters", "D&ue:"), bar)
        for value, text in (
            (None, translate("PortfolioFilters", "Any due date")),
            (str(Due.OVERDUE), translate("PortfolioFilters", "Overdue")),
            (str(Due.SOON), translate("PortfolioFilters", "Due within 30 days")),
            (str(Due.LATER), translate("PortfolioFilters", "Due later")),
        ):
            self.due.addItem(text, value)
        self.search = QLineEdit()
        self.search.setObjectName("dossierSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate("PortfolioFilters", "Search: membership no., PPR or name")
        )
        self.search.setAccessibleName(translate("PortfolioFilters", "Search the dossiers"))
        self.search.setMinimumWidth(280)
        bar.addStretch(1)  # the view places the search field beside its buttons
        self.officer.currentIndexChanged.connect(self._officer_chosen)
        for combo in (self.group, self.type, self.officer, self.due):
            combo.currentIndexChanged.connect(self.changed)
        self.search.textChanged.connect(self.changed)

    def set_officers(self, accounts: list[Account], me: Account | None) -> None:
        """Fill the officer list (me first), keeping the current choice when it is still there."""
        current = self.officer.currentData()
        if self._wanted_officer is not None:
            current = self._wanted_officer
        self.officer.blockSignals(True)
        self.officer.clear()
        self.officer.addItem(translate("PortfolioFilters", "Anyone"), ANYONE)
        if me is not None:
            self.officer.addItem(translate("PortfolioFilters", "Me"), me.id)
        self.officer.addItem(translate("PortfolioFilters", "Not assigned"), NOBODY)
        for a in accounts:
            if me is None or a.id != me.id:
                self.officer.addItem(a.display_name or a.id, a.id)
        index = self.officer.findData(current)
        if index >= 0 or me is not None:  # found, or the officers are known: settled
            self._wanted_officer = None
        self.officer.setCurrentIndex(max(0, index))
        self.officer.blockSignals(False)

    def _officer_chosen(self) -> None:
        self._wanted_officer = None  # the officer chose: nothing left to restore

    def set_group(self, key: str) -> None:
        self.group.setCurrentIndex(max(0, self.group.findData(key)))

    def state(self, base: PortfolioView) -> PortfolioView:
        """The choices shown, over ``base`` (which holds the sort)."""
        officer = self.officer.currentData()
        if self._wanted_officer is not None:  # the officers are not loaded yet
            officer = self._wanted_officer
        return replace(
            base,
            group=str(self.group.currentData() or "all"),
            dossier_type=self.type.currentData(),
            officer=None if officer in (None, ANYONE) else str(officer),
            due=self.due.currentData(),
        )

    def restore(self, view: PortfolioView) -> None:
        """Show the choices kept; one no longer offered falls back to the first entry. The
        officer is chosen once the officers are known (``set_officers``)."""
        for combo, value in (
            (self.group, view.group),
            (self.type, view.dossier_type),
            (self.due, view.due),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        officer = ANYONE if view.officer is None else view.officer
        index = self.officer.findData(officer)
        self.officer.setCurrentIndex(max(0, index))
        self._wanted_officer = None if index >= 0 else officer

    def value(self) -> Filter:
        kind, officer, due = (
            self.type.currentData(),
            self.officer.currentData(),
            self.due.currentData(),
        )
        return Filter(
            group=str(self.group.currentData() or "all"),
            dossier_type=DossierType(kind) if kind else None,
            officer=None if officer in (None, ANYONE) else str(officer),
            due=Due(due) if due else None,
            text=self.search.text(),
        )
