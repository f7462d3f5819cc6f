"""The dashboard's figures on a real SQLite store: counts by state for one collectivity only, the
dossiers to certify, the fund's requests, the coming departures, the queue and the last sync."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.models import Account, DossierState, DossierType, Role
from app.sandbox.seed import DEMO_COMMUNE, OTHER_COMMUNE, generate_affiliates
from app.services import dashboard, dossiers, planner
from app.services.context import Context
from app.store import affiliates as affiliates_repo
from app.store import dossiers as dossiers_repo
from app.store import jobs as jobs_repo
from app.store import notifications as notes
from app.sync import state as sync_state

ACTOR = Account("demo.preparer", "Préparateur", Role.PREPARER, DEMO_COMMUNE)
OTHER = Account("other.preparer", "Préparateur", Role.PREPARER, OTHER_COMMUNE)
COUNT = 300


@pytest.fixture
def cached(ctx: Context) -> Context:
    now = datetime.now(UTC)
    with ctx.db.transaction() as c:
        affiliates_repo.upsert(c, generate_affiliates(DEMO_COMMUNE, COUNT), now)
        affiliates_repo.upsert(c, generate_affiliates(OTHER_COMMUNE, 20), now)
    return ctx


def _open(ctx: Context, actor: Account, index: int, state: DossierState) -> str:
    with ctx.db.read() as c:
        row = c.execute(
            "SELECT membership_no FROM affiliates WHERE collectivity_id = ?"
            " ORDER BY membership_no LIMIT 1 OFFSET ?",
            (actor.collectivity_id, index),
        ).fetchone()
    d = dossiers.open_dossier(ctx, actor, str(row[0]), DossierType.AGE_LIMIT)
    with ctx.db.transaction() as c:
        dossiers_repo.update(c, d.id, ctx.clock(), state=str(state))
    return d.id


def test_an_empty_collectivity_has_an_empty_dashboard(cached: Context) -> None:
    board = dashboard.load(cached, ACTOR)
    assert board.total == 0 and board.counts == {}
    assert board.to_certify == [] and board.requested == []
    assert board.queue.empty and board.queue.next_attempt is None
    assert board.last_sync is None


def test_figures_of_one_collectivity(cached: Context) -> None:
    ctx = cached
    drafts = [_open(ctx, ACTOR, i, DossierState.DRAFT) for i in range(3)]
    signed = [_open(ctx, ACTOR, i, DossierState.SIGNED) for i in range(3, 5)]
    asked = _open(ctx, ACTOR, 5, DossierState.DOCUMENTS_REQUESTED)
    queued = _open(ctx, ACTOR, 6, DossierState.QUEUED)
    foreign = _open(ctx, OTHER, 0, DossierState.SIGNED)  # another commune: never counted
    now = ctx.clock()
    with ctx.db.transaction() as c:
        notes.add_request(c, asked, "birth_certificate", "illegible", now, now)
        notes.add_request(c, asked, "cin_copy", "expired", now, now)
        first = jobs_repo.add(c, queued, "create", now + timedelta(minutes=5))
        jobs_repo.add(c, queued, "submit", now + timedelta(minutes=9))
        failed = jobs_repo.add(c, queued, "upload", now)
        jobs_repo.update(c, failed, now, state="failed", last_error="refused")
        jobs_repo.add(c, foreign, "create", now - timedelta(days=1))
        st = sync_state.load(c, DEMO_COMMUNE)
        sync_state.save(c, replace(st, last_sync_at="2026-11-23T08:00:00"))
    assert first

    board = dashboard.load(ctx, ACTOR)
    assert board.counts == {
        DossierState.DRAFT: 3,
        DossierState.SIGNED: 2,
        DossierState.DOCUMENTS_REQUESTED: 1,
        DossierState.QUEUED: 1,
    }
    assert board.total == 7 and set(drafts).isdisjoint(line.dossier_id for line in board.to_certify)
    assert sorted(line.dossier_id for line in board.to_certify) == sorted(signed)
    assert all(line.affiliate is not None for line in board.to_certify)
    assert [line.dossier_id for line in board.requested] == [asked]
    assert board.requested[0].requested == ("birth_certificate", "cin_copy")
    assert (board.queue.waiting, board.queue.failed, board.queue.paused) == (2, 1, 0)
    assert board.queue.next_attempt == (now + timedelta(minutes=5)).isoformat()
    assert board.last_sync == "2026-11-23T08:00:00"

    # The coming departures are the planner's, over the dashboard's horizon.
    expected = planner.departures(ctx, ACTOR, dashboard.DEPARTURE_MONTHS)
    assert [d.affiliate.membership_no for d in board.departures] == [
        d.affiliate.membership_no for d in expected
    ]
    assert board.departures_due == sum(1 for d in expected if d.due(ctx.today()))

    # Pausing moves the waiting jobs to "paused"; the names shown were audited.
    with ctx.db.transaction() as c:
        jobs_repo.set_paused(c, queued, True, now)
        audited = c.execute(
            "SELECT COUNT(*) FROM audit WHERE action = 'affiliate.read'"
            " AND details LIKE '%dashboard%'"
        ).fetchone()[0]
    assert audited >= 3
    later = dashboard.load(ctx, ACTOR)
    assert (later.queue.waiting, later.queue.paused) == (0, 2)
    assert later.queue.next_attempt is None

    theirs = dashboard.load(ctx, OTHER)
    assert theirs.counts == {DossierState.SIGNED: 1} and theirs.queue.waiting == 1


def test_long_lists_are_cut_and_say_how_many_are_left(
    cached: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard, "LIST_LIMIT", 2)
    for i in range(5):
        _open(cached, ACTOR, i, DossierState.SIGNED)
    board = dashboard.load(cached, ACTOR)
    assert len(board.to_certify) == 2 and board.more == {"to_certify": 3}
    assert board.counts[DossierState.SIGNED] == 5


def test_a_light_reload_keeps_the_people_and_updates_their_dossiers(cached: Context) -> None:
    ctx = cached

    def audited() -> int:
        with ctx.db.read() as c:
            return int(
                c.execute("SELECT COUNT(*) FROM audit WHERE details LIKE '%dashboard%'").fetchone()[
                    0
                ]
            )

    first = dashboard.load(ctx, ACTOR)
    assert first.departures and all(d.dossier_id is None for d in first.departures)
    read_once = audited()
    assert read_once >= 1  # the planner's listing (screen "dashboard") is audited
    chosen = first.departures[0].affiliate.membership_no
    d = dossiers.open_dossier(ctx, ACTOR, chosen, DossierType.AGE_LIMIT)

    light = dashboard.load(ctx, ACTOR, previous=first.departures)
    assert audited() == read_once  # nobody was read again
    assert [x.affiliate for x in light.departures] == [x.affiliate for x in first.departures]
    marks = {x.affiliate.membership_no: x.dossier_id for x in light.departures}
    assert marks[chosen] == d.id and sum(1 for v in marks.values() if v) == 1
    assert light.counts == {DossierState.DRAFT: 1}
    assert light.departures_due == first.departures_due - first.departures[0].due(ctx.today())
