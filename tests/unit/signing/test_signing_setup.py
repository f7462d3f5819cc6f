"""Signature policy from the settings and the fund profile; backend choice; certificate facts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from app.config.profile import FundProfile
from app.config.settings import Settings
from app.services.signing_setup import (
    backend_from_settings,
    profile_signature_block,
    signing_policy,
    stamp_for,
)
from app.signing.certificates import (
    AUTH_ONLY,
    BARID_PERSONAL_CLASS3,
    EXPIRED,
    USABLE,
    describe_certificate,
    picker_order,
)
from app.signing.errors import SigningError, TimestampError
from app.signing.pkcs11_backend import Pkcs11Backend
from app.signing.software import SoftwareBackend


def settings(tmp_path: Path, **values: Any) -> Settings:
    s = Settings(tmp_path / "settings.json")
    for key, value in values.items():
        s.set(key, value)
    return s


def test_profile_level_is_the_default_and_settings_override(
    tmp_path: Path, fund: FundProfile
) -> None:
    assert profile_signature_block(fund.id)["level"] == fund.signature_level
    assert signing_policy(settings(tmp_path), fund).level == fund.signature_level
    policy = signing_policy(
        settings(tmp_path, signature_level="B-T", tsa_url="http://127.0.0.1:9/tsa"), fund
    )
    assert (policy.level, policy.tsa_url) == ("B-T", "http://127.0.0.1:9/tsa")


def test_a_level_above_b_b_without_a_timestamp_server_is_refused_in_words(
    tmp_path: Path, fund: FundProfile
) -> None:
    with pytest.raises(TimestampError, match="timestamp server"):
        signing_policy(settings(tmp_path, signature_level="B-LT"), fund)
    with pytest.raises(SigningError, match="unknown"):
        signing_policy(settings(tmp_path, signature_level="B-XL"), fund)


def test_stamp_only_when_the_profile_asks(tmp_path: Path, fund: FundProfile) -> None:
    s = settings(tmp_path, stamp_name_ar="موظف تجريبي", stamp_role="RH")
    policy = signing_policy(s, fund)
    assert stamp_for(s, policy, date(2026, 11, 23)) is None  # the CMR profile: no stamp
    wanted = type(policy)(policy.level, policy.tsa_url, visible_stamp=True)
    stamp = stamp_for(s, wanted, date(2026, 11, 23))
    assert stamp is not None
    assert stamp.lines() == ["موظف تجريبي", "RH", "Signed on 2026-11-23"]


def test_backend_choice(tmp_path: Path) -> None:
    soft = backend_from_settings(settings(tmp_path, signing_backend="software", p12_path="x"))
    assert isinstance(soft, SoftwareBackend)
    token = backend_from_settings(
        settings(
            tmp_path,
            pkcs11_module="/nowhere/libeTPkcs11.so",
            token_label="OFFICER",
            token_serial="0042",
            cert_label="sign",
        )
    )
    assert isinstance(token, Pkcs11Backend)
    assert (token.token_serial, token.cert_label) == ("0042", "sign")
    assert not token.availability().ok


def _cert(*, days: int = 365, nr: bool = True, policy: str | None = None) -> Any:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Fictional Holder")])
    usage = x509.KeyUsage(True, nr, False, False, False, False, False, False, False)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(now - timedelta(days=2 * abs(days)))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(usage, critical=True)
    )
    if policy:
        builder = builder.add_extension(
            x509.CertificatePolicies([x509.PolicyInformation(x509.ObjectIdentifier(policy), None)]),
            critical=False,
        )
    der = builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
    return asn1_x509.Certificate.load(der)


def test_certificate_facts_and_picker_order() -> None:
    qualified = describe_certificate(_cert(policy=BARID_PERSONAL_CLASS3), label="q")
    assert qualified.status == USABLE and qualified.qualified_personal
    assert "qualified personal signature" in qualified.policy_text()
    plain = describe_certificate(_cert(), label="p")
    auth = describe_certificate(_cert(nr=False), label="a")
    assert auth.status == AUTH_ONLY and "authentication certificate" in auth.explanation
    old = describe_certificate(_cert(days=-3), label="o")
    assert old.status == EXPIRED
    order = [c.label for c in picker_order([auth, old, plain, qualified])]
    assert order == ["q", "p", "a"]  # qualified first, expired hidden, refused last
