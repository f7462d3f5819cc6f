"""Event-loop stall probe: how long the GUI thread went without serving its event loop.

A precise ``QTimer`` ticks every few milliseconds on the GUI thread. Each tick measures the time
since the previous one; what exceeds the interval is a stall (the thread was busy elsewhere: a
slot doing database, PDF or network work, a long repaint). The tests use it per phase
(``with probe.phase("signing"): ...``) and fail above a limit; the benches print the figures.
For diagnosis in the running app, set ``MELLAF_STALL_WARN_MS`` (see ``install_from_env``): every
stall longer than that is logged with its duration (no personal data).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer

log = logging.getLogger(__name__)

INTERVAL_MS = 5


@dataclass
class PhaseStall:
    """What the probe saw during one phase."""

    name: str
    worst_ms: float = 0.0
    # The longest stall less the time the GUI thread was ready to run but waited for a core
    # (Linux scheduler statistics): on a loaded machine the OS lends our cores to others, which
    # no code of ours can prevent; sleeping, blocking I/O, waiting for the GIL and the thread's
    # own work all count. On a quiet machine, or where the statistics are missing, both are equal.
    worst_app_ms: float = 0.0
    ticks: int = 0
    seconds: float = 0.0
    # (s since start, stall ms, CPU ms the GUI thread used meanwhile, ms it waited for a core).
    # GUI CPU close to the stall: the GUI thread itself worked. Both low: it was blocked (sleep,
    # I/O, or the GIL held by another of our threads). Waited high: the machine was busy.
    long: list[tuple[float, float, float, float]] = field(default_factory=list)


class StallProbe(QObject):
    """Measures the longest event-loop stall while it runs (GUI thread only)."""

    def __init__(
        self,
        interval_ms: int = INTERVAL_MS,
        note_above_ms: float = 30.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.note_above_ms = note_above_ms
        self.phases: dict[str, PhaseStall] = {}
        self.current: PhaseStall | None = None
        self._last = 0.0
        self._last_cpu = 0.0
        self._last_wait = 0.0
        self._sched = _open_schedstat()
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self.on_stall: list[Callable[[float], None]] = []
        self._gui_thread = threading.get_ident()
        self._watch: threading.Thread | None = None
        self._watching = threading.Event()
        self.stacks: list[str] = []  # where the GUI thread was during stalls (when watching)

    def watch_stacks(self, after_ms: float = 50.0, all_threads: bool = False) -> None:
        """Diagnosis: a helper thread records the GUI thread's stack (or every thread's: who
        holds the GIL) when a tick is late by more than ``after_ms`` (once per stall), so a
        report names the code that blocked."""
        if self._watch is not None:
            return
        self._watching.set()

        def watch() -> None:
            seen = 0.0
            while self._watching.is_set():
                time.sleep(after_ms / 4000.0)
                last = self._last
                if self.current is None or last == seen:
                    continue
                if (time.perf_counter() - last) * 1000.0 > after_ms + self.interval_ms:
                    seen = last
                    if len(self.stacks) < 200:
                        self.stacks.append(self._stacks(all_threads))

        self._watch = threading.Thread(target=watch, name="stall-watch", daemon=True)
        self._watch.start()

    def _stacks(self, all_threads: bool) -> str:
        names = {t.ident: t.name for t in threading.enumerate()}
        frames = sys._current_frames()
        phase = self.current.name if self.current is not None else "?"
        out = [f"[{phase}]"]
        for ident, frame in frames.items():
            if ident == threading.get_ident():
                continue
            if ident == self._gui_thread or all_threads:
                label = "GUI thread" if ident == self._gui_thread else names.get(ident, ident)
                out.append(f"-- {label}")
                out.append("".join(traceback.format_list(traceback.extract_stack(frame)[-14:])))
        return "\n".join(out)

    def unwatch(self) -> None:
        self._watching.clear()
        if self._watch is not None:
            self._watch.join(1.0)
            self._watch = None

    @property
    def running(self) -> bool:
        return self.current is not None

    def start(self, name: str = "run") -> PhaseStall:
        if self.current is not None:
            self.stop()
        self.current = PhaseStall(name)
        self._started = self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_wait = self._waited()
        self._timer.start()
        return self.current

    def stop(self) -> PhaseStall:
        """End the measure; the gap since the last tick counts too (a stall just before)."""
        phase = self.current
        if phase is None:
            raise RuntimeError("the stall probe is not running")
        self._note(time.perf_counter())
        self._timer.stop()
        phase.seconds = time.perf_counter() - self._started
        self.phases[phase.name] = phase
        self.current = None
        return phase

    @contextmanager
    def phase(self, name: str) -> Iterator[PhaseStall]:
        phase = self.start(name)
        try:
            yield phase
        finally:
            if self.current is phase:
                self.stop()

    @property
    def worst_ms(self) -> float:
        return max((p.worst_ms for p in self.phases.values()), default=0.0)

    @property
    def worst_app_ms(self) -> float:
        return max((p.worst_app_ms for p in self.phases.values()), default=0.0)

    def close(self) -> None:
        """Stop measuring and release the scheduler statistics file."""
        if self.current is not None:
            self.stop()
        self.unwatch()
        if self._sched is not None:
            os.close(self._sched)
            self._sched = None

    def _waited(self) -> float:
        """Seconds the GUI thread has spent ready to run but waiting for a core (0: unknown)."""
        if self._sched is None:
            return 0.0
        try:
            return int(os.pread(self._sched, 64, 0).split()[1]) / 1e9
        except (OSError, IndexError, ValueError):
            return 0.0

    def report(self) -> str:
        """One line per phase: the longest stall (and counting only the time the process ran),
        ticks, duration, and each stall over ``note_above_ms``."""
        lines = []
        for p in self.phases.values():
            lines.append(
                f"{p.name}: longest stall {p.worst_ms:.0f} ms, {p.worst_app_ms:.0f} ms without"
                f" waiting for a core, over {p.seconds:.2f} s ({p.ticks} ticks)"
            )
            if p.long:
                lines.append(
                    f"    stalls over {self.note_above_ms:.0f} ms (at s, ms, GUI thread CPU ms,"
                    f" ms waiting for a core): {p.long}"
                )
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        lines.append(f"machine load average (1 min): {load:.2f}")
        return "\n".join(lines)

    def _tick(self) -> None:
        self._note(time.perf_counter())

    def _note(self, now: float) -> None:
        phase = self.current
        if phase is None:
            return
        stall = max(0.0, (now - self._last) * 1000.0 - self.interval_ms)
        cpu, wait = time.thread_time(), self._waited()
        used = (cpu - self._last_cpu) * 1000.0
        waited = (wait - self._last_wait) * 1000.0
        self._last, self._last_cpu, self._last_wait = now, cpu, wait
        phase.ticks += 1
        if stall > phase.worst_ms:
            phase.worst_ms = stall
        phase.worst_app_ms = max(phase.worst_app_ms, stall - waited)
        if stall > self.note_above_ms:
            if len(phase.long) < 1000:
                phase.long.append(
                    (round(now - self._started, 2), round(stall), round(used), round(waited))
                )
            for callback in self.on_stall:
                callback(stall)


def _open_schedstat() -> int | None:
    """The calling thread's scheduler statistics (Linux), kept open: re-read in 1 µs."""
    try:
        return os.open(f"/proc/self/task/{threading.get_native_id()}/schedstat", os.O_RDONLY)
    except (OSError, AttributeError):
        return None


def install_from_env(parent: QObject) -> StallProbe | None:
    """A probe that logs every stall over ``MELLAF_STALL_WARN_MS`` ms; None when unset."""
    raw = os.environ.get("MELLAF_STALL_WARN_MS", "").strip()
    if not raw:
        return None
    try:
        limit = float(raw)
    except ValueError:
        log.warning("MELLAF_STALL_WARN_MS is not a number; the stall probe stays off")
        return None
    probe = StallProbe(note_above_ms=limit, parent=parent)
    probe.on_stall.append(lambda ms: log.warning("event loop stalled %.0f ms", ms))
    probe.start("app")
    return probe
