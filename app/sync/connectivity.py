"""Whether the platform answers: learnt from every call the queue and the poller make, plus a
cheap probe (GET /health) spaced out with backoff while it does not answer.

No Qt: listeners are plain callables, called on the thread that reported the observation.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.platform.client import PlatformClient
from app.platform.errors import OfflineError, PlatformError, ServerError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Reachability:
    online: bool | None  # None: not known yet
    reason: str = ""  # why it is offline, in words for the officer
    since: float = 0.0  # monotonic time of the last change


Listener = Callable[[Reachability], None]


class Connectivity:
    """The platform's reachability, shared by the queue worker, the poller and the screens."""

    def __init__(
        self,
        probe_base_s: float = 5.0,
        probe_max_s: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._state = Reachability(None, "", clock())
        self._listeners: list[Listener] = []
        self._base = probe_base_s
        self._max = probe_max_s
        self._failures = 0
        self._next_probe = clock()

    @property
    def state(self) -> Reachability:
        with self._lock:
            return self._state

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def observe(self, online: bool, reason: str = "") -> None:
        """Record what a call just showed: it was answered (True) or not (False)."""
        with self._lock:
            changed = online is not self._state.online
            if online:
                self._failures = 0
                self._next_probe = self._clock()
            else:
                self._failures += 1
                ceiling = min(self._max, self._base * 2 ** (self._failures - 1))
                self._next_probe = self._clock() + random.uniform(ceiling / 2, ceiling)  # noqa: S311
            if changed:
                self._state = Reachability(online, "" if online else reason, self._clock())
            listeners = list(self._listeners) if changed else []
            state = self._state
        if changed:
            log.info("connectivity: platform %s", "reachable" if online else "unreachable")
        for listener in listeners:
            listener(state)

    def observe_error(self, exc: BaseException) -> None:
        """A call failed: only 'no answer' means offline; a refusal proves the platform is up."""
        if isinstance(exc, OfflineError | ServerError):
            self.observe(False, exc.user_message)
        elif isinstance(exc, PlatformError):
            self.observe(True)

    def probe_due(self) -> bool:
        with self._lock:
            return self._clock() >= self._next_probe

    def seconds_to_probe(self) -> float:
        with self._lock:
            return max(0.0, self._next_probe - self._clock())

    def probe(self, client: PlatformClient) -> bool:
        """Ask the platform's health endpoint; records and returns whether it answered."""
        try:
            client.health()
        except PlatformError as exc:
            self.observe_error(exc)
            return not isinstance(exc, OfflineError | ServerError)
        self.observe(True)
        return True
