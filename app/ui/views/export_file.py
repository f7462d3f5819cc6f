"""Where to save an export of the list on screen (CSV or XLSX): one save dialog for the
portfolio and the departure planner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.i18n import translate

KINDS = ("csv", "xlsx")


def export_target(parent: QWidget, kind: str, stem: str) -> Path | None:
    """Ask where to save ``stem.kind``; None when the officer cancels. A name typed without
    the format's extension gets it (the file then opens in a spreadsheet)."""
    if kind not in KINDS:
        raise ValueError(f"unknown export format {kind!r}")
    if kind == "csv":
        title, pattern = translate("ExportFile", "Export as CSV"), "CSV (*.csv)"
    else:
        title, pattern = translate("ExportFile", "Export as XLSX"), "Excel (*.xlsx)"
    name, _ = QFileDialog.getSaveFileName(parent, title, f"{stem}.{kind}", pattern)
    if not name:
        return None
    target = Path(name)
    return (
        target if target.suffix.lower() == f".{kind}" else target.with_name(f"{target.name}.{kind}")
    )
