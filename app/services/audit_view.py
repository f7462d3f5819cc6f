"""Reading the audit log: the responsible's viewer with filters, its export, the chain check.

Only the responsible reads the log, and only what concerns their collectivity (on a kiosk
profile, another commune's entries stay hidden). Exporting is itself audited.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from app.domain.models import Account
from app.services.accounts import require_admin
from app.services.context import Context
from app.store import audit
from app.store.audit import AuditEntry


@dataclass(frozen=True, slots=True)
class AuditFilter:
    actor: str = ""
    action: str = ""  # prefix: "dossier." or "affiliate.read"
    subject_id: str = ""
    since: date | None = None
    until: date | None = None  # inclusive


def search(ctx: Context, actor: Account, f: AuditFilter, limit: int = 5000) -> list[AuditEntry]:
    require_admin(actor)
    with ctx.db.read() as c:
        return audit.search(
            c,
            actor.collectivity_id,
            actor=f.actor.strip() or None,
            action=f.action.strip() or None,
            subject_id=f.subject_id.strip() or None,
            since=f.since.isoformat() if f.since else None,
            until=(f.until + timedelta(days=1)).isoformat() if f.until else None,
            limit=limit,
        )


def export_csv(ctx: Context, actor: Account, f: AuditFilter, out_path: Path) -> int:
    """Write the filtered entries as CSV (temporary file, then rename); returns the count."""
    found = search(ctx, actor, f, limit=1_000_000)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "at", "actor", "action", "subject_kind", "subject_id", "details"])
    for e in found:
        details = "; ".join(f"{k}={v}" for k, v in sorted(e.details.items()))
        w.writerow([e.id, e.at, e.actor, e.action, e.subject_kind, e.subject_id, details])
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out_path.parent, suffix=".csv.tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as out:
            out.write(buf.getvalue())
        Path(tmp).replace(out_path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    with ctx.db.transaction() as c:
        audit.record(
            c,
            at=ctx.clock(),
            actor=actor.id,
            action="audit.export",
            subject_kind="collectivity",
            subject_id=actor.collectivity_id,
            details={"entries": str(len(found))},
        )
    return len(found)


def verify(ctx: Context) -> str | None:
    """None when the chain holds; else a sentence naming the first broken entry."""
    with ctx.db.read() as c:
        broken = audit.first_broken(c)
        if broken is None:
            return None
        entry = audit.get(c, broken)
    if entry is None:
        return f"audit chain broken at entry {broken}"
    return (
        f"audit chain broken at entry {broken} ({entry.at}, {entry.action}): "
        "an entry was edited, deleted or inserted there"
    )
