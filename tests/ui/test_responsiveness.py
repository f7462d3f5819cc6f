"""The GUI thread never stalls: an event-loop probe runs while the real window does the heavy
work (document intake, signing on the SoftHSM token, tus upload, affiliates and status sync).

Every phase fails above 100 ms of event-loop stall (issue 8; the benchmark target is 50 ms).
The stall counted leaves out the time the GUI thread was ready to run but the OS gave its core
to another process, or the hypervisor its virtual CPU to another machine (see
``app.ui.stall_probe``): this 2-core machine is shared by several test runs, which no code of
ours can prevent. Its own work, blocking calls, sleeps and waiting for the GIL all count; on a
quiet machine both figures are equal. Building the main window at
sign-in is measured and printed but not limited (one-off, not one of the issue's phases).
The figures per phase, raw and counted, are printed (``pytest -s``) and in the message; with
``MELLAF_STALL_STACKS=FILE`` the GUI thread's stack is sampled during each stall over 40 ms (and
the other threads' busy frames) and written to FILE, with the stalls' time windows beside it
(FILE.windows.json) to cut a ``perf record -k 1`` of the run down to them.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.lifecycle import Action
from app.domain.models import DossierState
from app.services.demo import DemoEnvironment
from app.store import audit
from app.ui import prewarm
from app.ui.app import Shell
from app.ui.dialogs.pin import PinDialog
from app.ui.main_window import MainWindow
from app.ui.stall_probe import StallProbe
from app.ui.texts import state_name
from app.ui.views.dossier import DossierView
from tests.support.fixtures import make_pdf
from tests.ui.helpers import (
    answer,
    click,
    prepared_dossier,
    sign_in,
    visible,
    wait_box,
    wait_idle,
)

LIMIT_MS = 100.0
TARGET_MS = 50.0  # the benchmark target: printed, not enforced
SIGN_IN = "sign-in: the main window built"


def scan_jpeg(path: Path) -> Path:
    """A fictional colour scan of an A4 page at 300 dpi (noise: it does not compress away)."""
    Image.effect_noise((2480, 3508), 60).convert("RGB").save(path, "JPEG", quality=90)
    return path


# -- the probe itself ---------------------------------------------------------------------------


@pytest.mark.gui
def test_probe_catches_a_blocked_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    probe = StallProbe()
    with probe.phase("quiet"):
        qtbot.wait(300)
    with probe.phase("blocked"):
        QTimer.singleShot(50, lambda: time.sleep(0.2))  # work done on the GUI thread
        qtbot.wait(400)
    quiet, blocked = probe.phases["quiet"], probe.phases["blocked"]
    assert quiet.ticks > 10 and blocked.ticks > 10
    assert blocked.worst_ms >= 180, probe.report()
    assert blocked.worst_app_ms >= 150, probe.report()  # a sleep is not the machine's doing
    assert quiet.worst_ms < blocked.worst_ms
    assert any(ms >= 180 for _, ms, _, _, _ in blocked.long)
    assert not probe.running
    probe.close()


@pytest.mark.gui
def test_probe_counts_a_stall_just_before_it_stops(qtbot: QtBot, qapp: QApplication) -> None:
    probe = StallProbe()
    with probe.phase("synchronous"):
        qtbot.wait(50)
        time.sleep(0.15)  # a slot that blocks right before the phase ends
    assert probe.phases["synchronous"].worst_ms >= 130
    assert probe.worst_ms == probe.phases["synchronous"].worst_ms
    probe.close()


@pytest.mark.gui
def test_probe_counts_work_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    def busy() -> None:  # CPU work (a slot parsing, rendering, computing) for about 150 ms
        end = time.thread_time() + 0.15
        while time.thread_time() < end:
            pass

    probe = StallProbe()
    with probe.phase("busy"):
        QTimer.singleShot(20, busy)
        qtbot.wait(300)
    phase = probe.phases["busy"]
    assert phase.worst_ms >= 140, probe.report()
    assert phase.worst_app_ms >= 100, probe.report()
    assert max(cpu for _, _, cpu, _, _ in phase.long) >= 140  # the GUI thread's own CPU
    probe.close()


# -- the real window ----------------------------------------------------------------------------


def some_membership(shell: Shell) -> str:
    ctx, actor = shell.wb.ctx, shell.wb.actor
    with ctx.db.read() as c:
        row = c.execute(
            "SELECT membership_no FROM affiliates WHERE collectivity_id = ? ORDER BY birth_date"
            " LIMIT 1",
            (actor.collectivity_id,),
        ).fetchone()
    return str(row[0])


def thumbnails_rendered(view: DossierView) -> int:
    """How many of the dossier's documents have their thumbnail rendered by QtPdf."""
    assert view.bundle is not None
    blobs = view.wb.ctx.blobs
    return sum(
        1
        for d in view.bundle.dossier.documents
        if view.thumbs.known(blobs.path_of(d.signed_sha256 or d.original_sha256))
    )


