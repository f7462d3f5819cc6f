"""A yes/no question that does not block the event loop (the answer arrives by callback)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.i18n import translate


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    yes_text: str,
    on_yes: Callable[[], None],
    *,
    detail: str = "",
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirmYes")
    no = box.addButton(translate("Confirm", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    no.setObjectName("confirmNo")
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def answered() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


def inform(
    parent: QWidget | None,
    title: str,
    text: str,
    detail: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("infoBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
