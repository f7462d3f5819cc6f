"""Finding an affiliate and reading what the law says about them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.errors import NotAllowed
from app.domain.models import Account, Affiliate, IdentifierKind
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
from app.store import audit


@dataclass(frozen=True, slots=True)
class LookupResult:
    affiliates: list[Affiliate]
    source: str  # "cache" | "platform" | "none"
    offline_reason: str | None = None  # set when the platform could not be asked


@dataclass(frozen=True, slots=True)
class AffiliateSheet:
    affiliate: Affiliate
    age_limit_months: int
    age_limit_date: date
    dossier_start_date: date  # the age-limit dossier should be opened from this date
    service_years: int
    service_months: int
    early: EarlyEligibility


def lookup(
    ctx: Context, actor: Account, query: str, client: PlatformClient | None, screen: str = "search"
) -> LookupResult:
    """Exact lookup by any identifier, else a name search; cache first, then the platform."""
    ident = classify(query)
    found: list[Affiliate]
    with ctx.db.read() as c:
        if ident:
            one = repo.get(c, ident[0], ident[1], actor.collectivity_id)
            found = [one] if one else []
        else:
            found = repo.search_names(c, query, actor.collectivity_id) if query.strip() else []
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
    if found:
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
    return LookupResult(found, source, offline)


def sheet(ctx: Context, actor: Account, affiliate: Affiliate) -> AffiliateSheet:
    if affiliate.collectivity_id != actor.collectivity_id:
        raise NotAllowed("This affiliate belongs to another collectivity.")
    today = ctx.today()
    rule = ctx.fund.age_limit
    limit = age_limit_date(affiliate, rule)
    years, months = service_years_months(effective_service_days(affiliate, today))
    return AffiliateSheet(
        affiliate=affiliate,
        age_limit_months=rule.months_for(affiliate.birth_date, affiliate.corps),
        age_limit_date=limit,
        dossier_start_date=add_months(limit, -ctx.fund.dossier_lead_months),
        service_years=years,
        service_months=months,
        early=early_retirement(affiliate, ctx.fund.early, today),
    )


def get_cached(ctx: Context, actor: Account, membership_no: str) -> Affiliate | None:
    with ctx.db.read() as c:
        return repo.get(c, IdentifierKind.MEMBERSHIP, membership_no, actor.collectivity_id)
