"""How much to send in each tus PATCH: chunks that follow the line.

Each PATCH costs a round trip, so on a fast line large chunks go faster (measured on loopback,
100 MiB: 2 MiB chunks reach about half of a raw PUT's throughput, 16 MiB and more about 90 %).
On a commune's slow line a large chunk is a long wait: a pause takes effect, and the progress
moves, only between chunks, and a platform that drops a cut PATCH's bytes would want the whole
chunk again. So each upload starts with a small chunk and sizes the next one to take about
`target_s` at the speed the last one went, growing by at most `growth` times per chunk and
shrinking at once when the line slows down.
"""

from __future__ import annotations

from dataclasses import dataclass

KiB = 1024
MiB = 1024 * KiB
FIRST_CHUNK = 1 * MiB
SMALLEST_CHUNK = 256 * KiB
LARGEST_CHUNK = 64 * MiB
TARGET_SECONDS = 2.0
GROWTH = 64
_ROUND = 64 * KiB


@dataclass(slots=True)
class ChunkSizer:
    """The size of the next chunk, from how long the previous ones took."""

    size: int = FIRST_CHUNK
    smallest: int = SMALLEST_CHUNK
    largest: int = LARGEST_CHUNK
    target_s: float = TARGET_SECONDS
    growth: int = GROWTH

    def __post_init__(self) -> None:
        if not 0 < self.smallest <= self.size <= self.largest:
            raise ValueError("chunk sizes must be positive, smallest <= size <= largest")
        if self.target_s <= 0 or self.growth < 1:
            raise ValueError("the target duration and the growth must be positive")

    @classmethod
    def fixed(cls, size: int) -> ChunkSizer:
        """Always the same size (tests, benchmarks, a platform that asks for one)."""
        return cls(size=size, smallest=size, largest=size)

    def sent(self, nbytes: int, seconds: float) -> None:
        """A chunk of `nbytes` took `seconds` (request and answer): size the next one."""
        if nbytes <= 0:
            return
        rate = nbytes / max(seconds, 1e-6)
        wanted = int(rate * self.target_s) // _ROUND * _ROUND
        self.size = max(self.smallest, min(self.largest, self.size * self.growth, wanted))
