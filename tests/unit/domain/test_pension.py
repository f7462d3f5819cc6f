"""Pension estimate (law 71.14 accrual rates) and refund of deductions: examples and properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.config.profile import FundProfile, load_profile
from app.domain.models import Affiliate, PeriodKind, ServicePeriod, Sex
from app.domain.pension import PensionKind, estimate, refund_eligibility, service_split
from app.domain.rules import age_limit_date, early_retirement

FUND = load_profile("cmr")
ACCRUAL = FUND.accrual
assert ACCRUAL is not None


def person(
    birth: date, hire: date, sex: Sex = Sex.MALE, periods: tuple[ServicePeriod, ...] = ()
) -> Affiliate:
    return Affiliate(
        membership_no="100000001",
        ppr="1234567",
        cin="ZZ999999",
        last_name_lat="Fictif",
        first_name_lat="Test",
        last_name_ar="تجريبي",
        first_name_ar="اختبار",
        sex=sex,
        birth_date=birth,
        hire_date=hire,
        grade="g",
        corps="administrateur",
        collectivity_id="COM-X",
        periods=periods,
    )


def test_the_profile_carries_the_2016_rates(fund: FundProfile) -> None:
    rule = fund.accrual
    assert rule is not None
    assert (rule.rate_before, rule.rate_after) == (0.025, 0.02)
    assert (rule.early_rate_before, rule.early_rate_after) == (0.02, 0.015)
    assert rule.reform_date == date(2017, 1, 1)


def test_estimate_splits_service_at_the_reform() -> None:
    assert ACCRUAL is not None
    p = person(date(1965, 1, 1), date(2007, 1, 1))  # exactly 10 years before 2017
    e = estimate(p, ACCRUAL, 10_000, date(2027, 1, 1))
    assert e.years_before == pytest.approx(10, abs=0.01)
    assert e.years_after == pytest.approx(10, abs=0.01)
    # 10 × 2.5 % + 10 × 2 % = 45 %
    assert e.total_rate == pytest.approx(0.45, abs=0.001)
    assert e.monthly_amount == pytest.approx(4_500, abs=10)
    assert "10000.00" in e.formula and "2.5 %" in e.formula and "2 %" in e.formula
    early = estimate(p, ACCRUAL, 10_000, date(2027, 1, 1), PensionKind.EARLY)
    assert early.total_rate == pytest.approx(0.35, abs=0.001)  # 10 × 2 % + 10 × 1.5 %


def test_estimate_is_capped_and_refuses_negative_salary() -> None:
    assert ACCRUAL is not None
    p = person(date(1930, 1, 1), date(1950, 1, 1))
    e = estimate(p, ACCRUAL, 5_000, date(2030, 1, 1))
    assert e.capped and e.total_rate == ACCRUAL.max_rate
    with pytest.raises(ValueError):
        estimate(p, ACCRUAL, -1, date(2030, 1, 1))


def test_interruptions_do_not_count() -> None:
    gap = ServicePeriod(date(2010, 1, 1), date(2012, 1, 1), PeriodKind.INTERRUPTION)
    plain = person(date(1970, 1, 1), date(2000, 1, 1))
    with_gap = person(
        date(1970, 1, 1), date(2000, 1, 1), periods=(ServicePeriod(date(2000, 1, 1), None), gap)
    )
    b1, a1 = service_split(plain, date(2017, 1, 1), date(2025, 1, 1))
    b2, a2 = service_split(with_gap, date(2017, 1, 1), date(2025, 1, 1))
    assert b1 - b2 == pytest.approx(2, abs=0.01) and a1 == pytest.approx(a2)


def test_refund_for_those_leaving_before_the_minimum() -> None:
    short = person(date(1980, 1, 1), date(2015, 1, 1), Sex.MALE)
    r = refund_eligibility(short, FUND.age_limit, FUND.early, date(2026, 1, 1))
    assert r.eligible and r.before_age_limit
    long = person(date(1970, 1, 1), date(1995, 1, 1), Sex.MALE)
    assert not refund_eligibility(long, FUND.age_limit, FUND.early, date(2026, 1, 1)).eligible
    # a woman with 19 years has the 18-year minimum: no refund
    woman = person(date(1980, 1, 1), date(2007, 1, 1), Sex.FEMALE)
    assert not refund_eligibility(woman, FUND.age_limit, FUND.early, date(2026, 1, 1)).eligible


dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2010, 12, 31))
salaries = st.integers(min_value=0, max_value=200_000)


@given(hire=dates, years=st.integers(0, 45), salary=salaries, extra=st.integers(1, 3000))
def test_estimate_grows_with_service_and_stays_within_the_cap(
    hire: date, years: int, salary: int, extra: int
) -> None:
    assert ACCRUAL is not None
    p = person(hire - timedelta(days=365 * 25), hire)
    departure = hire + timedelta(days=int(years * 365.25))
    later = departure + timedelta(days=extra)
    e1 = estimate(p, ACCRUAL, salary, departure)
    e2 = estimate(p, ACCRUAL, salary, later)
    assert 0 <= e1.total_rate <= e2.total_rate <= ACCRUAL.max_rate
    assert e1.monthly_amount <= e2.monthly_amount <= salary + 0.01
    early = estimate(p, ACCRUAL, salary, departure, PensionKind.EARLY)
    assert early.monthly_amount <= e1.monthly_amount


@given(hire=dates, salary=salaries, more=st.integers(1, 100_000))
def test_estimate_grows_with_salary(hire: date, salary: int, more: int) -> None:
    assert ACCRUAL is not None
    p = person(hire - timedelta(days=365 * 25), hire)
    d = hire + timedelta(days=365 * 20)
    assert (
        estimate(p, ACCRUAL, salary, d).monthly_amount
        <= estimate(p, ACCRUAL, salary + more, d).monthly_amount
    )


@given(
    birth=st.dates(min_value=date(1950, 1, 1), max_value=date(1990, 12, 31)),
    hire_age=st.integers(18, 40),
    leave_after=st.integers(0, 45 * 366),
    sex=st.sampled_from(list(Sex)),
)
def test_refund_exactly_when_leaving_early_without_the_minimum(
    birth: date, hire_age: int, leave_after: int, sex: Sex
) -> None:
    hire = birth + timedelta(days=int(hire_age * 365.25))
    p = person(birth, hire, sex)
    leaving = hire + timedelta(days=leave_after)
    r = refund_eligibility(p, FUND.age_limit, FUND.early, leaving)
    early = early_retirement(p, FUND.early, leaving)
    before_limit = leaving < age_limit_date(p, FUND.age_limit)
    # a refund exactly when neither an early pension nor the age limit applies
    assert r.eligible == (before_limit and not early.eligible)
    assert early.eligible == (early.date_reached <= leaving)
