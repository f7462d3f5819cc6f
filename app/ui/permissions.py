"""Why an action is not possible now, in words, from the core's life-cycle rules.

The buttons mirror ``app.domain.lifecycle``: ``next_state`` decides; this module only explains
its refusal (the core enforces the rules anyway).
"""

from __future__ import annotations

from app.domain.errors import DomainError
from app.domain.lifecycle import TRANSITIONS, Action, next_state
from app.domain.models import Account, Dossier, DossierState
from app.ui.i18n import translate
from app.ui.messages import localise

S = DossierState
_BEFORE_SIGNED = (S.DRAFT, S.COMPLETE)
_BEFORE_CERTIFIED = (S.DRAFT, S.COMPLETE, S.SIGNED)


def _state_reason(d: Dossier, action: Action) -> str:
    if action is Action.SIGN:
        if d.state is S.DRAFT:
            return translate("Permissions", "Attach every required document first.")
        return translate("Permissions", "The documents are already signed.")
    if action in (Action.CERTIFY, Action.RETURN):
        if d.state in _BEFORE_SIGNED:
            return translate("Permissions", "The preparer must sign all the documents first.")
        return translate("Permissions", "This dossier is already certified.")
    if action is Action.ENQUEUE:
        if d.state in _BEFORE_CERTIFIED:
            return translate("Permissions", "A supervisor must certify the dossier first.")
        return translate("Permissions", "This dossier is already queued or sent.")
    return translate("Permissions", "Not possible in the dossier's current state.")


def _role_reason(action: Action) -> str:
    if action is Action.SIGN:
        return translate("Permissions", "Only the preparer signs the documents.")
    if action in (Action.CERTIFY, Action.RETURN):
        return translate(
            "Permissions", "Only a supervisor (certifier) can certify or return a dossier."
        )
    return translate("Permissions", "Your role does not allow this action.")


def why_not(d: Dossier, action: Action, actor: Account) -> str | None:
    """None when ``actor`` may do ``action`` on ``d`` now; otherwise the reason, translated."""
    try:
        next_state(d, action, actor)
    except DomainError as exc:
        t = TRANSITIONS[action]
        if t.roles and actor.role not in t.roles:
            return _role_reason(action)
        if actor.collectivity_id != d.collectivity_id:
            return translate("Permissions", "This dossier belongs to another collectivity.")
        if action is Action.CERTIFY and actor.id == d.created_by and d.state in t.source:
            return translate(
                "Permissions",
                "You prepared this dossier: another supervisor must certify it.",
            )
        if d.state not in t.source:
            return _state_reason(d, action)
        return localise(str(exc))
    return None
