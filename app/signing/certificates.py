"""What a certificate is good for, in words: the facts the certificate picker shows.

Pure functions on asn1crypto certificates: holder, issuer, validity, policy (the Barid eSign
class-3 personal and seal policies are recognised by OID), key usage, and a verdict: usable for
signing, expired, not yet valid, or refused (authentication only / no signing usage) with an
explanation. ``picker_order`` hides expired and CA certificates and puts non-repudiation
certificates first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.signing.backend import certificate_holder_name, has_non_repudiation

#: Barid eSign (Morocco) qualified certificate policies.
BARID_PERSONAL_CLASS3 = "1.2.504.1.1.1.2.1.1.2.1.10"
BARID_SEAL_CLASS3 = "1.2.504.1.1.1.2.1.1.2.2.10"
KNOWN_POLICIES: dict[str, str] = {
    BARID_PERSONAL_CLASS3: "Barid eSign class 3 — qualified personal signature",
    BARID_SEAL_CLASS3: "Barid eSign class 3 — organisation seal",
}

USABLE = "usable"
EXPIRED = "expired"
NOT_YET_VALID = "not-yet-valid"
AUTH_ONLY = "authentication-only"
NO_SIGNING = "not-for-signing"
CA = "authority"


@dataclass(frozen=True)
class CertificateInfo:
    """One certificate as the picker shows it."""

    label: str
    key_id: str  # CKA_ID in hex ("" for software certificates)
    holder: str
    issuer: str
    serial: str
    not_before: datetime
    not_after: datetime
    policies: tuple[str, ...] = ()
    policy_names: tuple[str, ...] = ()
    key_usage: tuple[str, ...] = ()
    non_repudiation: bool = False
    status: str = USABLE
    explanation: str = ""
    is_ca: bool = False
    token_label: str = ""
    token_serial: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def usable(self) -> bool:
        return self.status == USABLE

    @property
    def qualified_personal(self) -> bool:
        return BARID_PERSONAL_CLASS3 in self.policies

    def policy_text(self) -> str:
        if self.policy_names:
            return "; ".join(self.policy_names)
        return ", ".join(self.policies) if self.policies else "no policy stated"

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "key_id": self.key_id,
            "holder": self.holder,
            "issuer": self.issuer,
            "serial": self.serial,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "policies": list(self.policies),
            "policy_names": list(self.policy_names),
            "key_usage": list(self.key_usage),
            "non_repudiation": self.non_repudiation,
            "status": self.status,
            "explanation": self.explanation,
            "is_ca": self.is_ca,
            "token_label": self.token_label,
            "token_serial": self.token_serial,
        }


def certificate_policies(cert: Any) -> tuple[str, ...]:
    """The policy OIDs of ``cert`` (dotted strings), in the certificate's order."""
    ext = cert.certificate_policies_value
    if ext is None:
        return ()
    return tuple(str(info["policy_identifier"].dotted) for info in ext)


def key_usage_words(cert: Any) -> tuple[str, ...]:
    usage = cert.key_usage_value
    return tuple(sorted(usage.native)) if usage is not None else ()


def issuer_name(cert: Any) -> str:
    issuer = cert.issuer.native
    name = issuer.get("common_name")
    if isinstance(name, list):
        name = name[0] if name else None
    return name if isinstance(name, str) and name else str(cert.issuer.human_friendly)


def judge(cert: Any, now: datetime) -> tuple[str, str]:
    """The verdict on ``cert`` for signing today, and the explanation when it is refused."""
    validity = cert["tbs_certificate"]["validity"]
    not_before: datetime = validity["not_before"].native
    not_after: datetime = validity["not_after"].native
    if cert.ca:
        return CA, "This is an authority's certificate, not a personal one."
    if now > not_after:
        return EXPIRED, (
            f"This certificate expired on {not_after:%Y-%m-%d}. Renew it with your certificate "
            "provider."
        )
    if now < not_before:
        return NOT_YET_VALID, (
            f"This certificate is valid only from {not_before:%Y-%m-%d}. Check the computer's "
            "date and time."
        )
    if has_non_repudiation(cert):
        return USABLE, ""
    usage = key_usage_words(cert)
    if "digital_signature" in usage:
        return AUTH_ONLY, (
            "This is an authentication certificate (for logging in to websites): it cannot "
            "make a signature that binds you. Choose your signature certificate (non-"
            "repudiation); if you have none, ask your certificate provider."
        )
    return NO_SIGNING, (
        "This certificate is not meant for signatures (its key usage has no non-repudiation)."
    )


def describe_certificate(
    cert: Any,
    *,
    label: str = "",
    key_id: bytes = b"",
    token_label: str = "",
    token_serial: str = "",
    now: datetime | None = None,
) -> CertificateInfo:
    now = now or datetime.now(UTC)
    validity = cert["tbs_certificate"]["validity"]
    policies = certificate_policies(cert)
    status, explanation = judge(cert, now)
    return CertificateInfo(
        label=label,
        key_id=key_id.hex(),
        holder=certificate_holder_name(cert),
        issuer=issuer_name(cert),
        serial=format(cert.serial_number, "X"),
        not_before=validity["not_before"].native,
        not_after=validity["not_after"].native,
        policies=policies,
        policy_names=tuple(KNOWN_POLICIES[p] for p in policies if p in KNOWN_POLICIES),
        key_usage=key_usage_words(cert),
        non_repudiation=has_non_repudiation(cert),
        status=status,
        explanation=explanation,
        is_ca=bool(cert.ca),
        token_label=token_label,
        token_serial=token_serial,
    )


def picker_order(certs: Iterable[CertificateInfo]) -> list[CertificateInfo]:
    """What the picker lists: no expired or CA certificates; usable ones first (qualified
    personal policy first among them), then refused ones, which stay visible with their
    explanation so the officer understands why they cannot be chosen."""
    shown = [c for c in certs if c.status not in (EXPIRED, CA)]

    def key(c: CertificateInfo) -> tuple[int, int, int, str]:
        return (
            0 if c.usable else 1,
            0 if c.non_repudiation else 1,
            0 if c.qualified_personal else 1,
            c.holder.lower(),
        )

    return sorted(shown, key=key)
