"""The chunk sizes of an upload follow the line (pure rules, no network)."""

from __future__ import annotations

import pytest

from app.platform.chunking import (
    FIRST_CHUNK,
    GROWTH,
    LARGEST_CHUNK,
    SMALLEST_CHUNK,
    TARGET_SECONDS,
    ChunkSizer,
    KiB,
    MiB,
)


def test_an_upload_starts_small() -> None:
    assert ChunkSizer().size == FIRST_CHUNK <= 1 * MiB


def test_the_next_chunk_takes_about_the_target_duration() -> None:
    sizer = ChunkSizer()
    sizer.sent(1 * MiB, 1.0)  # 1 MiB/s
    assert sizer.size == int(1 * MiB * TARGET_SECONDS)
    sizer.sent(sizer.size, TARGET_SECONDS * 2)  # the line halved its speed
    assert sizer.size == 1 * MiB


def test_growth_is_bounded_per_chunk_and_in_all() -> None:
    sizer = ChunkSizer(size=256 * KiB)
    sizer.sent(256 * KiB, 1e-4)  # a very fast chunk
    assert sizer.size == min(LARGEST_CHUNK, 256 * KiB * GROWTH)
    for _ in range(5):
        sizer.sent(sizer.size, 1e-4)
    assert sizer.size == LARGEST_CHUNK


def test_a_slow_line_never_goes_below_the_smallest_chunk() -> None:
    sizer = ChunkSizer()
    sizer.sent(1 * MiB, 600.0)  # 1.7 KiB/s
    assert sizer.size == SMALLEST_CHUNK
    sizer.sent(SMALLEST_CHUNK, 0.0)  # a zero duration (coarse clock) is not a division error
    assert sizer.size > SMALLEST_CHUNK


def test_sizes_are_whole_blocks() -> None:
    sizer = ChunkSizer()
    sizer.sent(1 * MiB, 0.7)
    assert sizer.size % (64 * KiB) == 0


def test_nothing_sent_changes_nothing() -> None:
    sizer = ChunkSizer()
    sizer.sent(0, 5.0)
    assert sizer.size == FIRST_CHUNK


def test_a_fixed_size_stays() -> None:
    sizer = ChunkSizer.fixed(64 * KiB)
    sizer.sent(64 * KiB, 1e-4)
    sizer.sent(64 * KiB, 100.0)
    assert sizer.size == 64 * KiB


@pytest.mark.parametrize(
    "kwargs",
    [
        {"size": 0, "smallest": 0},
        {"size": 1 * KiB},  # below the smallest
        {"size": 128 * MiB},  # above the largest
        {"target_s": 0.0},
        {"growth": 0},
    ],
)
def test_nonsense_settings_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        ChunkSizer(**kwargs)  # type: ignore[arg-type]
