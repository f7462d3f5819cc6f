"""Sandbox routes for bulk affiliate transfer: the NDJSON export, and (sandbox only) changing
affiliates so that delta syncs have something to fetch.

GET /affiliates/export?cursor=C streams every affiliate of the caller's collectivity changed after
C (all without C), one JSON object per line in change order, with a checkpoint line
{"checkpoint": cursor, "end": false} every CHECKPOINT records and a last line with "end": true.
A client applies the records before a checkpoint together with its cursor, so a cut stream resumes
from the last checkpoint. The lines come from the export stored at seeding while it matches the
database (app/sandbox/export_snapshot.py), as a platform serves a stored file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from app.sandbox import export_snapshot
from app.sandbox.auth import Caller, SandboxState, current_caller, state_of
from app.sandbox.db import iso
from app.sandbox.export_snapshot import CHECKPOINT, Snapshot
from app.sandbox.routes import _decode_cursor
from app.sandbox.seed import DEMO_COMMUNE

router = APIRouter()
StateDep = Annotated[SandboxState, Depends(state_of)]
CallerDep = Annotated[Caller, Depends(current_caller)]


_BLOCK = 1 << 20


def _stored(snap: Snapshot, offset: int) -> Iterator[bytes]:
    with snap.path.open("rb") as f:
        f.seek(offset)
        while block := f.read(_BLOCK):
            yield block


def _lines(st: SandboxState, collectivity_id: str, after: int) -> Iterator[bytes]:
    """The stored export from `after` when it matches the database and `after` is its start
    or one of its checkpoints, then what changed since it was stored; else all built live."""
    last, since_checkpoint = after, 0
    snap = export_snapshot.valid(st.db, collectivity_id)
    start = snap.after_mark(after) if snap is not None else None
    if snap is not None and start is not None:
        offset, left = start
        yield from _stored(snap, offset)
        last, since_checkpoint = max(after, snap.top), left % CHECKPOINT
    for block, seq in export_snapshot.live_blocks(st.db, collectivity_id, last, since_checkpoint):
        yield block
        last = seq
    yield (export_snapshot.checkpoint_line(last, True) + "\n").encode()


@router.get("/affiliates/export")
def export_affiliates(
    caller: CallerDep,
    st: StateDep,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> StreamingResponse:
    after = _decode_cursor(cursor) if cursor else 0
    return StreamingResponse(
        _lines(st, caller.collectivity_id, after), media_type="application/x-ndjson"
    )


class TouchBody(BaseModel):
    count: int = Field(ge=1, le=1_000_000)
    collectivity_id: str = Field(default=DEMO_COMMUNE, max_length=64)


@router.post("/sandbox/affiliates/touch")
def touch_affiliates(body: TouchBody, request: Request) -> dict[str, Any]:
    """Sandbox only: mark the `count` least recently changed affiliates as changed now (their
    status becomes "active" again and their change stamp moves), for delta-sync tests."""
    st = state_of(request)
    now = iso(st.db.now())
    with st.db.transaction() as c:
        top = int(c.execute("SELECT COALESCE(MAX(seq), 0) FROM affiliates").fetchone()[0])
        seqs = [
            int(r[0])
            for r in c.execute(
                "SELECT seq FROM affiliates WHERE collectivity_id = ? ORDER BY seq LIMIT ?",
                (body.collectivity_id, body.count),
            )
        ]
        c.executemany(
            "UPDATE affiliates SET seq = ?, updated_at = ? WHERE seq = ?",
            [(top + i + 1, now, s) for i, s in enumerate(seqs)],
        )
    return {"changed": len(seqs)}
