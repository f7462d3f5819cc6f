"""Load the heavy modules in the background once the main window is up.

Signing (pyHanko), the cover sheet (fpdf, fontTools), PDF tools (pikepdf, pypdf) and the tus
client are imported on first use, so that the window starts fast. Importing them takes 2-3 s
of CPU, and the first operation that needs them would pay it while the officer waits, with the
GUI thread fighting the importing thread for the GIL. Once the window is shown and its first
data loaded, a low-key thread imports them ahead of need; a failure here only means the import
happens later, on use.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

HEAVY = (
    "app.services.signing_setup",
    "app.services.signed_documents",
    "app.services.certification",
    "app.services.signing_ltv",
    "app.services.documents",
    "app.services.assembly",
    "app.platform.tus",
    "app.sync.queue_worker",
    "pypdf",
)

done = threading.Event()
_started = threading.Lock()
_running = threading.Event()


def start() -> bool:
    """Start the background import once per process; False when already started."""
    if not _started.acquire(blocking=False):
        return False

    def run() -> None:
        try:
            for name in HEAVY:
                try:
                    importlib.import_module(name)
                except Exception:  # imported again, with its error, on use
                    log.warning("background import of %s failed", name, exc_info=True)
        finally:
            done.set()

    _running.set()
    threading.Thread(target=run, name="mellaf-prewarm", daemon=True).start()
    return True


def finish(timeout_s: float = 15.0) -> bool:
    """Before the process exits: let a started background import end. An interpreter that
    shuts down while a native extension (pikepdf's nanobind enums) is half imported aborts.
    True when nothing is left running."""
    if not _running.is_set():
        return True
    return done.wait(timeout_s)
