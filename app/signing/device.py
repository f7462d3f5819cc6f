"""One dedicated thread for every token call.

PKCS#11 modules are initialised without locking callbacks, and tokens misbehave when two
threads talk to them at once. Every function that touches PKCS#11 runs on the device thread and
starts with ``assert_device_thread()``. (Electrum keeps the same rule for hardware wallets.)

pyHanko's PKCS#11 signer would run token calls on the event loop's default thread pool: our
signer subclass (pkcs11_backend) routes them here with ``run_async`` instead.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

_THREAD_NAME_PREFIX = "mellaf-device"


class NotOnDeviceThread(AssertionError):
    """A token call was made outside the device thread (a bug in our code)."""


class DeviceThread:
    """A single-worker executor dedicated to token calls."""

    def __init__(self, name: str = _THREAD_NAME_PREFIX) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._thread_ident: int | None = None
        self._closed = False
        # Start the worker now so its identity is known before the first token call.
        self._executor.submit(self._remember_thread).result()

    def _remember_thread(self) -> None:
        self._thread_ident = threading.get_ident()

    @property
    def thread_ident(self) -> int | None:
        return self._thread_ident

    def is_current(self) -> bool:
        """True when called on this device thread."""
        return threading.get_ident() == self._thread_ident

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Queue ``fn`` on the device thread (it must not be called from the device thread
        and then waited on: that would deadlock; ``run`` handles that case)."""
        if self._closed:
            raise RuntimeError("the device thread is shut down")
        return self._executor.submit(fn, *args, **kwargs)

    def run(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn`` on the device thread and block the caller until it is done.

        Called from the device thread itself, runs ``fn`` inline (no deadlock).
        """
        if self.is_current():
            return fn(*args, **kwargs)
        return self.submit(fn, *args, **kwargs).result()

    async def run_async(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Await ``fn`` run on the device thread, without blocking the caller's event loop.

        Called from the device thread itself (an event loop running there), runs inline.
        """
        if self.is_current():
            return fn(*args, **kwargs)
        return await asyncio.wrap_future(self.submit(fn, *args, **kwargs))

    def assert_current(self) -> None:
        if not self.is_current():
            raise NotOnDeviceThread(
                f"token call on thread {threading.current_thread().name!r}, "
                "not on the device thread"
            )

    def shutdown(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=True)


_default_lock = threading.Lock()
_default: DeviceThread | None = None


def default_device() -> DeviceThread:
    """The process-wide device thread (created on first use)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = DeviceThread()
        return _default


def assert_device_thread(device: DeviceThread | None = None) -> None:
    """Raise ``NotOnDeviceThread`` unless called on ``device`` (default: the process-wide one).

    Every function of ours that touches PKCS#11 calls this first.
    """
    (device or default_device()).assert_current()
