"""Process-wide settings that keep the GUI thread's event loop free (measured with the stall
probe, ``app.ui.stall_probe``, and ``perf`` on a 2-core machine shared with other work).

- Qt's raster engine splits large fills across a "GUI thread pool" and waits on a latch for
  them. When the cores are busy (our own workers, other processes) the GUI thread sleeps there:
  10-19 ms per fill, several fills per repaint of a tab (intake stalls of 100-140 ms, 4 ms of
  them CPU). Our screens are forms and tables: one thread fills them in well under a
  millisecond. ``QT_NO_GUI_THREADPOOL`` turns the pool off; Qt reads it once, at the first
  large fill, so it is set before any window paints (this module is imported by
  ``app.ui.ops``, which every screen imports).
- Python threads hand the GIL to a waiting thread after the switch interval: at Python's 5 ms
  a few busy workers (PDF parsing, signing, JSON) hold the GUI thread off for tens of
  milliseconds each time round; at 1 ms the event loop gets its turn three times sooner
  (measured with three busy threads: worst tick gap 88-171 ms at 5 ms, 32-62 ms at 1 ms).
- A full garbage collection walks every object of the heap: with pyHanko, pypdf, fpdf and the
  tus client loaded that took ~100 ms, on whichever thread allocated (the GUI thread itself,
  or a worker holding the GIL). Once the heavy modules are imported, ``gc.freeze()`` moves
  everything alive to a permanent generation that later collections skip: they then walk only
  what the officer's work created since.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading

log = logging.getLogger(__name__)

GIL_SWITCH_S = 0.001
_frozen = threading.Lock()


def configure() -> None:
    """Before the first window paints (idempotent; an explicit environment value wins)."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    if sys.getswitchinterval() > GIL_SWITCH_S:
        sys.setswitchinterval(GIL_SWITCH_S)


def freeze_heap() -> int:
    """Exclude every object alive now from later garbage collections; returns their number.
    Cheap (a list splice), so it may run on any thread, more than once."""
    gc.freeze()
    return gc.get_freeze_count()


def freeze_when(ready: threading.Event, timeout_s: float = 300.0) -> bool:
    """Once per process: freeze the heap when ``ready`` is set (the heavy modules are
    imported), from a small daemon thread; False when already arranged."""
    if not _frozen.acquire(blocking=False):
        return False

    def wait() -> None:
        if ready.wait(timeout_s):
            log.debug("%d objects kept out of garbage collection", freeze_heap())

    threading.Thread(target=wait, name="mellaf-gc-freeze", daemon=True).start()
    return True


configure()
