"""Pension estimate and refund of deductions, law 011.71 (civil pensions) as amended by law 71.14.

- Law 71.14 (BO 6495 bis, 30 Aug 2016), amending art. 11 of law 011.71: the annuity is 2.5 % of
  the reference salary per year of service accrued before 1 January 2017 and 2 % per year after;
  for an early (proportional) pension, 2 % before and 1.5 % after.
- Reference salary: average of the last 8 years of salary under the reform (to be confirmed by the
  fund); Mellaf takes the figure the platform or the officer gives and never computes it.
- Law 011.71 (refund of deductions): an affiliate who leaves the service before the age limit
  without the minimum effective service for a pension is refunded the deductions instead.

Every number here is an ESTIMATE for planning: the fund alone liquidates pensions. All parameters
come from the fund profile (resources/profiles/<fund>/profile.yaml), with their effective dates.
No I/O, no clock reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.models import Affiliate
from app.domain.rules import (
    AgeLimitRule,
    EarlyRetirementRule,
    age_limit_date,
    effective_service_days,
    years_to_days,
)

DAYS_PER_YEAR = 365.25


class PensionKind(StrEnum):
    AGE_LIMIT = "age_limit"
    EARLY = "early"


@dataclass(frozen=True, slots=True)
class AccrualRule:
    """Annuity rates per year of service, before and from the reform date (law 71.14)."""

    reform_date: date  # 2017-01-01: service from this day accrues at the "after" rates
    rate_before: float  # 0.025
    rate_after: float  # 0.02
    early_rate_before: float  # 0.02
    early_rate_after: float  # 0.015
    max_rate: float  # cap of the total replacement rate (1.0 = 100 %)

    def rates(self, kind: PensionKind) -> tuple[float, float]:
        if kind is PensionKind.EARLY:
            return self.early_rate_before, self.early_rate_after
        return self.rate_before, self.rate_after


@dataclass(frozen=True, slots=True)
class PensionEstimate:
    """An estimate, never a liquidation: the GUI labels it so and shows `formula`."""

    kind: PensionKind
    departure: date
    reference_salary: float  # monthly, dirhams
    years_before: float  # years of effective service before the reform date
    years_after: float
    rate_before: float
    rate_after: float
    total_rate: float  # capped at max_rate
    max_rate: float
    monthly_amount: float

    @property
    def formula(self) -> str:
        """The computation in plain symbols, e.g.
        "8000.00 × min(100 %, 20.50 × 2.5 % + 9.00 × 2 %) = 5900.00"."""
        return (
            f"{self.reference_salary:.2f} × min({self.max_rate * 100:g} %, "
            f"{self.years_before:.2f} × {self.rate_before * 100:g} % + "
            f"{self.years_after:.2f} × {self.rate_after * 100:g} %) = {self.monthly_amount:.2f}"
        )

    @property
    def capped(self) -> bool:
        return self.total_rate >= self.max_rate


def service_split(affiliate: Affiliate, reform: date, until: date) -> tuple[float, float]:
    """Years of effective service before `reform`, and from `reform` to `until` (less
    interruptions)."""
    before_days = effective_service_days(affiliate, min(reform, until))
    total_days = effective_service_days(affiliate, until)
    return before_days / DAYS_PER_YEAR, max(0, total_days - before_days) / DAYS_PER_YEAR


def estimate(
    affiliate: Affiliate,
    rule: AccrualRule,
    reference_salary: float,
    departure: date,
    kind: PensionKind = PensionKind.AGE_LIMIT,
) -> PensionEstimate:
    """Monthly pension estimate for a departure on `departure` (law 71.14 rates, capped)."""
    if reference_salary < 0:
        raise ValueError("the reference salary cannot be negative")
    before, after = service_split(affiliate, rule.reform_date, departure)
    rate_before, rate_after = rule.rates(kind)
    raw = before * rate_before + after * rate_after
    total = min(raw, rule.max_rate)
    return PensionEstimate(
        kind=kind,
        departure=departure,
        reference_salary=float(reference_salary),
        years_before=before,
        years_after=after,
        rate_before=rate_before,
        rate_after=rate_after,
        total_rate=total,
        max_rate=rule.max_rate,
        monthly_amount=round(reference_salary * total, 2),
    )


@dataclass(frozen=True, slots=True)
class RefundEligibility:
    """Whether leaving on `leaving` gives a refund of deductions rather than a pension."""

    eligible: bool
    leaving: date
    service_days: int
    min_days: int  # the minimum effective service for a pension before the age limit
    before_age_limit: bool


def refund_eligibility(
    affiliate: Affiliate,
    age_rule: AgeLimitRule,
    early_rule: EarlyRetirementRule,
    leaving: date,
) -> RefundEligibility:
    """Law 011.71 as amended: leaving before the age limit without the minimum effective service
    of early retirement (art. 44: 24 years men, 18 women) gives a refund of the deductions."""
    days = effective_service_days(affiliate, leaving)
    need = years_to_days(early_rule.min_years(affiliate.sex))
    before_limit = leaving < age_limit_date(affiliate, age_rule)
    return RefundEligibility(before_limit and days < need, leaving, days, need, before_limit)
