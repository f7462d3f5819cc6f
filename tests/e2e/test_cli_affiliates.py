"""`mellaf sync`, `mellaf affiliate find` and `mellaf affiliate plan` as real processes against
the sandbox over HTTP."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from openpyxl import load_workbook

from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates, sandbox_password
from app.sandbox.server import RunningSandbox, start_in_thread

pytestmark = pytest.mark.e2e
COUNT = 1200


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=COUNT)
    yield running
    running.stop()


def mellaf(
    *args: str, password: str | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MELLAF_PASSWORD"}
    if password is not None:
        env["MELLAF_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        check=False,
        timeout=120,
    )


@pytest.fixture(scope="module")
def profile(sandbox: RunningSandbox, tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = str(tmp_path_factory.mktemp("profile"))
    run = mellaf(
        "--profile",
        folder,
        "login",
        "--platform",
        sandbox.base_url,
        "--account",
        "demo.preparer",
        password=sandbox_password("demo.preparer"),
    )
    assert run.returncode == 0, run.stderr
    return folder


def test_sync_prints_counts_and_cursor_then_deltas(profile: str, sandbox: RunningSandbox) -> None:
    run = mellaf("--profile", profile, "sync")
    assert run.returncode == 0, run.stderr
    assert f"received {COUNT}, applied {COUNT}, cursor " in run.stdout
    assert "full sync, complete" in run.stdout
    first_cursor = run.stdout.split("cursor ")[1].split()[0]
    r = requests.post(sandbox.base_url + "/sandbox/affiliates/touch", json={"count": 3}, timeout=9)
    assert r.status_code == 200
    run = mellaf("--profile", profile, "sync")
    assert run.returncode == 0, run.stderr
    assert "received 3, applied 3, cursor " in run.stdout and "delta sync" in run.stdout
    assert first_cursor not in run.stdout


def test_find_by_identifier_and_name(profile: str) -> None:
    mellaf("--profile", profile, "sync")
    people = list(generate_affiliates(DEMO_COMMUNE, 5))
    a = people[0]
    spaced_cin = f"{a.cin[:2].lower()} {a.cin[2:]}"
    run = mellaf("--profile", profile, "affiliate", "find", spaced_cin, "--json")
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    assert [m["membership_no"] for m in answer["matches"]] == [a.membership_no]
    assert answer["matches"][0]["ppr"] == a.ppr and answer["matches"][0]["cin"] == a.cin

    queries = [a.membership_no, a.ppr, f"{a.first_name_ar} {a.last_name_ar}", "123", "Qwxzy"]
    run = mellaf(
        "--profile", profile, "affiliate", "find", "--stdin", stdin="\n".join(queries) + "\n"
    )
    assert run.returncode == 0, run.stderr
    lines = [json.loads(x) for x in run.stdout.splitlines()]
    assert [x["query"] for x in lines] == queries
    assert lines[0]["matches"][0]["membership_no"] == a.membership_no
    assert lines[1]["matches"][0]["membership_no"] == a.membership_no
    assert a.membership_no in {m["membership_no"] for m in lines[2]["matches"]}
    assert lines[3]["matches"] == [] or "error" not in lines[3]
    assert lines[4]["matches"] == []

    bad = mellaf("--profile", profile, "affiliate", "find", "1234567890", "--json")
    assert bad.returncode == 1 and "9 digits" in json.loads(bad.stdout)["error"]

    db = sqlite3.connect(Path(profile) / "mellaf.sqlite")
    screens = db.execute(
        "SELECT COUNT(*) FROM audit WHERE action = 'affiliate.read' AND details LIKE '%\"cli\"%'"
    ).fetchone()[0]
    db.close()
    assert screens >= 4


def test_plan_exports_csv_and_xlsx(profile: str, tmp_path: Path) -> None:
    mellaf("--profile", profile, "sync")
    out_csv, out_xlsx = tmp_path / "plan.csv", tmp_path / "plan.xlsx"
    run = mellaf(
        "--profile", profile, "affiliate", "plan", "--csv", str(out_csv), "--xlsx", str(out_xlsx)
    )
    assert run.returncode == 0, run.stderr
    with out_csv.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows, "the seed has near-retirees"
    assert all(r["dossier_start_date"] < r["age_limit_date"] for r in rows)
    assert [r["age_limit_date"] for r in rows] == sorted(r["age_limit_date"] for r in rows)
    book = load_workbook(out_xlsx, read_only=True)
    try:  # read-only workbooks keep the file open until closed
        sheet = book.active
        assert sheet is not None
        values = list(sheet.iter_rows(values_only=True))
    finally:
        book.close()
    assert len(values) == len(rows) + 1 and values[1][0] == rows[0]["membership_no"]
    assert not list(tmp_path.glob("*.tmp"))
