"""What each account chose on this computer, kept per account and collectivity (not in the
settings file, which the profile's OS user shares with every officer of a kiosk):

- the interface language (the sign-in dialog is in the computer's default language; the main
  window in the language of the account that signed in);
- how the portfolio was left: state group, dossier type, officer, due date, sort column and
  order. The text search is not kept: it may hold an affiliate's name (law 09-08).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from app.config.settings import LANGUAGES
from app.domain.errors import DomainError
from app.domain.models import Account
from app.services.context import Context
from app.store import preferences as repo

LANGUAGE = "language"
PORTFOLIO = "portfolio_view"


@dataclass(frozen=True, slots=True)
class PortfolioView:
    """The portfolio's filters and sort as the officer left them (values as the UI keys them;
    one no longer offered is ignored when restored)."""

    group: str = "all"
    dossier_type: str | None = None
    officer: str | None = None  # an account id, "" (not assigned), None (anyone)
    due: str | None = None
    sort_column: int = -1  # -1: the view's default sort
    sort_descending: bool = False

    @classmethod
    def from_json(cls, raw: object) -> PortfolioView | None:
        if not isinstance(raw, dict):
            return None

        def text(key: str) -> str | None:
            value = raw.get(key)
            return value if isinstance(value, str) else None

        column = raw.get("sort_column")
        return cls(
            group=text("group") or "all",
            dossier_type=text("dossier_type"),
            officer=text("officer"),
            due=text("due"),
            sort_column=column if isinstance(column, int) and not isinstance(column, bool) else -1,
            sort_descending=raw.get("sort_descending") is True,
        )


@dataclass(frozen=True, slots=True)
class Preferences:
    language: str | None = None  # None: the computer's default
    portfolio: PortfolioView | None = None


def load(ctx: Context, account: Account) -> Preferences:
    """The account's preferences in its collectivity (a worker thread: one indexed read)."""
    with ctx.db.read() as c:
        raw = repo.get_all(c, account.id, account.collectivity_id)
    language = raw.get(LANGUAGE)
    return Preferences(
        language=language if language in LANGUAGES else None,
        portfolio=PortfolioView.from_json(raw.get(PORTFOLIO)),
    )


def _put(ctx: Context, account: Account, key: str, value: Any) -> None:
    with ctx.db.transaction() as c:
        repo.put(c, account.id, account.collectivity_id, key, value, ctx.clock())


def set_language(ctx: Context, account: Account, code: str) -> None:
    if code not in LANGUAGES:
        raise DomainError(f"Unknown language '{code}': choose one of {', '.join(LANGUAGES)}.")
    _put(ctx, account, LANGUAGE, code)


def set_portfolio_view(ctx: Context, account: Account, view: PortfolioView) -> None:
    _put(ctx, account, PORTFOLIO, asdict(view))
