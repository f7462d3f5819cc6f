"""Choosing the signing backend and the signature policy from the settings and the fund profile.

- Backend: the software one (PKCS#12, demo and training) or a PKCS#11 token. With no module path
  in the settings, the first loadable middleware among the known paths is used (SoftHSM only
  when nothing else is there); with no token label, the only connected token.
- Policy: the PAdES level (settings override the fund profile's ``signature.level``), the
  timestamp service (settings, else the profile's ``signature.tsa_url``) and whether a visible
  stamp is wanted (``signature.visible_stamp``). A level above B-B without a timestamp service
  is refused in words before the PIN is asked.
- Signature fields: ``signature.field_names`` (optional list) names the empty signature fields
  of the fund's forms meant for the officer's signature; the signing dialog proposes the first
  one a document has (app.services.signature_fields.proposal).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.config.profile import FundProfile
from app.config.settings import Settings
from app.services.signing_profile import profile_signature_block as profile_signature_block
from app.signing.backend import SigningBackend
from app.signing.errors import SigningError, TimestampError
from app.signing.pkcs11_backend import Pkcs11Backend
from app.signing.sign import LEVELS
from app.signing.software import SoftwareBackend
from app.signing.stamp import StampText


def _auto_module() -> str:
    from app.signing.discovery import discover

    loadable = [r for r in discover(None, include_missing=False) if r.ok]
    real = [r for r in loadable if "SoftHSM" not in r.vendor and r.tokens]
    pick = real or [r for r in loadable if r.tokens] or loadable
    return pick[0].path if pick else ""


def backend_from_settings(
    settings: Settings, p12_passphrase: bytes | None = None
) -> SigningBackend:
    if settings.text("signing_backend") == "software":
        env = os.environ.get("MELLAF_P12_PASSWORD")
        passphrase = (
            p12_passphrase if p12_passphrase is not None else (env.encode() if env else None)
        )
        return SoftwareBackend(Path(settings.text("p12_path")), passphrase)
    module = settings.text("pkcs11_module") or _auto_module()
    if not module:
        raise SigningError(
            "No token software (PKCS#11 middleware) was found on this computer. Install the "
            "SafeNet Authentication Client, then look at the Token tab.",
            detail="no loadable module among the known paths",
        )
    return Pkcs11Backend(
        module,
        settings.text("token_label"),
        key_label=settings.text("key_label") or None,
        cert_label=settings.text("cert_label") or None,
        token_serial=settings.text("token_serial") or None,
    )


@dataclass(frozen=True)
class SigningPolicy:
    level: str
    tsa_url: str | None
    visible_stamp: bool = False


def signing_policy(settings: Settings, fund: FundProfile) -> SigningPolicy:
    block = profile_signature_block(fund.id)
    level = settings.text("signature_level") or fund.signature_level or "B-B"
    if level not in LEVELS:
        raise SigningError(
            f"The signature level {level} is unknown; use one of {', '.join(LEVELS)}.",
            detail="bad signature_level",
        )
    tsa = settings.text("tsa_url") or str(block.get("tsa_url") or "") or None
    if level != "B-B" and not tsa:
        raise TimestampError(
            f"The fund asks for signatures at level {level}, which needs a timestamp server: "
            "set its address in the settings.",
            detail="no tsa_url",
        )
    return SigningPolicy(level, tsa, bool(block.get("visible_stamp", False)))


def stamp_for(settings: Settings, policy: SigningPolicy, today: date) -> StampText | None:
    """The visible stamp's text when the fund profile wants one (the Latin name comes from the
    certificate at signing time)."""
    if not policy.visible_stamp:
        return None
    return StampText(
        name_ar=settings.text("stamp_name_ar"), role=settings.text("stamp_role"), when=today
    )
