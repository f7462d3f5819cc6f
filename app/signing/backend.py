"""The protocol every signing backend follows, and the session it hands out.

A backend says whether it can work here (and why not), and opens a session inside a context
manager that owns it: one PIN entry per session, then the session signs many documents.
(Shapes borrowed from pyHanko CLI's signing plugins and ``PKCS11SigningContext``.)
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from app.signing.device import DeviceThread
from app.signing.errors import CertificateError
from app.signing.handler import SigningHandler, TokenInfo

if TYPE_CHECKING:  # a type only: pyHanko loads when a backend opens a session
    from pyhanko.sign.signers import Signer


@dataclass(frozen=True)
class Availability:
    """Whether a backend can be used on this machine; ``reason`` says why not, in words."""

    ok: bool
    reason: str = ""


@dataclass
class SignerSession:
    """An open signing session: the signer and what the UI shows about it.

    ``certificate`` and ``cert_chain`` are asn1crypto ``x509.Certificate`` objects.
    ``device`` is the thread the signer's token calls run on (None for software keys).
    """

    signer: Signer
    certificate: Any
    cert_chain: Sequence[Any]
    holder_name: str
    description: str
    backend_name: str
    token: TokenInfo | None = None
    device: DeviceThread | None = None
    documents_signed: int = field(default=0)


class SigningBackend(Protocol):
    """A source of signers: a PKCS#11 token, or a PKCS#12 file for demo and tests."""

    @property
    def name(self) -> str: ...

    def availability(self) -> Availability: ...

    def open_session(self, handler: SigningHandler) -> AbstractContextManager[SignerSession]:
        """Open a session (asking the PIN once through ``handler``); close it on exit."""
        ...


def certificate_holder_name(cert: Any) -> str:
    """The holder's common name, else the whole subject in words."""
    subject = cert.subject.native
    name = subject.get("common_name")
    if isinstance(name, list):
        name = name[0] if name else None
    if isinstance(name, str) and name:
        return name
    return str(cert.subject.human_friendly)


def check_signing_certificate(cert: Any, *, now: datetime | None = None) -> None:
    """Refuse a certificate that cannot make a (PAdES) signature today.

    Raises CertificateError when it is expired or not yet valid, or its key usage lacks
    non-repudiation (pyHanko's default check for signing certificates, and the mark of a
    qualified signature certificate).
    """
    now = now or datetime.now(UTC)
    validity = cert["tbs_certificate"]["validity"]
    not_before: datetime = validity["not_before"].native
    not_after: datetime = validity["not_after"].native
    holder = certificate_holder_name(cert)
    if now > not_after:
        raise CertificateError(
            f"The signing certificate of {holder} expired on {not_after:%Y-%m-%d}. "
            "Renew it with your certificate provider before signing.",
            detail=f"not_after={not_after.isoformat()}",
        )
    if now < not_before:
        raise CertificateError(
            f"The signing certificate of {holder} is valid only from {not_before:%Y-%m-%d}. "
            "Check the computer's date and time, or wait until that day.",
            detail=f"not_before={not_before.isoformat()}",
        )
    if not has_non_repudiation(cert):
        raise CertificateError(
            f"The certificate of {holder} is not meant for signatures (no non-repudiation key "
            "usage). Use your signature certificate, not the authentication one.",
            detail="key usage lacks non_repudiation",
        )


def has_non_repudiation(cert: Any) -> bool:
    usage = cert.key_usage_value
    return usage is not None and "non_repudiation" in usage.native
