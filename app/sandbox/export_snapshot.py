"""The affiliate export's lines, built by SQLite, and a stored copy of them made once at seeding.

A platform serves a bulk export from a stored file, not by serialising a million records per
request: the sandbox does the same. `build` writes DATA_DIR/exports/<collectivity>.ndjson after
seeding (every affiliate line and checkpoint line that an export from the start sends, without
the end line) and records in meta the last seq it covers, how many records, and the byte offset
after each checkpoint, so that an export resumed from a checkpoint's cursor starts there too.
`valid` tells whether the file still matches the database: a changed affiliate takes a new
seq, so the number of records at or below the stored last seq drops.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.sandbox.db import SandboxDB
from app.sandbox.routes import _decode_cursor, _encode_cursor
from app.sandbox.salaries import fictional_salary

CHECKPOINT = 1000  # affiliate lines between checkpoints
_FETCH = 5000

# One JSON line per affiliate, built by SQLite's JSON functions; the stored periods are JSON
# already.
_SELECT_LINES = (
    "SELECT seq, json_object('membership_no', membership_no, 'ppr', ppr, 'cin', cin,"
    " 'last_name_lat', last_name_lat, 'first_name_lat', first_name_lat,"
    " 'last_name_ar', last_name_ar, 'first_name_ar', first_name_ar, 'sex', sex,"
    " 'birth_date', birth_date, 'hire_date', hire_date, 'grade', grade, 'corps', corps,"
    " 'collectivity_id', collectivity_id, 'status', status, 'periods', json(periods),"
    " 'updated_at', updated_at, 'reference_salary', fictional_salary(grade, hire_date))"
    " FROM affiliates WHERE collectivity_id = ? AND seq > ? ORDER BY seq LIMIT ?"
)


def checkpoint_line(seq: int, end: bool) -> str:
    return json.dumps({"checkpoint": _encode_cursor(seq), "end": end})


def live_blocks(
    db: SandboxDB, collectivity_id: str, after: int, since_checkpoint: int = 0
) -> Iterator[tuple[bytes, int]]:
    """The export's lines after seq `after` as byte blocks, each with the last seq it covers
    (`since_checkpoint` records were sent since the last checkpoint); no end line."""
    last = after
    while True:
        with db.read() as c:
            c.create_function("fictional_salary", 2, fictional_salary, deterministic=True)
            rows = c.execute(_SELECT_LINES, (collectivity_id, last, _FETCH)).fetchall()
        out: list[str] = []
        for seq, line in rows:
            out.append(line)
            last = seq
            since_checkpoint += 1
            if since_checkpoint == CHECKPOINT:
                out.append(checkpoint_line(last, False))
                since_checkpoint = 0
        if out:
            yield ("\n".join(out) + "\n").encode("utf-8"), last
        if len(rows) < _FETCH:
            return


@dataclass(frozen=True, slots=True)
class Snapshot:
    path: Path
    top: int  # the last seq it covers
    count: int  # affiliate lines in it
    marks: dict[int, int]  # checkpoint seq -> byte offset after its line

    def after_mark(self, seq: int) -> tuple[int, int] | None:
        """(byte offset, records left in the file) to resume after checkpoint `seq`."""
        if seq == 0:
            return 0, self.count
        offset = self.marks.get(seq)
        if offset is None:
            return None
        done = (list(self.marks).index(seq) + 1) * CHECKPOINT
        return offset, self.count - done


def _meta_key(collectivity_id: str) -> str:
    return f"export_snapshot:{collectivity_id}"


def build(db: SandboxDB, collectivity_id: str) -> Snapshot:
    """Write the stored export of a collectivity (to a temporary name, then renamed)."""
    folder = db.path.parent / "exports"
    folder.mkdir(exist_ok=True)
    path = folder / f"{collectivity_id}.ndjson"
    tmp = path.with_suffix(".tmp")
    count, top, offset = 0, 0, 0
    marks: dict[int, int] = {}
    with tmp.open("wb") as f:
        for block, last in live_blocks(db, collectivity_id, 0):
            f.write(block)
            # checkpoint lines in this block: offsets after each
            start = 0
            while (i := block.find(b'{"checkpoint"', start)) >= 0:
                end = block.index(b"\n", i) + 1
                seq = json.loads(block[i:end])["checkpoint"]
                marks[_decode_cursor(seq)] = offset + end
                start = end
            count += block.count(b"\n") - block.count(b'{"checkpoint"')
            offset += len(block)
            top = last
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)
    meta = {"file": path.name, "top": top, "count": count, "marks": list(marks.items())}
    with db.transaction() as c:
        c.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (_meta_key(collectivity_id), json.dumps(meta)),
        )
    return Snapshot(path, top, count, marks)


def valid(db: SandboxDB, collectivity_id: str) -> Snapshot | None:
    """The stored export when it still matches the database, else None."""
    raw = db.meta(_meta_key(collectivity_id))
    if raw is None:
        return None
    meta = json.loads(raw)
    path = db.path.parent / "exports" / str(meta["file"])
    snap = Snapshot(path, int(meta["top"]), int(meta["count"]), dict(meta["marks"]))
    with db.read() as c:
        now = c.execute(
            "SELECT COUNT(*) FROM affiliates WHERE collectivity_id = ? AND seq <= ?",
            (collectivity_id, snap.top),
        ).fetchone()[0]
    if now != snap.count or not path.is_file():
        return None
    return snap
