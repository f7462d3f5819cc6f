"""The affiliate sheet: identity, career, what the law says, the affiliate's dossiers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Affiliate, DossierState, DossierType, Role, Sex
from app.services import affiliates as affiliates_service
from app.services import dossiers as dossiers_service
from app.services.affiliates import AffiliateSheet
from app.ui.adapters import DossierRow
from app.ui.i18n import fmt, format_date, format_datetime, reading_alignment, translate
from app.ui.models.dossiers import DossiersModel
from app.ui.reload import ReloadGate
from app.ui.texts import corps_name
from app.ui.views import tables
from app.ui.views.corrections_panel import CorrectionsPanel
from app.ui.views.estimate_box import EstimateBox
from app.ui.views.search import empty_state_label
from app.ui.workbench import Workbench

_CLOSED = (DossierState.REJECTED, DossierState.WITHDRAWN)
Loaded = tuple[AffiliateSheet, list[DossierRow]]


def _value(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setAlignment(reading_alignment())
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def duration(years: int, months: int) -> str:
    """ "43 years and 7 months", with each number's own plural form."""
    y = translate("AffiliateSheet", "%n year(s)", None, years)
    if months == 0:
        return y
    m = translate("AffiliateSheet", "%n month(s)", None, months)
    return fmt(translate("AffiliateSheet", "%1 and %2"), y, m)


