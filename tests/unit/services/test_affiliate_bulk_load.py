"""The first load in SQL (raw export lines, staging table, JSON functions, bulk name index): the
cache holds exactly what the record-by-record path would hold, records received twice are
re-indexed, and lines that break the contract are refused with the line and field named."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from app.domain.models import Account, Role
from app.platform.client import PlatformClient
from app.platform.dto import affiliate_to_json
from app.platform.errors import ContractError
from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates, sandbox_password
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services.context import Context
from app.store import affiliates as repo
from app.sync import affiliates as affiliate_sync
from app.sync.export_check import checked, fast_ok
from app.sync.export_stream import chunks
from tests.unit.platform.netutil import CannedServer, reply

COUNT = 2500
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


def index_matches_records(ctx: Context) -> None:
    """Every cached record has exactly one index entry, holding app.store.affiliates.name_key."""
    with ctx.db.read() as c:
        rows = c.execute(f"SELECT id, {repo.COLUMNS} FROM affiliates").fetchall()
        index = dict(c.execute("SELECT rowid, name_key FROM affiliate_fts").fetchall())
    assert len(index) == len(rows)
    for r in rows:
        assert index[r["id"]] == repo.name_key(repo.from_row(r))


def test_the_bulk_load_stores_what_the_platform_sent(ctx: Context, client: PlatformClient) -> None:
    done = affiliate_sync.sync(ctx, ACTOR, client)
    assert (done.received, done.applied, done.complete) == (COUNT, COUNT, True)
    index_matches_records(ctx)
    with ctx.db.read() as c:
        cached = {
            a.membership_no: a
            for a in map(repo.from_row, c.execute(f"SELECT {repo.COLUMNS} FROM affiliates"))
        }
        stamps = {r[0] for r in c.execute("SELECT DISTINCT cached_at FROM affiliates")}
    sent = list(generate_affiliates(DEMO_COMMUNE, COUNT))
    assert len(cached) == COUNT and len(stamps) >= 1
    for a in sent[:200]:
        got = cached[a.membership_no]
        assert (got.periods, got.birth_date, got.sex) == (a.periods, a.birth_date, a.sex)
        assert (got.first_name_ar, got.last_name_lat, got.cin) == (
            a.first_name_ar,
            a.last_name_lat,
            a.cin,
        )
    assert ctx.db.integrity_ok()


def test_records_received_again_on_resume_are_reindexed_once(
    ctx: Context, client: PlatformClient, sandbox: RunningSandbox
) -> None:
    part = affiliate_sync.sync(ctx, ACTOR, client, cancelled=lambda: True, batch=1000)
    assert part.received == 1000 and not part.complete
    # the platform changes records already cached: the rest of the export brings them again
    r = requests.post(
        sandbox.base_url + "/sandbox/affiliates/touch", json={"count": 300}, timeout=10
    )
    assert r.status_code == 200
    rest = affiliate_sync.sync(ctx, ACTOR, client)
    assert rest.complete and rest.received == COUNT - 1000 + 300
    with ctx.db.read() as c:
        assert repo.count(c, DEMO_COMMUNE) == COUNT
    index_matches_records(ctx)
    assert ctx.db.integrity_ok()


def test_the_pattern_accepts_the_platform_layout_and_the_parser_the_rest() -> None:
    a = next(iter(generate_affiliates(DEMO_COMMUNE, 1)))
    body = affiliate_to_json(a) | {"reference_salary": 9000}
    compact = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    assert fast_ok(compact) and checked(compact, 1) == compact
    reordered = json.dumps(dict(reversed(list(body.items()))), ensure_ascii=False)
    assert not fast_ok(reordered)
    assert json.loads(checked(reordered, 1)) == body  # accepted, written back in the layout
    assert fast_ok(checked(reordered, 1))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"birth_date": "1970-02-30"}, "birth_date"),
        ({"sex": "X"}, "sex"),
        ({"membership_no": ""}, "membership_no"),
        ({"reference_salary": -5}, "reference_salary"),
        ({"updated_at": "2026-01-01T00:00:00"}, "updated_at"),
        ({"periods": [{"start": "2001-13-01", "end": None, "kind": "effective"}]}, "start"),
        ({"periods": [{"start": "2001-01-01", "end": None, "kind": "holiday"}]}, "kind"),
    ],
)
def test_a_line_that_breaks_the_contract_is_named(change: dict[str, object], field: str) -> None:
    a = next(iter(generate_affiliates(DEMO_COMMUNE, 1)))
    line = json.dumps(
        affiliate_to_json(a) | {"reference_salary": 9000} | change,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    assert not fast_ok(line)
    with pytest.raises(ContractError) as caught:
        checked(line, 7)
    assert "export line 7" in str(caught.value) and field in str(caught.value)


def test_chunks_end_at_checkpoints_whatever_the_block_cuts() -> None:
    people = [affiliate_to_json(a) for a in generate_affiliates(DEMO_COMMUNE, 5)]
    lines = [json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in people]
    text = "\n".join(
        [*lines[:2], '{"checkpoint": "c1", "end": false}', "", *lines[2:], '{"checkpoint":"c2",'
         '"end":true}']
    ).encode()  # fmt: skip
    for size in (1, 7, 64, len(text)):
        got = list(chunks(text[i : i + size] for i in range(0, len(text), size)))
        assert [(len(c.lines), c.cursor, c.end) for c in got] == [(2, "c1", False), (3, "c2", True)]
        assert [json.loads(x) for x in got[1].lines] == people[2:]


def test_a_bad_line_after_a_checkpoint_keeps_the_chunk_before(ctx: Context) -> None:
    people = [affiliate_to_json(a) for a in generate_affiliates(DEMO_COMMUNE, 3)]
    head = [json.dumps(p) for p in people[:2]] + [json.dumps({"checkpoint": "c1", "end": False})]
    bad = json.dumps(people[2] | {"hire_date": "yesterday"})
    end = json.dumps({"checkpoint": "c2", "end": True})
    body = ("\n".join([*head, bad, end]) + "\n").encode()
    with CannedServer(reply(200, body, "application/x-ndjson")) as server:
        fake = PlatformClient(f"http://127.0.0.1:{server.port}/api/v1", token="t")
        with pytest.raises(ContractError, match=r"export line 4\.hire_date"):
            affiliate_sync.sync(ctx, ACTOR, fake)
        fake.close()
    with ctx.db.read() as c:
        assert repo.count(c, DEMO_COMMUNE) == 2
    assert affiliate_sync.current_state(ctx, ACTOR).cursor == "c1"
    index_matches_records(ctx)
