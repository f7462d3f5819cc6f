"""Helpers for the offline-package tests: a commune profile with certified dossiers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.domain.models import Account, DossierState, DossierType
from app.services import dossiers
from app.services.context import Context
from app.signing.backend import SignerSession
from app.signing.handler import ScriptedHandler
from app.signing.pkcs11_backend import Pkcs11Backend
from tests.support.fixtures import make_pdf


def backend(token: Any) -> Pkcs11Backend:
    return Pkcs11Backend(token.module_path, token.token_label, key_label=token.rsa_key_label)


def handler(token: Any) -> ScriptedHandler:
    return ScriptedHandler(pins=[token.user_pin])


def certified_dossier(
    ctx: Context,
    prep: Account,
    cert: Account,
    membership_no: str,
    signer: SignerSession,
    tmp: Path,
) -> str:
    """Open, fill, sign and certify an age-limit dossier; returns its id."""
    d = dossiers.open_dossier(ctx, prep, membership_no, DossierType.AGE_LIMIT)
    for n, line in enumerate(dossiers.checklist(ctx, d)):
        if line.spec.required:
            pdf = make_pdf(tmp / f"{membership_no}-{n}.pdf", n + 1, f"Fictional {membership_no}")
            dossiers.attach(ctx, prep, d.id, line.spec.code, pdf)
    outcome = dossiers.sign_all(ctx, prep, d.id, signer)
    assert outcome.failures == []
    dossiers.certify(ctx, cert, d.id)
    assert dossiers.get(ctx, cert, d.id).state is DossierState.CERTIFIED
    return d.id
