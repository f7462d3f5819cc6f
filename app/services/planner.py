"""Departure planner: affiliates reaching their age limit within the horizon (18 months by default,
from the fund profile), the date each dossier should start (12 months before the limit) and
whether one exists; exported as CSV or XLSX (written to a temporary file, then renamed).

A listing is audited once (who, when, screen, filter, how many rows: no personal data); opening
an affiliate's sheet from it is audited per record as every other read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from app.config.profile import FundProfile
from app.domain.errors import DomainError
from app.domain.models import Account, Affiliate
from app.domain.rules import AgeLimitRule, add_months, age_limit_date
from app.services import spreadsheet
from app.services.context import Context
from app.store import audit
from app.store import planner as planner_repo
from app.store.planner import BirthWindow

LISTING_ACTION = "affiliate.list"


@dataclass(frozen=True, slots=True)
class Departure:
    affiliate: Affiliate
    age_limit_date: date
    dossier_start_date: date
    dossier_id: str | None

    def due(self, today: date) -> bool:
        """The dossier should have been started and none exists."""
        return self.dossier_id is None and self.dossier_start_date <= today


def start_by(affiliate: Affiliate, fund: FundProfile) -> tuple[date, date]:
    """The age-limit date and the date the dossier should start: the limit minus the fund
    profile's lead time (also the portfolio's due date)."""
    limit = age_limit_date(affiliate, fund.age_limit)
    return limit, add_months(limit, -fund.dossier_lead_months)


SLACK = timedelta(days=7)  # more than the 3 days a month's end can shift a date by


def birth_windows(rule: AgeLimitRule, today: date, horizon: date) -> list[BirthWindow]:
    """Where to look for the affiliates whose age limit falls between ``today`` and
    ``horizon``: for each age limit of the rule, the births that limit brings into the
    period, within its cohort's years (or its corps), a few days wider on each side. The rule
    itself then decides on each affiliate found (``departures``)."""

    def span(months: int) -> tuple[date, date]:
        return add_months(today, -months) - SLACK, add_months(horizon, -months) + SLACK

    out: list[BirthWindow] = []
    by_months: dict[int, list[str]] = {}
    for corps, months in rule.special_corps_months.items():
        by_months.setdefault(months, []).append(corps)
    for months, names in sorted(by_months.items()):
        first, last = span(months)
        out.append(BirthWindow(first, last, tuple(sorted(names))))
    special = tuple(sorted(rule.special_corps_months))
    covered: int | None = None  # years up to this one belong to an earlier cohort
    for last_year, months in [*rule.cohorts, (date.max.year, rule.final_months)]:
        first, last = span(months)
        if covered is not None:
            if last_year <= covered:
                continue  # months_for never reaches this cohort
            first = max(first, date(covered + 1, 1, 1))
        last = min(last, date(last_year, 12, 31))
        if first <= last:
            out.append(BirthWindow(first, last, special, other_than=True))
        covered = last_year
    return out


def departures(
    ctx: Context, actor: Account, months: int | None = None, screen: str = "planner"
) -> list[Departure]:
    """Age limits from today to today + `months`, soonest first."""
    horizon_months = ctx.fund.planner_horizon_months if months is None else months
    if not 1 <= horizon_months <= 120:
        raise DomainError("The horizon must be between 1 and 120 months.")
    today = ctx.today()
    horizon = add_months(today, horizon_months)
    windows = birth_windows(ctx.fund.age_limit, today, horizon)
    with ctx.db.read() as c:
        candidates = planner_repo.born_in_windows(c, actor.collectivity_id, windows)
        dossiers = planner_repo.open_age_limit_dossiers(c, actor.collectivity_id)
    out: list[Departure] = []
    for a in candidates:
        limit, start = start_by(a, ctx.fund)
        if today <= limit <= horizon:
            out.append(Departure(a, limit, start, dossiers.get(a.membership_no)))
    out.sort(key=lambda d: (d.age_limit_date, d.affiliate.membership_no))
    audit_listing(ctx, actor, screen, horizon_months, len(out))
    return out


def audit_listing(
    ctx: Context,
    actor: Account,
    screen: str,
    months: int,
    count: int,
    what: str = "departures",
) -> None:
    """One audit entry for a listing (or its export): who, when, from which screen, the filter
    and how many records it held; no identifier or name (opening a record's sheet is audited
    per record)."""
    with ctx.db.transaction() as c:
        audit.record(
            c,
            at=ctx.clock(),
            actor=actor.id,
            action=LISTING_ACTION,
            subject_kind="affiliate_list",
            subject_id=actor.collectivity_id,
            details={
                "screen": screen,
                "list": what,
                "months": str(months),
                "count": str(count),
                "source": "cache",
            },
        )


def export(
    ctx: Context,
    actor: Account,
    departures_: Sequence[Departure],
    target: Path,
    kind: str,
    months: int,
    screen: str = "planner",
) -> None:
    """Write the listing as CSV or XLSX and audit the export (one entry, as for the listing)."""
    if kind == "csv":
        export_csv(departures_, target)
    elif kind == "xlsx":
        export_xlsx(departures_, target)
    else:
        raise DomainError(f"Unknown export format '{kind}': choose CSV or XLSX.")
    audit_listing(ctx, actor, screen, months, len(departures_), f"departures-{kind}-export")


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


def export_csv(departures_: Sequence[Departure], target: Path) -> None:
    """UTF-8 with a byte-order mark (spreadsheets then read the Arabic names right)."""
    spreadsheet.write_csv(target, HEADER, rows(departures_))


def export_xlsx(departures_: Sequence[Departure], target: Path) -> None:
    spreadsheet.write_xlsx(target, HEADER, rows(departures_), "departures")
