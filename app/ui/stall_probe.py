"""Event-loop stall probe: how long the GUI thread went without serving its event loop.

A precise ``QTimer`` ticks every few milliseconds on the GUI thread. Each tick measures the time
since the previous one; what exceeds the interval is a stall (the thread was busy elsewhere: a
slot doing database, PDF or network work, a long repaint). The tests use it per phase
(``with probe.phase("signing"): ...``) and fail above a limit; the benches print the figures.
For diagnosis in the running app, set ``MELLAF_STALL_WARN_MS`` (see ``install_from_env``): every
stall longer than that is logged with its duration (no personal data); with
``MELLAF_STALL_STACKS=1`` as well, the GUI thread's stack is sampled during each such stall and
the frames that blocked are logged with it (file names and lines only).
"""

from __future__ import annotations

import gc
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer

from app.ui.stall_stacks import StackSampler

log = logging.getLogger(__name__)

INTERVAL_MS = 5


@dataclass
class PhaseStall:
    """What the probe saw during one phase."""

    name: str
    worst_ms: float = 0.0
    # The longest stall less the time the GUI thread was ready to run but waited for a core
    # (Linux scheduler statistics) or, when larger, the time the hypervisor took its virtual
    # CPU away ("steal", /proc/stat): on a loaded machine the OS lends our cores to others,
    # which no code of ours can prevent; sleeping, blocking I/O, waiting for the GIL and the
    # thread's own work all count. On a quiet machine, or where the statistics are missing,
    # both are equal.
    worst_app_ms: float = 0.0
    ticks: int = 0
    seconds: float = 0.0
    started_at: float = 0.0  # time.perf_counter() (CLOCK_MONOTONIC: matches `perf -k 1`)
    # (s since start, stall ms, CPU ms the GUI thread used meanwhile, ms it waited for a core,
    # ms its virtual CPU was stolen by the hypervisor). GUI CPU close to the stall: the GUI
    # thread itself worked. All low: it was blocked (sleep, I/O, or the GIL held by another of
    # our threads). Waited or stolen high: the machine was busy.
    long: list[tuple[float, float, float, float, float]] = field(default_factory=list)


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
        self._steal = _Steal(threading.get_native_id())
        # Garbage collections over 10 ms while a phase runs: (phase, generation, ms, thread).
        self.collections: list[tuple[str, int, float, str]] = []
        self._gc_started = 0.0
        gc.callbacks.append(self._on_gc)
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self.on_stall: list[Callable[[float], None]] = []
        self._gui_thread = threading.get_ident()
        self._gui_native = threading.get_native_id()
        self._sampler: StackSampler | None = None

    def watch_stacks(
        self, after_ms: float = 40.0, all_threads: bool = False, sample_ms: float = 2.0
    ) -> StackSampler:
        """Diagnosis: while a tick is late by more than ``after_ms``, a helper thread samples
        the GUI thread's stack every ``sample_ms`` (with ``all_threads``, the busy frames of the
        other threads too: who holds the GIL); ``stacks_report()`` names the code that blocked
        and its share of each stall (see ``app.ui.stall_stacks``)."""
        if self._sampler is None:
            self._sampler = StackSampler(
                self._gui_thread,
                self._gui_native,
                self._last_tick,
                after_ms + self.interval_ms,
                sample_ms=sample_ms,
                all_threads=all_threads,
            )
            self._sampler.start()
        return self._sampler

    def _last_tick(self) -> tuple[str | None, float, float]:
        phase = self.current
        return (phase.name if phase is not None else None, self._last, self._started)

    def stacks_report(self, top: int = 3) -> str:
        """Each stall sampled by ``watch_stacks``, its duration and most frequent stacks."""
        return self._sampler.report(top) if self._sampler is not None else ""

    def unwatch(self) -> None:
        if self._sampler is not None:
            self._sampler.stop()

    @property
    def running(self) -> bool:
        return self.current is not None

    def start(self, name: str = "run") -> PhaseStall:
        if self.current is not None:
            self.stop()
        self.current = PhaseStall(name)
        self._started = self._last = self.current.started_at = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_wait = self._waited()
        self._steal.delta_ms()
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
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)
        if self._sched is not None:
            os.close(self._sched)
            self._sched = None
        self._steal.close()

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
                    f" ms waiting for a core, ms stolen by the hypervisor): {p.long}"
                )
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        if self.collections:
            lines.append(
                "garbage collections over 10 ms (phase, generation, ms, thread):"
                f" {self.collections}"
            )
        lines.append(f"machine load average (1 min): {load:.2f}")
        return "\n".join(lines)

    def _on_gc(self, event: str, info: dict[str, int]) -> None:
        """A collection holds the GIL, on whichever thread allocated: the GUI thread waits."""
        if event == "start":
            self._gc_started = time.perf_counter()
            return
        ms = (time.perf_counter() - self._gc_started) * 1000.0
        phase = self.current
        if phase is not None and ms > 10.0 and len(self.collections) < 200:
            name = threading.current_thread().name
            self.collections.append((phase.name, info.get("generation", -1), round(ms), name))

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
        stolen = self._steal.delta_ms()
        self._last, self._last_cpu, self._last_wait = now, cpu, wait
        phase.ticks += 1
        if stall > phase.worst_ms:
            phase.worst_ms = stall
        # Waiting for a core on a stolen CPU counts in both: the larger is left out, not the sum
        # (the counted figure never hides the application's own work).
        phase.worst_app_ms = max(phase.worst_app_ms, stall - max(waited, stolen))
        if stall > self.note_above_ms:
            if len(phase.long) < 1000:
                at = round(now - self._started, 3)
                phase.long.append((at, round(stall), round(used), round(waited), round(stolen)))
            for callback in self.on_stall:
                callback(stall)


