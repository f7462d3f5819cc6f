"""A demo signing identity for demo and training mode: never a qualified signature.

``ensure_demo_identity(folder)`` creates it once, atomically: a demo CA "Mellaf DEMO CA - not a
qualified authority" and an RSA-2048 certificate for a fictional officer whose common name says
"DEMO - not a qualified signature" (digitalSignature + nonRepudiation, valid two years), kept in
a PKCS#12 file with a random passphrase stored beside it (it protects nothing real).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

DEMO_CA_NAME = "Mellaf DEMO CA - not a qualified authority"
DEMO_SIGNER_NAME = "DEMO - not a qualified signature"
_FOLDER = "demo-identity"
_P12 = "demo-signer.p12"
_CA = "demo-ca.pem"
_PASS = "passphrase.txt"  # noqa: S105 - a file name
_RENEW_BEFORE = timedelta(days=30)


@dataclass(frozen=True)
class DemoIdentity:
    p12_path: Path
    passphrase: bytes
    ca_cert_path: Path


def ensure_demo_identity(folder: Path, *, now: datetime | None = None) -> DemoIdentity:
    """The demo identity kept in ``folder/demo-identity``, created (or renewed) if needed.

    Creation is atomic: the files are made in a temporary folder that is renamed into place;
    if another process wins the race, its identity is used.
    """
    now = now or datetime.now(UTC)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _FOLDER
    identity = _load(target, now)
    if identity is not None:
        return identity
    if target.exists():  # expired or damaged: move it aside, then make a new one
        stale = folder / f".{_FOLDER}.old-{secrets.token_hex(4)}"
        with contextlib.suppress(OSError):
            target.rename(stale)
            shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{_FOLDER}.", dir=folder))
    try:
        _create(tmp, now)
        try:
            tmp.rename(target)
        except OSError:
            identity = _load(target, now)  # another process created it meanwhile
            if identity is None:
                raise
            return identity
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    identity = _load(target, now)
    if identity is None:  # pragma: no cover - we just wrote it
        raise RuntimeError("demo identity could not be created")
    return identity


def _load(target: Path, now: datetime) -> DemoIdentity | None:
    p12_path, ca_path, pass_path = target / _P12, target / _CA, target / _PASS
    try:
        passphrase = pass_path.read_bytes().strip()
        _, cert, _ = pkcs12.load_key_and_certificates(p12_path.read_bytes(), passphrase)
        x509.load_pem_x509_certificate(ca_path.read_bytes())
    except (OSError, ValueError):
        return None
    if cert is None or cert.not_valid_after_utc - _RENEW_BEFORE < now:
        return None
    return DemoIdentity(p12_path=p12_path, passphrase=passphrase, ca_cert_path=ca_path)


def _create(folder: Path, now: datetime) -> None:
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, DEMO_CA_NAME),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Mellaf demo"),
        ]
    )
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * 10))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, DEMO_SIGNER_NAME),
            x509.NameAttribute(NameOID.GIVEN_NAME, "Demo"),
            x509.NameAttribute(NameOID.SURNAME, "Officer (fictional)"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Mellaf demo"),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )

    passphrase = secrets.token_hex(16).encode("ascii")
    p12 = pkcs12.serialize_key_and_certificates(
        name=b"mellaf-demo",
        key=key,
        cert=cert,
        cas=[ca_cert],
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    _write(folder / _CA, ca_cert.public_bytes(serialization.Encoding.PEM))
    _write(folder / _PASS, passphrase + b"\n")
    _write(folder / _P12, p12)


def _write(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
