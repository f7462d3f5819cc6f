"""A small test PKI, with its CRL and timestamp services on 127.0.0.1.

Root CA -> issuing CA -> end-entity certificates (CRL distribution points only, no OCSP URL:
poppler 22.12 flags certificates whose OCSP URL does not answer GET). A TSA certificate issued by
the root signs RFC 3161 timestamps (pyHanko's DummyTimeStamper behind a tiny HTTP server).

Fixtures (session-scoped):
- ``test_pki`` -> ``Pki``: ``issue(public_key, cn, ...)``, ``issue_pkcs12(...)``, ``revoke``,
  ``root_pem`` (trust anchor file), ``tsa_url``, ``base_url``, request counters.
- ``nss_db`` -> ``Path``: an NSS database trusting the test root (for ``pdfsig -nssdir``);
  skipped when certutil is absent.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PublicKey = rsa.RSAPublicKey | ec.EllipticCurvePublicKey
PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


def _name(cn: str, org: str = "Mellaf Test PKI") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "MA"),
        ]
    )


def _key_usage(*, signing: bool = False, ca: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=signing,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def to_asn1(cert: x509.Certificate) -> Any:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


@dataclass
class Pki:
    folder: Path
    base_url: str = ""
    root_key: rsa.RSAPrivateKey = field(init=False)
    root_cert: x509.Certificate = field(init=False)
    ca_key: rsa.RSAPrivateKey = field(init=False)
    ca_cert: x509.Certificate = field(init=False)
    tsa_key: rsa.RSAPrivateKey = field(init=False)
    tsa_cert: x509.Certificate = field(init=False)
    revoked: dict[int, datetime] = field(default_factory=dict)
    requests: Counter[str] = field(default_factory=Counter)

    def build(self) -> None:
        """Create root, issuing CA and TSA (``base_url`` must be set: it goes in CRL DPs)."""
        now = datetime.now(UTC)
        self.root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        root_name = _name("Mellaf Test Root CA")
        self.root_cert = (
            self._builder(root_name, root_name, self.root_key.public_key(), now, days=3650)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(_key_usage(ca=True), critical=True)
            .sign(self.root_key, hashes.SHA256())
        )
        self.ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.ca_cert = (
            self._builder(
                _name("Mellaf Test Issuing CA"), root_name, self.ca_key.public_key(), now, 3650
            )
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(ca=True), critical=True)
            .add_extension(self._crl_dp("root"), critical=False)
            .add_extension(self._aki(self.root_key), critical=False)
            .sign(self.root_key, hashes.SHA256())
        )
        self.tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.tsa_cert = (
            self._builder(_name("Mellaf Test TSA"), root_name, self.tsa_key.public_key(), now, 3650)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(signing=True), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
            )
            .add_extension(self._crl_dp("root"), critical=False)
            .add_extension(self._aki(self.root_key), critical=False)
            .sign(self.root_key, hashes.SHA256())
        )
        self.root_pem.write_bytes(self.root_cert.public_bytes(serialization.Encoding.PEM))
        self.ca_pem.write_bytes(self.ca_cert.public_bytes(serialization.Encoding.PEM))

    # ------------------------------------------------------------------ files and URLs
    @property
    def root_pem(self) -> Path:
        """The trust anchor (root CA certificate, PEM)."""
        return self.folder / "root-ca.pem"

    @property
    def ca_pem(self) -> Path:
        return self.folder / "issuing-ca.pem"

    @property
    def tsa_url(self) -> str:
        return f"{self.base_url}/tsa"

    def crl_url(self, issuer: str) -> str:
        return f"{self.base_url}/crl/{issuer}.crl"

    # ------------------------------------------------------------------ issuing
    def _builder(
        self,
        subject: x509.Name,
        issuer: x509.Name,
        public_key: PublicKey,
        now: datetime,
        days: int,
    ) -> x509.CertificateBuilder:
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=days))
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        )

    def _crl_dp(self, issuer: str) -> x509.CRLDistributionPoints:
        return x509.CRLDistributionPoints(
            [
                x509.DistributionPoint(
                    full_name=[x509.UniformResourceIdentifier(self.crl_url(issuer))],
                    relative_name=None,
                    reasons=None,
                    crl_issuer=None,
                )
            ]
        )

    @staticmethod
    def _aki(issuer_key: rsa.RSAPrivateKey) -> x509.AuthorityKeyIdentifier:
        return x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key())

    def issue(
        self,
        public_key: PublicKey,
        common_name: str,
        *,
        signing: bool = True,
        not_before: datetime | None = None,
        not_after: datetime | None = None,
    ) -> x509.Certificate:
        """An end-entity certificate from the issuing CA for ``public_key``.

        ``signing`` gives digitalSignature + nonRepudiation; False gives digitalSignature only
        (an "authentication" certificate).
        """
        now = datetime.now(UTC)
        usage = _key_usage(signing=True)
        if not signing:
            usage = x509.KeyUsage(True, False, False, False, False, False, False, False, False)
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(common_name, "Mellaf Test Collectivity"))
            .issuer_name(self.ca_cert.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before or now - timedelta(hours=1))
            .not_valid_after(not_after or now + timedelta(days=730))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage, critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(self._aki(self.ca_key), critical=False)
            .add_extension(self._crl_dp("ca"), critical=False)
        )
        return builder.sign(self.ca_key, hashes.SHA256())

    def issue_pkcs12(
        self,
        path: Path,
        common_name: str,
        passphrase: bytes,
        *,
        key_type: str = "rsa",
        **kwargs: Any,
    ) -> x509.Certificate:
        """A software identity (key + certificate + issuing CA) in a PKCS#12 file."""
        key: PrivateKey
        if key_type == "rsa":
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        else:
            key = ec.generate_private_key(ec.SECP256R1())
        cert = self.issue(key.public_key(), common_name, **kwargs)
        data = pkcs12.serialize_key_and_certificates(
            name=common_name.encode(),
            key=key,
            cert=cert,
            cas=[self.ca_cert],
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )
        path.write_bytes(data)
        return cert

    def revoke(self, cert: x509.Certificate) -> None:
        self.revoked[cert.serial_number] = datetime.now(UTC) - timedelta(minutes=1)

    # ------------------------------------------------------------------ services
    def crl(self, issuer: str) -> bytes:
        now = datetime.now(UTC)
        if issuer == "root":
            key, name, revoked = self.root_key, self.root_cert.subject, {}
        else:
            key, name, revoked = self.ca_key, self.ca_cert.subject, self.revoked
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(name)
            .last_update(now - timedelta(minutes=5))
            .next_update(now + timedelta(days=7))
            .add_extension(x509.CRLNumber(int(now.timestamp())), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()),
                critical=False,
            )
        )
        for serial, when in revoked.items():
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when).build()
            )
        crl = builder.sign(key, hashes.SHA256())
        return crl.public_bytes(serialization.Encoding.DER)

    def timestamp(self, request_der: bytes) -> bytes:
        from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

        key_der = self.tsa_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        stamper = DummyTimeStamper(
            tsa_cert=to_asn1(self.tsa_cert),
            tsa_key=asn1_keys.PrivateKeyInfo.load(key_der),
        )
        request = tsp.TimeStampReq.load(request_der)
        response: bytes = stamper.request_tsa_response(request).dump()
        return response


