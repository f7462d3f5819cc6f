"""Search results: affiliates, with the CIN partly masked."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain.models import Affiliate
from app.ui.i18n import format_short_date, translate
from app.ui.models.rows import Column, RowsModel
from app.ui.texts import mask_cin


def affiliate_columns() -> list[Column[Affiliate]]:
    return [
        Column(lambda: translate("AffiliatesModel", "Membership no."), lambda a: a.membership_no),
        Column(lambda: translate("AffiliatesModel", "PPR"), lambda a: a.ppr),
        Column(
            lambda: translate("AffiliatesModel", "CIN"),
            lambda a: mask_cin(a.cin),
            tooltip=lambda a: translate("AffiliatesModel", "Open the sheet to see the full CIN"),
        ),
        Column(lambda: translate("AffiliatesModel", "Name"), lambda a: a.full_name_lat),
        Column(lambda: translate("AffiliatesModel", "Name (Arabic)"), lambda a: a.full_name_ar),
        Column(
            lambda: translate("AffiliatesModel", "Birth date"),
            lambda a: format_short_date(a.birth_date),
            sort_key=lambda a: a.birth_date.isoformat(),
        ),
    ]


class AffiliatesModel(RowsModel[Affiliate]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(affiliate_columns(), parent)
