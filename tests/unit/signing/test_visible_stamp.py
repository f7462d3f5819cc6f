"""The visible stamp: Arabic and Latin name, role and date on the last page; still valid."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.signing.handler import ScriptedHandler
from app.signing.sign import sign_pdf
from app.signing.software import SoftwareBackend
from app.signing.stamp import StampText
from app.signing.verify import verify_pdf
from tests.unit.signing.pdfs import make_pdf

PASS = b"stamp-pass"


@pytest.fixture(scope="module")
def p12(test_pki: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stamp") / "officer.p12"
    test_pki.issue_pkcs12(path, "Test Officer Stamp", PASS)
    return path


def test_stamp_on_the_last_page_keeps_the_signature_valid(
    p12: Path, test_pki: Any, tmp_path: Path
) -> None:
    src = make_pdf(tmp_path / "in.pdf", pages=3)
    out = tmp_path / "out.pdf"
    stamp = StampText(name_ar="موظف تجريبي", role="HR officer (fictional)", when=date(2026, 11, 23))
    with SoftwareBackend(p12, PASS).open_session(ScriptedHandler()) as session:
        sign_pdf(src, out, session, stamp=stamp)
    report = verify_pdf(out, [test_pki.root_pem])
    assert report.ok, report.problems

    reader = PdfReader(out)
    annots = [p.get("/Annots") for p in reader.pages]
    assert annots[0] is None and annots[1] is None  # only the last page carries it
    widget = annots[2][0].get_object()
    assert widget["/FT"] == "/Sig" and "/AP" in widget
    rect = [float(v) for v in widget["/Rect"]]
    assert rect[2] - rect[0] > 100 and rect[3] - rect[1] > 40

    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        [exe, "-f", "3", "-l", "3", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Test Officer Stamp" in text  # the holder's name filled in from the certificate
    assert "HR officer (fictional)" in text and "2026-11-23" in text
    # the Arabic line is real, shaped text (pdftotext gives it in visual order)
    assert "موظف تجريبي" in text or "موظف تجريبي"[::-1] in text


def test_no_stamp_by_default(p12: Path, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    with SoftwareBackend(p12, PASS).open_session(ScriptedHandler()) as session:
        sign_pdf(src, out, session)
    widget = PdfReader(out).pages[0]["/Annots"][0].get_object()
    rect = [float(v) for v in widget["/Rect"]]
    assert rect == [0.0, 0.0, 0.0, 0.0]  # invisible signature
