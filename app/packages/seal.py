"""The package seal: a detached CMS signature of the manifest, made with the officer's token.

Signing goes through the same ``SignerSession`` as the documents (so a PKCS#11 token's calls
stay on the device thread); verification checks integrity, the signature and the chain up to the
profile's trust roots.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko_certvalidator import ValidationContext

from app.packages.errors import PackageRefused
from app.signing.backend import SignerSession, certificate_holder_name
from app.signing.errors import SigningError
from app.signing.sign import TrustRoots, load_certificates, run_coroutine


@dataclass(frozen=True, slots=True)
class SealInfo:
    holder: str  # the sealing certificate's holder (common name)
    cert_sha256: str  # fingerprint of the sealing certificate


def seal(data: bytes, session: SignerSession) -> bytes:
    """DER of a detached CMS SignedData (ContentInfo) over ``data``."""

    async def make() -> Any:
        return await session.signer.async_sign_general_data(data, "sha256", detached=True)

    try:
        info = run_coroutine(make())
    except PyHankoSigningError as exc:
        raise SigningError(detail=f"package seal: {type(exc).__name__}") from exc
    return bytes(info.dump())


def verify_seal(data: bytes, seal_der: bytes, trust_roots: TrustRoots) -> SealInfo:
    """Check the seal of ``data``; raises PackageRefused("seal", ...) unless intact and trusted."""
    try:
        info = cms.ContentInfo.load(seal_der)
        signed = info["content"]
        if info["content_type"].native != "signed_data":
            raise ValueError("not signed data")
        signed.native  # noqa: B018 - parse now
    except (ValueError, TypeError, KeyError) as exc:
        raise PackageRefused("seal", "its seal is not a signature.") from exc
    if not trust_roots:
        raise PackageRefused("seal", "no trusted certificate is configured to check its seal.")
    roots = load_certificates(trust_roots)

    async def check() -> Any:
        vc = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        return await async_validate_detached_cms(data, signed, signer_validation_context=vc)

    try:
        status = run_coroutine(check())
    except Exception as exc:  # pyHanko raises many kinds on malformed signatures
        raise PackageRefused("seal", "its seal cannot be checked.") from exc
    if not status.intact:
        raise PackageRefused("seal", "its manifest was changed after it was sealed.")
    if not status.valid:
        raise PackageRefused("seal", "its seal is not a valid signature.")
    if not status.trusted:
        raise PackageRefused("seal", "its seal was made with a certificate that is not trusted.")
    cert = status.signing_cert
    return SealInfo(certificate_holder_name(cert), hashlib.sha256(cert.dump()).hexdigest())
