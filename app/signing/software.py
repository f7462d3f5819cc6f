"""Software backend: a PKCS#12 file (demo identity and tests; never a qualified signature)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign.signers import SimpleSigner

from app.signing.backend import (
    Availability,
    SignerSession,
    certificate_holder_name,
    check_signing_certificate,
)
from app.signing.errors import CertificateError, PinIncorrect
from app.signing.handler import SigningHandler

DEMO_DESCRIPTION = "DEMO - not a qualified signature"


class SoftwareBackend:
    """Signs with a key held in a PKCS#12 file."""

    name = "software"

    def __init__(
        self, p12_path: Path, passphrase: bytes | None, *, description: str | None = None
    ) -> None:
        self.p12_path = Path(p12_path)
        self._passphrase = passphrase
        self._description = description

    def availability(self) -> Availability:
        if not self.p12_path.is_file():
            return Availability(False, f"The certificate file {self.p12_path} does not exist.")
        return Availability(True)

    @contextmanager
    def open_session(self, handler: SigningHandler) -> Iterator[SignerSession]:
        del handler  # the passphrase is given up front; nothing to ask
        try:
            data = self.p12_path.read_bytes()
        except OSError as exc:
            raise CertificateError(
                f"The certificate file {self.p12_path} cannot be read. Check the path.",
                detail=repr(exc),
            ) from exc
        try:
            # Checked first with cryptography to tell a wrong passphrase from a broken file.
            pkcs12.load_key_and_certificates(data, self._passphrase)
        except ValueError as exc:
            raise PinIncorrect(
                None,
                user_message="The certificate file's password is wrong. Check it and try again.",
                detail=f"PKCS#12 could not be decrypted: {type(exc).__name__}",
            ) from exc
        signer = SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=self._passphrase)
        cert = signer.signing_cert
        if cert is None:
            raise CertificateError(detail="PKCS#12 file holds no certificate")
        check_signing_certificate(cert)
        chain = [c for c in signer.cert_registry if c != cert]
        holder = certificate_holder_name(cert)
        description = self._description or (
            DEMO_DESCRIPTION if "DEMO" in holder else f"Software certificate ({self.p12_path.name})"
        )
        yield SignerSession(
            signer=signer,
            certificate=cert,
            cert_chain=chain,
            holder_name=holder,
            description=description,
            backend_name=self.name,
        )
