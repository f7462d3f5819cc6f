"""The responsible's dialog for an absent or leaving officer's dossiers.

Either hand every open dossier over to a colleague now (transfer, departure), or delegate them
for a dated period (absence). The services check the rights and the collectivity; both are
audited there.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Role
from app.services.accounts import AccountRow
from app.ui.i18n import fmt, translate
from app.ui.texts import role_name

RECEIVING_ROLES = (Role.PREPARER, Role.ADMIN)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class HandOverDialog(QDialog):
    def __init__(
        self,
        source: AccountRow,
        accounts: list[AccountRow],
        open_dossiers: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.setObjectName("handOverDialog")
        self.setWindowTitle(translate("AccountsView", "Dossiers of an absent officer"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fmt(
                translate(
                    "AccountsView",
                    "%n open dossier(s) of %1. Hand them over for good when the officer leaves "
                    "or is transferred, or delegate them for the time of an absence.",
                    None,
                    open_dossiers,
                ),
                source.id,
            )
        )
        intro.setObjectName("handOverIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.hand_over = QRadioButton(
            translate("AccountsView", "Hand over all open dossiers now (transfer or departure)")
        )
        self.hand_over.setObjectName("modeHandOver")
        self.delegate = QRadioButton(
            translate("AccountsView", "Delegate them for a period (absence)")
        )
        self.delegate.setObjectName("modeDelegate")
        self.delegate.setChecked(True)
        layout.addWidget(self.delegate)
        layout.addWidget(self.hand_over)

        form = QFormLayout()
        layout.addLayout(form)
        self.to = QComboBox()
        self.to.setObjectName("handOverTo")
        for a in accounts:
            if a.id != source.id and a.status == "active" and a.role in RECEIVING_ROLES:
                self.to.addItem(fmt("%1 — %2", a.id, role_name(a.role)), a.id)
        form.addRow(translate("AccountsView", "To the colleague"), self.to)
        self.starts = QDateEdit(_qdate(today))
        self.starts.setObjectName("delegationStarts")
        self.starts.setCalendarPopup(True)
        self.ends = QDateEdit(_qdate(today).addDays(14))
        self.ends.setObjectName("delegationEnds")
        self.ends.setCalendarPopup(True)
        form.addRow(translate("AccountsView", "From"), self.starts)
        form.addRow(translate("AccountsView", "Until (included)"), self.ends)
        self.note = QLabel(
            translate(
                "AccountsView",
                "A delegation is temporary and personal: the colleague works on the dossiers "
                "only during the period, and each use is written in the audit log.",
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.delegate.toggled.connect(self._mode_changed)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("handOverOk")
        ok.setEnabled(self.to.count() > 0)
        if self.to.count() == 0:
            self.note.setText(
                translate("AccountsView", "No other active preparer can receive these dossiers.")
            )
        layout.addWidget(self.buttons)

    def _mode_changed(self, delegating: bool) -> None:
        self.starts.setEnabled(delegating)
        self.ends.setEnabled(delegating)
        self.note.setVisible(delegating)

    def delegating(self) -> bool:
        return self.delegate.isChecked()

    def colleague(self) -> str:
        return str(self.to.currentData() or "")

    def period(self) -> tuple[date, date]:
        return _date(self.starts.date()), _date(self.ends.date())
