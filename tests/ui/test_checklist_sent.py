"""In a complement, the checklist shows which documents the fund already has: they cannot be
removed, and the item the fund asked for stays missing until a new document is attached."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.domain.models import ChecklistItemSpec, Document
from app.services.dossiers import ChecklistLine
from app.ui.views.checklist import ChecklistView

pytestmark = pytest.mark.gui

SPEC = ChecklistItemSpec("birth_certificate", {"fr": "Extrait d'acte de naissance"})


def doc(n: int, remote: str | None) -> Document:
    return Document(n, "D", SPEC.code, f"acte-{n}.pdf", "ab" * 32, 1000, "cd" * 32, None, remote)


def test_sent_documents_stay_and_a_request_needs_a_new_one(qtbot: QtBot) -> None:
    view = ChecklistView()
    qtbot.addWidget(view)
    sent = doc(1, "DOC-1")
    view.set_lines([ChecklistLine(SPEC, [sent], "illegible copy")], "fr", {}, True)
    row = view.row(SPEC.code)
    assert row is not None and row.status == "missing"  # the sent one does not answer
    assert view.findChild(QPushButton, "remove_1") is None
    info = [w.text() for w in view.findChildren(QLabel, "docInfo")]
    assert any("sent to the fund" in t for t in info)

    new = Document(2, "D", SPEC.code, "acte-new.pdf", "ef" * 32, 900)
    view.set_lines([ChecklistLine(SPEC, [sent, new], "illegible copy")], "fr", {}, True)
    row = view.row(SPEC.code)
    assert row is not None and row.status == "done"
    assert view.findChild(QPushButton, "remove_2") is not None
