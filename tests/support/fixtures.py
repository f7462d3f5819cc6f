"""Fixtures for the core: a fund profile, a profile folder, small PDFs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfWriter

from app.config.profile import FundProfile, load_profile
from app.services.context import Context


@pytest.fixture(scope="session")
def fund() -> FundProfile:
    return load_profile("cmr")


def make_pdf(path: Path, pages: int = 1, text: str = "Mellaf test document") -> Path:
    """A small, valid, unsigned PDF made by pypdf (fictional content)."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": text})
    with path.open("wb") as f:
        writer.write(f)
    return path


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


@pytest.fixture
def ctx(tmp_path: Path, fund: FundProfile, clock: FixedClock) -> Iterator[Context]:
    c = Context.open(tmp_path / "profile", fund, clock=clock)
    yield c
    c.close()
