"""The page editor shows a turned page turned, before anything is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.pdf.pages import PageSpec
from app.ui.views import page_renderer
from app.ui.views.preview import PageEditor
from tests.support.fixtures import make_pdf
from tests.ui.helpers import click

pytestmark = pytest.mark.gui


def test_turned_page_is_previewed_before_saving(qtbot: QtBot, tmp_path: Path) -> None:
    editor = PageEditor(make_pdf(tmp_path / "two.pdf", pages=2), "two.pdf")  # A4 portrait
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.page_stack.currentWidget() is editor.view
    assert not editor.turn_note.isVisible()

    editor.pages.setCurrentRow(1)
    click(qtbot, editor.right)
    assert editor.page_stack.currentWidget() is editor.turned
    picture = editor.turned.pixmap()
    assert not picture.isNull() and picture.width() > picture.height()  # portrait, turned
    assert editor.turn_note.isVisible() and "90" in editor.turn_note.text()
    assert "2" in editor.turn_note.text()  # which page

    editor.pages.setCurrentRow(0)  # an unturned page: the plain page view again
    assert editor.page_stack.currentWidget() is editor.view
    assert not editor.turn_note.isVisible()
    editor.pages.setCurrentRow(1)
    assert editor.page_stack.currentWidget() is editor.turned
    click(qtbot, editor.left)  # turned back: nothing to preview
    assert editor.page_stack.currentWidget() is editor.view
    click(qtbot, editor.left)
    picture = editor.turned.pixmap()
    assert editor.page_stack.currentWidget() is editor.turned and "270" in editor.turn_note.text()
    assert picture.width() > picture.height()
    assert editor.specs() == [PageSpec(0, 0), PageSpec(1, 270)]  # nothing saved meanwhile
    editor.reject()


def test_pages_are_drawn_in_the_background_and_closing_early_is_safe(
    qtbot: QtBot, tmp_path: Path
) -> None:
    pdf = make_pdf(tmp_path / "five.pdf", pages=5)
    editor = PageEditor(pdf, "five.pdf")
    qtbot.addWidget(editor)
    assert editor.pages.count() == 5
    assert editor.pending == 5  # nothing was drawn on the GUI thread while opening
    qtbot.waitUntil(lambda: editor.pending == 0, timeout=10_000)
    assert editor.renderer is not None and editor.renderer.rendered == 5
    editor.reject()

    early = PageEditor(pdf, "five.pdf")  # closed while QtPdf's thread draws its pages
    qtbot.addWidget(early)
    renderer = early.renderer
    assert renderer is not None and renderer.pending == 5
    early.reject()
    assert early.renderer is None
    qtbot.waitUntil(lambda: renderer not in page_renderer._closing, timeout=10_000)
    assert renderer.rendered == 0  # what was still asked for was dropped
