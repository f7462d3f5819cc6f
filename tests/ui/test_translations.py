"""Every interface string has a finished Arabic and French translation; Arabic mirrors."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui import i18n
from app.ui.i18n import fmt, format_date, translate
from app.ui.i18n_build import compile_one, ts_files, update

pytestmark = pytest.mark.gui

TS_DIR = i18n.translations_dir()
PLACEHOLDER = re.compile(r"%(?:\d|n)")
# Qt's plural rules: Arabic has six forms, French two (0 and 1 singular), English two.
NUMERUS_FORMS = {"ar": 6, "fr": 2, "en": 2}


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            found[(name, msg.findtext("source") or "")] = msg
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in app/ui today (not what the .ts files say)."""
    fresh = tmp_path_factory.mktemp("ts") / "mellaf_xx.ts"
    update(fresh)
    return messages(fresh)


def test_sources_are_found(extracted: dict[tuple[str, str], ET.Element]) -> None:
    assert len(extracted) > 200
    assert ("LoginDialog", "Sign in") in extracted


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_string_is_translated(
    lang: str, extracted: dict[tuple[str, str], ET.Element]
) -> None:
    done = messages(TS_DIR / f"mellaf_{lang}.ts")
    missing = sorted(set(extracted) - set(done))
    assert not missing, f"run python -m app.ui.i18n_build --update, then translate: {missing}"
    problems = []
    for key in extracted:
        msg = done[key]
        tr = msg.find("translation")
        assert tr is not None
        if tr.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append((key, "unfinished"))
            continue
        if msg.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.findall("numerusform")]
            if len(forms) != NUMERUS_FORMS[lang] or not all(f.strip() for f in forms):
                problems.append((key, f"{len(forms)} plural forms"))
            texts = forms
        else:
            texts = [tr.text or ""]
            if not texts[0].strip():
                problems.append((key, "empty"))
        source_marks = set(PLACEHOLDER.findall(key[1])) - {"%n"}
        for text in texts:
            lost = source_marks - set(PLACEHOLDER.findall(text))
            if lost:
                problems.append((key, f"lost {sorted(lost)}"))
    assert not problems


def test_english_plurals_are_spelled_out(extracted: dict[tuple[str, str], ET.Element]) -> None:
    plural = {k for k, m in extracted.items() if m.get("numerus") == "yes"}
    done = messages(TS_DIR / "mellaf_en.ts")
    assert plural <= set(done)
    for key in plural:
        forms = [f.text for f in done[key].findall("translation/numerusform")]
        assert len(forms) == 2 and all(forms)


def test_translations_compile(tmp_path: Path) -> None:
    for ts in ts_files():
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        assert compile_one(copy).stat().st_size > 0


def test_arabic_mirrors_the_interface_and_writes_moroccan_dates(qapp: QApplication) -> None:
    try:
        lang = i18n.install(qapp, "ar")
        assert lang.rtl and qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert translate("LoginDialog", "Sign in") == "دخول"
        assert translate("Checklist", "%n page(s)", None, 2) == "صفحتان"
        assert "مارس" in format_date(date(2027, 3, 12)) and "2027" in format_date(date(2027, 3, 12))
        # A Latin file name keeps its own direction inside an Arabic sentence.
        assert fmt("حذف %1", "scan 1.pdf") == "\u200fحذف \u2068scan 1.pdf\u2069"
        i18n.install(qapp, "fr")
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert format_date(date(2027, 3, 12)) == "12 mars 2027"
        assert translate("Checklist", "%n page(s)", None, 1) == "1 page"
    finally:
        i18n.install(qapp, "en")
