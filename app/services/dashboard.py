"""The dashboard shown after sign-in: what the collectivity's dossiers wait for, in one read.

Counts of dossiers by state, the dossiers waiting for certification, those the fund asked
documents for, the departures of the coming months (from the departure planner), the state of
the upload queue and the last update of the affiliates list.

Names of affiliates shown on the dashboard are reads of their records: they are audited (screen
"dashboard"); the departures are audited by the planner itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.domain.models import Account, Affiliate, DossierState, DossierType, IdentifierKind
from app.services import planner
from app.services.affiliates import audit_reads
from app.services.context import Context
from app.services.planner import Departure
from app.store import affiliates as affiliates_repo
from app.store import dashboard as repo
from app.store import dossiers as dossiers_repo
from app.store import notifications as notes
from app.store import planner as planner_repo
from app.sync import affiliates as affiliates_sync

DEPARTURE_MONTHS = 6  # the dashboard looks this far ahead; the planner tab shows the rest
LIST_LIMIT = 50  # longest list shown per box; the dossiers tab shows them all


@dataclass(frozen=True, slots=True)
class DossierLine:
    dossier_id: str
    membership_no: str
    type: DossierType
    affiliate: Affiliate | None
    requested: tuple[str, ...] = ()  # checklist item codes the fund asked for


@dataclass(frozen=True, slots=True)
class QueueSummary:
    waiting: int = 0
    running: int = 0
    paused: int = 0
    failed: int = 0
    next_attempt: str | None = None  # ISO 8601: when the next waiting step may run

    @property
    def empty(self) -> bool:
        return not (self.waiting or self.running or self.paused or self.failed)


@dataclass(frozen=True, slots=True)
class Dashboard:
    counts: dict[DossierState, int]
    to_certify: list[DossierLine]
    requested: list[DossierLine]
    departures: list[Departure]
    departures_due: int  # departures whose dossier should have started and none exists
    queue: QueueSummary
    last_sync: str | None
    more: dict[str, int] = field(default_factory=dict)  # box -> lines left out (LIST_LIMIT)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _lines(
    ctx: Context, actor: Account, state: DossierState, with_requests: bool
) -> tuple[list[DossierLine], int]:
    with ctx.db.read() as c:
        found = dossiers_repo.list_for(c, actor.collectivity_id, states=(state,))
        shown = found[:LIST_LIMIT]
        lines: list[DossierLine] = []
        for d in shown:
            affiliate = affiliates_repo.get(
                c, IdentifierKind.MEMBERSHIP, d.affiliate_membership_no, actor.collectivity_id
            )
            requested: tuple[str, ...] = ()
            if with_requests:
                requested = tuple(r.item_code for r in notes.requests_for(c, d.id, open_only=True))
            lines.append(DossierLine(d.id, d.affiliate_membership_no, d.type, affiliate, requested))
    return lines, len(found) - len(shown)


def _departures(
    ctx: Context, actor: Account, months: int, previous: list[Departure] | None
) -> list[Departure]:
    if previous is None:
        return planner.departures(ctx, actor, months, screen="dashboard")
    # The same people (already read and audited), with their dossiers brought up to date.
    with ctx.db.read() as c:
        opened = planner_repo.open_age_limit_dossiers(c, actor.collectivity_id)
    return [replace(d, dossier_id=opened.get(d.affiliate.membership_no)) for d in previous]


def load(
    ctx: Context,
    actor: Account,
    months: int = DEPARTURE_MONTHS,
    previous: list[Departure] | None = None,
) -> Dashboard:
    """Everything the dashboard shows, for the actor's collectivity (a worker thread).

    With ``previous`` (the departures of an earlier load) the departures are not read again:
    only whether their dossiers are open. Reading them is most of a load (about 0.8 s for
    1,200 departures over 6 months among 100k affiliates), too slow after each dossier change.
    """
    with ctx.db.read() as c:
        raw_counts = repo.state_counts(c, actor.collectivity_id)
        jobs = repo.job_counts(c, actor.collectivity_id)
        next_attempt = repo.next_attempt(c, actor.collectivity_id)
    counts = {s: raw_counts[str(s)] for s in DossierState if raw_counts.get(str(s))}
    to_certify, more_certify = _lines(ctx, actor, DossierState.SIGNED, False)
    requested, more_requested = _lines(ctx, actor, DossierState.DOCUMENTS_REQUESTED, True)
    shown = [line.affiliate for line in (*to_certify, *requested) if line.affiliate is not None]
    audit_reads(ctx, actor, shown, "dashboard", "cache")
    departures = _departures(ctx, actor, months, previous)
    today = ctx.today()
    due = sum(1 for d in departures if d.due(today))
    queue = QueueSummary(
        waiting=jobs.get("waiting", 0),
        running=jobs.get("running", 0),
        paused=jobs.get("paused", 0),
        failed=jobs.get("failed", 0),
        next_attempt=next_attempt,
    )
    more = {"to_certify": more_certify, "requested": more_requested}
    return Dashboard(
        counts=counts,
        to_certify=to_certify,
        requested=requested,
        departures=departures,
        departures_due=due,
        queue=queue,
        last_sync=affiliates_sync.last_sync(ctx, actor),
        more={k: v for k, v in more.items() if v},
    )
