"""Per-account preferences (migration 0010): kept per account and collectivity, replaced on
change, tolerant of a damaged value."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.config.profile import load_profile
from app.domain.errors import DomainError
from app.domain.models import Account, Role
from app.services import preferences
from app.services.context import Context
from app.services.preferences import PortfolioView


def test_preferences_are_per_account_and_collectivity(tmp_path: Path) -> None:
    ctx = Context.open(
        tmp_path / "profile", load_profile("cmr"), clock=lambda: datetime(2027, 1, 4, tzinfo=UTC)
    )
    try:
        here = Account("officer.1", "Officer", Role.PREPARER, "COMMUNE-A")
        there = Account("officer.1", "Officer", Role.PREPARER, "COMMUNE-B")  # same id, elsewhere
        preferences.set_language(ctx, here, "ar")
        preferences.set_portfolio_view(ctx, here, PortfolioView(group="send", sort_column=2))
        mine = preferences.load(ctx, here)
        assert mine.language == "ar"
        assert mine.portfolio == PortfolioView(group="send", sort_column=2)
        assert preferences.load(ctx, there) == preferences.Preferences()
        preferences.set_language(ctx, here, "fr")  # replaced, not added
        assert preferences.load(ctx, here).language == "fr"
        with pytest.raises(DomainError, match="Unknown language"):
            preferences.set_language(ctx, here, "de")
        with ctx.db.transaction() as c:  # a damaged value is ignored, not fatal
            c.execute("UPDATE account_preferences SET value = '{' WHERE key = 'portfolio_view'")
        assert preferences.load(ctx, here).portfolio is None
    finally:
        ctx.close()
