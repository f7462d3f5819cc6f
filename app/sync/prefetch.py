"""Read the export stream on a helper thread while the caller writes to the cache.

SQLite releases the GIL while it works, so parsing the next chunk overlaps with storing this one.
Consecutive chunks are merged up to `batch` records (fewer, larger transactions); a merged chunk
keeps the cursor of its last checkpoint, so it still commits with a cursor that matches it. When
the stream fails, what was received up to the last checkpoint is handed over first, then the
error: nothing valid is lost.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from app.platform.dto import ExportChunk

_DONE = object()


def _merge(parts: list[ExportChunk]) -> ExportChunk:
    items = tuple(a for p in parts for a in p.items)
    return ExportChunk(items, parts[-1].cursor, parts[-1].end)


@contextmanager
def prefetched(
    chunks: Iterable[ExportChunk], batch: int, depth: int = 2
) -> Iterator[Iterator[ExportChunk]]:
    """Iterate merged chunks produced on a helper thread; leaving the block stops the thread."""
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

    def produce() -> None:
        pending: list[ExportChunk] = []
        size = 0
        try:
            for chunk in chunks:
                pending.append(chunk)
                size += len(chunk.items)
                if size >= batch or chunk.end:
                    if not put(_merge(pending)):
                        return
                    pending, size = [], 0
                if stop.is_set():
                    return
            if pending:
                put(_merge(pending))
            put(_DONE)
        except BaseException as exc:  # handed to the consumer, after what was valid
            if pending:
                put(_merge(pending))
            put(exc)

    worker = threading.Thread(target=produce, name="mellaf-export-reader", daemon=True)
    worker.start()

    def consume() -> Iterator[ExportChunk]:
        while True:
            value = out.get()
            if value is _DONE:
                return
            if isinstance(value, BaseException):
                raise value
            assert isinstance(value, ExportChunk)
            yield value

    try:
        yield consume()
    finally:
        stop.set()
        worker.join(timeout=30)
