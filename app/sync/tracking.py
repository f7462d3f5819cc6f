"""Following submitted dossiers at the fund: stages and requests for documents.

Each refresh asks the platform for every dossier it holds that is still moving; a new stage is
stored with the fund's answer, moves the local life cycle (audited) and raises an in-app
notification; a request for documents is recorded so that the checklist can show it and the
complementary submission can answer it. `StatusPoller` spaces the refreshes out, backing off
while the platform does not answer.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain.lifecycle import Action, next_state
from app.domain.models import Account, Dossier, DossierState
from app.platform.client import PlatformClient
from app.services.context import Cancelled, Context
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.store import notifications as notes

log = logging.getLogger(__name__)

STAGE_ACTIONS = {
    "under_review": Action.REMOTE_UNDER_REVIEW,
    "documents_requested": Action.REMOTE_DOCUMENTS_REQUESTED,
    "liquidated": Action.REMOTE_LIQUIDATED,
    "rejected": Action.REMOTE_REJECTED,
}
TRACKED = (DossierState.SUBMITTED, DossierState.UNDER_REVIEW)


@dataclass(frozen=True, slots=True)
class Change:
    dossier: Dossier  # as it is after the change
    old_stage: str | None
    new_stage: str
    new_requests: list[str] = field(default_factory=list)  # item codes the fund asks for


def refresh(
    ctx: Context, actor: Account, client: PlatformClient, cancelled: Cancelled | None = None
) -> list[Change]:
    """Ask the fund for the stage of every tracked dossier; returns what changed."""
    with ctx.db.read() as c:
        tracked = dossiers_repo.list_for(c, actor.collectivity_id, states=TRACKED)
    changes: list[Change] = []
    for d in tracked:
        if cancelled and cancelled():
            break
        if d.remote_id is None:
            continue
        status = client.get_dossier(d.remote_id)
        stage = str(status.stage)
        now = ctx.clock()
        new_requests: list[str] = []
        with ctx.db.transaction() as c:
            for r in status.requests:
                if notes.add_request(c, d.id, r.item_code, r.reason, r.requested_at, now):
                    new_requests.append(r.item_code)
            if stage == d.remote_stage and not new_requests:
                continue
            dossiers_repo.update(c, d.id, now, remote_stage=stage, remote_json=status.to_json())
            action = STAGE_ACTIONS.get(stage)
            target = d.state
            if action is not None:
                target = next_state(d, action, None)
            if target is not d.state:
                dossiers_repo.update(c, d.id, now, state=str(target))
                audit.record(
                    c,
                    at=now,
                    actor="system",
                    action=f"dossier.{action}",
                    subject_kind="dossier",
                    subject_id=d.id,
                    details={"from": str(d.state), "to": str(target), "stage": stage},
                )
            if stage != d.remote_stage:
                notes.add(c, now, d.id, "stage", stage)
            if new_requests:
                notes.add(c, now, d.id, "request", stage)
        log.info("tracking: dossier %s moved to %s at the fund", d.id, stage)
        old = d.remote_stage
        d.remote_stage = stage
        d.state = target
        changes.append(Change(d, old, stage, new_requests))
    return changes


class StatusPoller:
    """When to ask the fund again: every `interval_s`, backing off (with jitter) up to `max_s`
    while refreshes fail. `clock` is a monotonic clock in seconds."""

    def __init__(
        self,
        interval_s: float,
        max_s: float = 1800.0,
        clock: Callable[[], float] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        import time

        if interval_s <= 0:
            raise ValueError("interval_s must be positive")
        self.interval_s = interval_s
        self.max_s = max(max_s, interval_s)
        self._clock = clock or time.monotonic
        self._rng = rng or random.Random()  # noqa: S311
        self.failures = 0
        self._next = self._clock()

    def due(self) -> bool:
        return self._clock() >= self._next

    def seconds_left(self) -> float:
        return max(0.0, self._next - self._clock())

    def record(self, ok: bool) -> float:
        """Note a refresh's outcome; returns the wait before the next one."""
        if ok:
            self.failures = 0
            wait = self.interval_s
        else:
            self.failures += 1
            ceiling = min(self.max_s, self.interval_s * 2**self.failures)
            wait = self._rng.uniform(ceiling / 2, ceiling)
            log.warning("tracking: refresh failed %d time(s); next in %.0f s", self.failures, wait)
        self._next = self._clock() + wait
        return wait
