"""The one save dialog of the portfolio's and the planner's exports: the title in the
interface's language, the format's extension added when the officer typed none, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.ui import i18n
from app.ui.views.export_file import export_target

pytestmark = pytest.mark.gui


def test_export_target(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str, str]] = []
    answer = {"name": ""}

    def save_dialog(_parent: QWidget, title: str, start: str, pattern: str) -> tuple[str, str]:
        asked.append((title, start, pattern))
        return answer["name"], pattern

    # the platform's native dialog cannot be driven from a test: answer in its place
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    parent = QWidget()
    answer["name"] = str(tmp_path / "list")
    assert export_target(parent, "csv", "dossiers") == tmp_path / "list.csv"
    assert asked[-1] == ("Export as CSV", "dossiers.csv", "CSV (*.csv)")
    answer["name"] = str(tmp_path / "plan.XLSX")
    assert export_target(parent, "xlsx", "departures") == tmp_path / "plan.XLSX"
    assert asked[-1][1:] == ("departures.xlsx", "Excel (*.xlsx)")
    answer["name"] = ""  # cancelled
    assert export_target(parent, "csv", "dossiers") is None
    with pytest.raises(ValueError):
        export_target(parent, "pdf", "dossiers")
    i18n.install(qapp, "fr")
    answer["name"] = str(tmp_path / "x.csv")
    export_target(parent, "csv", "dossiers")
    assert asked[-1][0] not in ("", "Export as CSV")  # translated
    parent.deleteLater()
