"""A SoftHSM2 token for the session, with keys generated inside it.

``softhsm_token`` (session-scoped) writes its own SOFTHSM2_CONF (token folder in a temporary
directory) before the module is first loaded in this process, initialises a token, generates an
RSA-2048 and an EC P-256 key pair INSIDE the token (private keys sensitive, not extractable),
has the test CA issue a certificate for each public key, and imports each certificate as
CKO_CERTIFICATE with the key's CKA_ID and label. The issuing CA certificate goes on the token
too, as on real tokens. Skipped only when SoftHSM2 is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

if TYPE_CHECKING:
    from tests.support.pki import Pki

MODULE_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)


@dataclass(frozen=True)
class SoftHsmToken:
    module_path: str
    token_label: str
    user_pin: str
    so_pin: str
    rsa_key_label: str
    ec_key_label: str
    always_key_label: str  # RSA key with CKA_ALWAYS_AUTHENTICATE: a PIN per signature
    ca_cert_path: Path  # trust anchor: the test root CA (PEM)
    conf_path: Path
    token_dir: Path
    rsa_cert_der: bytes
    ec_cert_der: bytes


def find_module() -> str | None:
    for candidate in MODULE_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    return None


def init_extra_token(conf: Path, label: str, pin: str = "654321") -> None:
    """Initialise another (empty) token in the session's token folder: a token "plugged in"
    while the process runs. Remove its folder under ``token_dir`` to "pull it out"."""
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", "87654321",
         "--pin", pin],
        check=True,
        capture_output=True,
        env={**os.environ, "SOFTHSM2_CONF": str(conf)},
    )  # fmt: skip


def _import_cert(session: Any, der: bytes, label: str, cert_id: bytes) -> None:
    from pkcs11 import Attribute
    from pkcs11.util.x509 import decode_x509_certificate

    attrs = decode_x509_certificate(der)
    attrs.update(
        {
            Attribute.TOKEN: True,
            Attribute.PRIVATE: False,
            Attribute.LABEL: label,
            Attribute.ID: cert_id,
        }
    )
    session.create_object(attrs)


def _rsa_public(pub: Any) -> rsa.RSAPublicKey:
    from pkcs11 import Attribute

    return rsa.RSAPublicNumbers(
        int.from_bytes(pub[Attribute.PUBLIC_EXPONENT], "big"),
        int.from_bytes(pub[Attribute.MODULUS], "big"),
    ).public_key()


@pytest.fixture(scope="session")
def softhsm_token(
    test_pki: Pki, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SoftHsmToken]:
    module = find_module()
    util = shutil.which("softhsm2-util")
    if module is None or util is None:
        pytest.skip("SoftHSM2 is not installed (apt-get install softhsm2)")

    import pkcs11
    from pkcs11 import Attribute, KeyType, Mechanism
    from pkcs11.util.ec import encode_ec_public_key, encode_named_curve_parameters

    root = tmp_path_factory.mktemp("softhsm")
    token_dir = root / "tokens"
    token_dir.mkdir()
    conf = root / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {token_dir}\n"
        "objectstore.backend = file\n"
        "log.level = ERROR\n"
        "slots.removable = false\n"
    )
    mp = pytest.MonkeyPatch()
    mp.setenv("SOFTHSM2_CONF", str(conf))
    token = SoftHsmToken(
        module_path=module,
        token_label="mellaf-test",
        user_pin="123456",
        so_pin="12345678",
        rsa_key_label="officer-rsa",
        ec_key_label="officer-ec",
        always_key_label="officer-always",
        ca_cert_path=test_pki.root_pem,
        conf_path=conf,
        token_dir=token_dir,
        rsa_cert_der=b"",
        ec_cert_der=b"",
    )
    try:
        subprocess.run(
            [
                util,
                "--init-token",
                "--free",
                "--label",
                token.token_label,
                "--so-pin",
                token.so_pin,
                "--pin",
                token.user_pin,
            ],
            check=True,
            capture_output=True,
            env={**os.environ, "SOFTHSM2_CONF": str(conf)},
        )
        # SoftHSM reads its configuration and scans tokens at C_Initialize: if something in
        # this process loaded it already, re-initialise so it sees our token folder.
        already = module in pkcs11._loaded
        lib = pkcs11.lib(module)
        if already:
            lib.reinitialize()
        p11_token = lib.get_token(token_label=token.token_label)
        private = {
            Attribute.SENSITIVE: True,
            Attribute.EXTRACTABLE: False,
            Attribute.SIGN: True,
            Attribute.PRIVATE: True,
            Attribute.TOKEN: True,
        }
        with p11_token.open(rw=True, user_pin=token.user_pin) as session:
            rsa_pub, _ = session.generate_keypair(
                KeyType.RSA,
                2048,
                id=b"\x01",
                label=token.rsa_key_label,
                store=True,
                mechanism=Mechanism.RSA_PKCS_KEY_PAIR_GEN,
                private_template=private,
            )
            rsa_public = _rsa_public(rsa_pub)
            always_pub, _ = session.generate_keypair(
                KeyType.RSA,
                2048,
                id=b"\x03",
                label=token.always_key_label,
                store=True,
                mechanism=Mechanism.RSA_PKCS_KEY_PAIR_GEN,
                private_template={**private, Attribute.ALWAYS_AUTHENTICATE: True},
            )
            params = session.create_domain_parameters(
                KeyType.EC,
                {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")},
                local=True,
            )
            ec_pub, _ = params.generate_keypair(
                id=b"\x02",
                label=token.ec_key_label,
                store=True,
                private_template=private,
            )
            ec_public = serialization.load_der_public_key(encode_ec_public_key(ec_pub))

            rsa_cert = test_pki.issue(rsa_public, "Test Officer RSA")  # type: ignore[arg-type]
            ec_cert = test_pki.issue(ec_public, "Test Officer EC")  # type: ignore[arg-type]
            always_cert = test_pki.issue(_rsa_public(always_pub), "Test Officer Always")
            _import_cert(
                session,
                always_cert.public_bytes(serialization.Encoding.DER),
                token.always_key_label,
                b"\x03",
            )
            rsa_der = rsa_cert.public_bytes(serialization.Encoding.DER)
            ec_der = ec_cert.public_bytes(serialization.Encoding.DER)
            _import_cert(session, rsa_der, token.rsa_key_label, b"\x01")
            _import_cert(session, ec_der, token.ec_key_label, b"\x02")
            _import_cert(
                session,
                test_pki.ca_cert.public_bytes(serialization.Encoding.DER),
                "issuing-ca",
                b"\xca",
            )
        token = SoftHsmToken(**{**token.__dict__, "rsa_cert_der": rsa_der, "ec_cert_der": ec_der})
        yield token
    finally:
        mp.undo()
