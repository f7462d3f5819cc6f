"""Work-around for reference-counting bugs of PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 returns two singletons without taking a new reference:

- ``Signal.emit()`` returns ``True`` that way, so every emit whose result is dropped takes one
  reference away from ``True``;
- every wrapped C++ function returning ``void`` (``setText``, ``deleteLater``, ``setObjectName``,
  ``QLocale.setDefault``...) and every getter answering ``None`` (``parent()`` of a top-level
  object) returns ``None`` that way, so each such call takes one reference away from ``None``.

On Python 3.11 these are ordinary objects: after a few thousand calls they are freed and the
process aborts ("none_dealloc: deallocating None", "bool_dealloc") or crashes later. An officer's
working day makes millions of such calls. ``protect_singletons()`` detects each bug with one
probe call and, only where it is present, gives the singleton enough references for the life of
any process (2**40 lost references is centuries of calls). Python 3.12+ makes both immortal
(PEP 683), where none of this is needed.
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
    """Whether ``Signal.emit()`` takes a reference away from ``True``."""
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.fired.emit()
    return sys.getrefcount(True) < before


def void_call_loses_a_reference() -> bool:
    """Whether a wrapped ``void`` C++ function takes a reference away from ``None``."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 8


def _add_headroom(obj: object) -> None:
    # ob_refcnt is the first field of every CPython object.
    ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM


def protect_singletons() -> None:
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    _done = True
    if emit_loses_a_reference():
        _add_headroom(True)
    if void_call_loses_a_reference():
        _add_headroom(None)
