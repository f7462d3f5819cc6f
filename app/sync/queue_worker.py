"""The queue's driver loop, shared by `mellaf queue run` and the desktop's background sender.

It runs rounds of the queue until nothing waits (or once, or until a deadline), sleeping until
the next job is due when the platform asked to back off, and probing the platform while it is
unreachable. It knows nothing of the jobs themselves: the caller passes a `run_round` function
(app.services.queue.run_once bound to a context and a client) and a `next_due_in` function.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from app.sync.connectivity import Connectivity

log = logging.getLogger(__name__)


class RoundReport(Protocol):
    @property
    def done(self) -> int: ...
    @property
    def failed(self) -> list[str]: ...
    @property
    def waiting(self) -> int: ...
    @property
    def offline(self) -> str | None: ...
    @property
    def needs_login(self) -> str | None: ...


@dataclass
class DrainOutcome:
    rounds: int = 0
    done: int = 0
    failed: list[str] = field(default_factory=list)
    waiting: int = 0
    offline: str | None = None
    needs_login: str | None = None
    timed_out: bool = False


def drain(
    run_round: Callable[[], RoundReport],
    next_due_in: Callable[[], float | None],
    *,
    until_empty: bool,
    timeout_s: float,
    connectivity: Connectivity | None = None,
    stop: threading.Event | None = None,
    on_round: Callable[[RoundReport], None] | None = None,
    max_sleep_s: float = 30.0,
    clock: Callable[[], float] = time.monotonic,
) -> DrainOutcome:
    """Run rounds; with `until_empty`, wait out backoffs until nothing waits or time is up."""
    stop = stop or threading.Event()
    deadline = clock() + timeout_s
    out = DrainOutcome()
    while not stop.is_set():
        report = run_round()
        out.rounds += 1
        out.done += report.done
        out.failed.extend(report.failed)
        out.waiting = report.waiting
        out.offline = report.offline
        out.needs_login = report.needs_login
        if connectivity is not None:
            if report.offline:
                connectivity.observe(False, report.offline)
            elif report.done:
                connectivity.observe(True)
        if on_round is not None:
            on_round(report)
        if not until_empty or report.waiting == 0 or report.needs_login:
            break
        left = deadline - clock()
        if left <= 0:
            out.timed_out = True
            break
        wait = next_due_in()
        if wait is None:  # everything left is paused
            break
        wait = min(max(wait, 0.05), max_sleep_s, left)
        if wait > 0.5:
            log.info("queue: %d job(s) waiting; next try in %.1f s", report.waiting, wait)
        stop.wait(wait)
    return out
