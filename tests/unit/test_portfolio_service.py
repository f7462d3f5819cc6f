"""Portfolio on a real SQLite profile: rows of one collectivity only, "assign to me" with its
habilitations and audit, the archive, and audited CSV / XLSX exports written whole."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import Account, Affiliate, DossierState, DossierType, Role, Sex
from app.domain.rules import add_months
from app.services import assignment, dossiers, portfolio
from app.services.context import Context
from app.services.portfolio import Due, Filter
from app.store import accounts as accounts_repo
from app.store import affiliates as affiliates_repo
from app.store import audit
from app.store import dossiers as dossiers_repo
from tests.support.fixtures import FixedClock

C = "COMMUNE-PF"
ADMIN = Account("resp.pf", "Responsible (fictional)", Role.ADMIN, C)
ALICE = Account("alice.pf", "Preparer 1 (fictional)", Role.PREPARER, C)
BRUNO = Account("bruno.pf", "Preparer 2 (fictional)", Role.PREPARER, C)
CERT = Account("cert.pf", "Certifier (fictional)", Role.CERTIFIER, C)
KIOSK = Account("kiosk.pf", "Kiosk (fictional)", Role.KIOSK, C)
OTHER = Account("other.pf", "Other commune (fictional)", Role.ADMIN, "COMMUNE-ELSEWHERE")


def affiliate(n: int, birth: date) -> Affiliate:
    return Affiliate(
        membership_no=f"96600000{n}",
        ppr=f"6600{n}",
        cin=f"ZQ66000{n}",
        last_name_lat="Fictif",
        first_name_lat=f"Portefeuille{n}",
        last_name_ar="وهمي",
        first_name_ar="محفظة",
        sex=Sex.FEMALE,
        birth_date=birth,
        hire_date=date(1990, 1, 1),
        grade="Administrateur",
        corps="administrateur",
        collectivity_id=C,
    )


@pytest.fixture
def office(ctx: Context) -> tuple[Context, list[str]]:
    today = ctx.today()
    births = [  # age limit (63) in 6 months: overdue; in 12 months + 10 days: soon; in 3 years
        add_months(today, -63 * 12 + 6),
        add_months(today, -63 * 12 + 12) + timedelta(days=10),
        add_months(today, -63 * 12 + 36),
    ]
    with ctx.db.transaction() as c:
        for a in (ADMIN, ALICE, BRUNO, CERT, KIOSK, OTHER):
            accounts_repo.insert_account(c, a, "", "fund", ctx.clock())
        affiliates_repo.upsert(c, [affiliate(n, b) for n, b in enumerate(births, 1)], ctx.clock())
    ids = [
        dossiers.open_dossier(ctx, ALICE, f"96600000{n}", DossierType.AGE_LIMIT).id
        for n in (1, 2, 3)
    ]
    return ctx, ids


def actions(ctx: Context, dossier_id: str) -> list[str]:
    with ctx.db.read() as c:
        return [e.action for e in reversed(audit.entries(c, subject_id=dossier_id))]


def test_rows_with_due_dates_of_the_collectivity_only(office: tuple[Context, list[str]]) -> None:
    ctx, ids = office
    rows = {r.dossier.id: r for r in portfolio.load(ctx, CERT)}
    assert set(rows) == set(ids)
    assert [rows[i].due for i in ids] == [Due.OVERDUE, Due.SOON, Due.LATER]
    for r in rows.values():
        assert r.preparer == ALICE.id and r.assignee is None and r.affiliate is not None
        assert r.age_limit is not None and r.due_date == add_months(r.age_limit, -12)
    assert portfolio.load(ctx, OTHER) == []  # another collectivity sees nothing
    assert {a.id for a in portfolio.officers(ctx, CERT)} == {
        a.id for a in (ADMIN, ALICE, BRUNO, CERT, KIOSK)
    }


def test_assign_to_me_follows_habilitations_and_is_audited(
    office: tuple[Context, list[str]],
) -> None:
    ctx, ids = office
    first = ids[0]
    assignment.assign_to_me(ctx, ALICE, first)
    assert actions(ctx, first)[-1] == "dossier.assign"
    assert {r.dossier.id: r.assignee for r in portfolio.load(ctx, ALICE)}[first] == ALICE.id
    assignment.assign_to_me(ctx, ALICE, first)  # already hers: nothing written
    assert actions(ctx, first).count("dossier.assign") == 1

    with pytest.raises(NotAllowed):
        assignment.assign_to_me(ctx, BRUNO, ids[1])  # another preparer's dossier
    with pytest.raises(NotAllowed):
        assignment.assign_to_me(ctx, KIOSK, ids[1])
    with pytest.raises(NotAllowed):
        assignment.assign_to_me(ctx, OTHER, ids[1])  # another collectivity
    with pytest.raises(DomainError, match="colleague"):
        assignment.assign_to_me(ctx, CERT, first)  # taken by Alice
    with pytest.raises(NotAllowed):
        assignment.unassign(ctx, CERT, first)
    assignment.assign_to_me(ctx, CERT, ids[1])  # a certifier reaches every dossier
    assignment.assign_to_me(ctx, ADMIN, first)  # the responsible takes over
    rows = {r.dossier.id: r.assignee for r in portfolio.load(ctx, ADMIN)}
    assert (rows[first], rows[ids[1]], rows[ids[2]]) == (ADMIN.id, CERT.id, None)
    listed = portfolio.load(ctx, ADMIN)
    assert [r.dossier.id for r in portfolio.apply(listed, Filter(officer=""))] == [ids[2]]
    assert [r.dossier.id for r in portfolio.apply(listed, Filter(officer=CERT.id))] == [ids[1]]
    assignment.unassign(ctx, ADMIN, ids[1])  # the responsible releases anyone's
    with ctx.db.read() as c:
        entry = audit.entries(c, subject_id=ids[1])[0]  # the newest
    assert (entry.action, entry.actor, entry.details["from"]) == (
        "dossier.unassign",
        ADMIN.id,
        CERT.id,
    )

    with ctx.db.transaction() as c:
        accounts_repo.set_status(c, BRUNO.id, accounts_repo.FROZEN, "left")
        accounts_repo.set_status(c, CERT.id, accounts_repo.FROZEN, "left")
    with pytest.raises(NotAllowed, match="not active"):
        assignment.assign_to_me(ctx, CERT, ids[2])
    assert assignment.may_take(CERT, None) and not assignment.may_take(KIOSK, None)
    assert assignment.may_release(ADMIN, CERT.id) and not assignment.may_release(ALICE, CERT.id)


def test_closed_dossiers_go_to_the_archive(
    office: tuple[Context, list[str]], clock: FixedClock
) -> None:
    ctx, ids = office
    with ctx.db.transaction() as c:
        dossiers_repo.update(c, ids[2], clock(), state=str(DossierState.WITHDRAWN))
    rows = portfolio.load(ctx, ALICE)
    assert {r.dossier.id for r in portfolio.apply(rows, Filter())} == set(ids[:2])
    archived = portfolio.apply(rows, Filter(group="archive"))
    assert [r.dossier.id for r in archived] == [ids[2]]
    assert archived[0].closed and archived[0].due is Due.NONE
    with pytest.raises(DomainError, match="closed"):
        assignment.assign_to_me(ctx, ALICE, ids[2])


def test_exports_are_whole_and_audited(office: tuple[Context, list[str]], tmp_path: Path) -> None:
    ctx, ids = office
    rows = portfolio.apply(portfolio.load(ctx, CERT), Filter(due=Due.OVERDUE))
    assert [r.dossier.id for r in rows] == [ids[0]]
    out = tmp_path / "out" / "portfolio.csv"
    assert portfolio.export(ctx, CERT, rows, out, "csv") == 1
    with out.open(encoding="utf-8-sig", newline="") as f:
        got = list(csv.DictReader(f))
    assert [(g["membership_no"], g["last_name_ar"], g["due"]) for g in got] == [
        ("966000001", "وهمي", "overdue")
    ]
    book = tmp_path / "out" / "portfolio.xlsx"
    all_rows = portfolio.load(ctx, CERT)
    portfolio.export(ctx, CERT, all_rows, book, "xlsx")
    sheet = load_workbook(book, read_only=True).active
    assert sheet is not None
    cells = list(sheet.iter_rows(values_only=True))
    assert cells[0] == portfolio.HEADER and len(cells) == len(all_rows) + 1
    with ctx.db.read() as c:
        exports = [e for e in audit.entries(c) if e.action == "dossiers.export"]
        reads = c.execute(
            "SELECT COUNT(*) FROM audit WHERE action = 'affiliate.read'"
            " AND details LIKE '%dossiers-export%' AND actor = ?",
            (CERT.id,),
        ).fetchone()[0]
    assert sorted((e.details["format"], e.details["rows"]) for e in exports) == [
        ("csv", "1"),
        ("xlsx", str(len(all_rows))),
    ]
    assert reads == 1 + len(all_rows)

    # a failing write leaves no file, no temporary file and no audit entry
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    with pytest.raises(OSError):
        portfolio.export(ctx, CERT, rows, blocker / "portfolio.csv", "csv")
    with pytest.raises(DomainError, match="CSV or XLSX"):
        portfolio.export(ctx, CERT, rows, tmp_path / "portfolio.ods", "ods")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "portfolio.csv",
        "portfolio.xlsx",
    ]
    assert not (tmp_path / "portfolio.ods").exists()
    with ctx.db.read() as c:
        assert len([e for e in audit.entries(c) if e.action == "dossiers.export"]) == 2
    with pytest.raises(NotAllowed):
        portfolio.export(ctx, OTHER, rows, tmp_path / "x.csv", "csv")  # not its dossiers