def _make_handler(pki: Pki) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

        def _reply(self, code: int, ctype: str, body: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            if self.path in ("/crl/root.crl", "/crl/ca.crl"):
                issuer = self.path.rsplit("/", 1)[1].removesuffix(".crl")
                pki.requests[f"crl:{issuer}"] += 1
                self._reply(200, "application/pkix-crl", pki.crl(issuer))
            else:
                self._reply(404, "text/plain", b"not found")

        def do_POST(self) -> None:
            if self.path != "/tsa":
                self._reply(404, "text/plain", b"not found")
                return
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            pki.requests["tsa"] += 1
            try:
                answer = pki.timestamp(body)
            except Exception:
                self._reply(400, "text/plain", b"bad request")
                return
            self._reply(200, "application/timestamp-reply", answer)

    return Handler


@pytest.fixture(scope="session")
def test_pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pki]:
    """The test PKI with its CRL + TSA server running on 127.0.0.1 for the session."""
    pki = Pki(folder=tmp_path_factory.mktemp("pki"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(pki))
    server.daemon_threads = True
    pki.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    pki.build()
    thread = threading.Thread(target=server.serve_forever, name="test-pki-http", daemon=True)
    thread.start()
    try:
        yield pki
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def nss_db(test_pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An NSS database trusting the test root, for ``pdfsig -nssdir sql:<dir>``."""
    certutil = shutil.which("certutil")
    if certutil is None:
        pytest.skip("certutil (libnss3-tools) is not installed")
    folder = tmp_path_factory.mktemp("nssdb")
    db = f"sql:{folder}"
    subprocess.run([certutil, "-N", "-d", db, "--empty-password"], check=True)
    subprocess.run(
        [
            certutil,
            "-A",
            "-d",
            db,
            "-n",
            "mellaf-test-root",
            "-t",
            "CT,C,C",
            "-i",
            test_pki.root_pem,
        ],
        check=True,
    )
    subprocess.run(
        [certutil, "-A", "-d", db, "-n", "mellaf-test-ca", "-t", ",,", "-i", test_pki.ca_pem],
        check=True,
    )
    return folder
