"""The demo identity: created once, atomically, clearly not qualified."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.signing.demo_identity import DEMO_CA_NAME, DEMO_SIGNER_NAME, ensure_demo_identity


def test_created_once_and_reused(tmp_path: Path) -> None:
    first = ensure_demo_identity(tmp_path)
    stamp = first.p12_path.stat().st_mtime_ns
    second = ensure_demo_identity(tmp_path)
    assert second == first
    assert second.p12_path.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.iterdir()] == ["demo-identity"]


def test_certificate_contents(tmp_path: Path) -> None:
    identity = ensure_demo_identity(tmp_path)
    key, cert, extra = pkcs12.load_key_and_certificates(
        identity.p12_path.read_bytes(), identity.passphrase
    )
    assert cert is not None and key is not None
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == DEMO_SIGNER_NAME
    assert cert.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == DEMO_CA_NAME
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert key.key_size == 2048  # type: ignore[union-attr]
    life = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert timedelta(days=729) < life < timedelta(days=731)
    ca = x509.load_pem_x509_certificate(identity.ca_cert_path.read_bytes())
    assert ca.subject == cert.issuer
    assert [c.subject for c in extra] == [ca.subject]
    assert (identity.p12_path.stat().st_mode & 0o777) == 0o600


def test_concurrent_creation_agrees(tmp_path: Path) -> None:
    results = []

    def make() -> None:
        results.append(ensure_demo_identity(tmp_path))

    threads = [threading.Thread(target=make) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({r.passphrase for r in results}) == 1
    final = ensure_demo_identity(tmp_path)
    _, cert, _ = pkcs12.load_key_and_certificates(final.p12_path.read_bytes(), final.passphrase)
    assert cert is not None
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_renewed_when_about_to_expire(tmp_path: Path) -> None:
    first = ensure_demo_identity(tmp_path)
    later = datetime.now(UTC) + timedelta(days=720)
    renewed = ensure_demo_identity(tmp_path, now=later)
    assert renewed.passphrase != first.passphrase


def test_damaged_identity_is_replaced(tmp_path: Path) -> None:
    first = ensure_demo_identity(tmp_path)
    first.p12_path.write_bytes(b"garbage")
    again = ensure_demo_identity(tmp_path)
    _, cert, _ = pkcs12.load_key_and_certificates(again.p12_path.read_bytes(), again.passphrase)
    assert cert is not None
