"""Budgets for examining one incoming file: what counts as absurd, and how much time and memory
the examination may take. One place, so the refusal reasons and the tests agree."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 200 * MB  # a file larger than this is refused unread
    max_pages: int = 2000
    max_page_side_pt: float = 14400.0  # 5.08 m: PDF 1.7's largest page
    min_page_side_pt: float = 3.0
    max_image_pixels: int = 150_000_000  # a 600 dpi A0 scan is ~ 140 MP
    max_image_side_px: int = 40_000
    max_stream_decoded: int = (
        160 * MB
    )  # a 600 dpi A4 colour page is 104 MB  # one stream expanding past this is a bomb
    max_total_decoded: int = 4096 * MB  # all streams together
    max_expansion_ratio: int = 1000  # decoded/compressed past this, and over 32 MB, is a bomb
    time_s: float = 20.0  # wall-clock budget of the child process
    cpu_s: int = 20  # CPU budget (RLIMIT_CPU)
    memory_bytes: int = 1024 * MB  # address-space budget (RLIMIT_AS) of the child process


DEFAULT = Limits()
