"""The whole officer's path through the real widgets, the real services and the sandbox."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import Action
from app.domain.models import Affiliate, DossierState, IdentifierKind, Sex
from app.services import affiliates as affiliates_service
from app.store import affiliates as affiliates_repo
from app.ui.app import Shell
from app.ui.dialogs.pin import PinDialog
from app.ui.i18n import format_date
from app.ui.main_window import MainWindow
from app.ui.texts import stage_name, state_name
from app.ui.views import tables
from app.ui.views.checklist import ChecklistItemRow
from tests.support.fixtures import make_pdf
from tests.ui.helpers import answer, click, sign_in, visible, wait_box, wait_idle

pytestmark = [pytest.mark.gui, pytest.mark.e2e, pytest.mark.hsm]


def some_affiliate(shell: Shell) -> Affiliate:
    """An affiliate of the demo commune from the synced cache (not a hard-coded one)."""
    ctx, actor = shell.wb.ctx, shell.wb.actor
    with ctx.db.read() as c:
        row = c.execute(
            "SELECT membership_no FROM affiliates WHERE collectivity_id = ? ORDER BY birth_date"
            " LIMIT 1",
            (actor.collectivity_id,),
        ).fetchone()
        found = affiliates_repo.get(c, IdentifierKind.MEMBERSHIP, row[0], actor.collectivity_id)
    assert found is not None
    return found


def search(qtbot: QtBot, shell: Shell, win: MainWindow, text: str) -> list[Affiliate]:
    win.search.query.setText(text)
    qtbot.keyClick(win.search.query, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    return win.search.model.rows()


def drop_files(row: ChecklistItemRow, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPointF(5, 5), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(row, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(row, drop)


def test_preparer_to_fund_and_back(
    qtbot: QtBot, shell: Shell, tmp_path: Path, softhsm_token: Any
) -> None:
    shell.start()
    win = sign_in(qtbot, shell, "demo.preparer")
    assert "Preparer" in win.header.details.text()
    assert "updated" in win.header.synced.text()  # the affiliates sync ran after sign-in

    # -- find the affiliate by CIN, PPR and membership number -----------------------------------
    a = some_affiliate(shell)
    for query in (a.cin.lower(), a.ppr, a.membership_no):
        rows = search(qtbot, shell, win, query)
        assert [r.membership_no for r in rows] == [a.membership_no]
    cin_shown = win.search.model.index(0, 2).data()
    assert cin_shown != a.cin and "*" in cin_shown and cin_shown[:2] == a.cin[:2]

    # -- the sheet ------------------------------------------------------------------------------
    qtbot.waitUntil(lambda: win.sheet.sheet is not None, timeout=10_000)
    wait_idle(qtbot, shell)
    fields = win.sheet.fields
    assert fields["cin"].text() == a.cin
    assert win.sheet.name_ar.text() == a.full_name_ar
    expected = affiliates_service.sheet(shell.wb.ctx, shell.wb.actor, a)
    assert format_date(expected.age_limit_date) in fields["age_limit"].text()
    assert str(expected.early.min_years) in fields["early"].text()
    assert expected.early.min_years == (24 if a.sex is Sex.MALE else 18)
    today = shell.wb.ctx.today()
    if not (expected.early.eligible and expected.early.date_reached >= today):
        assert format_date(expected.early.date_reached) in fields["early"].text()
    assert fields["early"].text().startswith("Eligible" if expected.early.eligible else "Not yet")

    # -- a new dossier and its checklist --------------------------------------------------------
    click(qtbot, win.sheet.new_button)
    wait_idle(qtbot, shell)
    view = win.dossier
    assert win.current_view() is view
    qtbot.waitUntil(lambda: view.bundle is not None, timeout=10_000)
    assert view.badge.text() == state_name(DossierState.DRAFT)
    assert not win.sheet.new_button.isEnabled()  # one age-limit dossier per affiliate
    certify = view.buttons[Action.CERTIFY]
    assert not certify.isEnabled() and certify.toolTip()

    codes = [row.code for row in view.checklist.rows]
    assert len(codes) == 5
    pdfs = [make_pdf(tmp_path / f"{code}.pdf", pages=n + 1) for n, code in enumerate(codes)]
    drop_files(view.checklist.rows[0], [pdfs[0]])  # drag and drop
    wait_idle(qtbot, shell)
    view.pick_files = lambda parent, title: [pdfs[1]]  # the file dialog's answer
    click(qtbot, view.checklist.rows[1].attach)
    wait_idle(qtbot, shell)
    for code, pdf in zip(codes[2:], pdfs[2:], strict=True):
        view.attach_files(code, [pdf])
        wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: view.badge.text() == state_name(DossierState.COMPLETE), timeout=10_000)
    assert all(row.status == "done" for row in view.checklist.rows)
    assert "2 pages" in view.checklist.rows[1].findChild(QLabel, "docInfo").text()

    # -- sign everything with one PIN entry -----------------------------------------------------
    # The real PKCS#11 path: a SoftHSM2 token, its middleware, our device thread.
    settings = shell.wb.settings
    settings.set("signing_backend", "pkcs11")
    settings.set("pkcs11_module", softhsm_token.module_path)
    settings.set("token_label", softhsm_token.token_label)
    settings.set("key_label", softhsm_token.rsa_key_label)
    shell.wb.ctx.trust_roots.append(Path(softhsm_token.ca_cert_path))
    click(qtbot, view.buttons[Action.SIGN])
    qtbot.waitUntil(lambda: bool(visible(PinDialog, "pinDialog")), timeout=10_000)
    pin_dialog = visible(PinDialog, "pinDialog")[0]
    assert softhsm_token.token_label in pin_dialog.findChild(QLabel, "tokenLabel").text()
    qtbot.keyClicks(pin_dialog.pin, softhsm_token.user_pin)
    click(qtbot, pin_dialog.ok)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: view.badge.text() == state_name(DossierState.SIGNED), timeout=20_000)
    assert win.handler.prompts == 1  # one PIN entry for the whole dossier
    assert not certify.isEnabled()
    assert "supervisor" in certify.toolTip().lower()
    dossier_id = view.dossier_id

    # -- the supervisor certifies ---------------------------------------------------------------
    click(qtbot, win.header.switch)
    qtbot.waitUntil(lambda: shell.login is not None and shell.login.isVisible(), timeout=10_000)
    win = sign_in(qtbot, shell, "demo.certifier")
    assert win.dossiers.filter.currentData() == "certify"
    qtbot.waitUntil(lambda: win.dossiers.model.rowCount() >= 1, timeout=10_000)
    ids = [r.dossier.id for r in win.dossiers.model.rows()]
    tables.select_row(win.dossiers.table, ids.index(dossier_id))
    click(qtbot, win.dossiers.open_button)
    wait_idle(qtbot, shell)
    view = win.dossier
    qtbot.waitUntil(lambda: view.dossier_id == dossier_id, timeout=10_000)
    click(qtbot, view.buttons[Action.CERTIFY])
    answer(qtbot, wait_box(qtbot, "confirmBox"), "confirmYes")
    # The supervisor signs the cover sheet with their token (one PIN).
    qtbot.waitUntil(lambda: bool(visible(PinDialog, "pinDialog")), timeout=10_000)
    pin_dialog = visible(PinDialog, "pinDialog")[0]
    qtbot.keyClicks(pin_dialog.pin, softhsm_token.user_pin)
    click(qtbot, pin_dialog.ok)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: view.badge.text() == state_name(DossierState.CERTIFIED), timeout=10_000)

    # -- queue, send, follow the status ---------------------------------------------------------
    click(qtbot, view.buttons[Action.ENQUEUE])
    wait_idle(qtbot, shell)
    qtbot.waitUntil(lambda: view.badge.text() == state_name(DossierState.QUEUED), timeout=10_000)
    win.tabs.setCurrentWidget(win.queue)
    qtbot.waitUntil(lambda: win.queue.send.isEnabled(), timeout=10_000)
    assert win.queue.model.rowCount() == 8  # create, five uploads, signed cover sheet, submit
    click(qtbot, win.queue.send)
    qtbot.waitUntil(lambda: not win.sender_.running, timeout=20_000)
    wait_idle(qtbot, shell)
    states = {r.job.state for r in win.queue.model.rows()}
    assert states == {"done"}
    view.reload()
    wait_idle(qtbot, shell)
    assert view.badge.text() == state_name(DossierState.SUBMITTED)
    assert stage_name("received") in view.stage.text()

    shell.wb.client.sandbox_advance_clock(3 * 3600)
    click(qtbot, win.queue.refresh)
    qtbot.waitUntil(lambda: not win.sender_.running, timeout=20_000)
    wait_idle(qtbot, shell)
    qtbot.waitUntil(
        lambda: any(stage_name("under_review") in t for t in win.notices.texts()), timeout=10_000
    )
    qtbot.waitUntil(
        lambda: view.badge.text() == state_name(DossierState.UNDER_REVIEW), timeout=10_000
    )
    history = [
        view.history.topLevelItem(i).text(2) for i in range(view.history.topLevelItemCount())
    ]
    assert any(stage_name("under_review") in h for h in history)
