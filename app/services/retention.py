"""Retention (law 09-08): documents and cached personal data are purged a set number of days
after the fund acknowledges the dossier; the purge itself is audited.

A dossier counts as acknowledged from the day Mellaf first sees it submitted (or further along)
at the fund. ``mark_acknowledged`` records that day; ``purge_due`` removes, for dossiers past the
delay, the document files (original and signed), the fund's stored answer, and the affiliate's
cached record when no other open dossier needs it. The dossier's line stays, marked purged.

``purge_due`` is the responsible's (or the kiosk's) command; ``scheduled_purge`` is what the
desktop runs by itself at start and daily, for every collectivity held in the profile (a kiosk
holds several), as the actor ``SYSTEM``; it also removes the scratch files a killed affiliate
load left. Both audit each purged dossier as ``retention.purge``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.errors import DomainError
from app.domain.models import Account, DossierState, Role
from app.services.context import Context
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.sync import staging

ACKNOWLEDGED = (
    DossierState.SUBMITTED,
    DossierState.UNDER_REVIEW,
    DossierState.DOCUMENTS_REQUESTED,
    DossierState.LIQUIDATED,
    DossierState.REJECTED,
)
_FINAL_OR_SENT = (*ACKNOWLEDGED, DossierState.WITHDRAWN)
SYSTEM = "system"  # the actor of the scheduled purge in the audit log


@dataclass(frozen=True, slots=True)
class PurgeResult:
    dossiers: int
    files: int
    affiliates: int


def mark_acknowledged(ctx: Context, collectivity_id: str) -> int:
    """Record today as the acknowledgement day of newly acknowledged dossiers."""
    now = ctx.clock().isoformat()
    with ctx.db.transaction() as c:
        found = dossiers_repo.list_for(c, collectivity_id, states=ACKNOWLEDGED)
        before = c.total_changes
        c.executemany(
            "INSERT OR IGNORE INTO retention_marks (dossier_id, collectivity_id, acknowledged_at)"
            " VALUES (?, ?, ?)",
            [(d.id, collectivity_id, now) for d in found],
        )
        return c.total_changes - before


def purge_due(ctx: Context, actor: Account, days: int) -> PurgeResult:
    """Purge the actor's collectivity's dossiers acknowledged ``days`` days ago or more."""
    if actor.role not in (Role.ADMIN, Role.KIOSK):
        raise DomainError("Only the responsible or the kiosk runs the retention purge.")
    return _purge_collectivity(ctx, actor.collectivity_id, actor.id, days, "command")


def scheduled_purge(ctx: Context, days: int) -> PurgeResult:
    """The automatic purge: every collectivity of this profile, acting as ``SYSTEM``; also the
    scratch files of an affiliate load that a killed process left."""
    staging.remove_stale(ctx.db.path)
    with ctx.db.read() as c:
        collectivities = [
            str(r[0]) for r in c.execute("SELECT DISTINCT collectivity_id FROM dossiers")
        ]
    total = PurgeResult(0, 0, 0)
    for collectivity_id in collectivities:
        r = _purge_collectivity(ctx, collectivity_id, SYSTEM, days, "scheduled")
        total = PurgeResult(
            total.dossiers + r.dossiers, total.files + r.files, total.affiliates + r.affiliates
        )
    return total


def _purge_collectivity(
    ctx: Context, collectivity_id: str, actor_id: str, days: int, trigger: str
) -> PurgeResult:
    if days < 0:
        raise DomainError("The retention delay cannot be negative.")
    mark_acknowledged(ctx, collectivity_id)
    limit = ctx.clock() - timedelta(days=days)
    with ctx.db.read() as c:
        due = [
            str(r[0])
            for r in c.execute(
                "SELECT dossier_id FROM retention_marks WHERE collectivity_id = ? AND"
                " purged_at IS NULL AND acknowledged_at <= ?",
                (collectivity_id, limit.isoformat()),
            )
        ]
    files = affiliates = 0
    for dossier_id in due:
        f, a = _purge_one(ctx, collectivity_id, actor_id, dossier_id, ctx.clock(), trigger)
        files += f
        affiliates += a
    return PurgeResult(len(due), files, affiliates)


def _purge_one(
    ctx: Context,
    collectivity_id: str,
    actor_id: str,
    dossier_id: str,
    now: datetime,
    trigger: str,
) -> tuple[int, int]:
    with ctx.db.transaction() as c:
        d = dossiers_repo.get(c, dossier_id)
        if d is None or d.collectivity_id != collectivity_id:
            return 0, 0
        shas = {doc.original_sha256 for doc in d.documents} | {
            doc.signed_sha256 for doc in d.documents if doc.signed_sha256
        }
        still_used = {
            str(r[0])
            for r in c.execute(
                "SELECT original_sha256 FROM documents WHERE dossier_id != ? UNION"
                " SELECT signed_sha256 FROM documents WHERE dossier_id != ?"
                " AND signed_sha256 IS NOT NULL",
                (dossier_id, dossier_id),
            )
        }
        gone = sorted(shas - still_used)
        dossiers_repo.update(c, dossier_id, now, remote_json=None)
        others = [
            x
            for x in dossiers_repo.list_for(
                c, collectivity_id, membership_no=d.affiliate_membership_no
            )
            if x.id != d.id and x.state not in _FINAL_OR_SENT
        ]
        affiliates = 0
        if not others:
            affiliates = _forget_affiliate(c, d.affiliate_membership_no, collectivity_id)
        c.execute(
            "UPDATE retention_marks SET purged_at = ? WHERE dossier_id = ?",
            (now.isoformat(), dossier_id),
        )
        audit.record(
            c,
            at=now,
            actor=actor_id,
            action="retention.purge",
            subject_kind="dossier",
            subject_id=dossier_id,
            details={
                "files": str(len(gone)),
                "affiliate_cache": str(affiliates),
                "trigger": trigger,
            },
        )
    for sha in gone:  # after the commit: a crash leaves an orphan file, never a dangling row
        with contextlib.suppress(OSError):
            ctx.blobs.path_of(sha).unlink(missing_ok=True)
    return len(gone), affiliates


def _forget_affiliate(c: sqlite3.Connection, membership_no: str, collectivity_id: str) -> int:
    rows = c.execute(
        "SELECT rowid FROM affiliates WHERE membership_no = ? AND collectivity_id = ?",
        (membership_no, collectivity_id),
    ).fetchall()
    has_fts = c.execute("SELECT 1 FROM sqlite_master WHERE name = 'affiliate_fts'").fetchone()
    for r in rows:
        if has_fts:
            c.execute("DELETE FROM affiliate_fts WHERE rowid = ?", (r[0],))
        c.execute("DELETE FROM affiliates WHERE rowid = ?", (r[0],))
    return len(rows)


def is_purged(ctx: Context, dossier_id: str) -> bool:
    with ctx.db.read() as c:
        r = c.execute(
            "SELECT purged_at FROM retention_marks WHERE dossier_id = ?", (dossier_id,)
        ).fetchone()
    return bool(r and r[0])
