"""Sandbox routes for bulk affiliate transfer: the NDJSON export, and (sandbox only) changing
affiliates so that delta syncs have something to fetch.

GET /affiliates/export?cursor=C streams every affiliate of the caller's collectivity changed after
C (all without C), one JSON object per line in change order, with a checkpoint line
{"checkpoint": cursor, "end": false} every CHECKPOINT records and a last line with "end": true.
A client applies the records before a checkpoint together with its cursor, so a cut stream resumes
from the last checkpoint.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from app.sandbox.auth import Caller, SandboxState, current_caller, state_of
from app.sandbox.db import iso
from app.sandbox.routes import _decode_cursor, _encode_cursor
from app.sandbox.salaries import fictional_salary
from app.sandbox.seed import DEMO_COMMUNE

CHECKPOINT = 1000
_FETCH = 5000

router = APIRouter()
StateDep = Annotated[SandboxState, Depends(state_of)]
CallerDep = Annotated[Caller, Depends(current_caller)]


# One JSON line per affiliate, built by SQLite's JSON functions (C speed: a million lines must
# stream in seconds); the stored periods are JSON already.
_SELECT_LINES = (
    "SELECT seq, json_object('membership_no', membership_no, 'ppr', ppr, 'cin', cin,"
    " 'last_name_lat', last_name_lat, 'first_name_lat', first_name_lat,"
    " 'last_name_ar', last_name_ar, 'first_name_ar', first_name_ar, 'sex', sex,"
    " 'birth_date', birth_date, 'hire_date', hire_date, 'grade', grade, 'corps', corps,"
    " 'collectivity_id', collectivity_id, 'status', status, 'periods', json(periods),"
    " 'updated_at', updated_at, 'reference_salary', fictional_salary(grade, hire_date))"
    " FROM affiliates WHERE collectivity_id = ? AND seq > ? ORDER BY seq LIMIT ?"
)


def _lines(st: SandboxState, collectivity_id: str, after: int) -> Iterator[bytes]:
    last = after
    since_checkpoint = 0
    while True:
        with st.db.read() as c:
            c.create_function("fictional_salary", 2, fictional_salary, deterministic=True)
            rows = c.execute(_SELECT_LINES, (collectivity_id, last, _FETCH)).fetchall()
        out: list[str] = []
        for seq, line in rows:
            out.append(line)
            last = seq
            since_checkpoint += 1
            if since_checkpoint == CHECKPOINT:
                out.append(json.dumps({"checkpoint": _encode_cursor(last), "end": False}))
                since_checkpoint = 0
        if out:
            yield ("\n".join(out) + "\n").encode("utf-8")
        if len(rows) < _FETCH:
            break
    yield (json.dumps({"checkpoint": _encode_cursor(last), "end": True}) + "\n").encode()


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
