"""Departure planner on a real SQLite cache: the window, the dossier start, existing dossiers,
and the CSV / XLSX exports (written whole or not at all)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.errors import DomainError
from app.domain.models import Account, DossierType, Role
from app.domain.rules import add_months, age_limit_date
from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates
from app.services import dossiers, planner
from app.services.context import Context
from app.store import affiliates as repo

ACTOR = Account("demo.preparer", "Préparateur", Role.PREPARER, DEMO_COMMUNE)
COUNT = 600


@pytest.fixture
def cached(ctx: Context) -> Context:
    with ctx.db.transaction() as c:
        repo.upsert(c, generate_affiliates(DEMO_COMMUNE, COUNT), datetime.now(UTC))
    return ctx


def test_departures_within_the_horizon_with_dossier_dates(cached: Context) -> None:
    today = cached.today()
    horizon = add_months(today, 18)
    expected = {
        a.membership_no
        for a in generate_affiliates(DEMO_COMMUNE, COUNT)
        if today <= age_limit_date(a, cached.fund.age_limit) <= horizon
    }
    rows = planner.departures(cached, ACTOR)
    assert {r.affiliate.membership_no for r in rows} == expected and expected
    for r in rows:
        assert r.dossier_start_date == add_months(r.age_limit_date, -12)
        assert r.dossier_id is None and r.due(today) == (r.dossier_start_date <= today)
    assert len(planner.departures(cached, ACTOR, months=3)) <= len(rows)
    with pytest.raises(DomainError):
        planner.departures(cached, ACTOR, months=0)
    with cached.db.read() as c:
        audited = c.execute(
            "SELECT COUNT(*) FROM audit WHERE action = 'affiliate.read'"
            " AND details LIKE '%planner%'"
        ).fetchone()[0]
    assert audited >= len(rows)


def test_an_opened_dossier_shows_and_exports_are_whole(cached: Context, tmp_path: Path) -> None:
    first = planner.departures(cached, ACTOR)[0]
    d = dossiers.open_dossier(cached, ACTOR, first.affiliate.membership_no, DossierType.AGE_LIMIT)
    rows = planner.departures(cached, ACTOR)
    assert next(r for r in rows if r.affiliate == first.affiliate).dossier_id == d.id
    out = tmp_path / "plan.csv"
    planner.export_csv(rows, out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        got = list(csv.DictReader(f))
    assert [g["membership_no"] for g in got] == [r.affiliate.membership_no for r in rows]
    assert got[0]["last_name_ar"] == rows[0].affiliate.last_name_ar  # Arabic survives
    book = tmp_path / "plan.xlsx"
    planner.export_xlsx(rows, book)
    sheet = load_workbook(book, read_only=True).active
    assert sheet is not None and len(list(sheet.iter_rows(values_only=True))) == len(rows) + 1
    # a failing write leaves neither a partial file nor a temporary one
    target = tmp_path / "missing-dir-is-a-file"
    target.write_text("x")
    with pytest.raises(OSError):
        planner.export_csv(rows, target / "plan.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["plan.csv", "plan.xlsx", "missing-dir-is-a-file", "profile"]
    )
