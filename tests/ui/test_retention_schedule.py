"""The desktop purges by itself: at start, in the background, then every day."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.domain.models import Account, Affiliate, DossierState, DossierType, Role, Sex
from app.services import dossiers, retention
from app.store import accounts as accounts_repo
from app.store import affiliates as affiliates_repo
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.ui.app import Shell
from app.ui.retention_schedule import DAY_MS, retention_days

pytestmark = pytest.mark.gui

KIOSK_COMMUNE = "COMMUNE-RET"
OFFICER = Account("ret.prep", "Preparer (fictional)", Role.PREPARER, KIOSK_COMMUNE)
AFF = Affiliate(
    membership_no="966000001",
    ppr="9660001",
    cin="ZY660001",
    last_name_lat="Fictif",
    first_name_lat="Retenu",
    last_name_ar="وهمي",
    first_name_ar="محفوظ",
    sex=Sex.FEMALE,
    birth_date=date(1964, 2, 2),
    hire_date=date(1989, 9, 1),
    grade="Administrateur",
    corps="administrateurs",
    collectivity_id=KIOSK_COMMUNE,
)


def test_purge_runs_at_start_and_daily(qtbot: QtBot, shell: Shell) -> None:
    ctx, settings = shell.wb.ctx, shell.wb.settings
    with ctx.db.transaction() as c:
        accounts_repo.insert_account(c, OFFICER, "", "fund", ctx.clock())
        affiliates_repo.upsert(c, [AFF], ctx.clock())
    d = dossiers.open_dossier(ctx, OFFICER, AFF.membership_no, DossierType.AGE_LIMIT)
    with ctx.db.transaction() as c:
        dossiers_repo.update(c, d.id, ctx.clock(), state=str(DossierState.LIQUIDATED))
    settings.set("retention_days", 90)
    assert retention_days(settings) == 90
    settings.set("kiosk_purge", True)  # a kiosk: purge once acknowledged
    assert retention_days(settings) == 0

    schedule = shell.retention
    assert not schedule.timer.isActive()  # run_gui starts it, not the constructor
    with qtbot.waitSignal(schedule.purged, timeout=20_000) as blocker:
        schedule.start()
    assert schedule.timer.isActive() and schedule.timer.interval() == DAY_MS
    result = blocker.args[0] if blocker.args else None
    assert isinstance(result, retention.PurgeResult) and result.dossiers == 1
    assert retention.is_purged(ctx, d.id)
    with ctx.db.read() as c:
        entries = [e for e in audit.entries(c) if e.action == "retention.purge"]
    assert [(e.actor, e.subject_id) for e in entries] == [(retention.SYSTEM, d.id)]
    with qtbot.waitSignal(schedule.purged, timeout=20_000) as again:
        schedule.run_now()  # what the daily timer calls
    assert again.args and again.args[0].dossiers == 0
