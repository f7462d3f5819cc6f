"""Per-record freshness in search results: a record is out of date when neither its own
download nor the last sync that reached the end is recent enough (fund profile's age)."""

from __future__ import annotations

from datetime import timedelta

from app.domain.models import Account, Role
from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates
from app.services import affiliates as service
from app.services.context import Context
from app.store import affiliates as repo
from app.sync import state as sync_state
from app.sync.state import SyncState
from tests.support.fixtures import FixedClock

ACTOR = Account("demo.preparer", "Préparateur", Role.PREPARER, DEMO_COMMUNE)


def test_only_records_not_confirmed_recently_are_marked(ctx: Context, clock: FixedClock) -> None:
    now = clock.now
    age = timedelta(days=ctx.fund.cache_max_age_days)
    old, fresh = list(generate_affiliates(DEMO_COMMUNE, 2))
    with ctx.db.transaction() as c:
        repo.upsert(c, [old], now - age - timedelta(days=1))
        repo.upsert(c, [fresh], now - timedelta(hours=1))  # looked up at the platform lately
        stamp = (now - age - timedelta(days=2)).isoformat()
        sync_state.save(c, SyncState(DEMO_COMMUNE, "c", True, stamp, stamp))
    for a in (old, fresh):
        result = service.lookup(ctx, ACTOR, a.membership_no, None)
        assert result.cache_stale and result.affiliates == [a]
        assert result.stale_records == ({a.membership_no} if a is old else set())
    both = service.stale_records(ctx, ACTOR, [old, fresh])
    assert both == {old.membership_no}

    # a sync that reached the end since confirms every record
    with ctx.db.transaction() as c:
        recent = (now - timedelta(hours=2)).isoformat()
        sync_state.save(c, SyncState(DEMO_COMMUNE, "d", True, recent, recent))
    result = service.lookup(ctx, ACTOR, old.membership_no, None)
    assert not result.cache_stale and result.stale_records == frozenset()
    assert service.stale_records(ctx, ACTOR, [old, fresh]) == frozenset()
