"""PAdES levels with the SoftHSM key, checked by our verifier and by pdfsig."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.signing.handler import ScriptedHandler
from app.signing.pkcs11_backend import Pkcs11Backend
from app.signing.sign import sign_pdf
from app.signing.verify import verify_pdf
from tests.hsm.test_pkcs11_signing import pdfsig, qpdf_check
from tests.unit.signing.pdfs import make_pdf

pytestmark = pytest.mark.hsm


def rsa_backend(token: Any) -> Pkcs11Backend:
    return Pkcs11Backend(token.module_path, token.token_label, key_label=token.rsa_key_label)


@pytest.mark.parametrize("level", ["B-T", "B-LT"])
def test_timestamped_levels(
    level: str, softhsm_token: Any, test_pki: Any, nss_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.pdf"
    with rsa_backend(softhsm_token).open_session(
        ScriptedHandler(pins=[softhsm_token.user_pin])
    ) as session:
        sign_pdf(
            make_pdf(tmp_path / "in.pdf"),
            out,
            session,
            level=level,
            tsa_url=test_pki.tsa_url,
            trust_roots=[test_pki.root_pem],
        )
    report = verify_pdf(out, [softhsm_token.ca_cert_path])
    assert report.ok, report.problems
    assert report.signatures[0].level == level
    assert report.signatures[0].time_source == "timestamp"
    text = pdfsig(out, nss_db)
    assert "Signature is Valid" in text, text
    assert "Certificate is Trusted" in text, text
    # pdfsig counts the DSS update of B-LT as unsigned content (STACK-NOTES).
    expected = "Total document signed" if level == "B-T" else "Not total document signed"
    assert expected in text, text
    assert qpdf_check(out).returncode == 0


def test_same_certificate_twice_pdfsig_quirk(
    softhsm_token: Any, nss_db: Path, tmp_path: Path
) -> None:
    """Two signatures by the same certificate: both verify here; poppler 22.12 reports the
    second one's certificate as "Unknown issue with Certificate or corrupted data" when the
    signer certificate is not in the NSS database. pdfsig's own two signatures
    (``pdfsig -add-signature`` twice) show the same, so it is poppler's quirk, not our file;
    importing the signer certificate into the NSS database makes both "Trusted"."""
    once, twice = tmp_path / "once.pdf", tmp_path / "twice.pdf"
    with rsa_backend(softhsm_token).open_session(
        ScriptedHandler(pins=[softhsm_token.user_pin])
    ) as session:
        sign_pdf(make_pdf(tmp_path / "in.pdf"), once, session)
        sign_pdf(once, twice, session)
    report = verify_pdf(twice, [softhsm_token.ca_cert_path])
    assert report.ok, report.problems
    assert all(s.intact and s.valid and s.trusted for s in report.signatures)
    text = pdfsig(twice, nss_db)
    assert text.count("Signature is Valid") == 2, text
    assert text.count("Certificate is Trusted") >= 1, text
