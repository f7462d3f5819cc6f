"""A PDF that already carries empty signature fields: the signature (and its visible stamp) goes
into the chosen field instead of a new stamp; checked with pyHanko, pdfsig and qpdf."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from pypdf import PdfReader

from app.signing.errors import DocumentError
from app.signing.fields import empty_signature_fields, list_signature_fields
from app.signing.handler import ScriptedHandler
from app.signing.sign import sign_pdf
from app.signing.software import SoftwareBackend
from app.signing.stamp import StampText
from app.signing.verify import verify_pdf
from tests.unit.signing.pdfs import make_pdf

PASS = b"fields-pass"
BOX = (60, 500, 300, 580)


@pytest.fixture(scope="module")
def p12(test_pki: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fields") / "officer.p12"
    test_pki.issue_pkcs12(path, "Test Officer Fields", PASS)
    return path


def form_with_fields(path: Path) -> Path:
    """A 2-page PDF with an empty visible field on page 1 and an invisible one (pyHanko)."""
    src = make_pdf(path.with_suffix(".plain.pdf"), pages=2)
    writer = IncrementalPdfFileWriter(BytesIO(src.read_bytes()))
    append_signature_field(writer, SigFieldSpec("OfficerSignature", on_page=0, box=BOX))
    append_signature_field(writer, SigFieldSpec("SupervisorSignature"))
    out = BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def pdfsig(path: Path, nss_db: Path) -> str:
    exe = shutil.which("pdfsig")
    if exe is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    run = subprocess.run(
        [exe, "-nssdir", f"sql:{nss_db}", str(path)], capture_output=True, text=True, check=False
    )
    return run.stdout + run.stderr


def test_empty_fields_are_listed_with_page_and_box(tmp_path: Path) -> None:
    fields = empty_signature_fields(form_with_fields(tmp_path / "form.pdf"))
    by_name = {f.name: f for f in fields}
    assert set(by_name) == {"OfficerSignature", "SupervisorSignature"}
    officer = by_name["OfficerSignature"]
    assert officer.page == 1 and officer.visible and officer.box == BOX
    assert not by_name["SupervisorSignature"].visible
    assert empty_signature_fields(make_pdf(tmp_path / "plain.pdf")) == []


def test_signature_goes_into_the_chosen_field(
    p12: Path, test_pki: Any, nss_db: Path, tmp_path: Path
) -> None:
    src = form_with_fields(tmp_path / "form.pdf")
    out = tmp_path / "signed.pdf"
    stamp = StampText(name_ar="موظف تجريبي", role="HR officer (fictional)", when=date(2026, 11, 23))
    with SoftwareBackend(p12, PASS).open_session(ScriptedHandler()) as session:
        sign_pdf(src, out, session, stamp=stamp, field_name="OfficerSignature")

    fields = {f.name: f for f in list_signature_fields(out.read_bytes())}
    assert set(fields) == {"OfficerSignature", "SupervisorSignature"}  # no new field
    assert fields["OfficerSignature"].filled and not fields["SupervisorSignature"].filled
    assert fields["OfficerSignature"].box == BOX and fields["OfficerSignature"].page == 1
    report = verify_pdf(out, [test_pki.root_pem])
    assert report.ok, report.problems
    assert [s.field for s in report.signatures] == ["OfficerSignature"]

    reader = PdfReader(out)
    assert reader.pages[1].get("/Annots") is None  # no stamp added on the last page
    widget = next(
        a.get_object()
        for a in reader.pages[0]["/Annots"]
        if a.get_object().get("/T") == "OfficerSignature"
    )
    assert "/AP" in widget
    exe = shutil.which("pdftotext")
    if exe is not None:  # the stamp's text is drawn inside the field, on page 1
        text = subprocess.run(
            [exe, "-f", "1", "-l", "1", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Test Officer Fields" in text and "HR officer (fictional)" in text

    checked = pdfsig(out, nss_db)
    assert "Signature Field Name: OfficerSignature" in checked, checked
    assert "Signature is Valid" in checked and "Total document signed" in checked, checked
    assert "Digest Mismatch" not in checked
    qpdf = shutil.which("qpdf")
    if qpdf is not None:
        assert subprocess.run([qpdf, "--check", str(out)], capture_output=True).returncode == 0

    # The other empty field can still be signed afterwards; the first signature stays valid.
    second = tmp_path / "signed2.pdf"
    with SoftwareBackend(p12, PASS).open_session(ScriptedHandler()) as session:
        sign_pdf(out, second, session, field_name="SupervisorSignature")
        with pytest.raises(DocumentError, match="already holds a signature"):
            sign_pdf(second, tmp_path / "signed3.pdf", session, field_name="OfficerSignature")
    report = verify_pdf(second, [test_pki.root_pem])
    assert report.ok, report.problems
    assert len(report.signatures) == 2
    assert not (tmp_path / "signed3.pdf").exists()


def test_a_visible_field_without_a_stamp_policy_gets_our_stamp(
    p12: Path, test_pki: Any, tmp_path: Path
) -> None:
    """The field is drawn anyway: with the holder's name and the date, not pyHanko's default
    picture and sentence."""
    out = tmp_path / "signed.pdf"
    with SoftwareBackend(p12, PASS).open_session(ScriptedHandler()) as session:
        sign_pdf(
            form_with_fields(tmp_path / "form.pdf"), out, session, field_name="OfficerSignature"
        )
    assert verify_pdf(out, [test_pki.root_pem]).ok
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        [exe, "-f", "1", "-l", "1", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Test Officer Fields" in text and "Signed on " in text
    assert "Digitally signed by" not in text
