"""Portfolio rules without I/O: closed states, due-date classification, filters, text search
folded like the affiliate search, and the export rows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.config.profile import FundProfile
from app.domain.lifecycle import TRANSITIONS
from app.domain.models import Affiliate, Dossier, DossierState, DossierType, Sex
from app.domain.rules import add_months, age_limit_date
from app.services import portfolio
from app.services.portfolio import NOBODY, Due, Filter, PortfolioRow

S = DossierState
TODAY = date(2026, 11, 23)
C = "COMMUNE-PF"


def affiliate(n: int, first_lat: str = "Karim", last_ar: str = "الإدريسي") -> Affiliate:
    return Affiliate(
        membership_no=f"95500000{n}",
        ppr=f"5500{n}",
        cin=f"ZP55000{n}",
        last_name_lat="Fictif-Idrissi",
        first_name_lat=first_lat,
        last_name_ar=last_ar,
        first_name_ar="كريم",
        sex=Sex.MALE,
        birth_date=date(1964, 3, 10 + n),
        hire_date=date(1990, 1, 1),
        grade="Administrateur",
        corps="administrateur",
        collectivity_id=C,
    )


def dossier(
    n: int, state: DossierState = S.DRAFT, kind: DossierType = DossierType.AGE_LIMIT
) -> Dossier:
    return Dossier(
        id=f"d-{n}",
        affiliate_membership_no=f"95500000{n}",
        type=kind,
        state=state,
        created_by="alice.pf",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        collectivity_id=C,
        idempotency_key=f"k-{n}",
    )


def row(
    n: int,
    state: DossierState = S.DRAFT,
    *,
    due: Due = Due.LATER,
    assignee: str | None = None,
    kind: DossierType = DossierType.AGE_LIMIT,
    a: Affiliate | None = None,
) -> PortfolioRow:
    return PortfolioRow(
        dossier(n, state, kind), a or affiliate(n), "alice.pf", assignee, None, None, due
    )


def test_closed_states_are_the_life_cycles_terminal_ones() -> None:
    assert {S.LIQUIDATED, S.REJECTED, S.WITHDRAWN} == portfolio.CLOSED
    leaving = {s for t in TRANSITIONS.values() for s in t.source}
    assert not portfolio.CLOSED & leaving
    groups = portfolio.GROUPS
    assert groups["archive"] == portfolio.CLOSED and not groups["all"] & portfolio.CLOSED
    open_groups = set().union(*(v for k, v in groups.items() if k not in ("all", "archive")))
    assert open_groups == groups["all"]  # every open state is in one of the named groups


@pytest.mark.parametrize(
    ("offset", "state", "expected"),
    [
        (-1, S.DRAFT, Due.OVERDUE),
        (0, S.DRAFT, Due.SOON),
        (30, S.SIGNED, Due.SOON),
        (31, S.CERTIFIED, Due.LATER),
        (-400, S.DOCUMENTS_REQUESTED, Due.OVERDUE),  # the fund waits on us
        (-10, S.UNDER_REVIEW, Due.NONE),  # at the fund: nothing to do here
        (-10, S.SUBMITTED, Due.NONE),
        (-10, S.LIQUIDATED, Due.NONE),  # closed
        (-10, S.WITHDRAWN, Due.NONE),
    ],
)
def test_due_classification(offset: int, state: DossierState, expected: Due) -> None:
    assert portfolio.classify_due(TODAY + timedelta(days=offset), state, TODAY) is expected


def test_no_due_date_without_one() -> None:
    assert portfolio.classify_due(None, S.DRAFT, TODAY) is Due.NONE
    assert portfolio.classify_due(TODAY + timedelta(days=5), S.DRAFT, TODAY, 3) is Due.LATER


def test_due_date_is_the_age_limit_minus_the_lead_time(fund: FundProfile) -> None:
    a = affiliate(1)
    limit, due = portfolio.due_dates(dossier(1), a, fund)
    assert limit == age_limit_date(a, fund.age_limit)
    assert due == add_months(limit, -fund.dossier_lead_months) and due < limit
    assert portfolio.due_dates(dossier(1, kind=DossierType.INVALIDITY), a, fund) == (None, None)
    assert portfolio.due_dates(dossier(1), None, fund) == (None, None)
    today = due + timedelta(days=1)
    made = portfolio.make_row(dossier(1), a, "alice.pf", None, fund, today)
    assert (made.age_limit, made.due_date, made.due) == (limit, due, Due.OVERDUE)


def test_text_search_by_number_and_folded_names() -> None:
    r = row(1, a=affiliate(1, first_lat="Abdelkérim", last_ar="الإدريسي"))
    for query in ("955000001", "0000 01", "5500-1", "abdelker", "ABDELKÉRIM fict", "ادريسي"):
        assert portfolio.matches_text(r, query), query
    for query in ("955000002", "77", "karim", "Idrissi Zineb", "ZP550001"):
        assert not portfolio.matches_text(r, query), query
    assert portfolio.matches_text(r, "  ")
    assert portfolio.matches_text(row(2, a=affiliate(2, first_lat="Mouna")), "muna")
    nameless = PortfolioRow(dossier(3), None, "alice.pf", None, None, None, Due.NONE)
    assert portfolio.matches_text(nameless, "955000003")
    assert not portfolio.matches_text(nameless, "karim")


def test_filters_combine() -> None:
    rows = [
        row(1, S.DRAFT, due=Due.OVERDUE, assignee="alice.pf"),
        row(2, S.SIGNED, due=Due.SOON, assignee="cert.pf"),
        row(3, S.UNDER_REVIEW, due=Due.NONE),
        row(4, S.LIQUIDATED, due=Due.NONE),
        row(5, S.REJECTED, due=Due.NONE, kind=DossierType.EARLY),
        row(6, S.COMPLETE, due=Due.LATER, kind=DossierType.EARLY),
    ]

    def ids(f: Filter) -> list[str]:
        return [r.dossier.id for r in portfolio.apply(rows, f)]

    assert ids(Filter()) == ["d-1", "d-2", "d-3", "d-6"]  # closed ones hidden by default
    assert ids(Filter(group="archive")) == ["d-4", "d-5"]
    assert ids(Filter(group="prepare")) == ["d-1", "d-6"]
    assert ids(Filter(group="certify")) == ["d-2"]
    assert ids(Filter(dossier_type=DossierType.EARLY)) == ["d-6"]
    assert ids(Filter(group="archive", dossier_type=DossierType.EARLY)) == ["d-5"]
    assert ids(Filter(officer="cert.pf")) == ["d-2"]  # the assignee
    assert ids(Filter(officer="alice.pf")) == ["d-1", "d-2", "d-3", "d-6"]  # the preparer
    assert ids(Filter(officer=NOBODY)) == ["d-3", "d-6"]
    assert ids(Filter(due=Due.OVERDUE)) == ["d-1"]
    assert ids(Filter(due=Due.SOON, officer="cert.pf")) == ["d-2"]
    assert ids(Filter(text="955000006")) == ["d-6"]
    assert ids(Filter(group="no-such-group")) == ids(Filter())


def test_export_rows_follow_the_header() -> None:
    full = PortfolioRow(
        dossier(1, S.SIGNED),
        affiliate(1),
        "alice.pf",
        "cert.pf",
        date(2027, 3, 11),
        date(2026, 3, 11),
        Due.OVERDUE,
    )
    nameless = PortfolioRow(dossier(2), None, "alice.pf", None, None, None, Due.NONE)
    out = portfolio.export_rows([full, nameless])
    assert all(len(r) == len(portfolio.HEADER) for r in out)
    first = dict(zip(portfolio.HEADER, out[0], strict=True))
    assert first["membership_no"] == "955000001" and first["last_name_ar"] == "الإدريسي"
    assert (first["state"], first["assignee"], first["due"]) == ("signed", "cert.pf", "overdue")
    assert (first["age_limit_date"], first["due_date"]) == ("2027-03-11", "2026-03-11")
    second = dict(zip(portfolio.HEADER, out[1], strict=True))
    assert second["ppr"] == "" and second["due_date"] == "" and second["assignee"] == ""
