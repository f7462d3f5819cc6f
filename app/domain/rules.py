"""Pension rules of law 011.71 (civil pensions) as amended by law 71.14 (BO 6495 bis, 30 Aug 2016).

The numbers live in the fund profile (resources/profiles/<fund>/profile.yaml); this module only
applies them. Every function takes "today" or a reference date as an argument: no clock reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.models import Affiliate, PeriodKind, ServicePeriod, Sex


@dataclass(frozen=True, slots=True)
class AgeLimitRule:
    """Age limit in months by birth cohort.

    Law 71.14 art. 1 (amending art. 4 of law 011.71): the limit rises from 60 years by six months a
    year from 2017 to 63 years; some bodies (teacher-researchers, magistrates, ambassadors) have 65.
    `cohorts` maps the last birth year of a cohort to its limit in months; births after the last key
    take `final_months`.
    """

    cohorts: tuple[tuple[int, int], ...]  # (birth year up to and including, months), ascending
    final_months: int
    special_corps_months: dict[str, int]

    def months_for(self, birth_date: date, corps: str) -> int:
        if corps in self.special_corps_months:
            return self.special_corps_months[corps]
        for last_year, months in self.cohorts:
            if birth_date.year <= last_year:
                return months
        return self.final_months


@dataclass(frozen=True, slots=True)
class EarlyRetirementRule:
    """Law 011.71 art. 44 as amended in 2016: minimum effective service for early retirement."""

    min_years_men: int
    min_years_women: int

    def min_years(self, sex: Sex) -> int:
        return self.min_years_men if sex is Sex.MALE else self.min_years_women


def add_months(d: date, months: int) -> date:
    """`d` plus `months` calendar months; the 29-31st clamp to the end of the target month."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def age_limit_date(affiliate: Affiliate, rule: AgeLimitRule) -> date:
    """The date the affiliate reaches the age limit of their cohort and body."""
    return add_months(affiliate.birth_date, rule.months_for(affiliate.birth_date, affiliate.corps))


def _days(period: ServicePeriod, until: date) -> int:
    end = min(period.end or until, until)
    return max(0, (end - period.start).days)


def effective_service_days(affiliate: Affiliate, until: date) -> int:
    """Days of effective service up to `until`: effective and validated periods, less interruptions.

    Without explicit periods, service runs from the hire date.
    """
    periods = affiliate.periods or (ServicePeriod(affiliate.hire_date, None),)
    total = sum(_days(p, until) for p in periods if p.kind is not PeriodKind.INTERRUPTION)
    gaps = sum(_days(p, until) for p in periods if p.kind is PeriodKind.INTERRUPTION)
    return max(0, total - gaps)


def service_years_months(days: int) -> tuple[int, int]:
    """Days of service as whole (years, months), using 365.25-day years and 12 equal months."""
    months = int(days / 365.25 * 12)
    return divmod(months, 12)


@dataclass(frozen=True, slots=True)
class EarlyEligibility:
    eligible: bool
    min_years: int
    service_years: int
    service_months: int
    date_reached: date  # when the minimum is (or was) reached, assuming continued service


def years_to_days(years: int) -> int:
    """Whole days of service that make `years` years (365.25-day years, rounded up)."""
    return -(-years * 1461 // 4)


def early_retirement(
    affiliate: Affiliate, rule: EarlyRetirementRule, today: date
) -> EarlyEligibility:
    """Law 011.71 art. 44 as amended by law 71.14: early retirement at the affiliate's request
    after at least 24 years of effective service (men) or 18 (women).

    `date_reached` assumes the affiliate keeps serving without interruption from `today`.
    """
    days = effective_service_days(affiliate, today)
    years, months = service_years_months(days)
    need = rule.min_years(affiliate.sex)
    need_days = years_to_days(need)
    reached = date.fromordinal(today.toordinal() + need_days - days)
    return EarlyEligibility(days >= need_days, need, years, months, reached)