def enter_pin(qtbot: QtBot, pin: str) -> None:
    qtbot.waitUntil(lambda: bool(visible(PinDialog, "pinDialog")), timeout=10_000)
    dialog = visible(PinDialog, "pinDialog")[0]
    dialog.pin.setText(pin)
    click(qtbot, dialog.ok)


def switch_to(qtbot: QtBot, shell: Shell, win: MainWindow, account: str) -> MainWindow:
    click(qtbot, win.header.switch)
    qtbot.waitUntil(lambda: shell.login is not None and shell.login.isVisible(), timeout=10_000)
    return sign_in(qtbot, shell, account)


@pytest.mark.gui
@pytest.mark.e2e
@pytest.mark.hsm
def test_no_stall_over_100ms(
    qtbot: QtBot, shell: Shell, tmp_path: Path, softhsm_token: Any, capsys: Any
) -> None:
    probe = StallProbe()
    probe.watch_stacks(
        after_ms=40.0, all_threads=bool(os.environ.get("MELLAF_STALL_STACKS"))
    )  # names the code that blocked, on failure
    # Files are made before the measures: the probe measures the application, not the test.
    multi = make_pdf(tmp_path / "career.pdf", pages=24)
    scan = scan_jpeg(tmp_path / "scan.jpg")
    small = [make_pdf(tmp_path / f"doc{n}.pdf", pages=2) for n in range(3)]

    shell.start()
    login = shell.login
    assert login is not None
    login.choose_demo_account("demo.preparer")
    with probe.phase(SIGN_IN):  # builds every tab of the window once: measured, not limited
        click(qtbot, login.sign_in)
        qtbot.waitUntil(lambda: shell.window is not None, timeout=20_000)
    win = shell.window
    assert win is not None
    with probe.phase("first affiliates sync and the lists of the first screen"):
        qtbot.waitUntil(lambda: not win.sync_bar.isVisible(), timeout=20_000)
        wait_idle(qtbot, shell)
    assert "updated" in win.header.synced.text()
    # After the first screen, the app imports its heavy modules in a background thread; the
    # phases below measure the officer's work, with or without that import still running.
    qtbot.waitUntil(prewarm.done.is_set, timeout=60_000)
    membership = some_membership(shell)

    with probe.phase("search and sheet"):
        win.search.query.setText(membership)
        click(qtbot, win.search.go)
        qtbot.waitUntil(lambda: win.sheet.sheet is not None, timeout=10_000)
        wait_idle(qtbot, shell)

    view = win.dossier
    with probe.phase("intake"):
        click(qtbot, win.sheet.new_button)
        qtbot.waitUntil(lambda: view.bundle is not None, timeout=10_000)
        wait_idle(qtbot, shell)
        codes = [row.code for row in view.checklist.rows]
        for code, files in zip(codes, [[multi], [scan], *[[f] for f in small]], strict=False):
            view.attach_files(code, files)
            wait_idle(qtbot, shell)
        qtbot.waitUntil(
            lambda: view.badge.text() == state_name(DossierState.COMPLETE), timeout=20_000
        )
        wait_idle(qtbot, shell)
        qtbot.waitUntil(lambda: thumbnails_rendered(view) == len(codes), timeout=20_000)
        assert view.thumbs.pending == 0

    settings = shell.wb.settings
    settings.set("signing_backend", "pkcs11")
    settings.set("pkcs11_module", softhsm_token.module_path)
    settings.set("token_label", softhsm_token.token_label)
    settings.set("key_label", softhsm_token.rsa_key_label)
    shell.wb.ctx.trust_roots.append(Path(softhsm_token.ca_cert_path))
    with probe.phase("signing all documents"):
        click(qtbot, view.buttons[Action.SIGN])
        enter_pin(qtbot, softhsm_token.user_pin)
        qtbot.waitUntil(
            lambda: view.badge.text() == state_name(DossierState.SIGNED), timeout=30_000
        )
        wait_idle(qtbot, shell)
    dossier_id = view.dossier_id
    assert dossier_id is not None

    win = switch_to(qtbot, shell, win, "demo.certifier")
    view = win.dossier
    with probe.phase("certification (cover sheet signed)"):
        win.open_dossier(dossier_id)
        qtbot.waitUntil(lambda: view.dossier_id == dossier_id, timeout=10_000)
        wait_idle(qtbot, shell)
        click(qtbot, view.buttons[Action.CERTIFY])
        answer(qtbot, wait_box(qtbot, "confirmBox"), "confirmYes")
        enter_pin(qtbot, softhsm_token.user_pin)
        qtbot.waitUntil(
            lambda: view.badge.text() == state_name(DossierState.CERTIFIED), timeout=30_000
        )
        wait_idle(qtbot, shell)
        click(qtbot, view.buttons[Action.ENQUEUE])
        qtbot.waitUntil(
            lambda: view.badge.text() == state_name(DossierState.QUEUED), timeout=10_000
        )
        wait_idle(qtbot, shell)

    with probe.phase("upload from the queue (tus)"):
        win.tabs.setCurrentWidget(win.queue)
        qtbot.waitUntil(lambda: win.queue.send.isEnabled(), timeout=10_000)
        click(qtbot, win.queue.send)
        qtbot.waitUntil(lambda: not win.sender_.running, timeout=60_000)
        wait_idle(qtbot, shell)
    assert {r.job.state for r in win.queue.model.rows()} == {"done"}

    with probe.phase("affiliates and status sync"):
        win.sync_affiliates()
        qtbot.waitUntil(lambda: not win.sync_bar.isVisible(), timeout=20_000)
        click(qtbot, win.queue.refresh)
        qtbot.waitUntil(lambda: not win.sender_.running, timeout=20_000)
        wait_idle(qtbot, shell)

    probe.close()
    report = probe.report()
    stacks = probe.stacks_report()
    if os.environ.get("MELLAF_STALL_STACKS"):
        out = Path(os.environ["MELLAF_STALL_STACKS"])
        out.write_text(stacks)
        # Each long stall's [start, end] in CLOCK_MONOTONIC seconds: to cut a `perf record -k 1`
        # of the run down to the stalls (what the GUI thread did in C++, where Python sees
        # no frame).
        windows = [
            (p.name, p.started_at + at - ms / 1000.0, p.started_at + at, ms, cpu)
            for p in probe.phases.values()
            for at, ms, cpu, _, _ in p.long
        ]
        out.with_suffix(".windows.json").write_text(json.dumps(windows))
    summary = "\n".join(
        f"  {p.name}: {p.worst_app_ms:.0f} ms counted ({p.worst_ms:.0f} ms raw)"
        + ("" if p.name == SIGN_IN else "  over the 50 ms target" * (p.worst_app_ms > TARGET_MS))
        for p in probe.phases.values()
    )
    with capsys.disabled():
        print(
            f"\nlongest event-loop stall per phase (limit {LIMIT_MS:.0f} ms, target"
            f" {TARGET_MS:.0f} ms):\n{summary}\n{report}"
        )
    over = [
        p.name for p in probe.phases.values() if p.worst_app_ms > LIMIT_MS and p.name != SIGN_IN
    ]
    assert not over, (
        f"the GUI thread stalled over {LIMIT_MS:.0f} ms in {over}:\n{report}\n"
        f"where the GUI thread was:\n{stacks[:6000]}"
    )


