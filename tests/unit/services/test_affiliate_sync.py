"""Affiliate sync against the sandbox over real HTTP: full load, deltas, resumption, bad pages,
full disk. The cache is a real SQLite file; after every failure it passes integrity_check."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from app.domain.models import Account, IdentifierKind, Role
from app.platform.client import PlatformClient
from app.platform.dto import affiliate_to_json
from app.platform.errors import ContractError
from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates, sandbox_password
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services.context import Context
from app.store import affiliates as repo
from app.sync import affiliates as affiliate_sync
from app.sync import state as sync_state
from app.sync.affiliates import SyncError
from tests.unit.platform.netutil import CannedServer, reply

COUNT = 2500  # more than two export checkpoints
ACTOR = Account("demo.preparer", "Préparateur", Role.PREPARER, DEMO_COMMUNE)


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path / "sandbox", affiliates=COUNT)
    yield running
    running.stop()


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[PlatformClient]:
    c = PlatformClient(sandbox.base_url)
    c.login(ACTOR.id, sandbox_password(ACTOR.id))
    yield c
    c.close()


def cached(ctx: Context) -> int:
    with ctx.db.read() as c:
        return repo.count(c, DEMO_COMMUNE)


def touch(sandbox: RunningSandbox, count: int) -> None:
    r = requests.post(
        sandbox.base_url + "/sandbox/affiliates/touch", json={"count": count}, timeout=10
    )
    assert r.status_code == 200 and r.json() == {"changed": count}


def test_full_then_delta_by_cursor(
    ctx: Context, client: PlatformClient, sandbox: RunningSandbox
) -> None:
    first = affiliate_sync.sync(ctx, ACTOR, client)
    assert (first.received, first.applied, first.full, first.complete) == (COUNT, COUNT, True, True)
    assert cached(ctx) == COUNT
    again = affiliate_sync.sync(ctx, ACTOR, client)
    assert (again.received, again.applied, again.full) == (0, 0, False)
    assert again.cursor == first.cursor
    touch(sandbox, 7)
    delta = affiliate_sync.sync(ctx, ACTOR, client)
    assert (delta.received, delta.applied, delta.complete) == (7, 7, True)
    assert delta.cursor != first.cursor and cached(ctx) == COUNT
    state = affiliate_sync.current_state(ctx, ACTOR)
    assert state.full_done and state.complete_at is not None
    with ctx.db.read() as c:
        assert c.execute("SELECT COUNT(*) FROM affiliate_fts").fetchone()[0] == COUNT
    # the cached records are the platform's, field for field
    seed = {a.membership_no: a for a in generate_affiliates(DEMO_COMMUNE, 50)}
    with ctx.db.read() as c:
        for number, a in seed.items():
            got = repo.get(c, IdentifierKind.MEMBERSHIP, number, DEMO_COMMUNE)
            assert got is not None and replace(got, updated_at=a.updated_at) == a


def test_an_interrupted_first_load_resumes_without_duplicates(
    ctx: Context, client: PlatformClient
) -> None:
    chunks = 0

    def cancel_after_first() -> bool:
        nonlocal chunks
        chunks += 1
        return True

    part = affiliate_sync.sync(ctx, ACTOR, client, cancelled=cancel_after_first, batch=1000)
    assert part.full and not part.complete and part.received == 1000
    assert cached(ctx) == 1000
    state = affiliate_sync.current_state(ctx, ACTOR)
    assert not state.full_done and state.cursor == part.cursor
    rest = affiliate_sync.sync(ctx, ACTOR, client)
    assert rest.complete and rest.received == COUNT - 1000
    assert cached(ctx) == COUNT
    assert ctx.db.integrity_ok()


def _bad_export(body: bytes) -> CannedServer:
    return CannedServer(reply(200, body, "application/x-ndjson"))


def test_a_page_that_breaks_the_contract_changes_nothing(
    ctx: Context, client: PlatformClient
) -> None:
    affiliate_sync.sync(ctx, ACTOR, client)
    before = affiliate_sync.current_state(ctx, ACTOR)
    good = next(iter(generate_affiliates(DEMO_COMMUNE, 1)))
    bad_item = affiliate_to_json(good) | {"sex": "X"}
    page = {"items": [affiliate_to_json(good), bad_item], "next_cursor": "zz", "has_more": False}
    with CannedServer(reply(200, json.dumps(page).encode())) as server:
        fake = PlatformClient(f"http://127.0.0.1:{server.port}/api/v1", token="t")
        with pytest.raises(ContractError) as caught:
            affiliate_sync.sync(ctx, ACTOR, fake)
        fake.close()
    assert "items[1].sex" in str(caught.value)
    assert affiliate_sync.current_state(ctx, ACTOR) == before
    assert cached(ctx) == COUNT and ctx.db.integrity_ok()


def test_a_cut_or_broken_export_keeps_the_applied_chunks(ctx: Context) -> None:
    people = [affiliate_to_json(a) for a in generate_affiliates(DEMO_COMMUNE, 3)]
    lines = [json.dumps(p) for p in people[:2]] + [json.dumps({"checkpoint": "c1", "end": False})]
    for tail in ([json.dumps(people[2])], ["{not json"]):  # no end line / a bad line
        body = ("\n".join(lines + tail) + "\n").encode()
        with _bad_export(body) as server:
            fake = PlatformClient(f"http://127.0.0.1:{server.port}/api/v1", token="t")
            with pytest.raises(ContractError):
                affiliate_sync.sync(ctx, ACTOR, fake)
            fake.close()
        assert cached(ctx) == 2  # the chunk before the checkpoint, not the third record
        state = affiliate_sync.current_state(ctx, ACTOR)
        assert state.cursor == "c1" and not state.full_done
        assert ctx.db.integrity_ok()


def test_a_full_disk_rolls_the_batch_back(ctx: Context, client: PlatformClient) -> None:
    with ctx.db.read() as c:
        pages = c.execute("PRAGMA page_count").fetchone()[0]
        c.execute(f"PRAGMA max_page_count = {pages + 20}")  # room for a few pages only
    with pytest.raises(SyncError, match="disk is full"):
        affiliate_sync.sync(ctx, ACTOR, client, batch=1000)
    assert ctx.db.integrity_ok()
    with ctx.db.read() as c:
        state = sync_state.load(c, DEMO_COMMUNE)
        applied = repo.count(c, DEMO_COMMUNE)
        fts = c.execute("SELECT COUNT(*) FROM affiliate_fts").fetchone()[0]
        c.execute("PRAGMA max_page_count = 1073741823")
    assert applied % 1000 == 0 and fts == applied  # whole chunks only
    assert (state.cursor is None) == (applied == 0)
    done = affiliate_sync.sync(ctx, ACTOR, client)
    assert done.complete and cached(ctx) == COUNT
