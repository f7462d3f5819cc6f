"""The settings dialog, generated from the declared settings (``app.config.settings.DECLARED``):
one tab per group, one field per setting with its description, checked by ``validate`` and saved
whole (temporary file, then rename) in the background.

The data-protection group is for the administrator: other accounts see it read-only.

Signed in, the language is the account's own (``app.services.preferences``), applied at its next
sign-in; the computer's default language (the sign-in dialog's, kept in the settings file) is
chosen by the first-run assistant or ``mellaf --lang``. On a kiosk one officer's choice thus
never changes another's screens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config.settings import (
    DECLARED,
    GROUPS,
    Setting,
    SettingError,
    Settings,
    choices_of,
    validate,
)
from app.domain.models import Role
from app.services import preferences
from app.ui.i18n import translate
from app.ui.setting_labels import choice_text, group_title, labels, problem_text
from app.ui.workbench import Workbench

ADMIN_GROUPS = ("data",)  # groups only the administrator changes
INT_MAX = 1_000_000


class Invalid(Exception):
    """Some values were refused; ``errors`` says which and why."""

    def __init__(self, errors: list[SettingError]) -> None:
        super().__init__(f"{len(errors)} setting(s) refused")
        self.errors = errors


PERSONAL = ("language",)  # kept per account once signed in, not in the shared settings file


def check_and_save(
    settings: Settings,
    raw: dict[str, Any],
    personal: dict[str, Any] | None = None,
    save_personal: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Validate every value, then set and save them all (or none); returns what changed.

    ``personal`` values (the signed-in account's, with their current values) are checked the
    same way and handed to ``save_personal`` instead of the settings file."""
    errors: list[SettingError] = []
    mine: dict[str, Any] = {}
    for key, (value, _) in (personal or {}).items():
        try:
            mine[key] = validate(key, value)
        except SettingError as exc:
            errors.append(exc)
    clean: dict[str, Any] = {}
    for key, value in raw.items():
        try:
            clean[key] = validate(key, value)
        except SettingError as exc:
            errors.append(exc)
    if errors:
        raise Invalid(errors)
    changed = {k: v for k, v in clean.items() if settings.get(k) != v}
    changed |= {k: v for k, v in mine.items() if (personal or {})[k][1] != v}
    if mine and save_personal is not None:
        save_personal(mine)
    for key, value in clean.items():
        settings.set(key, value)
    settings.save()
    return changed


class _PathField(QWidget):
    def __init__(self, many: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.many = many
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
        self.browse = QPushButton(translate("SettingsDialog", "Browse…"))
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("SettingsDialog", "Choose a file"))
        if not path:
            return
        current = self.edit.text().strip()
        self.edit.setText(f"{current};{path}" if self.many and current else path)


