"""One queue runner per profile at a time, across processes (the desktop and a kiosk service).

An exclusive, non-blocking lock on PROFILE/queue.lock, taken by `run_once`. The operating system
releases it when the holder dies, so a crashed runner never blocks the next one (no stale-lock
timeout to wait out). POSIX: fcntl.flock; Windows: msvcrt.locking on the first byte.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_local = threading.Lock()  # one runner per process too (the lock below is per process)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def queue_runner(profile_dir: Path) -> Iterator[bool]:
    """Yields True when this caller may run the queue now, False when another runner holds it."""
    if not _local.acquire(blocking=False):
        yield False
        return
    try:
        fd = os.open(profile_dir / "queue.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if not _try_lock(fd):
                yield False
                return
            try:
                yield True
            finally:
                _unlock(fd)
        finally:
            os.close(fd)
    finally:
        _local.release()
