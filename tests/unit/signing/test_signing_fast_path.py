"""The shortcuts that keep signing near the cost of reading and hashing the document change
nothing in what is signed: the prebuilt PAdES attributes are pyHanko's own, the software key
kept in memory signs like pyHanko's signer, and the original revision is not copied."""

from __future__ import annotations

import asyncio
import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import cms

from app.packages.seal import seal, verify_seal
from app.signing.cms_attributes import prebuilt_pades_attributes
from app.signing.handler import ScriptedHandler
from app.signing.output import ExtendingBuffer
from app.signing.sign import sign_pdf
from app.signing.software import KeptKeySigner, SoftwareBackend
from app.signing.verify import verify_pdf
from tests.unit.signing.pdfs import make_pdf

PASS = b"fast-pass"


@pytest.fixture(scope="module")
def officer_p12(test_pki: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("p12") / "officer.p12"
    test_pki.issue_pkcs12(path, "Test Officer Fast", PASS)
    return path


def _signed_attrs(signer: Any, digest: bytes) -> bytes:
    async def make() -> Any:
        return await signer.signed_attrs(digest, "sha256", use_pades=True)

    return bytes(asyncio.run(make()).dump())


def test_prebuilt_attributes_are_pyhankos_own(officer_p12: Path) -> None:
    digest = hashlib.sha256(b"a document").digest()
    with SoftwareBackend(officer_p12, PASS).open_session(ScriptedHandler()) as session:
        signer = session.signer
        plain = _signed_attrs(signer, digest)
        with prebuilt_pades_attributes(signer, session.certificate):
            fast = _signed_attrs(signer, digest)
            again = _signed_attrs(signer, hashlib.sha256(b"another").digest())
        assert signer.signed_attr_prov_spec is None  # restored: the seal keeps its attributes
    assert fast == plain
    types = [a["type"].native for a in cms.CMSAttributes.load(again)]
    assert sorted(types) == ["content_type", "message_digest", "signing_certificate_v2"]
    assert again != fast  # the message digest is the document's, not a cached one


def _seal_attribute_types(der: bytes) -> list[str]:
    attrs = cms.ContentInfo.load(der)["content"]["signer_infos"][0]["signed_attrs"]
    return sorted(a["type"].native for a in attrs)


def test_seal_after_a_pdf_signature_keeps_its_own_attributes(
    officer_p12: Path, test_pki: Any, tmp_path: Path
) -> None:
    with SoftwareBackend(officer_p12, PASS).open_session(ScriptedHandler()) as session:
        before = _seal_attribute_types(seal(b"manifest", session))
        sign_pdf(make_pdf(tmp_path / "in.pdf"), tmp_path / "out.pdf", session)
        der = seal(b"manifest", session)
    assert _seal_attribute_types(der) == before
    assert "cms_algorithm_protection" in before  # a plain CMS signature, not PAdES
    verify_seal(b"manifest", der, [test_pki.root_pem])


def test_kept_key_signs_like_pyhanko(officer_p12: Path, test_pki: Any, tmp_path: Path) -> None:
    with SoftwareBackend(officer_p12, PASS).open_session(ScriptedHandler()) as session:
        assert isinstance(session.signer, KeptKeySigner)
        data = b"to be signed"
        ours = session.signer.sign_raw(data, "sha256")
        theirs = super(KeptKeySigner, session.signer).sign_raw(data, "sha256")
        assert ours == theirs  # RSA PKCS#1 v1.5 is deterministic
        sign_pdf(make_pdf(tmp_path / "in.pdf"), tmp_path / "out.pdf", session)
    report = verify_pdf(tmp_path / "out.pdf", [test_pki.root_pem])
    assert report.ok, report.problems


def test_extending_buffer_skips_only_its_own_original() -> None:
    original = os.urandom(5000)
    buf = ExtendingBuffer(original)
    assert not buf.skip_original(bytes(bytearray(original)))  # equal bytes, another object
    assert buf.skip_original(original)
    assert buf.tell() == 5000 and bytes(buf.tail) == b""
    buf.write(b"REV")
    assert not buf.skip_original(original)  # not at the start any more
    buf.seek(0)
    assert buf.read() == original + b"REV"


def test_signed_output_starts_with_the_original_bytes(officer_p12: Path, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf", pages=3)
    out = tmp_path / "out.pdf"
    with SoftwareBackend(officer_p12, PASS).open_session(ScriptedHandler()) as session:
        sign_pdf(src, out, session)
    original = src.read_bytes()
    signed = out.read_bytes()
    assert signed[: len(original)] == original and len(signed) > len(original)
