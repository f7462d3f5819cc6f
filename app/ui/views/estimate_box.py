"""The pension estimate on the affiliate sheet: always labelled an estimate, with its formula.

The reference salary comes from the platform when it sends one; the officer may type another.
The estimate is pure arithmetic (app/domain/pension.py), computed here as the salary changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.domain.models import Affiliate
from app.domain.pension import AccrualRule, PensionKind, estimate
from app.ui.i18n import fmt, format_number, reading_alignment, translate


class EstimateBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("EstimateBox", "Pension estimate (not a liquidation)"), parent)
        self.setObjectName("estimateBox")
        self._affiliate: Affiliate | None = None
        self._rule: AccrualRule | None = None
        self._departure: date | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.salary = QSpinBox()
        self.salary.setObjectName("referenceSalary")
        self.salary.setRange(0, 1_000_000)
        self.salary.setSingleStep(100)
        self.salary.setSuffix(translate("EstimateBox", " MAD"))
        self.salary.setAccessibleName(translate("EstimateBox", "Monthly reference salary"))
        self.salary.valueChanged.connect(self._compute)
        form.addRow(translate("EstimateBox", "Monthly reference salary:"), self.salary)
        layout.addLayout(form)
        self.result = QLabel()
        self.result.setObjectName("estimateResult")
        self.result.setWordWrap(True)
        self.result.setAlignment(reading_alignment())
        self.result.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.result)
        self.formula = QLabel()
        self.formula.setObjectName("estimateFormula")
        self.formula.setWordWrap(True)
        self.formula.setStyleSheet("font-family: monospace; color: #334155;")
        layout.addWidget(self.formula)
        note = QLabel(
            translate(
                "EstimateBox",
                "ESTIMATE: 2.5 % of the reference salary per year of effective service before "
                "2017 and 2 % after (law 71.14), at most 100 %. The reference salary is the "
                "average of the last 8 years (to be confirmed by the fund); only the fund "
                "liquidates the pension.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #64748b; font-size: 9pt;")
        layout.addWidget(note)

    def show_for(
        self, affiliate: Affiliate, rule: AccrualRule | None, departure: date, salary: int | None
    ) -> None:
        self._affiliate, self._rule, self._departure = affiliate, rule, departure
        self.setVisible(rule is not None)
        self.salary.blockSignals(True)
        self.salary.setValue(salary or 0)
        self.salary.blockSignals(False)
        self._compute()

    def _compute(self) -> None:
        a, rule, departure = self._affiliate, self._rule, self._departure
        if a is None or rule is None or departure is None:
            return
        if self.salary.value() <= 0:
            self.result.setText(
                translate("EstimateBox", "Type the reference salary to see an estimate.")
            )
            self.formula.setText("")
            return
        e = estimate(a, rule, self.salary.value(), departure, PensionKind.AGE_LIMIT)
        self.result.setText(
            fmt(
                translate(
                    "EstimateBox", "About %1 MAD a month at the age limit (%2 % of the salary)."
                ),
                format_number(round(e.monthly_amount)),
                QLocale().toString(e.total_rate * 100, "f", 1),
            )
        )
        self.formula.setText(e.formula)