class _Steal:
    """Time the hypervisor ran something else on the virtual CPU the GUI thread is on (the
    "steal" column of /proc/stat, in 10 ms ticks). A stalled virtual CPU runs nothing of the
    guest: no scheduler statistics see it (measured: a 250 ms stall with no sample at all)."""

    def __init__(self, native_id: int) -> None:
        self._hz = float(os.sysconf("SC_CLK_TCK")) if hasattr(os, "sysconf") else 100.0
        self._task = _open(f"/proc/self/task/{native_id}/stat")
        self._stat = _open("/proc/stat")
        self._last: dict[bytes, float] = {}

    def delta_ms(self) -> float:
        """Milliseconds stolen from the thread's current CPU since the previous call."""
        if self._task is None or self._stat is None:
            return 0.0
        try:
            task = os.pread(self._task, 512, 0)
            cpu = b"cpu" + task[task.rindex(b")") + 2 :].split()[36]
            now: dict[bytes, float] = {}
            for line in os.pread(self._stat, 4096, 0).split(b"\n")[1:]:
                if not line.startswith(b"cpu"):
                    break
                parts = line.split()
                now[parts[0]] = int(parts[8]) * 1000.0 / self._hz
        except (OSError, IndexError, ValueError):
            return 0.0
        before, self._last = self._last.get(cpu), now
        return max(0.0, now.get(cpu, 0.0) - before) if before is not None else 0.0

    def close(self) -> None:
        for fd in (self._task, self._stat):
            if fd is not None:
                os.close(fd)
        self._task = self._stat = None


def _open(path: str) -> int | None:
    try:
        return os.open(path, os.O_RDONLY)
    except OSError:
        return None


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
    sampler = probe.watch_stacks(limit) if os.environ.get("MELLAF_STALL_STACKS") else None

    def warn(ms: float) -> None:
        where = sampler.stalls[-1].gui.most_common(1) if sampler and sampler.stalls else []
        log.warning("event loop stalled %.0f ms%s", ms, f" in {where[0][0]}" if where else "")

    probe.on_stall.append(warn)
    probe.start("app")
    return probe
