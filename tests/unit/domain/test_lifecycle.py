from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.errors import DomainError, NotAllowed
from app.domain.lifecycle import Action, next_state
from app.domain.models import Account, Dossier, DossierState, DossierType, Role


def dossier(state: DossierState, created_by: str = "prep") -> Dossier:
    return Dossier(
        id="d1",
        affiliate_membership_no="100000001",
        type=DossierType.AGE_LIMIT,
        state=state,
        created_by=created_by,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        collectivity_id="COM-A",
        idempotency_key="k",
    )


PREP = Account("prep", "Preparer", Role.PREPARER, "COM-A")
CERT = Account("cert", "Certifier", Role.CERTIFIER, "COM-A")
OTHER_CERT = Account("cert2", "Certifier", Role.CERTIFIER, "COM-B")


def test_certifier_certifies_a_signed_dossier() -> None:
    assert next_state(dossier(DossierState.SIGNED), Action.CERTIFY, CERT) is DossierState.CERTIFIED


def test_preparer_cannot_certify() -> None:
    with pytest.raises(NotAllowed):
        next_state(dossier(DossierState.SIGNED), Action.CERTIFY, PREP)


def test_nobody_certifies_their_own_dossier() -> None:
    admin = Account("boss", "Responsible", Role.ADMIN, "COM-A")
    with pytest.raises(NotAllowed, match="prepared"):
        next_state(dossier(DossierState.SIGNED, created_by="boss"), Action.CERTIFY, admin)


def test_other_collectivity_is_refused() -> None:
    with pytest.raises(NotAllowed):
        next_state(dossier(DossierState.SIGNED), Action.CERTIFY, OTHER_CERT)


def test_unsigned_dossier_cannot_be_certified() -> None:
    with pytest.raises(DomainError):
        next_state(dossier(DossierState.COMPLETE), Action.CERTIFY, CERT)


def test_system_transitions_refuse_users() -> None:
    with pytest.raises(NotAllowed):
        next_state(dossier(DossierState.UPLOADING), Action.MARK_SUBMITTED, PREP)
    assert (
        next_state(dossier(DossierState.UPLOADING), Action.MARK_SUBMITTED, None)
        is DossierState.SUBMITTED
    )


@pytest.mark.parametrize("state", list(DossierState))
def test_every_state_has_a_way_out_or_is_final(state: DossierState) -> None:
    from app.domain.lifecycle import TRANSITIONS

    final = {DossierState.LIQUIDATED, DossierState.REJECTED, DossierState.WITHDRAWN}
    outgoing = [t for t in TRANSITIONS.values() if state in t.source]
    assert bool(outgoing) != (state in final)
