"""The sending screen's controls on real widgets: pause, resume, cancel before submission, and
the fund's news shown as notifications."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.models import DossierState
from app.platform.client import PlatformClient
from app.services.demo import DemoEnvironment
from app.store import dossiers as dossiers_repo
from app.store import jobs as jobs_repo
from app.ui.views import tables
from tests.ui.conftest import make_shell
from tests.ui.helpers import (
    TIMEOUT,
    answer,
    click,
    close_shell,
    prepared_dossier,
    sign_in,
    wait_box,
    wait_idle,
)

pytestmark = [pytest.mark.gui, pytest.mark.e2e]


def test_pause_resume_cancel_and_news(
    qtbot: QtBot, qapp: QApplication, demo: DemoEnvironment, tmp_path: Path
) -> None:
    shell, ctx = make_shell(qapp, tmp_path, demo)
    base = demo.sandbox.base_url
    try:
        first = prepared_dossier(ctx, demo, base, tmp_path, upto=DossierState.QUEUED)
        second = prepared_dossier(
            ctx, demo, base, tmp_path, upto=DossierState.QUEUED, affiliate_index=1
        )
        shell.start()
        win = sign_in(qtbot, shell, "demo.certifier")
        view = win.queue
        win.tabs.setCurrentWidget(view)
        view.reload()
        qtbot.waitUntil(lambda: view.model.rowCount() >= 8, timeout=TIMEOUT)
        wait_idle(qtbot, shell)

        def select(dossier_id: str) -> None:
            row = next(i for i, r in enumerate(view.model.rows()) if r.job.dossier_id == dossier_id)
            tables.select_row(view.table, row)

        def jobs(dossier_id: str) -> list[jobs_repo.Job]:
            with ctx.db.read() as c:
                return jobs_repo.for_dossier(c, dossier_id)

        select(first)
        assert view.pause.isEnabled() and not view.resume.isEnabled()
        click(qtbot, view.pause)
        qtbot.waitUntil(lambda: all(j.paused for j in jobs(first)), timeout=TIMEOUT)
        wait_idle(qtbot, shell)
        states = {
            view.model.data(view.model.index(i, 2))
            for i, r in enumerate(view.model.rows())
            if r.job.dossier_id == first
        }
        assert states == {"Paused"}

        # The second dossier is taken out of the queue before anything was sent.
        select(second)
        click(qtbot, view.cancel)
        answer(qtbot, wait_box(qtbot, "confirmBox"), "confirmYes")
        qtbot.waitUntil(lambda: all(j.state == "cancelled" for j in jobs(second)), timeout=TIMEOUT)
        with ctx.db.read() as c:
            d = dossiers_repo.get(c, second)
        assert d is not None and d.state is DossierState.CERTIFIED
        wait_idle(qtbot, shell)

        # Send now: the paused dossier stays; resume, then it leaves.
        qtbot.waitUntil(lambda: view.send.isEnabled(), timeout=TIMEOUT)
        click(qtbot, view.send)
        qtbot.waitUntil(lambda: not win.sender_.running, timeout=TIMEOUT)
        wait_idle(qtbot, shell)
        assert all(j.state == "pending" for j in jobs(first))
        select(first)
        click(qtbot, view.resume)
        qtbot.waitUntil(lambda: all(j.state == "done" for j in jobs(first)), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not win.sender_.running, timeout=TIMEOUT)
        wait_idle(qtbot, shell)

        # The fund moves the dossier: a notification appears, unread until marked.
        PlatformClient(base).sandbox_advance_clock(3 * 3600)
        win.sender_.poll(None)
        qtbot.waitUntil(lambda: view.notes.unread >= 1, timeout=TIMEOUT)
        texts = [view.notes.list.item(i).text() for i in range(view.notes.list.count())]
        assert any("Under review" in t for t in texts), texts
        click(qtbot, view.notes.mark)
        qtbot.waitUntil(lambda: view.notes.unread == 0, timeout=TIMEOUT)
        wait_idle(qtbot, shell)
    finally:
        close_shell(shell)
        ctx.close()
