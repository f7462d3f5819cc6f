"""Work-around for a reference-counting bug of PySide6 6.12.0.

``Signal.emit()`` returns ``True`` without taking a new reference, so every emit whose result is
dropped takes one reference away from Python's ``True``. On Python 3.11 ``True`` is an ordinary
object: after a few thousand emits it is freed and the process crashes ("bool_dealloc:
deallocating True or False", or a segmentation fault somewhere later). ``protect_true()``
detects the bug with one probe emit and, only then, gives ``True`` enough references for the
life of any process. Python 3.12+ makes ``True`` immortal, where none of this is needed.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_HEADROOM = 1 << 40
_done = False


class _Probe(QObject):
    fired = Signal()


def emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.fired.emit()
    return sys.getrefcount(True) < before


def protect_true() -> None:
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    _done = True
    if emit_loses_a_reference():
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(True)).value += _HEADROOM
