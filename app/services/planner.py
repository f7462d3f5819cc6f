"""Departure planner: affiliates reaching their age limit within the horizon (18 months by default,
from the fund profile), the date each dossier should start (12 months before the limit) and
whether one exists; exported as CSV or XLSX (written to a temporary file, then renamed).

Listing affiliates reads their records: every row is audited (screen "planner" or "cli").
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from app.domain.errors import DomainError
from app.domain.models import Account, Affiliate
from app.domain.rules import AgeLimitRule, add_months, age_limit_date
from app.services.affiliates import audit_reads
from app.services.context import Context
from app.store import affiliates as repo
from app.store import planner as planner_repo


@dataclass(frozen=True, slots=True)
class Departure:
    affiliate: Affiliate
    age_limit_date: date
    dossier_start_date: date
    dossier_id: str | None

    def due(self, today: date) -> bool:
        """The dossier should have been started and none exists."""
        return self.dossier_id is None and self.dossier_start_date <= today


def _month_bounds(rule: AgeLimitRule) -> tuple[int, int]:
    months = [m for _, m in rule.cohorts] + [rule.final_months, *rule.special_corps_months.values()]
    return min(months), max(months)


def departures(
    ctx: Context, actor: Account, months: int | None = None, screen: str = "planner"
) -> list[Departure]:
    """Age limits from today to today + `months`, soonest first."""
    horizon_months = ctx.fund.planner_horizon_months if months is None else months
    if not 1 <= horizon_months <= 120:
        raise DomainError("The horizon must be between 1 and 120 months.")
    today = ctx.today()
    horizon = add_months(today, horizon_months)
    rule = ctx.fund.age_limit
    low, high = _month_bounds(rule)
    with ctx.db.read() as c:
        candidates = repo.born_between(
            c, actor.collectivity_id, add_months(today, -high - 1), add_months(horizon, -low + 1)
        )
        dossiers = planner_repo.open_age_limit_dossiers(c, actor.collectivity_id)
    out: list[Departure] = []
    for a in candidates:
        limit = age_limit_date(a, rule)
        if today <= limit <= horizon:
            start = add_months(limit, -ctx.fund.dossier_lead_months)
            out.append(Departure(a, limit, start, dossiers.get(a.membership_no)))
    out.sort(key=lambda d: (d.age_limit_date, d.affiliate.membership_no))
    audit_reads(ctx, actor, [d.affiliate for d in out], screen, "cache")
    return out


HEADER = (
    "membership_no",
    "ppr",
    "cin",
    "last_name_lat",
    "first_name_lat",
    "last_name_ar",
    "first_name_ar",
    "birth_date",
    "corps",
    "grade",
    "age_limit_date",
    "dossier_start_date",
    "dossier_id",
)


def rows(departures_: Sequence[Departure]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for d in departures_:
        a = d.affiliate
        out.append(
            (
                a.membership_no,
                a.ppr,
                a.cin,
                a.last_name_lat,
                a.first_name_lat,
                a.last_name_ar,
                a.first_name_ar,
                a.birth_date.isoformat(),
                a.corps,
                a.grade,
                d.age_limit_date.isoformat(),
                d.dossier_start_date.isoformat(),
                d.dossier_id or "",
            )
        )
    return out


def _atomic(target: Path, write: Callable[[IO[bytes]], None]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_csv(departures_: Sequence[Departure], target: Path) -> None:
    """UTF-8 with a byte-order mark (spreadsheets then read the Arabic names right)."""

    def write(f: IO[bytes]) -> None:
        import io

        text = io.TextIOWrapper(f, encoding="utf-8-sig", newline="")
        w = csv.writer(text)
        w.writerow(HEADER)
        w.writerows(rows(departures_))
        text.flush()
        text.detach()

    _atomic(target, write)


def export_xlsx(departures_: Sequence[Departure], target: Path) -> None:
    try:
        from openpyxl import Workbook
    except ImportError as exc:  # an installation without the optional package
        raise DomainError("XLSX export needs the openpyxl package; export as CSV instead.") from exc

    book = Workbook(write_only=True)
    sheet = book.create_sheet("departures")
    sheet.append(list(HEADER))
    for r in rows(departures_):
        sheet.append(list(r))
    _atomic(target, book.save)
