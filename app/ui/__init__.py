"""The Qt layer: the only package that imports PySide6."""

from app.ui.pyside_fixes import protect_singletons

# PySide6 6.12.0 loses a reference to True on every Signal.emit and to None on every void call
protect_singletons()
