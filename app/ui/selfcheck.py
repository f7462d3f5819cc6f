"""The Qt part of ``mellaf --self-test``: platform plugins, a widget, translations, QtPdf.

Runs on the offscreen platform (no display needed), so an installed bundle can be checked on a
server or by a support script. Each check is ``(name, passed, detail)``; nothing here is shown to
officers, so the details are in English like the rest of the command line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QSize, QTranslator, qVersion
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QLabel

from app.ui import i18n

Check = tuple[str, bool, str]


def _platform_plugins() -> list[str]:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    if not folder.is_dir():
        return []
    names = []
    for entry in folder.iterdir():
        stem = entry.name.split(".", 1)[0]
        names.append(stem.removeprefix("lib").removeprefix("q"))
    return sorted(names)


def _needed_plugins() -> tuple[str, ...]:
    if sys.platform.startswith("win"):
        return ("offscreen", "windows")
    if sys.platform == "darwin":  # pragma: no cover - not a target yet
        return ("offscreen", "cocoa")
    return ("offscreen", "xcb")


def check_qt(pdf: Path) -> list[Check]:
    """Start Qt offscreen, paint a widget, load the translations, render ``pdf`` with QtPdf."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["mellaf"])
    checks: list[Check] = []

    plugins = _platform_plugins()
    missing = [p for p in _needed_plugins() if p not in plugins]
    checks.append(
        (
            "qt",
            not missing and app.platformName() == "offscreen",
            f"Qt {qVersion()} on {app.platformName()}; platform plugins: {', '.join(plugins)}"
            + (f"; MISSING: {', '.join(missing)}" if missing else ""),
        )
    )

    label = QLabel("Mellaf — ملف")
    label.resize(200, 40)
    pixmap = label.grab()
    checks.append(
        (
            "widgets",
            not pixmap.isNull() and pixmap.width() > 0,
            f"a label painted at {pixmap.width()}x{pixmap.height()}",
        )
    )
    label.deleteLater()

    for code in ("ar", "fr"):
        i18n.install(app, code)
        loaded = {
            Path(t.filePath()).name
            for t in app.findChildren(QTranslator)
            if not t.isEmpty() and t.filePath().endswith(f"_{code}.qm")
        }
        ours, qts = f"mellaf_{code}.qm", f"qtbase_{code}.qm"
        checks.append(
            (
                f"translations {code}",
                ours in loaded and qts in loaded,
                f"loaded: {', '.join(sorted(loaded)) or 'nothing'}",
            )
        )
    i18n.install(app, "en")

    doc = QPdfDocument()
    error = doc.load(str(pdf))
    pages = doc.pageCount()
    image = doc.render(0, QSize(210, 297)) if pages else QImage()
    checks.append(
        (
            "qtpdf",
            error == QPdfDocument.Error.None_ and pages >= 1 and not image.isNull(),
            f"{pdf.name}: {pages} page(s), "
            f"{'loaded' if error == QPdfDocument.Error.None_ else error.name}, "
            f"first page rendered {image.width()}x{image.height()}",
        )
    )
    doc.close()
    return checks
