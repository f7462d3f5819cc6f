"""Read the export stream on a helper thread while the caller writes to the cache.

SQLite releases the GIL while it works, so checking the next chunk overlaps with storing this one.
Consecutive chunks are merged up to `batch` records (fewer, larger transactions) into one JSON
array text, so that the writing thread stages them with one statement: a Python call per record
there would wait for the GIL on every row while this thread works. A merged chunk keeps the
cursor of its last checkpoint, so it still commits with a cursor that matches it. When
the stream fails, what was received up to the last checkpoint is handed over first, then the
error: nothing valid is lost.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from app.sync.export_stream import RawChunk

_DONE = object()


@dataclass(frozen=True, slots=True)
class Batch:
    """Consecutive chunks as one JSON array of their lines (one SQL statement stages it all:
    no Python call per record on the writing thread), with the cursor of the last chunk."""

    count: int
    payload: str
    cursor: str
    end: bool


def _merge(parts: list[RawChunk]) -> Batch:
    lines = [line for p in parts for line in p.lines]
    payload = json.dumps(lines, ensure_ascii=False)
    return Batch(len(lines), payload, parts[-1].cursor, parts[-1].end)


@contextmanager
def prefetched(chunks: Iterable[RawChunk], batch: int, depth: int = 2) -> Iterator[Iterator[Batch]]:
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
        pending: list[RawChunk] = []
        size = 0
        try:
            for chunk in chunks:
                pending.append(chunk)
                size += len(chunk.lines)
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
