"""Signing and verifying with the software backend (PKCS#12): levels, refusals, atomic output."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.signing import output as output_module
from app.signing.demo_identity import DEMO_SIGNER_NAME, ensure_demo_identity
from app.signing.errors import (
    CertificateError,
    DocumentError,
    OutputError,
    PinIncorrect,
    RevocationInfoError,
    TimestampError,
)
from app.signing.handler import ScriptedHandler
from app.signing.sign import sign_pdf
from app.signing.software import SoftwareBackend
from app.signing.verify import verify_pdf
from tests.unit.signing.pdfs import make_encrypted_pdf, make_pdf

PASS = b"test-pass"


@pytest.fixture(scope="module")
def officer_p12(test_pki: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("p12") / "officer.p12"
    test_pki.issue_pkcs12(path, "Test Officer Software", PASS)
    return path


def open_software(p12: Path, passphrase: bytes | None = PASS) -> Any:
    return SoftwareBackend(p12, passphrase).open_session(ScriptedHandler())


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def no_leftovers(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".part")]


def test_demo_identity_signs_and_verifies(tmp_path: Path) -> None:
    identity = ensure_demo_identity(tmp_path / "profile")
    src = make_pdf(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    backend = SoftwareBackend(identity.p12_path, identity.passphrase)
    assert backend.availability().ok
    with backend.open_session(ScriptedHandler()) as session:
        assert session.description == "DEMO - not a qualified signature"
        assert session.holder_name == DEMO_SIGNER_NAME
        sign_pdf(src, out, session)
    report = verify_pdf(out, [identity.ca_cert_path])
    assert report.ok, report.problems
    assert report.signatures[0].signer == DEMO_SIGNER_NAME
    assert report.signatures[0].subfilter == "ETSI.CAdES.detached"
    json.dumps(report.to_dict())  # JSON-serialisable


def test_signature_is_not_trusted_without_its_root(officer_p12: Path, tmp_path: Path) -> None:
    identity = ensure_demo_identity(tmp_path / "profile")
    out = tmp_path / "out.pdf"
    with open_software(officer_p12) as session:
        sign_pdf(make_pdf(tmp_path / "in.pdf"), out, session)
    report = verify_pdf(out, [identity.ca_cert_path])  # the wrong root
    assert not report.ok
    sig = report.signatures[0]
    assert sig.intact and sig.valid and not sig.trusted
    assert any("not trusted" in p for p in report.problems)


def test_level_b_t(officer_p12: Path, test_pki: Any, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    before = test_pki.requests["tsa"]
    with open_software(officer_p12) as session:
        sign_pdf(make_pdf(tmp_path / "in.pdf"), out, session, level="B-T", tsa_url=test_pki.tsa_url)
    assert test_pki.requests["tsa"] > before
    report = verify_pdf(out, [test_pki.root_pem])
    assert report.ok, report.problems
    sig = report.signatures[0]
    assert sig.level == "B-T"
    assert sig.time_source == "timestamp"
    assert sig.signing_time is not None
    assert abs(datetime.now(UTC) - sig.signing_time) < timedelta(minutes=5)


def test_level_b_lt_embeds_revocation_data(
    officer_p12: Path, test_pki: Any, tmp_path: Path
) -> None:
    out = tmp_path / "out.pdf"
    crl_before = test_pki.requests["crl:ca"]
    with open_software(officer_p12) as session:
        sign_pdf(
            make_pdf(tmp_path / "in.pdf"),
            out,
            session,
            level="B-LT",
            tsa_url=test_pki.tsa_url,
            trust_roots=[test_pki.root_pem],
        )
    assert test_pki.requests["crl:ca"] > crl_before
    assert b"/DSS" in out.read_bytes()
    report = verify_pdf(out, [test_pki.root_pem])  # offline: uses the embedded CRLs
    assert report.ok, report.problems
    sig = report.signatures[0]
    assert sig.level == "B-LT"
    assert sig.coverage == "entire revision"  # the DSS update follows the signature
    assert sig.modifications_after == "validation data and timestamps only"


def test_b_lt_default_trust_roots_come_from_the_chain(
    officer_p12: Path, test_pki: Any, tmp_path: Path
) -> None:
    """The PKCS#12 holds only the issuing CA: without a root, B-LT says what is missing."""
    with open_software(officer_p12) as session, pytest.raises(RevocationInfoError):
        sign_pdf(
            make_pdf(tmp_path / "in.pdf"),
            tmp_path / "out.pdf",
            session,
            level="B-LT",
            tsa_url=test_pki.tsa_url,
        )
    assert not (tmp_path / "out.pdf").exists()


