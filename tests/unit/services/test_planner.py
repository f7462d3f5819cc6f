"""Departure planner on a real SQLite cache: the window, the dossier start, existing dossiers,
and the CSV / XLSX exports (written whole or not at all)."""

from __future__ import annotations

import csv
import json
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
    # one audit entry per listing (filter and count), none per row, no personal data in it
    with cached.db.read() as c:
        reads = c.execute("SELECT COUNT(*) FROM audit WHERE action = 'affiliate.read'").fetchone()
        listings = c.execute(
            "SELECT actor, subject_id, details FROM audit WHERE action = 'affiliate.list'"
            " ORDER BY id"
        ).fetchall()
    assert reads[0] == 0
    assert len(listings) == 2  # the months=0 call was refused before listing anything
    actor, subject, details = listings[0]
    assert (actor, subject) == (ACTOR.id, DEMO_COMMUNE)
    assert json.loads(details) == {
        "screen": "planner",
        "list": "departures",
        "months": "18",
        "count": str(len(rows)),
        "source": "cache",
    }
    text = " ".join(str(x) for row in listings for x in row)
    for r in rows:
        assert r.affiliate.membership_no not in text and r.affiliate.cin not in text
        assert r.affiliate.last_name_lat not in text


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
    planner.export(cached, ACTOR, rows, book, "xlsx", 18)
    with cached.db.read() as c:
        exported = c.execute(
            "SELECT details FROM audit WHERE action = 'affiliate.list' ORDER BY id DESC LIMIT 1"
        ).fetchone()[0]
    assert json.loads(exported)["list"] == "departures-xlsx-export"
    assert json.loads(exported)["count"] == str(len(rows))
    workbook = load_workbook(book, read_only=True)
    sheet = workbook.active
    assert sheet is not None and len(list(sheet.iter_rows(values_only=True))) == len(rows) + 1
    workbook.close()  # read-only workbooks keep the file open until closed
    # a failing write leaves neither a partial file nor a temporary one
    target = tmp_path / "missing-dir-is-a-file"
    target.write_text("x")
    with pytest.raises(OSError):
        planner.export_csv(rows, target / "plan.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["plan.csv", "plan.xlsx", "missing-dir-is-a-file", "profile"]
    )
