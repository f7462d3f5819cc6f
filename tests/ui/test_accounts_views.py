"""The responsible's screens (accounts, delegation, audit log), on real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.domain.models import Account, DossierState, DossierType, Role
from app.services import accounts, delegation, dossiers
from app.services.demo import DemoEnvironment
from app.store.accounts import AccountDetails
from app.ui.app import Shell
from app.ui.views.accounts import AccountsView
from app.ui.views.accounts_packages import PackagesView
from app.ui.views.audit_viewer import AuditViewer
from tests.ui.helpers import (
    TIMEOUT,
    answer,
    click,
    prepared_dossier,
    sign_in,
    wait_box,
    wait_idle,
)

pytestmark = pytest.mark.gui


def _table_texts(view: AccountsView) -> list[list[str]]:
    t = view.table
    return [
        [t.item(r, c).text() for c in range(t.columnCount())]  # type: ignore[union-attr]
        for r in range(t.rowCount())
    ]


def test_responsible_manages_accounts(qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    window = sign_in(qtbot, shell, "demo.admin")
    views = window.account_views
    assert [type(v) for v in views] == [PackagesView, AccountsView, AuditViewer]
    view = views[1]
    assert isinstance(view, AccountsView)
    wb = shell.wb
    details = AccountDetails(full_name="Agent Fictif", cin="ZZ987654", ppr="7654321")
    accounts.create(wb.ctx, wb.actor, "agent.ui", "Agent UI", Role.PREPARER, details)
    view.reload()
    wait_idle(qtbot, shell)
    rows = {r[0]: r for r in _table_texts(view)}
    assert rows["agent.ui"][3] == "Active"
    assert rows["agent.ui"][5:7] == ["7654321", "ZZ****54"]
    assert all("ZZ987654" not in cell for row in rows.values() for cell in row)

    view.table.setCurrentCell(list(rows).index("agent.ui"), 0)
    click(qtbot, view.suspend)
    answer(qtbot, wait_box(qtbot, "confirmBox"), "confirmYes")
    qtbot.waitUntil(
        lambda: {r[0]: r[3] for r in _table_texts(view)}.get("agent.ui") == "Suspended",
        timeout=TIMEOUT,
    )

    staff = tmp_path / "staff.csv"
    staff.write_text("ppr\n1111111\n", encoding="utf-8")
    view.review_staff(str(staff))
    box = wait_box(qtbot, "confirmBox")
    assert "agent.ui" not in box.informativeText()  # suspended accounts are not reviewed
    assert "demo.admin" in box.informativeText()
    answer(qtbot, box, "confirmNo")


def test_absent_officer_dossiers_delegated_then_handed_over(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "demo.admin")
    view = window.account_views[1]
    assert isinstance(view, AccountsView)
    wb = shell.wb
    ctx, commune = wb.ctx, wb.actor.collectivity_id
    away = Account("agent.away", "Away (fictional)", Role.PREPARER, commune)
    cover = Account("agent.cover", "Cover (fictional)", Role.PREPARER, commune)
    for a in (away, cover):
        accounts.create(ctx, wb.actor, a.id, a.display_name, a.role, AccountDetails())
    with ctx.db.read() as c:
        membership = c.execute(
            "SELECT membership_no FROM affiliates WHERE collectivity_id = ? LIMIT 1", (commune,)
        ).fetchone()[0]
    dossier = dossiers.open_dossier(ctx, away, membership, DossierType.AGE_LIMIT)
    view.reload()
    wait_idle(qtbot, shell)

    def row(account_id: str) -> list[str]:
        return {r[0]: r for r in _table_texts(view)}[account_id]

    assert row("agent.away")[7:] == ["1", ""]

    def choose(account_id: str) -> None:
        view.table.setCurrentCell([r[0] for r in _table_texts(view)].index(account_id), 0)

    choose("agent.away")
    dlg = view.absence_selected()
    assert dlg is not None and dlg.delegating()
    offered = [dlg.to.itemData(i) for i in range(dlg.to.count())]
    assert "agent.cover" in offered and "agent.away" not in offered
    dlg.to.setCurrentIndex(offered.index("agent.cover"))
    click(qtbot, dlg.findChild(QPushButton, "handOverOk"))
    box = wait_box(qtbot, "handOverDone")
    box.close()
    qtbot.waitUntil(lambda: "agent.cover" in row("agent.away")[8], timeout=TIMEOUT)
    assert "agent.away" in row("agent.cover")[8]
    assert delegation.require_access(ctx, cover, dossier.id) == "delegation"

    choose("agent.away")
    click(qtbot, view.end_delegation)
    answer(qtbot, wait_box(qtbot, "confirmBox"), "confirmYes")
    qtbot.waitUntil(lambda: row("agent.away")[8] == "", timeout=TIMEOUT)

    choose("agent.away")
    dlg = view.absence_selected()
    assert dlg is not None
    dlg.hand_over.setChecked(True)
    assert not dlg.ends.isEnabled()
    dlg.to.setCurrentIndex(dlg.to.findData("agent.cover"))
    click(qtbot, dlg.findChild(QPushButton, "handOverOk"))
    box = wait_box(qtbot, "handOverDone")
    assert "1 dossier handed over" in box.text()
    box.close()
    qtbot.waitUntil(lambda: row("agent.cover")[7] == "1", timeout=TIMEOUT)
    assert row("agent.away")[7] == "0"
    assert delegation.require_access(ctx, cover, dossier.id) == "owner"
    with ctx.db.read() as c:
        actions = [r[0] for r in c.execute("SELECT action FROM audit")]
    assert {"delegation.create", "delegation.revoke", "dossier.hand_over"} <= set(actions)


def test_audit_viewer_filters_exports_and_checks(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    window = sign_in(qtbot, shell, "demo.admin")
    viewer = window.account_views[2]
    assert isinstance(viewer, AuditViewer)
    wait_idle(qtbot, shell)
    assert viewer.table.rowCount() >= 1
    viewer.what.setText("session.")
    click(qtbot, viewer.search)
    wait_idle(qtbot, shell)
    actions = {viewer.table.item(r, 2).text() for r in range(viewer.table.rowCount())}  # type: ignore[union-attr]
    assert actions == {"Signed in"}  # session.login, labelled
    out = tmp_path / "audit.csv"
    viewer.export_to(str(out))
    wait_idle(qtbot, shell)
    assert out.read_text(encoding="utf-8-sig").startswith("id,at,actor,action")
    click(qtbot, viewer.check)
    wait_idle(qtbot, shell)
    assert viewer.status.text() == "The audit chain is intact."


def test_preparer_has_no_admin_tabs(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "demo.preparer")
    assert [type(v) for v in window.account_views] == [PackagesView]


def test_offline_package_from_the_desktop(
    qtbot: QtBot, shell: Shell, demo: DemoEnvironment, tmp_path: Path
) -> None:
    ctx = shell.wb.ctx
    dossier_id = prepared_dossier(
        ctx, demo, demo.sandbox.base_url, tmp_path, upto=DossierState.CERTIFIED
    )
    window = sign_in(qtbot, shell, "demo.certifier")
    view = window.account_views[0]
    assert isinstance(view, PackagesView)
    out = tmp_path / "usb" / "commune.mellaf"
    view.export_to("dossiers", str(out))
    wait_idle(qtbot, shell)
    assert out.is_file() and "Package number 1" in view.result.text()
    view.import_from(str(out))  # the same profile already holds the dossier
    box = wait_box(qtbot, "errorBox")
    assert "already here" in box.text() + box.informativeText()
    assert dossier_id
    box.close()

    # Encrypted with a passphrase: checked in the window, then asked for at import.
    secret = tmp_path / "usb" / "extract.mellaf"
    view.encrypt.setChecked(True)
    view.passphrase.setText("short")
    view.export_to("affiliates", str(secret))
    assert "at least 12" in view.result.text() and not secret.exists()
    view.passphrase.setText("fictional passphrase")
    view.passphrase_again.setText("fictional passphrase!")
    view.export_to("affiliates", str(secret))
    assert "differ" in view.result.text() and not secret.exists()
    view.passphrase_again.setText("fictional passphrase")
    view.export_to("affiliates", str(secret))
    wait_idle(qtbot, shell)
    assert secret.is_file() and b"affiliates.json" not in secret.read_bytes()
    ask = view.import_from(str(secret))
    assert ask is not None
    ask.setTextValue("not the passphrase")
    ask.accept()
    box = wait_box(qtbot, "errorBox")
    assert "passphrase is wrong" in box.informativeText()
    box.close()
    ask = view.import_from(str(secret))
    assert ask is not None
    ask.setTextValue("fictional passphrase")
    ask.accept()
    wait_idle(qtbot, shell)
    assert "affiliate" in view.result.text() and "imported" in view.result.text()