class SettingsDialog(QDialog):
    saved = Signal(object)  # dict of the settings that changed

    def __init__(self, wb: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(620)
        self.resize(720, 560)
        self.fields: dict[str, QWidget] = {}
        self.problems: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        words = labels()
        admin = wb.session is not None and wb.session.account.role is Role.ADMIN
        for group in GROUPS:
            page = QWidget()
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            if group in ADMIN_GROUPS and not admin:
                note = QLabel(
                    translate("SettingsDialog", "Only the administrator changes these settings.")
                )
                note.setObjectName("adminOnly")
                note.setWordWrap(True)
                form.addRow(note)
            for spec in (s for s in DECLARED if s.group == group):
                label_text, description = words[spec.key]
                editor = self._editor(spec)
                editor.setEnabled(admin or group not in ADMIN_GROUPS)
                self.fields[spec.key] = editor
                label = QLabel(label_text)
                label.setBuddy(editor.edit if isinstance(editor, _PathField) else editor)
                help_text = QLabel(description)
                help_text.setWordWrap(True)
                help_text.setStyleSheet("color: #475569; font-size: 9pt;")
                problem = QLabel()
                problem.setObjectName(f"problem_{spec.key}")
                problem.setWordWrap(True)
                problem.setStyleSheet("color: #b91c1c;")
                problem.hide()
                self.problems[spec.key] = problem
                help_text.setContentsMargins(0, 0, 0, 8)
                form.addRow(label, editor)
                form.addRow(problem)  # whole width: wrapped text keeps its height
                form.addRow(help_text)
            scroll = QScrollArea()
            scroll.setObjectName(f"settings_{group}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, group_title(group))

        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            translate("SettingsDialog", "&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveSettings")
        self.save_button.setDefault(True)
        cancel = buttons.addButton(
            translate("SettingsDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setObjectName("cancelSettings")
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if wb.session is not None:
            self._load_personal()

    def _load_personal(self) -> None:
        """The account's own language, read in the background (the field waits for it)."""
        wb, actor, editor = self.wb, self.wb.actor, self.fields["language"]
        editor.setEnabled(False)

        def loaded(code: str | None) -> None:
            if code:
                self.set_value("language", code)
            editor.setEnabled(True)

        wb.run(
            self,
            lambda _: preferences.load(wb.ctx, actor).language,
            loaded,
            failure=lambda _: editor.setEnabled(True),
            blocking=False,
        )

    # -- fields -------------------------------------------------------------------------------

    def _editor(self, spec: Setting) -> QWidget:
        value = self.wb.settings.get(spec.key)
        if spec.key == "language" and self.wb.session is not None:
            value = self.wb.lang.code  # the signed-in account's language
        if spec.type is bool:
            check = QCheckBox()
            check.setChecked(bool(value))
            return check
        if spec.type is int:
            spin = QSpinBox()
            spin.setRange(0, INT_MAX)
            spin.setValue(int(value))
            return spin
        if spec.check == "choice":
            combo = QComboBox()
            for choice in choices_of(spec):
                combo.addItem(choice_text(spec.key, choice), choice)
            index = combo.findData(str(value))
            if index < 0:  # a value that is no longer offered stays visible
                combo.addItem(str(value), str(value))
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            return combo
        if spec.check in ("path", "paths"):
            field = _PathField(spec.check == "paths")
            field.edit.setText(str(value))
            return field
        edit = QLineEdit(str(value))
        if spec.check == "url":
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setPlaceholderText("https://")
        return edit

    def value_of(self, key: str) -> Any:
        editor = self.fields[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return str(editor.currentData())
        if isinstance(editor, _PathField):
            return editor.edit.text()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def set_value(self, key: str, value: Any) -> None:
        """Fill a field as the officer would (tests and the first-run assistant)."""
        editor = self.fields[key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(str(value))))
        elif isinstance(editor, _PathField):
            editor.edit.setText(str(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        raw = {key: self.value_of(key) for key, editor in self.fields.items() if editor.isEnabled()}
        for problem in self.problems.values():
            problem.hide()
        self.message.setText(translate("SettingsDialog", "Checking and saving…"))
        self.save_button.setEnabled(False)
        wb, settings = self.wb, self.wb.settings
        personal: dict[str, Any] = {}
        save_personal: Callable[[dict[str, Any]], None] | None = None
        if wb.session is not None:
            actor = wb.actor
            personal = {k: (raw.pop(k), wb.lang.code) for k in PERSONAL if k in raw}

            def save_personal(values: dict[str, Any]) -> None:
                if "language" in values:
                    preferences.set_language(wb.ctx, actor, values["language"])

        self.wb.run(
            self,
            lambda _: check_and_save(settings, raw, personal, save_personal),
            self._saved,
            failure=self._refused,
            blocking=False,
        )

    def _saved(self, changed: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        self.message.clear()
        self.saved.emit(changed)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(exc, Invalid):
            self.message.clear()
            self.wb.runner.report(self, exc)
            return
        first: QWidget | None = None
        for error in exc.errors:
            label = self.problems[error.key]
            label.setText(problem_text(error))
            label.show()
            first = first or self.fields[error.key]
        self.message.setText(
            translate(
                "SettingsDialog",
                "Nothing was saved: correct the %n value(s) marked in red.",
                None,
                len(exc.errors),
            )
        )
        if first is not None:
            page = first.parentWidget()
            while page is not None and self.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if isinstance(page, QScrollArea):
                self.tabs.setCurrentWidget(page)
                page.ensureWidgetVisible(first)
            first.setFocus()


def applied_later_notice(changed: dict[str, Any], signed_in: bool = False) -> str:
    """What the officer should know about when the changes take effect (empty: at once)."""
    if "language" in changed and signed_in:
        return translate(
            "SettingsDialog", "Settings saved. Your language applies at your next sign-in."
        )
    if "language" in changed:
        return translate(
            "SettingsDialog", "Settings saved. The new language applies at the next start."
        )
    later = {"platform_url", "fund", "signing_backend", "pkcs11_module", "idle_lock_minutes"}
    if later & changed.keys():
        return translate(
            "SettingsDialog",
            "Settings saved. Some changes apply at the next sign-in or the next start.",
        )
    return translate("SettingsDialog", "Settings saved.")


def open_settings(wb: Workbench, parent: QWidget) -> SettingsDialog:
    """Open the dialog (window-modal, no nested event loop); a notice says when changes apply."""
    dlg = SettingsDialog(wb, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.saved.connect(
        lambda changed: wb.events.say(
            applied_later_notice(changed, wb.session is not None), "success"
        )
    )
    dlg.open()
    return dlg
