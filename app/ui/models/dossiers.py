"""Dossiers of the collectivity (or of one affiliate), with their state."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.ui.adapters import DossierRow
from app.ui.i18n import format_datetime, translate
from app.ui.models.rows import Column, RowsModel
from app.ui.texts import person_name, stage_name, state_colour, state_name


def dossier_columns(lang: str, ctx_types_label: dict[str, str]) -> list[Column[DossierRow]]:
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
            lambda r: ctx_types_label.get(str(r.dossier.type), str(r.dossier.type)),
        ),
        Column(
            lambda: translate("DossiersModel", "State"),
            lambda r: state_name(r.dossier.state),
            background=lambda r: state_colour(r.dossier.state),
        ),
        Column(
            lambda: translate("DossiersModel", "At the fund"),
            lambda r: stage_name(r.dossier.remote_stage),
        ),
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
