"""Departure planner rows: age limit, dossier start date, whether a dossier exists."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject

from app.services.planner import Departure
from app.ui.i18n import format_short_date, translate
from app.ui.models.rows import Column, RowsModel
from app.ui.texts import corps_name


def planner_columns(today: Callable[[], date]) -> list[Column[Departure]]:
    def dossier(d: Departure) -> str:
        if d.dossier_id:
            return translate("PlannerModel", "Opened")
        if d.due(today()):
            return translate("PlannerModel", "None — due now")
        return translate("PlannerModel", "None yet")

    def colour(d: Departure) -> str | None:
        if d.dossier_id:
            return "#dcfce7"
        return "#ffedd5" if d.due(today()) else None

    return [
        Column(
            lambda: translate("PlannerModel", "Age limit"),
            lambda d: format_short_date(d.age_limit_date),
            sort_key=lambda d: d.age_limit_date.isoformat(),
        ),
        Column(
            lambda: translate("PlannerModel", "Dossier from"),
            lambda d: format_short_date(d.dossier_start_date),
            sort_key=lambda d: d.dossier_start_date.isoformat(),
        ),
        Column(lambda: translate("PlannerModel", "Dossier"), dossier, background=colour),
        Column(
            lambda: translate("PlannerModel", "Membership no."), lambda d: d.affiliate.membership_no
        ),
        Column(lambda: translate("PlannerModel", "Name"), lambda d: d.affiliate.full_name_lat),
        Column(
            lambda: translate("PlannerModel", "Name (Arabic)"), lambda d: d.affiliate.full_name_ar
        ),
        Column(lambda: translate("PlannerModel", "Corps"), lambda d: corps_name(d.affiliate.corps)),
    ]


class PlannerModel(RowsModel[Departure]):
    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(planner_columns(today), parent)
