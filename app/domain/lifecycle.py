"""Dossier life cycle: allowed transitions and who may make each.

The core enforces these rules; the GUI only mirrors them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import Account, Dossier, DossierState, Role

S = DossierState


class Action(StrEnum):
    MARK_COMPLETE = "mark_complete"
    REOPEN = "reopen"
    SIGN = "sign"
    CERTIFY = "certify"
    RETURN = "return"  # the certifier sends it back to the preparer with a comment
    ENQUEUE = "enqueue"
    DEQUEUE = "dequeue"  # the officer cancels the sending before submission
    START_UPLOAD = "start_upload"
    MARK_SUBMITTED = "mark_submitted"
    REMOTE_UNDER_REVIEW = "remote_under_review"
    REMOTE_DOCUMENTS_REQUESTED = "remote_documents_requested"
    REMOTE_LIQUIDATED = "remote_liquidated"
    REMOTE_REJECTED = "remote_rejected"
    WITHDRAW = "withdraw"


@dataclass(frozen=True, slots=True)
class Transition:
    source: frozenset[DossierState]
    target: DossierState
    roles: frozenset[Role]  # empty: system transition (queue worker, status poller)


_PREP = frozenset({Role.PREPARER, Role.ADMIN})
_CERT = frozenset({Role.CERTIFIER, Role.ADMIN})
_SYSTEM: frozenset[Role] = frozenset()

TRANSITIONS: dict[Action, Transition] = {
    Action.MARK_COMPLETE: Transition(frozenset({S.DRAFT}), S.COMPLETE, _PREP),
    Action.REOPEN: Transition(
        frozenset({S.COMPLETE, S.SIGNED, S.DOCUMENTS_REQUESTED}), S.DRAFT, _PREP
    ),
    Action.SIGN: Transition(frozenset({S.COMPLETE}), S.SIGNED, _PREP),
    Action.CERTIFY: Transition(frozenset({S.SIGNED}), S.CERTIFIED, _CERT),
    # Returned documents keep their place in the checklist: the dossier is complete again and
    # its signatures are dropped so the preparer re-signs after any correction.
    Action.RETURN: Transition(frozenset({S.SIGNED}), S.COMPLETE, _CERT),
    Action.ENQUEUE: Transition(frozenset({S.CERTIFIED}), S.QUEUED, _PREP | _CERT),
    Action.DEQUEUE: Transition(frozenset({S.QUEUED, S.UPLOADING}), S.CERTIFIED, _PREP | _CERT),
    Action.START_UPLOAD: Transition(frozenset({S.QUEUED, S.UPLOADING}), S.UPLOADING, _SYSTEM),
    Action.MARK_SUBMITTED: Transition(frozenset({S.UPLOADING}), S.SUBMITTED, _SYSTEM),
    Action.REMOTE_UNDER_REVIEW: Transition(
        frozenset({S.SUBMITTED, S.UNDER_REVIEW}), S.UNDER_REVIEW, _SYSTEM
    ),
    Action.REMOTE_DOCUMENTS_REQUESTED: Transition(
        frozenset({S.SUBMITTED, S.UNDER_REVIEW}), S.DOCUMENTS_REQUESTED, _SYSTEM
    ),
    Action.REMOTE_LIQUIDATED: Transition(
        frozenset({S.SUBMITTED, S.UNDER_REVIEW}), S.LIQUIDATED, _SYSTEM
    ),
    Action.REMOTE_REJECTED: Transition(
        frozenset({S.SUBMITTED, S.UNDER_REVIEW}), S.REJECTED, _SYSTEM
    ),
    Action.WITHDRAW: Transition(
        frozenset({S.DRAFT, S.COMPLETE, S.SIGNED, S.CERTIFIED, S.QUEUED, S.UPLOADING}),
        S.WITHDRAWN,
        _PREP,
    ),
}


def next_state(dossier: Dossier, action: Action, actor: Account | None) -> DossierState:
    """Return the state `action` leads to, or raise if it is not allowed.

    `actor` is None for system transitions (queue worker, status poller).
    """
    t = TRANSITIONS[action]
    if dossier.state not in t.source:
        raise DomainError(
            f"Action '{action}' is not possible on a dossier in state '{dossier.state}'."
        )
    if t.roles:
        if actor is None:
            raise NotAllowed(f"Action '{action}' needs a signed-in user.")
        if actor.role not in t.roles:
            raise NotAllowed(f"The role '{actor.role}' may not perform '{action}'.")
        if actor.collectivity_id != dossier.collectivity_id:
            raise NotAllowed("This dossier belongs to another collectivity.")
        if action is Action.CERTIFY and actor.id == dossier.created_by:
            raise NotAllowed("Nobody may certify a dossier they prepared.")
    elif actor is not None and actor.role is not Role.ADMIN:
        raise NotAllowed(f"Action '{action}' is made by the system, not by a user.")
    return t.target


def allowed(dossier: Dossier, action: Action, actor: Account | None) -> bool:
    """Whether `actor` may make `action` on `dossier` now (for menus; the core still checks)."""
    try:
        next_state(dossier, action, actor)
    except DomainError:
        return False
    return True
