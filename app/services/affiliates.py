"""Finding an affiliate and reading what the law says about them.

Every read of an affiliate's record through this module is written to the audit log: who (the
account), when, which record (membership number) and from which screen.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain.errors import NotAllowed
from app.domain.models import Account, Affiliate, IdentifierKind
from app.domain.pension import (
    PensionEstimate,
    PensionKind,
    RefundEligibility,
    estimate,
    refund_eligibility,
)
from app.domain.rules import (
    EarlyEligibility,
    add_months,
    age_limit_date,
    early_retirement,
    effective_service_days,
    service_years_months,
)
from app.platform.client import PlatformClient
from app.platform.errors import PlatformError
from app.services.context import Context
from app.services.identifiers import classify
from app.store import affiliates as repo
from app.store import audit, search
from app.store.db import Database
from app.sync import state as sync_state


@dataclass(frozen=True, slots=True)
class LookupResult:
    affiliates: list[Affiliate]
    source: str  # "cache" | "platform" | "none"
    offline_reason: str | None = None  # set when the platform could not be asked
    cache_synced_at: datetime | None = None  # the last sync that reached the end
    cache_stale: bool = False  # that is older than the fund profile's cache_max_age_days
    # membership numbers of the found records last confirmed longer ago than that
    stale_records: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class AffiliateSheet:
    affiliate: Affiliate
    age_limit_months: int
    age_limit_date: date
    dossier_start_date: date  # the age-limit dossier should be opened from this date
    service_years: int
    service_months: int
    early: EarlyEligibility
    refund: RefundEligibility | None = None  # if the affiliate left today
    estimate: PensionEstimate | None = None  # at the age limit, when a salary is known
    fresh_at: datetime | None = None  # when the record was last confirmed by the platform
    stale: bool = False


_INDEXED: weakref.WeakSet[Database] = weakref.WeakSet()


def ensure_index(ctx: Context) -> None:
    """Fold the names cached before schema 2 into the search index (once, after an upgrade)."""
    if ctx.db in _INDEXED:
        return
    with ctx.db.read() as c:
        pending = c.execute("SELECT 1 FROM meta WHERE key = 'affiliate_fts_pending'").fetchone()
    if pending:
        with ctx.db.transaction() as c:
            repo.reindex_pending(c)
    _INDEXED.add(ctx.db)


def find_in_cache(ctx: Context, actor: Account, query: str) -> list[Affiliate]:
    """Exact lookup by any identifier, else a ranked name search; the cache only, no audit."""
    ident = classify(query)
    ensure_index(ctx)
    with ctx.db.read() as c:
        if ident:
            return search.by_identifier(c, ident[0], ident[1], actor.collectivity_id)
        return search.by_name(c, query, actor.collectivity_id) if query.strip() else []


def audit_reads(
    ctx: Context, actor: Account, found: list[Affiliate], screen: str, source: str
) -> None:
    if not found:
        return
    with ctx.db.transaction() as c:
        for a in found:
            audit.record(
                c,
                at=ctx.clock(),
                actor=actor.id,
                action="affiliate.read",
                subject_kind="affiliate",
                subject_id=a.membership_no,
                details={"screen": screen, "source": source},
            )


def lookup(
    ctx: Context, actor: Account, query: str, client: PlatformClient | None, screen: str = "search"
) -> LookupResult:
    """Exact lookup by any identifier, else a name search; cache first, then the platform."""
    ident = classify(query)
    found = find_in_cache(ctx, actor, query)
    source = "cache" if found else "none"
    offline: str | None = None
    if not found and ident and client is not None:
        try:
            remote = client.lookup_affiliate(ident[0], ident[1])
        except PlatformError as exc:
            offline = exc.user_message
            remote = None
        if remote is not None and remote.collectivity_id == actor.collectivity_id:
            with ctx.db.transaction() as c:
                repo.upsert(c, [remote], ctx.clock())
            found, source = [remote], "platform"
    audit_reads(ctx, actor, found, screen, source)
    synced_at, stale = cache_status(ctx, actor)
    old = stale_records(ctx, actor, found) if stale else frozenset()
    return LookupResult(found, source, offline, synced_at, stale, old)


def cache_status(ctx: Context, actor: Account) -> tuple[datetime | None, bool]:
    """When the cache last completed a sync, and whether that is older than the allowed age."""
    with ctx.db.read() as c:
        complete = sync_state.load(c, actor.collectivity_id).complete_at
    if complete is None:
        return None, True
    at = datetime.fromisoformat(complete)
    return at, ctx.clock() - at > timedelta(days=ctx.fund.cache_max_age_days)


def stale_records(ctx: Context, actor: Account, found: list[Affiliate]) -> frozenset[str]:
    """The membership numbers of these records that were last confirmed by the platform (by
    their own download or by a sync that reached the end) longer ago than the allowed age."""
    if not found:
        return frozenset()
    with ctx.db.read() as c:
        cached = repo.cached_at_many(c, [a.membership_no for a in found])
        complete = sync_state.load(c, actor.collectivity_id).complete_at
    limit = ctx.clock() - timedelta(days=ctx.fund.cache_max_age_days)
    out: set[str] = set()
    for a in found:
        stamps = [datetime.fromisoformat(s) for s in (cached.get(a.membership_no), complete) if s]
        if not stamps or max(stamps) < limit:
            out.add(a.membership_no)
    return frozenset(out)


def freshness(ctx: Context, actor: Account, affiliate: Affiliate) -> tuple[datetime | None, bool]:
    """When the record was last confirmed by the platform, and whether that is too long ago."""
    with ctx.db.read() as c:
        cached = repo.cached_at(c, affiliate.membership_no)
        state = sync_state.load(c, actor.collectivity_id)
    stamps = [datetime.fromisoformat(s) for s in (cached, state.complete_at) if s]
    if not stamps:
        return None, True
    fresh = max(stamps)
    return fresh, ctx.clock() - fresh > timedelta(days=ctx.fund.cache_max_age_days)


def sheet(
    ctx: Context,
    actor: Account,
    affiliate: Affiliate,
    reference_salary: float | None = None,
    screen: str = "sheet",
) -> AffiliateSheet:
    """What the law says about the affiliate today; the read is audited."""
    if affiliate.collectivity_id != actor.collectivity_id:
        raise NotAllowed("This affiliate belongs to another collectivity.")
    today = ctx.today()
    fund = ctx.fund
    rule = fund.age_limit
    limit = age_limit_date(affiliate, rule)
    years, months = service_years_months(effective_service_days(affiliate, today))
    salary = reference_salary if reference_salary is not None else affiliate.reference_salary
    pension = (
        estimate(affiliate, fund.accrual, salary, limit, PensionKind.AGE_LIMIT)
        if fund.accrual is not None and salary is not None
        else None
    )
    fresh_at, stale = freshness(ctx, actor, affiliate)
    audit_reads(ctx, actor, [affiliate], screen, "cache")
    return AffiliateSheet(
        affiliate=affiliate,
        age_limit_months=rule.months_for(affiliate.birth_date, affiliate.corps),
        age_limit_date=limit,
        dossier_start_date=add_months(limit, -fund.dossier_lead_months),
        service_years=years,
        service_months=months,
        early=early_retirement(affiliate, fund.early, today),
        refund=refund_eligibility(affiliate, rule, fund.early, today),
        estimate=pension,
        fresh_at=fresh_at,
        stale=stale,
    )


def get_cached(ctx: Context, actor: Account, membership_no: str) -> Affiliate | None:
    with ctx.db.read() as c:
        return repo.get(c, IdentifierKind.MEMBERSHIP, membership_no, actor.collectivity_id)
