"""Software backend: a PKCS#12 file (demo identity and tests; never a qualified signature)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.keys.internal import (
    translate_pyca_cryptography_cert_to_asn1,
    translate_pyca_cryptography_key_to_asn1,
)
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

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
            # Loaded with cryptography to tell a wrong passphrase from a broken file.
            key, pyca_cert, others = pkcs12.load_key_and_certificates(data, self._passphrase)
        except ValueError as exc:
            raise PinIncorrect(
                None,
                user_message="The certificate file's password is wrong. Check it and try again.",
                detail=f"PKCS#12 could not be decrypted: {type(exc).__name__}",
            ) from exc
        if key is None or pyca_cert is None:
            raise CertificateError(detail="PKCS#12 file holds no key or no certificate")
        cert = translate_pyca_cryptography_cert_to_asn1(pyca_cert)
        signer = KeptKeySigner(
            key,
            signing_key=translate_pyca_cryptography_key_to_asn1(key),
            signing_cert=cert,
            cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                [translate_pyca_cryptography_cert_to_asn1(c) for c in others]
            ),
        )
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


class KeptKeySigner(SimpleSigner):
    """pyHanko's software signer, with the private key loaded once per session.

    ``SimpleSigner`` decodes and checks the key again for every signature (about 70 ms for
    RSA-2048); the key of an open session is already in memory, so it is used as is.
    """

    def __init__(self, key: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        try:
            name = mechanism.signature_algo
        except ValueError:
            name = mechanism["algorithm"].native
        digest = get_pyca_cryptography_hash(digest_algorithm)
        if name == "rsassa_pkcs1v15" and isinstance(self._key, RSAPrivateKey):
            return bytes(self._key.sign(data, PKCS1v15(), digest))
        if name == "ecdsa" and isinstance(self._key, EllipticCurvePrivateKey):
            return bytes(self._key.sign(data, ECDSA(digest)))
        return bytes(super().sign_raw(data, digest_algorithm))
