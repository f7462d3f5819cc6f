from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.config.profile import FundProfile
from app.domain.models import Affiliate, PeriodKind, ServicePeriod, Sex
from app.domain.rules import (
    add_months,
    age_limit_date,
    early_retirement,
    effective_service_days,
)


def person(
    birth: date, hire: date, sex: Sex = Sex.MALE, corps: str = "administrateur", periods=()
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
        corps=corps,
        collectivity_id="COM-X",
        periods=tuple(periods),
    )


def test_age_limit_follows_the_2016_reform_table(fund: FundProfile) -> None:
    rule = fund.age_limit
    assert age_limit_date(person(date(1956, 5, 10), date(1980, 1, 1)), rule) == date(2016, 5, 10)
    assert age_limit_date(person(date(1957, 5, 10), date(1980, 1, 1)), rule) == date(2017, 11, 10)
    assert age_limit_date(person(date(1960, 3, 31), date(1985, 1, 1)), rule) == date(2022, 3, 31)
    assert age_limit_date(person(date(1970, 2, 1), date(1995, 1, 1)), rule) == date(2033, 2, 1)


def test_special_bodies_retire_at_65(fund: FundProfile) -> None:
    p = person(date(1970, 2, 1), date(1995, 1, 1), corps="enseignant_chercheur")
    assert age_limit_date(p, fund.age_limit) == date(2035, 2, 1)


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2020, 1, 31), 1) == date(2020, 2, 29)
    assert add_months(date(2021, 8, 31), -6) == date(2021, 2, 28)


def test_interruptions_are_not_effective_service() -> None:
    p = person(
        date(1970, 1, 1),
        date(2000, 1, 1),
        periods=[
            ServicePeriod(date(2000, 1, 1), None),
            ServicePeriod(date(2005, 1, 1), date(2006, 1, 1), PeriodKind.INTERRUPTION),
        ],
    )
    full = effective_service_days(person(date(1970, 1, 1), date(2000, 1, 1)), date(2010, 1, 1))
    assert effective_service_days(p, date(2010, 1, 1)) == full - 365


def test_early_retirement_thresholds_by_sex(fund: FundProfile) -> None:
    today = date(2026, 11, 23)
    hire = date(2006, 1, 1)  # ~20 years 10 months of service
    man = early_retirement(person(date(1980, 1, 1), hire, Sex.MALE), fund.early, today)
    woman = early_retirement(person(date(1980, 1, 1), hire, Sex.FEMALE), fund.early, today)
    assert (man.min_years, woman.min_years) == (24, 18)
    assert not man.eligible and woman.eligible
    assert man.date_reached > today >= woman.date_reached


dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2005, 12, 31))


@given(birth=dates, months=st.integers(min_value=0, max_value=30))
def test_age_limit_is_monotonic_in_birth_date(birth: date, months: int) -> None:
    from app.config.profile import load_profile

    rule = load_profile("cmr").age_limit
    later = add_months(birth, months)
    assert age_limit_date(person(later, later), rule) >= age_limit_date(person(birth, birth), rule)


@given(hire=dates, extra=st.integers(min_value=0, max_value=20000))
def test_service_grows_with_time_and_eligibility_is_stable(hire: date, extra: int) -> None:
    from app.config.profile import load_profile

    rule = load_profile("cmr").early
    p = person(date(1940, 1, 1), hire)
    t1 = hire + timedelta(days=extra)
    t2 = t1 + timedelta(days=400)
    assert effective_service_days(p, t2) >= effective_service_days(p, t1)
    e1, e2 = early_retirement(p, rule, t1), early_retirement(p, rule, t2)
    assert not e1.eligible or e2.eligible  # once eligible, stays eligible
    if not e1.eligible:
        assert e1.date_reached > t1
