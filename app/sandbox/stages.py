"""How a submitted dossier moves through the fund, computed from the sandbox clock.

Nothing runs in the background: the stage is derived, whenever a dossier is read, from when it
was submitted and what time the sandbox clock says it is. Deterministic rules:

- received at submission;
- under_review 2 hours (clock time) after it was received;
- 48 hours after entering review: liquidated, except when the membership number ends in 7: then
  documents_requested, with a request for "birth_certificate";
- once the requested document is registered and the dossier submitted again: received again,
  under_review 2 hours later, liquidated 48 hours after that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

UNDER_REVIEW_AFTER = timedelta(hours=2)
DECISION_AFTER = timedelta(hours=48)

REQUESTED_ITEM = "birth_certificate"
REQUEST_REASON = (
    "Merci de fournir une copie intégrale récente de l'acte de naissance (moins de trois mois) : "
    "la date de naissance doit être vérifiée avant la liquidation."
)

NOTE_CREATED = "Dossier créé."
NOTE_RECEIVED = "Dossier reçu par la plateforme."
NOTE_UNDER_REVIEW = "Dossier en cours d'instruction."
NOTE_REQUESTED = "Pièce complémentaire demandée : acte de naissance."
NOTE_RERECEIVED = "Pièces complémentaires reçues."
NOTE_LIQUIDATED = "Pension liquidée."


@dataclass(frozen=True, slots=True)
class Event:
    stage: str
    at: datetime
    note: str


@dataclass(frozen=True, slots=True)
class Request:
    item_code: str
    reason: str
    requested_at: datetime


@dataclass(frozen=True, slots=True)
class Timeline:
    stage: str
    history: list[Event] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)  # outstanding requests only


def documents_will_be_requested(membership_no: str) -> bool:
    return membership_no.endswith("7")


def timeline(
    *,
    membership_no: str,
    created_at: datetime,
    submitted_at: datetime | None,
    resubmitted_at: datetime | None,
    now: datetime,
) -> Timeline:
    history = [Event("draft", created_at, NOTE_CREATED)]
    if submitted_at is None:
        return Timeline("draft", history)
    history.append(Event("received", submitted_at, NOTE_RECEIVED))
    reviewed = submitted_at + UNDER_REVIEW_AFTER
    if now < reviewed:
        return Timeline("received", history)
    history.append(Event("under_review", reviewed, NOTE_UNDER_REVIEW))
    decided = reviewed + DECISION_AFTER
    if now < decided:
        return Timeline("under_review", history)
    if not documents_will_be_requested(membership_no):
        history.append(Event("liquidated", decided, NOTE_LIQUIDATED))
        return Timeline("liquidated", history)
    history.append(Event("documents_requested", decided, NOTE_REQUESTED))
    if resubmitted_at is None or resubmitted_at < decided:
        return Timeline(
            "documents_requested", history, [Request(REQUESTED_ITEM, REQUEST_REASON, decided)]
        )
    history.append(Event("received", resubmitted_at, NOTE_RERECEIVED))
    reviewed = resubmitted_at + UNDER_REVIEW_AFTER
    if now < reviewed:
        return Timeline("received", history)
    history.append(Event("under_review", reviewed, NOTE_UNDER_REVIEW))
    decided = reviewed + DECISION_AFTER
    if now < decided:
        return Timeline("under_review", history)
    history.append(Event("liquidated", decided, NOTE_LIQUIDATED))
    return Timeline("liquidated", history)
