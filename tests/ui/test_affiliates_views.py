"""Affiliate screens on real widgets against the demo sandbox: search tolerant to spacing and case,
sheet with refund, freshness and the labelled estimate, correction requests, the departure
planner and its exports."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates
from app.ui.app import Shell
from tests.ui.helpers import TIMEOUT, sign_in, wait_idle


def test_search_sheet_estimate_and_correction(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "demo.preparer")
    person = next(iter(generate_affiliates(DEMO_COMMUNE, 1)))
    search = window.search
    search.query.setText(f" {person.cin[:2].lower()}-{person.cin[2:]} ")
    search.search()
    qtbot.waitUntil(lambda: window.sheet.sheet is not None, timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    sheet = window.sheet
    assert sheet.sheet is not None and sheet.sheet.affiliate.membership_no == person.membership_no
    assert sheet.fields["refund"].text()
    assert "out of date" not in sheet.fields["fresh"].text()  # just synced
    box = sheet.estimate
    assert box.isVisibleTo(sheet) and box.salary.value() == person.reference_salary
    assert "MAD" in box.result.text() and "× min(100 %" in box.formula.text()
    before = box.result.text()
    box.salary.setValue(box.salary.value() + 1000)
    assert box.result.text() != before

    sheet.corrections.queue(person.membership_no, "birth_date", "Wrong day (test)", None)
    qtbot.waitUntil(lambda: "Birth date" in sheet.corrections.text(), timeout=TIMEOUT)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: "waiting for the fund" in sheet.corrections.text(), timeout=TIMEOUT)


def test_name_search_in_arabic_folds_spellings(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "demo.preparer")
    people = list(generate_affiliates(DEMO_COMMUNE, 60))
    target = next(p for p in people if "أ" in p.first_name_ar or "إ" in p.first_name_ar)
    typed = target.first_name_ar.replace("أ", "ا").replace("إ", "ا")
    window.search.query.setText(f"{typed} {target.last_name_ar}")
    window.search.search()
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=TIMEOUT)
    found = [window.search.model.row_at(i) for i in range(window.search.model.rowCount())]
    assert target.membership_no in {a.membership_no for a in found if a is not None}


def test_planner_lists_departures_and_exports(qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    window = sign_in(qtbot, shell, "demo.preparer")
    window.show_view(window.planner)
    planner = window.planner
    qtbot.waitUntil(lambda: planner.model.rowCount() > 0, timeout=TIMEOUT)
    rows = planner.model.rows()
    today = shell.wb.ctx.today()
    assert all(r.dossier_start_date < r.age_limit_date for r in rows)
    assert [r.age_limit_date for r in rows] == sorted(r.age_limit_date for r in rows)
    assert "departure" in planner.status.text()
    planner.months.setValue(1)
    planner.reload()
    wait_idle(qtbot, shell)
    assert all((r.age_limit_date - today).days <= 31 for r in planner.model.rows())
    planner.months.setValue(18)
    planner.reload()
    wait_idle(qtbot, shell)
    target = tmp_path / "out" / "departures.csv"
    planner.export_to(target, "csv", planner.model.rows())
    qtbot.waitUntil(target.exists, timeout=TIMEOUT)
    with target.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == planner.model.rowCount()