# -- a refresh is not a consultation ------------------------------------------------------------


def consultations(shell: Shell, dossier_id: str) -> int:
    with shell.wb.ctx.db.read() as c:
        return sum(1 for e in audit.entries(c, subject_id=dossier_id) if e.action == "dossier.read")


@pytest.mark.gui
@pytest.mark.e2e
def test_opening_a_dossier_is_audited_once_not_per_refresh(
    qtbot: QtBot, shell: Shell, demo: DemoEnvironment, tmp_path: Path
) -> None:
    dossier_id = prepared_dossier(
        shell.wb.ctx, demo, demo.sandbox.base_url, tmp_path, upto=DossierState.SIGNED
    )
    shell.start()
    win = sign_in(qtbot, shell, "demo.preparer")
    before = consultations(shell, dossier_id)
    win.open_dossier(dossier_id)
    qtbot.waitUntil(lambda: win.dossier.dossier_id == dossier_id, timeout=10_000)
    wait_idle(qtbot, shell)
    assert consultations(shell, dossier_id) == before + 1  # law 09-08: the access is logged
    for _ in range(3):  # the Refresh button, and reloads after changes
        click(qtbot, win.dossier.refresh_button)
        wait_idle(qtbot, shell)
    win.dossier.reload()
    wait_idle(qtbot, shell)
    assert consultations(shell, dossier_id) == before + 1
    win.open_dossier(dossier_id)  # opened again: a new consultation
    wait_idle(qtbot, shell)
    assert consultations(shell, dossier_id) == before + 2
