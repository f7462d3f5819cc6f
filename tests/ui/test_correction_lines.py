"""The affiliate sheet's list of correction requests says what the fund decided."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication

from app.store.corrections import CorrectionRequest
from app.ui import i18n
from app.ui.views.correction import describe

ANSWERED = CorrectionRequest(
    id=1,
    membership_no="900000001",
    collectivity_id="C-DEMO",
    field="birth_date",
    comment="fictional",
    attachment_sha256=None,
    attachment_name=None,
    state="answered",
    remote_id="R-1",
    answer="Pièce reçue.",
    answered_at="2026-11-20T10:00:00+00:00",
    last_error=None,
    created_by="demo.preparer",
    created_at="2026-11-19T10:00:00+00:00",
)


def test_the_decision_is_said_in_words(qapp: QApplication) -> None:
    try:
        i18n.install(qapp, "fr")
        accepted = describe(replace(ANSWERED, decision="accepted"))
        refused = describe(replace(ANSWERED, decision="refused"))
        unknown = describe(ANSWERED)  # an older answer, with no decision recorded
        assert "accepté par la Caisse" in accepted and "Pièce reçue." in accepted
        assert "refusé par la Caisse" in refused and "Pièce reçue." in refused
        assert "accepté" not in unknown and "refusé" not in unknown
        assert "Pièce reçue." in unknown
    finally:
        i18n.install(qapp, "en")