def test_revoked_certificate(test_pki: Any, tmp_path: Path) -> None:
    p12 = tmp_path / "revoked.p12"
    cert = test_pki.issue_pkcs12(p12, "Test Officer Revoked", PASS)
    test_pki.revoke(cert)
    out = tmp_path / "out.pdf"
    with open_software(p12) as session:
        sign_pdf(make_pdf(tmp_path / "in.pdf"), out, session)
        with pytest.raises(CertificateError, match="revoked"):
            sign_pdf(
                make_pdf(tmp_path / "in2.pdf"),
                tmp_path / "lt.pdf",
                session,
                level="B-LT",
                tsa_url=test_pki.tsa_url,
                trust_roots=[test_pki.root_pem],
            )
    assert not (tmp_path / "lt.pdf").exists()
    offline = verify_pdf(out, [test_pki.root_pem])
    assert offline.ok  # nothing says it is revoked without asking (soft-fail)
    online = verify_pdf(out, [test_pki.root_pem], allow_fetching=True)
    assert not online.ok
    assert not online.signatures[0].trusted


def test_timestamp_server_down(officer_p12: Path, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    with open_software(officer_p12) as session, pytest.raises(TimestampError):
        sign_pdf(src, out, session, level="B-T", tsa_url="http://127.0.0.1:9/tsa", timeout=2)
    assert not out.exists()
    assert no_leftovers(tmp_path)


def test_levels_need_a_tsa(officer_p12: Path, tmp_path: Path) -> None:
    with open_software(officer_p12) as session:
        with pytest.raises(ValueError, match="timestamp"):
            sign_pdf(make_pdf(tmp_path / "in.pdf"), tmp_path / "o.pdf", session, level="B-T")
        with pytest.raises(ValueError, match="level"):
            sign_pdf(make_pdf(tmp_path / "in.pdf"), tmp_path / "o.pdf", session, level="B-X")


def test_non_pdf_and_encrypted_inputs_are_refused(officer_p12: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n not a pdf")
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    encrypted = make_encrypted_pdf(tmp_path / "locked.pdf")
    missing = tmp_path / "missing.pdf"
    with open_software(officer_p12) as session:
        for bad, words in (
            (junk, "not a PDF"),
            (damaged, "damaged"),
            (encrypted, "password"),
            (missing, "not found"),
        ):
            out = tmp_path / f"{bad.stem}.signed.pdf"
            with pytest.raises(DocumentError) as caught:
                sign_pdf(bad, out, session)
            assert words in caught.value.user_message
            assert not out.exists()
    assert no_leftovers(tmp_path)


def test_disk_full_leaves_nothing_and_keeps_the_original(
    officer_p12: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    out.write_bytes(b"previous version")
    before = sha(src)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output_module.os, "fsync", full)
    with open_software(officer_p12) as session, pytest.raises(OutputError) as caught:
        sign_pdf(src, out, session)
    assert "disk is full" in caught.value.user_message
    assert out.read_bytes() == b"previous version"  # untouched, not half-replaced
    assert sha(src) == before
    assert no_leftovers(tmp_path)


def test_missing_output_folder(officer_p12: Path, tmp_path: Path) -> None:
    with open_software(officer_p12) as session, pytest.raises(OutputError) as caught:
        sign_pdf(make_pdf(tmp_path / "in.pdf"), tmp_path / "nope" / "out.pdf", session)
    assert "does not exist" in caught.value.user_message


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_output_folder(officer_p12: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with open_software(officer_p12) as session, pytest.raises(OutputError):
            sign_pdf(make_pdf(tmp_path / "in.pdf"), folder / "out.pdf", session)
    finally:
        folder.chmod(0o700)


def test_sign_in_place(officer_p12: Path, test_pki: Any, tmp_path: Path) -> None:
    doc = make_pdf(tmp_path / "doc.pdf")
    original = doc.read_bytes()
    with open_software(officer_p12) as session:
        sign_pdf(doc, doc, session)
    assert doc.read_bytes().startswith(original)
    assert verify_pdf(doc, [test_pki.root_pem]).ok
    assert no_leftovers(tmp_path)


def test_wrong_passphrase(officer_p12: Path) -> None:
    with pytest.raises(PinIncorrect) as caught, open_software(officer_p12, b"wrong"):
        pass  # pragma: no cover
    assert "password" in caught.value.user_message
    assert "wrong" not in (caught.value.detail or "")


def test_expired_certificate_is_refused(test_pki: Any, tmp_path: Path) -> None:
    p12 = tmp_path / "expired.p12"
    now = datetime.now(UTC)
    test_pki.issue_pkcs12(
        p12,
        "Test Officer Expired",
        PASS,
        not_before=now - timedelta(days=800),
        not_after=now - timedelta(days=1),
    )
    with pytest.raises(CertificateError) as caught, open_software(p12):
        pass  # pragma: no cover
    assert "expired" in caught.value.user_message


def test_authentication_certificate_is_refused(test_pki: Any, tmp_path: Path) -> None:
    p12 = tmp_path / "auth.p12"
    test_pki.issue_pkcs12(p12, "Test Officer Auth", PASS, signing=False)
    with pytest.raises(CertificateError) as caught, open_software(p12):
        pass  # pragma: no cover
    assert "non-repudiation" in caught.value.user_message


def test_ec_software_key(test_pki: Any, tmp_path: Path) -> None:
    p12 = tmp_path / "ec.p12"
    test_pki.issue_pkcs12(p12, "Test Officer EC Software", PASS, key_type="ec")
    out = tmp_path / "out.pdf"
    with open_software(p12) as session:
        sign_pdf(make_pdf(tmp_path / "in.pdf"), out, session)
    assert verify_pdf(out, [test_pki.root_pem]).ok


def test_unsigned_file_is_not_ok(test_pki: Any, tmp_path: Path) -> None:
    report = verify_pdf(make_pdf(tmp_path / "plain.pdf"), [test_pki.root_pem])
    assert not report.ok
    assert report.signatures == []
    assert report.problems == ["The file holds no signature."]


def test_content_appended_after_signing_is_not_ok(
    officer_p12: Path, test_pki: Any, tmp_path: Path
) -> None:
    """An incremental update that is not a signature (e.g. a changed page) after the last one."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    out = tmp_path / "out.pdf"
    with open_software(officer_p12) as session:
        sign_pdf(make_pdf(tmp_path / "in.pdf"), out, session)
    with out.open("rb") as fh:
        writer = IncrementalPdfFileWriter(fh)
        page = writer.root["/Pages"]["/Kids"][0].get_object()
        page[generic.pdf_name("/Rotate")] = generic.NumberObject(90)
        writer.update_container(page)
        edited = tmp_path / "edited.pdf"
        with edited.open("wb") as dst:
            writer.write(dst)
    report = verify_pdf(edited, [test_pki.root_pem])
    assert not report.ok
    sig = report.signatures[0]
    assert sig.intact and sig.valid and sig.trusted  # the signed revision itself is fine
    assert sig.coverage == "entire revision"
    assert any("does not cover the whole file" in p or "changed" in p for p in report.problems)


def test_read_only_folder_in_words(
    officer_p12: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(output_module.tempfile, "mkstemp", read_only)
    with open_software(officer_p12) as session, pytest.raises(OutputError) as caught:
        sign_pdf(make_pdf(tmp_path / "in.pdf"), tmp_path / "out.pdf", session)
    assert "cannot be written to" in caught.value.user_message
    assert not (tmp_path / "out.pdf").exists()


def test_trust_roots_as_certificate_objects(
    officer_p12: Path, test_pki: Any, tmp_path: Path
) -> None:
    from tests.support.pki import to_asn1

    out = tmp_path / "out.pdf"
    with open_software(officer_p12) as session:
        sign_pdf(make_pdf(tmp_path / "in.pdf"), out, session)
    assert verify_pdf(out, [to_asn1(test_pki.root_cert)]).ok
    assert verify_pdf(out, [test_pki.root_cert]).ok  # a pyca/cryptography certificate
    assert verify_pdf(out, [str(test_pki.root_pem)]).ok


def test_unreadable_trust_file(officer_p12: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    with open_software(officer_p12) as session:
        sign_pdf(make_pdf(tmp_path / "in.pdf"), out, session)
    bogus = tmp_path / "bogus.pem"
    bogus.write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    for bad in (bogus, tmp_path / "absent.pem"):
        with pytest.raises(CertificateError, match="cannot be read"):
            verify_pdf(out, [bad])
