"""Habilitation review against the staff list, and the ministry's designation form."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import Account, Role
from app.services import accounts, designation_form, habilitation, offline_login
from app.services.context import Context
from app.store import accounts as repo
from app.store import audit
from app.store.accounts import AccountDetails

C = "COMMUNE-HAB"
ADMIN = Account("resp.h", "Responsible (fictional)", Role.ADMIN, C)
PASSWORD = "staff review 2026"


@pytest.fixture
def staffed(ctx: Context) -> Context:
    with ctx.db.transaction() as c:
        repo.insert_account(c, ADMIN, "Commune fictive", "fund", ctx.clock())
        repo.save_details(c, ADMIN.id, AccountDetails(full_name="Responsable Fictif", ppr="1000"))
    people = {
        "stays.h": ("1001", Role.PREPARER),
        "left.h": ("1002", Role.PREPARER),
        "gone.h": ("1003", Role.CERTIFIER),  # not in the list at all
        "noppr.h": ("", Role.CERTIFIER),
        "moved.h": ("1005", Role.PREPARER),  # leaving date already past
    }
    for account_id, (ppr, role) in people.items():
        details = AccountDetails(
            full_name=f"Agent {account_id} (fictional)",
            cin="ZZ10" + ppr if ppr else "",
            ppr=ppr,
            region="Région fictive",
            province="Province fictive",
            commune="Commune fictive",
            position="Gestionnaire RH",
            phone_office="0500000000",
            phone_mobile="0600000000",
            email=f"{account_id}@example.invalid",
        )
        accounts.create(ctx, ADMIN, account_id, account_id, role, details, PASSWORD)
    accounts.create(ctx, ADMIN, "kiosk.h", "Kiosk", Role.KIOSK, AccountDetails())
    return ctx


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "staff.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_review_flags_and_freezes_with_a_report(staffed: Context, tmp_path: Path) -> None:
    ctx = staffed
    staff_file = _csv(
        tmp_path,
        "matricule;statut;date_depart\n"
        "0001000;actif;\n1001;actif;\n1002;parti;\n1005;actif;2026-10-31\n9999;actif;\n",
    )
    staff = habilitation.read_staff_list(staff_file, ctx.today())
    findings = {f.account_id: f.problem for f in habilitation.review(ctx, ADMIN, staff)}
    assert findings == {
        "left.h": habilitation.LEFT,
        "gone.h": habilitation.NO_MATCH,
        "noppr.h": habilitation.NO_PPR,
        "moved.h": habilitation.LEFT,
    }
    report_path = tmp_path / "out" / "review.txt"
    report = habilitation.freeze_flagged(
        ctx, ADMIN, habilitation.review(ctx, ADMIN, staff), report_path
    )
    assert sorted(report.frozen) == ["gone.h", "left.h", "moved.h", "noppr.h"]
    assert report_path.read_text(encoding="utf-8") == report.text
    assert "4 account(s) frozen" in report.text and "ZZ10" not in report.text
    statuses = {r.id: r.status for r in accounts.list_accounts(ctx, ADMIN)}
    assert statuses["stays.h"] == "active" and statuses["left.h"] == "frozen"
    with pytest.raises(NotAllowed, match="frozen"):
        offline_login.login_offline(ctx, "left.h", PASSWORD)
    assert habilitation.review(ctx, ADMIN, staff) == []  # frozen accounts are no longer flagged
    with ctx.db.read() as c:
        frozen = [e for e in audit.entries(c) if e.action == "account.freeze"]
    assert len(frozen) == 4


def test_staff_list_formats_and_errors(staffed: Context, tmp_path: Path) -> None:
    today = staffed.today()
    arabic = _csv(tmp_path, "رقم التأجير,الاسم\n1001,مختبر\n", "utf-8-sig")
    assert habilitation.read_staff_list(arabic, today) == [habilitation.StaffMember("1001", False)]
    with pytest.raises(DomainError, match="no payroll number column"):
        habilitation.read_staff_list(_csv(tmp_path, "name;cin\nx;y\n"), today)
    with pytest.raises(DomainError, match="Line 3"):
        habilitation.read_staff_list(_csv(tmp_path, "ppr\n1001\nABC\n"), today)
    with pytest.raises(DomainError, match="empty"):
        habilitation.read_staff_list(_csv(tmp_path, ""), today)
    with pytest.raises(NotAllowed):
        habilitation.review(staffed, Account("p", "P", Role.PREPARER, C), [])


def test_staff_list_from_excel(staffed: Context, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["PPR", "Statut"])
    book.active.append([1001, "actif"])
    book.active.append([1002, "retraite"])
    path = tmp_path / "staff.xlsx"
    book.save(path)
    staff = habilitation.read_staff_list(path, staffed.today())
    assert staff == [
        habilitation.StaffMember("1001", False),
        habilitation.StaffMember("1002", True),
    ]
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK not a workbook")
    with pytest.raises(DomainError, match="not a readable Excel"):
        habilitation.read_staff_list(broken, staffed.today())


def test_designation_form(staffed: Context, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    ctx = staffed
    accounts.suspend(ctx, ADMIN, "gone.h", "left the commune")
    out = tmp_path / "form" / "designation.xlsx"
    assert designation_form.export(ctx, ADMIN, out) == 5  # active people, no kiosk
    sheet = openpyxl.load_workbook(out).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert tuple(rows[0]) == designation_form.HEADERS and len(rows[0]) == 8
    assert sheet.sheet_view.rightToLeft
    line = next(r for r in rows if r[2] == "1001")
    assert line == [
        "Agent stays.h (fictional)",
        "ZZ101001",
        "1001",
        "Région fictive / Province fictive / Commune fictive",
        "Gestionnaire RH",
        "0500000000",
        "0600000000",
        "stays.h@example.invalid",
    ]
    assert list((tmp_path / "form").iterdir()) == [out]
    with pytest.raises(NotAllowed):
        designation_form.export(ctx, Account("stays.h", "x", Role.PREPARER, C), out)
