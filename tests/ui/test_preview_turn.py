"""The page editor shows a turned page turned, before anything is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.pdf.pages import PageSpec
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
