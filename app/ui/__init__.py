"""The Qt layer: the only package that imports PySide6."""

from app.ui.pyside_fixes import protect_true

protect_true()  # PySide6 6.12.0 loses a reference to True on every Signal.emit (see pyside_fixes)
