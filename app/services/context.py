"""What every use case needs, built once by the composition root (app/__main__.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from app.config.profile import FundProfile
from app.store.blobs import BlobStore
from app.store.db import Database

Progress = Callable[[int, int, str], None]  # (done, total, what)
Cancelled = Callable[[], bool]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    profile_dir: Path
    db: Database
    blobs: BlobStore
    fund: FundProfile
    clock: Callable[[], datetime] = utc_now
    trust_roots: list[Path] = field(default_factory=list)  # signature trust anchors
    demo: bool = False

    def today(self) -> date:
        return self.clock().date()

    @classmethod
    def open(
        cls,
        profile_dir: Path,
        fund: FundProfile,
        *,
        clock: Callable[[], datetime] = utc_now,
        demo: bool = False,
    ) -> Context:
        profile_dir.mkdir(parents=True, exist_ok=True)
        return cls(
            profile_dir=profile_dir,
            db=Database(profile_dir / "mellaf.sqlite"),
            blobs=BlobStore(profile_dir / "documents"),
            fund=fund,
            clock=clock,
            trust_roots=list(fund.trust_anchors),
            demo=demo,
        )

    def close(self) -> None:
        self.db.close()
