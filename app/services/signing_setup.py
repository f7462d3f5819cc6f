"""Choosing the signing backend from the settings."""

from __future__ import annotations

import os
from pathlib import Path

from app.config.settings import Settings
from app.signing.backend import SigningBackend
from app.signing.pkcs11_backend import Pkcs11Backend
from app.signing.software import SoftwareBackend


def backend_from_settings(
    settings: Settings, p12_passphrase: bytes | None = None
) -> SigningBackend:
    if settings.text("signing_backend") == "software":
        env = os.environ.get("MELLAF_P12_PASSWORD")
        passphrase = (
            p12_passphrase if p12_passphrase is not None else (env.encode() if env else None)
        )
        return SoftwareBackend(Path(settings.text("p12_path")), passphrase)
    return Pkcs11Backend(
        settings.text("pkcs11_module"),
        settings.text("token_label"),
        key_label=settings.text("key_label") or None,
    )
