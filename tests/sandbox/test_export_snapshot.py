"""The export stored at seeding: served as it is while it matches the database, the same bytes
as the export built live (from the start and from a checkpoint), and left aside once records
changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.sandbox import export_snapshot
from app.sandbox.affiliate_export import _lines
from app.sandbox.auth import SandboxState
from app.sandbox.db import SandboxDB
from app.sandbox.routes import _encode_cursor
from app.sandbox.seed import DEMO_COMMUNE, OTHER_COMMUNE, seed_database

COUNT = 2500


@pytest.fixture
def state(tmp_path: Path) -> SandboxState:
    db = SandboxDB(tmp_path / "sandbox.sqlite")
    assert seed_database(db, COUNT)
    return SandboxState(db, tmp_path, tmp_path / "uploads")


def export(st: SandboxState, after: int = 0, collectivity: str = DEMO_COMMUNE) -> bytes:
    return b"".join(_lines(st, collectivity, after))


def built_live(st: SandboxState, after: int = 0, collectivity: str = DEMO_COMMUNE) -> bytes:
    with st.db.transaction() as c:  # as if never stored
        c.execute("DELETE FROM meta WHERE key LIKE 'export_snapshot:%'")
    try:
        return export(st, after, collectivity)
    finally:
        for k in (DEMO_COMMUNE, OTHER_COMMUNE):
            export_snapshot.build(st.db, k)


def test_the_stored_export_is_the_live_export(state: SandboxState) -> None:
    snap = export_snapshot.valid(state.db, DEMO_COMMUNE)
    assert snap is not None and snap.count == COUNT and len(snap.marks) == COUNT // 1000
    stored = export(state)
    assert stored == built_live(state)
    assert stored.count(b"\n") == COUNT + COUNT // 1000 + 1
    assert export(state, collectivity=OTHER_COMMUNE) == built_live(
        state, collectivity=OTHER_COMMUNE
    )


def test_a_resumed_export_starts_at_its_checkpoint(state: SandboxState) -> None:
    snap = export_snapshot.valid(state.db, DEMO_COMMUNE)
    assert snap is not None
    second = list(snap.marks)[1]
    resumed = export(state, second)
    assert resumed == built_live(state, second)
    assert resumed.count(b"\n") == COUNT - 2000 + 1  # the rest, then the end line
    assert resumed.endswith(f'"{_encode_cursor(snap.top)}", "end": true}}\n'.encode())


def test_changed_records_set_the_stored_export_aside(state: SandboxState) -> None:
    with state.db.transaction() as c:  # what /sandbox/affiliates/touch does
        top = int(c.execute("SELECT MAX(seq) FROM affiliates").fetchone()[0])
        c.execute("UPDATE affiliates SET seq = ? WHERE seq = 1", (top + 1,))
    assert export_snapshot.valid(state.db, DEMO_COMMUNE) is None
    body = export(state)
    assert body == built_live(state)
    lines = body.decode().splitlines()
    records = [x for x in lines if '"checkpoint"' not in x]
    assert len(records) == COUNT  # the changed one is sent once, last
    with state.db.read() as c:
        first = c.execute("SELECT membership_no FROM affiliates WHERE seq = ?", (top + 1,))
        assert first.fetchone()[0] in records[-1]
