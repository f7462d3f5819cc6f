"""The facts a dossier's checklist depends on (married? how many widows, orphans?): changing
one adds or removes the conditional lines at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.domain.checklist import FactSpec
from app.domain.models import ChecklistItemSpec
from app.ui.i18n import translate


def facts_used(items: tuple[ChecklistItemSpec, ...]) -> set[str]:
    used: set[str] = set()
    for it in items:
        if it.when:
            used.add(it.when.removeprefix("not ").strip())
        if it.per:
            used.add(it.per)
    return used


class FactsBar(QFrame):
    # No payload: PySide6 6.12 drops a reference to True for every dict holding it that goes
    # through a Signal(dict) or Signal(object), which ends in a crash. Read values() instead.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsBar")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate("FactsBar", "The checklist depends on:"))
        title.setStyleSheet("color: #475569;")
        outer.addWidget(title)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(4, 1)
        outer.addLayout(self._grid)
        self.inputs: dict[str, QCheckBox | QSpinBox] = {}
        self._labels: list[QLabel] = []

    def set_facts(
        self,
        specs: dict[str, FactSpec],
        used: set[str],
        values: dict[str, bool | int],
        lang: str,
        editable: bool,
    ) -> None:
        for w in [*self.inputs.values(), *self._labels]:
            self._grid.removeWidget(w)
            w.deleteLater()
        self.inputs = {}
        self._labels = []
        for n, name in enumerate(sorted(used & set(specs))):
            row, col = divmod(n, 2)
            spec = specs[name]
            widget: QCheckBox | QSpinBox
            if spec.kind == "bool":
                box = QCheckBox(spec.label_for(lang))
                box.setChecked(bool(values.get(name, False)))
                box.toggled.connect(self._emit)
                widget = box
                self._grid.addWidget(box, row, col * 2, 1, 2)
            else:
                spin = QSpinBox()
                spin.setRange(0, 20)
                spin.setValue(int(values.get(name, 0)))
                spin.valueChanged.connect(self._emit)
                label = QLabel(spec.label_for(lang))
                label.setBuddy(spin)
                self._labels.append(label)
                self._grid.addWidget(label, row, col * 2)
                self._grid.addWidget(spin, row, col * 2 + 1)
                widget = spin
            widget.setObjectName(f"fact_{name}")
            widget.setEnabled(editable)
            self.inputs[name] = widget
        self.setVisible(bool(self.inputs))

    def values(self) -> dict[str, bool | int]:
        out: dict[str, bool | int] = {}
        for name, w in self.inputs.items():
            out[name] = w.isChecked() if isinstance(w, QCheckBox) else w.value()
        return out

    def _emit(self) -> None:
        self.changed.emit()