class AffiliateSheetView(QWidget):
    open_dossier = Signal(str)

    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.sheet: AffiliateSheet | None = None
        self.dossiers: list[DossierRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 4)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = empty_state_label("sheetEmpty")
        self.empty.setText(
            translate("AffiliateSheet", "Choose an affiliate in the results to see the sheet.")
        )
        self.stack.addWidget(self.empty)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        self.body = scroll
        layout = QVBoxLayout(body)

        self.name_ar = QLabel()
        self.name_ar.setObjectName("nameAr")
        self.name_ar.setStyleSheet("font-size: 17pt; font-weight: 700;")
        self.name_lat = QLabel()
        self.name_lat.setObjectName("nameLat")
        self.name_lat.setStyleSheet("font-size: 13pt; color: #334155;")
        self.name_lat.setAlignment(reading_alignment())
        layout.addWidget(self.name_ar)
        layout.addWidget(self.name_lat)
        # The main actions first, where the eye lands (the sheet may scroll).
        buttons = QHBoxLayout()
        self.new_button = QPushButton(translate("AffiliateSheet", "New age-limit dossier"))
        self.new_button.setObjectName("newAgeLimitDossier")
        self.new_button.clicked.connect(self.new_dossier)
        buttons.addWidget(self.new_button)
        self.open_button = QPushButton(translate("AffiliateSheet", "Open the dossier"))
        self.open_button.setObjectName("openDossier")
        self.open_button.clicked.connect(self._open_selected)
        buttons.addWidget(self.open_button)
        self.correct_button = QPushButton(translate("AffiliateSheet", "Ask for a correction…"))
        self.correct_button.setObjectName("askCorrection")
        self.correct_button.clicked.connect(self.ask_correction)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("membership", translate("AffiliateSheet", "Membership no.:")),
            ("ppr", translate("AffiliateSheet", "PPR:")),
            ("cin", translate("AffiliateSheet", "CIN:")),
            ("sex", translate("AffiliateSheet", "Sex:")),
            ("birth", translate("AffiliateSheet", "Birth date:")),
            ("hire", translate("AffiliateSheet", "Hire date:")),
            ("corps", translate("AffiliateSheet", "Corps and grade:")),
            ("service", translate("AffiliateSheet", "Effective service:")),
            ("age_limit", translate("AffiliateSheet", "Age limit reached on:")),
            ("start", translate("AffiliateSheet", "Dossier to start from:")),
            ("early", translate("AffiliateSheet", "Early retirement:")),
            ("refund", translate("AffiliateSheet", "Leaving now:")),
            ("fresh", translate("AffiliateSheet", "Data as of:")),
        ):
            value = _value()
            value.setObjectName(f"sheet_{key}")
            self.fields[key] = value
            form.addRow(label, value)
        layout.addLayout(form)
        note = QLabel(
            translate(
                "AffiliateSheet",
                "Dates computed by Mellaf from law 011.71 as amended by law 71.14; the fund "
                "confirms them when it processes the dossier.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #64748b; font-size: 9pt;")
        layout.addWidget(note)
        self.estimate = EstimateBox()
        layout.addWidget(self.estimate)
        self.corrections = CorrectionsPanel(wb)
        layout.addWidget(self.corrections)

        heading = QLabel(translate("AffiliateSheet", "Dossiers of this affiliate"))
        heading.setStyleSheet("font-size: 12pt; font-weight: 600; margin-top: 8px;")
        layout.addWidget(heading)
        labels = {
            str(t): spec.label_for(wb.lang.code) for t, spec in wb.ctx.fund.dossier_types.items()
        }
        self.model = DossiersModel(wb.lang.code, labels, self)
        self.table = QTableView()
        self.table.setObjectName("affiliateDossiers")
        self.table.setModel(self.model)
        tables.configure(self.table)
        self.table.setMinimumHeight(110)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table)
        self.no_dossier = QLabel(translate("AffiliateSheet", "No dossier yet."))
        self.no_dossier.setStyleSheet("color: #475569;")
        layout.addWidget(self.no_dossier)

        layout.addStretch(1)
        self.gate = ReloadGate(self, self._reload_now)

    # -- loading ------------------------------------------------------------------------------

    def show_affiliate(self, affiliate: Affiliate) -> None:
        wb = self.wb
        wb.run(
            self,
            self._reader(affiliate),
            self._fill,
            label=translate("AffiliateSheet", "Opening the sheet…"),
        )
        self.corrections.load(affiliate.membership_no, send=True)

    def _reader(self, affiliate: Affiliate) -> Callable[[object], Loaded]:
        wb, actor = self.wb, self.wb.actor

        def work(_: object) -> Loaded:
            sheet = affiliates_service.sheet(wb.ctx, actor, affiliate)
            rows = [
                DossierRow(d, affiliate)
                for d in dossiers_service.list_for(wb.ctx, actor, affiliate.membership_no)
            ]
            return sheet, rows

        return work

    def ask_correction(self) -> None:
        if self.sheet is not None:
            self.corrections.ask(self.sheet.affiliate)

    def reload(self) -> None:
        """The affiliate's dossiers changed: read the sheet again now if it is shown, else
        when it is next shown (once, however many changes came meanwhile)."""
        if self.sheet is not None:
            self.gate.request()

    def _reload_now(self) -> object:
        if self.sheet is None or self.wb.session is None:
            return None
        affiliate = self.sheet.affiliate

        def fill(result: Loaded) -> None:
            shown = self.sheet.affiliate.membership_no if self.sheet is not None else None
            if self.gate.current() and shown == affiliate.membership_no:  # still this one
                self._fill(result)

        started = self.wb.run(
            self, self._reader(affiliate), fill, finished=self.gate.finished, blocking=False
        )
        self.corrections.load(affiliate.membership_no, send=True)
        return started

    def _fill(self, result: Loaded) -> None:
        sheet, rows = result
        self.sheet, self.dossiers = sheet, rows
        a = sheet.affiliate
        self.name_ar.setText(a.full_name_ar)
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_lat.setText(a.full_name_lat)
        f = self.fields
        f["membership"].setText(a.membership_no)
        f["ppr"].setText(a.ppr)
        f["cin"].setText(a.cin)
        f["sex"].setText(
            translate("AffiliateSheet", "Man")
            if a.sex is Sex.MALE
            else translate("AffiliateSheet", "Woman")
        )
        f["birth"].setText(format_date(a.birth_date))
        f["hire"].setText(format_date(a.hire_date))
        f["corps"].setText(
            fmt(translate("AffiliateSheet", "%1 — %2"), corps_name(a.corps), a.grade)
            if a.grade
            else corps_name(a.corps)
        )
        f["service"].setText(duration(sheet.service_years, sheet.service_months))
        age = duration(*divmod(sheet.age_limit_months, 12))
        f["age_limit"].setText(
            fmt(
                translate("AffiliateSheet", "%1 (age limit of %2)"),
                format_date(sheet.age_limit_date),
                age,
            )
        )
        today = self.wb.ctx.today()
        start = format_date(sheet.dossier_start_date)
        if sheet.dossier_start_date <= today:
            f["start"].setText(
                fmt(translate("AffiliateSheet", "%1 — the dossier is due now"), start)
            )
            f["start"].setStyleSheet("color: #9a3412; font-weight: 600;")
        else:
            f["start"].setText(start)
            f["start"].setStyleSheet("")
        e = sheet.early
        sex_rule = (
            translate("AffiliateSheet", "minimum %1 years of effective service for men")
            if a.sex is Sex.MALE
            else translate("AffiliateSheet", "minimum %1 years of effective service for women")
        )
        rule = fmt(sex_rule, e.min_years)
        if e.eligible and e.date_reached >= today:
            # The minimum is already reached; its date is not known here (see the report).
            text = fmt(translate("AffiliateSheet", "Eligible (%1)."), rule)
        elif e.eligible:
            text = fmt(
                translate("AffiliateSheet", "Eligible (%1), reached on %2."),
                rule,
                format_date(e.date_reached),
            )
        else:
            text = fmt(
                translate(
                    "AffiliateSheet", "Not yet eligible (%1); reached on %2 if service continues."
                ),
                rule,
                format_date(e.date_reached),
            )
        f["early"].setText(text)
        self._fill_refund_and_freshness(sheet)
        self.estimate.show_for(
            a, self.wb.ctx.fund.accrual, sheet.age_limit_date, a.reference_salary
        )
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.open_button.setVisible(bool(rows))
        self.no_dossier.setVisible(not rows)
        if rows:
            tables.select_row(self.table, 0)
        self._update_new_button()
        self.stack.setCurrentWidget(self.body)

    def _fill_refund_and_freshness(self, sheet: AffiliateSheet) -> None:
        f = self.fields
        r = sheet.refund
        if r is None or not r.before_age_limit:
            f["refund"].setText(translate("AffiliateSheet", "Age limit reached: pension."))
        elif r.eligible:
            f["refund"].setText(
                translate(
                    "AffiliateSheet",
                    "Refund of the deductions (less effective service than the minimum for a "
                    "pension).",
                )
            )
        else:
            f["refund"].setText(
                translate("AffiliateSheet", "Early pension (the minimum service is reached).")
            )
        if sheet.fresh_at is None:
            f["fresh"].setText(translate("AffiliateSheet", "Never confirmed by the platform."))
        else:
            f["fresh"].setText(format_datetime(sheet.fresh_at))
        if sheet.stale:
            f["fresh"].setText(
                fmt(
                    translate("AffiliateSheet", "%1 — older than %2 days: may be out of date"),
                    f["fresh"].text(),
                    self.wb.ctx.fund.cache_max_age_days,
                )
            )
            f["fresh"].setStyleSheet("color: #9a3412; font-weight: 600;")
        else:
            f["fresh"].setStyleSheet("")

    def _update_new_button(self) -> None:
        role = self.wb.actor.role
        existing = [
            r
            for r in self.dossiers
            if r.dossier.type is DossierType.AGE_LIMIT and r.dossier.state not in _CLOSED
        ]
        if role not in (Role.PREPARER, Role.ADMIN):
            self.new_button.setEnabled(False)
            self.new_button.setToolTip(
                translate("AffiliateSheet", "Only a preparer opens dossiers; your role cannot.")
            )
        elif existing:
            self.new_button.setEnabled(False)
            self.new_button.setToolTip(
                translate(
                    "AffiliateSheet", "This affiliate already has an age-limit dossier: open it."
                )
            )
        else:
            self.new_button.setEnabled(True)
            self.new_button.setToolTip(
                translate("AffiliateSheet", "Open a new age-limit dossier and its checklist.")
            )

    # -- actions ------------------------------------------------------------------------------

    def new_dossier(self) -> None:
        if self.sheet is None:
            return
        wb, membership = self.wb, self.sheet.affiliate.membership_no
        actor = wb.actor

        def work(_: object) -> str:
            return dossiers_service.open_dossier(
                wb.ctx, actor, membership, DossierType.AGE_LIMIT
            ).id

        def done(dossier_id: str) -> None:
            self.gate.now()  # "New" is disabled once the sheet shows the new dossier
            self.open_dossier.emit(dossier_id)

        wb.run(self, work, done, label=translate("AffiliateSheet", "Opening a new dossier…"))

    def _activated(self) -> None:
        self._open_selected()

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is not None:
            self.open_dossier.emit(row.dossier.id)
