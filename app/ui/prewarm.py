"""Load the heavy modules in the background once the main window is up.

Signing (pyHanko), the cover sheet (fpdf, fontTools), PDF tools (pikepdf, pypdf) and the tus
client are imported on first use, so that the window starts fast. Importing them takes 2-3 s
of CPU, and the first operation that needs them would pay it while the officer waits, with the
GUI thread fighting the importing thread for the GIL. Once the window is shown and its first
data loaded, a low-key thread imports them ahead of need; a failure here only means the import
happens later, on use.

The main window's own modules (every tab) are not imported before the sign-in dialog either:
``start_main_window`` imports them in the background while the officer types the password, so
the window appears sooner once the platform accepts.
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

MAIN_WINDOW = ("app.ui.main_window",)


class _Warmup:
    def __init__(self, names: tuple[str, ...], thread_name: str) -> None:
        self.names, self.thread_name = names, thread_name
        self.done = threading.Event()
        self.started = threading.Lock()
        self.running = threading.Event()

    def start(self) -> bool:
        if not self.started.acquire(blocking=False):
            return False

        def run() -> None:
            try:
                for name in self.names:
                    try:
                        importlib.import_module(name)
                    except Exception:  # imported again, with its error, on use
                        log.warning("background import of %s failed", name, exc_info=True)
            finally:
                self.done.set()

        self.running.set()
        threading.Thread(target=run, name=self.thread_name, daemon=True).start()
        return True

    def finish(self, timeout_s: float) -> bool:
        return not self.running.is_set() or self.done.wait(timeout_s)


_heavy = _Warmup(HEAVY, "mellaf-prewarm")
_window = _Warmup(MAIN_WINDOW, "mellaf-prewarm-window")
done = _heavy.done


def start() -> bool:
    """Start the background import once per process; False when already started."""
    return _heavy.start()


def start_main_window() -> bool:
    """Import the main window's modules in the background (once per process)."""
    return _window.start()


def finish(timeout_s: float = 15.0) -> bool:
    """Before the process exits: let a started background import end. An interpreter that
    shuts down while a native extension (pikepdf's nanobind enums) is half imported aborts.
    True when nothing is left running."""
    return _window.finish(timeout_s) and _heavy.finish(timeout_s)
