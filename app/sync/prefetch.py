"""Read the export stream on a helper thread while the caller writes to the cache.

Consecutive chunks are merged up to `batch` records (fewer, larger transactions). A merged chunk
keeps the cursor of its last checkpoint, so it still commits with a cursor that matches it. When
the stream fails, what was received up to the last checkpoint is handed over first, then the
error: nothing valid is lost.

SQLite releases the GIL while it works, but binding rows to a statement holds it: when the writer
bound every row, the two threads hardly overlapped. With `stage` (app/sync/staging.py) this
thread also binds the rows, into a scratch file, and the writer only runs statements.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from app.sync.export_check import Values
from app.sync.export_stream import Chunk

_DONE = object()


@dataclass(frozen=True, slots=True)
class Batch:
    """Consecutive chunks' records, with the cursor of the last chunk."""

    rows: list[Values]
    cursor: str
    end: bool
    table: str = ""  # where the records were staged instead (app/sync/staging.py)
    staged: int = 0  # how many records the table holds
    received: int = -1  # how many the chunks held, when the rows were staged

    @property
    def count(self) -> int:
        return self.received if self.received >= 0 else len(self.rows)


def _merge(parts: list[Chunk]) -> Batch:
    rows = parts[0].rows if len(parts) == 1 else [r for p in parts for r in p.rows]
    return Batch(rows, parts[-1].cursor, parts[-1].end)


@contextmanager
def prefetched(
    chunks: Iterable[Chunk],
    batch: int,
    depth: int = 2,
    stage: Callable[[Batch], Batch] | None = None,
) -> Iterator[Iterator[Batch]]:
    """Iterate merged chunks produced on a helper thread; leaving the block stops the thread.
    `stage`, when given, is called on that thread with each merged batch and hands over what it
    returns."""

    def merge(parts: list[Chunk]) -> Batch:
        merged = _merge(parts)
        return stage(merged) if stage else merged

    out: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(value: object) -> bool:
        while not stop.is_set():
            try:
                out.put(value, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    source = iter(chunks)

    def produce() -> None:
        try:
            read()
        finally:
            # The stream's connection is closed now, on this thread, however the reading
            # ended; left to the garbage collector (the error's traceback holds this frame) the
            # socket could be collected before the response that would have closed it.
            close = getattr(source, "close", None)
            if close is not None:
                with contextlib.suppress(Exception):  # (what failed was handed over already)
                    close()

    def read() -> None:
        pending: list[Chunk] = []
        size = 0
        try:
            for chunk in source:
                pending.append(chunk)
                size += len(chunk.rows)
                if size >= batch or chunk.end:
                    ready, pending, size = pending, [], 0
                    if not put(merge(ready)):
                        return
                if stop.is_set():
                    return
            if pending:
                ready, pending = pending, []
                put(merge(ready))
            put(_DONE)
        except BaseException as exc:  # handed to the consumer, after what was valid
            error = exc
            try:
                if pending:
                    put(merge(pending))
            except BaseException as again:  # (staging what was valid failed too)
                error = again
            put(error)

    worker = threading.Thread(target=produce, name="mellaf-export-reader", daemon=True)
    worker.start()

    def consume() -> Iterator[Batch]:
        while True:
            value = out.get()
            if value is _DONE:
                return
            if isinstance(value, BaseException):
                raise value
            assert isinstance(value, Batch)
            yield value

    try:
        yield consume()
    finally:
        stop.set()
        worker.join(timeout=30)
