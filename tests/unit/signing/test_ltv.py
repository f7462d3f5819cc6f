"""Raising B-B signatures to long-term validity later, without the key (loopback TSA + CRL)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from app.signing.errors import CertificateError, DocumentError, TimestampError
from app.signing.handler import ScriptedHandler
from app.signing.ltv import raise_to_lt
from app.signing.sign import sign_pdf
from app.signing.software import SoftwareBackend
from app.signing.verify import verify_pdf
from tests.unit.signing.pdfs import make_pdf

PASS = b"ltv-pass"


@pytest.fixture(scope="module")
def p12(test_pki: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ltv") / "officer.p12"
    test_pki.issue_pkcs12(path, "Test Officer Offline", PASS)
    return path


def signed_bb(p12: Path, folder: Path, name: str = "bb.pdf") -> Path:
    out = folder / name
    with SoftwareBackend(p12, PASS).open_session(ScriptedHandler()) as session:
        sign_pdf(make_pdf(folder / f"in-{name}"), out, session, level="B-B")
    return out


def test_b_b_raised_to_b_lt_keeps_the_signature_and_adds_revocation_data(
    p12: Path, test_pki: Any, tmp_path: Path
) -> None:
    bb = signed_bb(p12, tmp_path)
    before = verify_pdf(bb, [test_pki.root_pem])
    assert before.ok and before.signatures[0].level == "B-B"
    crl_before, tsa_before = test_pki.requests["crl:ca"], test_pki.requests["tsa"]

    out = tmp_path / "lt.pdf"
    raise_to_lt(bb, out, tsa_url=test_pki.tsa_url, trust_roots=[test_pki.root_pem])

    assert test_pki.requests["crl:ca"] > crl_before  # revocation data fetched now
    assert test_pki.requests["tsa"] > tsa_before
    assert out.read_bytes().startswith(bb.read_bytes())  # incremental: the B-B bytes remain
    report = verify_pdf(out, [test_pki.root_pem])  # offline: uses the embedded DSS only
    assert report.ok, report.problems
    kinds = [s.kind for s in report.signatures]
    assert kinds == ["signature", "document timestamp"]
    assert report.signatures[0].level == "B-LT"
    assert report.signatures[0].signer == "Test Officer Offline"


def test_raise_in_place_and_twice(p12: Path, test_pki: Any, tmp_path: Path) -> None:
    bb = signed_bb(p12, tmp_path)
    raise_to_lt(bb, bb, tsa_url=test_pki.tsa_url, trust_roots=[test_pki.root_pem])
    raise_to_lt(bb, bb, tsa_url=test_pki.tsa_url, trust_roots=[test_pki.root_pem])
    report = verify_pdf(bb, [test_pki.root_pem])
    assert report.ok, report.problems
    assert [s.kind for s in report.signatures].count("document timestamp") == 2


def test_unsigned_file_is_refused(test_pki: Any, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "plain.pdf")
    with pytest.raises(DocumentError, match="holds no signature"):
        raise_to_lt(
            src, tmp_path / "o.pdf", tsa_url=test_pki.tsa_url, trust_roots=[test_pki.root_pem]
        )
    assert not (tmp_path / "o.pdf").exists()


def test_timestamp_server_down_leaves_the_file_untouched(
    p12: Path, test_pki: Any, tmp_path: Path
) -> None:
    bb = signed_bb(p12, tmp_path)
    digest = hashlib.sha256(bb.read_bytes()).hexdigest()
    with pytest.raises(TimestampError):
        raise_to_lt(
            bb, bb, tsa_url="http://127.0.0.1:9/tsa", trust_roots=[test_pki.root_pem], timeout=2
        )
    assert hashlib.sha256(bb.read_bytes()).hexdigest() == digest
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_untrusted_chain_is_refused(p12: Path, test_pki: Any, tmp_path: Path) -> None:
    from tests.support.pki import Pki

    other = Pki(folder=tmp_path)
    other.base_url = test_pki.base_url
    other.build()  # another root: the signer's chain does not lead to it
    bb = signed_bb(p12, tmp_path, "x.pdf")
    with pytest.raises(CertificateError):
        raise_to_lt(bb, tmp_path / "o.pdf", tsa_url=test_pki.tsa_url, trust_roots=[other.root_pem])
    assert not (tmp_path / "o.pdf").exists()
