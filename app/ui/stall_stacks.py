"""Where the GUI thread was during a stall: a sampling profiler that runs only while it stalls.

A helper thread watches the stall probe's last tick. Once the event loop is late by more than a
threshold, it samples the GUI thread's Python stack (``sys._current_frames``) every couple of
milliseconds until the next tick; the samples of one stall are folded into a count per distinct
stack. A report names the slots that blocked and how much of the stall each took, e.g.::

    [intake] stall 126 ms at 0.41 s (41 samples)
       30x GUI  [run] app/ui/views/checklist.py:120 _fill < app/ui/views/dossier.py:88 _loaded
       11x GUI  [wait] (in Qt, no Python frame)

``[run]``: the GUI thread was on a core (or ready for one), ``[wait]``: it was blocked — on the
GIL while a worker ran Python, on a lock, I/O or a sleep (Linux; ``[?]`` elsewhere). "In Qt, no
Python frame" is C++ work: layout, painting, or Qt waiting to call back into Python.

Frames run before the event loop was entered (the test, ``exec``) are left out: what remains
starts at the slot Qt called. With ``all_threads`` the busy frames of the other threads are
counted as well (who may hold the GIL, or import a module). File names only, never values: a
report carries no personal data.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType

# Functions that enter an event loop: frames up to them are the caller waiting, not the stall.
_LOOP_ENTRIES = frozenset({"exec", "exec_", "processEvents", "sendPostedEvents"})
# Innermost functions of a thread that waits (not holding the GIL).
_IDLE = frozenset(
    {"wait", "acquire", "select", "poll", "get", "sleep", "accept", "recv", "recv_into", "_wait"}
)
STACK_DEPTH = 12


@dataclass
class StallStacks:
    """The samples of one stall."""

    phase: str
    at_s: float  # since the phase started
    ms: float = 0.0
    samples: int = 0
    gui: Counter[str] = field(default_factory=Counter)
    others: Counter[str] = field(default_factory=Counter)

    def format(self, top: int = 3) -> str:
        lines = [
            f"[{self.phase}] stall {self.ms:.0f} ms at {self.at_s:.2f} s ({self.samples} samples)"
        ]
        for stack, n in self.gui.most_common(top):
            lines.append(f"  {n:3d}x GUI  {stack}")
        for stack, n in self.others.most_common(top):
            lines.append(f"  {n:3d}x othr {stack}")
        return "\n".join(lines)


def _frames(frame: FrameType | None, cut_at_loop: bool) -> list[str]:
    out: list[tuple[str, str]] = []
    while frame is not None:
        code = frame.f_code
        out.append((f"{_short(code.co_filename)}:{frame.f_lineno} {code.co_name}", code.co_name))
        frame = frame.f_back
    # out: innermost first. Keep the frames inside the innermost event-loop entry.
    if cut_at_loop:
        for i, (_, name) in enumerate(out):
            if name in _LOOP_ENTRIES:
                out = out[:i]
                break
    return [text for text, _ in out[:STACK_DEPTH]]


def _open_stat(native_id: int) -> int | None:
    try:
        return os.open(f"/proc/self/task/{native_id}/stat", os.O_RDONLY)
    except OSError:
        return None


def _short(path: str) -> str:
    for marker in ("/site-packages/", "/lib/python3.", "/work/main/"):
        i = path.find(marker)
        if i >= 0:
            rest = path[i + len(marker) :]
            return rest.split("/", 1)[1] if marker == "/lib/python3." and "/" in rest else rest
    return path.rsplit("/", 2)[-1] if path.count("/") > 2 else path


class StackSampler:
    """Samples the GUI thread while the probe's tick is late (see the module docstring)."""

    def __init__(
        self,
        gui_thread: int,
        gui_native_id: int,
        last_tick: Callable[[], tuple[str | None, float, float]],
        after_ms: float,
        sample_ms: float = 2.0,
        all_threads: bool = False,
        keep: int = 200,
    ) -> None:
        self.gui_thread = gui_thread
        self._stat = _open_stat(gui_native_id)
        self.last_tick = last_tick  # () -> (phase name or None, last tick time, phase start)
        self.after_ms = after_ms
        self.sample_ms = sample_ms
        self.all_threads = all_threads
        self.keep = keep
        self.stalls: list[StallStacks] = []
        self._running = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._running.set()
        self._thread = threading.Thread(target=self._watch, name="stall-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._running.clear()
        if self._thread is not None:
            self._thread.join(1.0)
            self._thread = None
        if self._stat is not None:
            os.close(self._stat)
            self._stat = None

    def report(self, top: int = 3) -> str:
        return "\n".join(s.format(top) for s in self.stalls)

    def _watch(self) -> None:
        current: StallStacks | None = None
        current_tick = 0.0
        while self._running.is_set():
            time.sleep(self.sample_ms / 1000.0)
            phase, last, started = self.last_tick()
            now = time.perf_counter()
            if current is not None and (last != current_tick or phase is None):
                current.ms = ((last if last != current_tick else now) - current_tick) * 1000.0
                current = None
            if phase is None:
                continue
            if (now - last) * 1000.0 <= self.after_ms:
                continue
            if current is None:
                if len(self.stalls) >= self.keep:
                    continue
                current = StallStacks(phase, round(last - started, 2))
                current_tick = last
                self.stalls.append(current)
            self._sample(current)

    def _state(self) -> str:
        """The GUI thread's scheduler state: [run] on a core or ready for one; [wait] blocked:
        on the GIL (a worker runs Python), a lock, I/O, or a sleep."""
        if self._stat is None:
            return "[?]"
        try:
            raw = os.pread(self._stat, 256, 0)
            state = raw[raw.rindex(b")") + 2 : raw.rindex(b")") + 3]
        except (OSError, ValueError):
            return "[?]"
        return "[run]" if state == b"R" else "[wait]"

    def _sample(self, into: StallStacks) -> None:
        frames = sys._current_frames()
        me = threading.get_ident()
        into.samples += 1
        gui = frames.get(self.gui_thread)
        state = self._state()
        stack = " < ".join(_frames(gui, cut_at_loop=True)) or "(in Qt, no Python frame)"
        into.gui[f"{state} {stack}"] += 1
        if not self.all_threads:
            return
        for ident, frame in frames.items():
            if ident in (me, self.gui_thread) or frame.f_code.co_name in _IDLE:
                continue
            into.others[" < ".join(_frames(frame, cut_at_loop=False)[:6])] += 1
