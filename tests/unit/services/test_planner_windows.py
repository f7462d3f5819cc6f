"""The departures read through narrow birth-date windows in SQL (``planner.birth_windows``)
find exactly the affiliates the age-limit rule finds when applied to every cached affiliate:
births on every day of 16 years, all bodies (special ones, ordinary ones, none), dates of
"today" at month ends, leap days and year ends, and horizons from 1 to 120 months."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.models import Account, Affiliate, Role
from app.domain.rules import AgeLimitRule, add_months, age_limit_date
from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates
from app.services import planner
from app.services.context import Context
from app.store import affiliates as repo
from tests.support.fixtures import FixedClock

ACTOR = Account("demo.preparer", "Préparateur", Role.PREPARER, DEMO_COMMUNE)
BODIES = ("", "administrateur", "magistrat", "technicien", "enseignant_chercheur", "ambassadeur")
FIRST_BIRTH, LAST_BIRTH = date(1955, 1, 1), date(1970, 12, 31)
TODAYS = (
    date(2026, 11, 23),
    date(2027, 1, 31),
    date(2027, 2, 28),
    date(2028, 2, 29),
    date(2028, 3, 31),
    date(2028, 12, 31),
    date(2029, 6, 30),
    date(2031, 8, 31),
)


@pytest.fixture
def every_day(ctx: Context) -> Context:
    """One fictional affiliate born on each day from 1955 to 1970, bodies in turn."""
    days = (LAST_BIRTH - FIRST_BIRTH).days + 1
    people = [
        replace(
            a,
            birth_date=FIRST_BIRTH + timedelta(days=i),
            corps=BODIES[i % len(BODIES)],
        )
        for i, a in enumerate(generate_affiliates(DEMO_COMMUNE, days))
    ]
    with ctx.db.transaction() as c:
        repo.upsert(c, people, datetime.now(UTC))
    return ctx


def _by_the_rule(
    ctx: Context, everyone: list[Affiliate], today: date, months: int
) -> list[tuple[str, date]]:
    """The rule applied to every cached affiliate (what the planner did before the windows)."""
    horizon = add_months(today, months)
    found = []
    for a in everyone:
        limit = age_limit_date(a, ctx.fund.age_limit)
        if today <= limit <= horizon:
            found.append((a.membership_no, limit))
    return sorted(found, key=lambda x: (x[1], x[0]))


def test_windows_find_what_the_rule_finds(every_day: Context, clock: FixedClock) -> None:
    with every_day.db.read() as c:
        everyone = [repo.from_row(r) for r in c.execute(f"SELECT {repo.COLUMNS} FROM affiliates")]
    for today in TODAYS:
        clock.now = datetime(today.year, today.month, today.day, 9, 0, tzinfo=UTC)
        for months in (1, 6, 18, 120):
            got = [
                (d.affiliate.membership_no, d.age_limit_date)
                for d in planner.departures(every_day, ACTOR, months)
            ]
            expected = _by_the_rule(every_day, everyone, today, months)
            assert got == expected, (today, months)
            assert expected  # one birth a day: every horizon holds departures


def test_windows_follow_the_rule_not_a_fixed_range() -> None:
    """Cohorts out of order or sharing years are read as ``months_for`` reads them."""
    rule = AgeLimitRule(
        cohorts=((1960, 720), (1958, 700), (1962, 744)),  # 1958 never applies (1960 first)
        final_months=756,
        special_corps_months={"magistrat": 780},
    )
    today, horizon = date(2027, 1, 1), date(2028, 7, 1)
    windows = planner.birth_windows(rule, today, horizon)
    special = [w for w in windows if not w.other_than]
    assert [w.corps for w in special] == [("magistrat",)]
    ordinary = [w for w in windows if w.other_than]
    assert all(w.corps == ("magistrat",) for w in ordinary)
    for w in ordinary:  # each within its cohort's years
        assert w.first <= w.last
    # a birth covered by no window is reached by no age limit in the period
    for day in range(0, 365 * 30, 3):
        birth = date(1945, 1, 1) + timedelta(days=day)
        for corps in ("", "magistrat"):
            limit = add_months(birth, rule.months_for(birth, corps))
            if today <= limit <= horizon:
                assert any(
                    w.first <= birth <= w.last and ((corps in w.corps) != w.other_than)
                    for w in windows
                ), (birth, corps)
