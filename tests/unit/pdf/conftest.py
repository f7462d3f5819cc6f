"""Fixtures of the PDF tests: a signer issued by the test PKI, with pyHanko, pdfsig and qpdf
checks of what it signs; PDFs exported by LibreOffice."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.unit.pdf import office_docs as O
from tests.unit.pdf.signcheck import PASS, SignCheck


@pytest.fixture(scope="session")
def sign_check(test_pki: Any, nss_db: Path, tmp_path_factory: pytest.TempPathFactory) -> SignCheck:
    p12 = tmp_path_factory.mktemp("pdf-signer") / "officer.p12"
    test_pki.issue_pkcs12(p12, "Test Officer Intake", PASS)
    return SignCheck(p12, test_pki.root_pem, nss_db)


@pytest.fixture(scope="session")
def office_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """PDFs exported by LibreOffice from documents written by the test: {name: pdf}.

    ``--convert-to`` takes one set of export options per run (the last one given wins), so the
    plain, PDF/A-1 and PDF/A-2b exports are three runs sharing one warm profile; each run
    converts all its documents at once.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice is not installed (Debian: apt-get install --no-install-recommends "
            "libreoffice-writer-nogui); CI installs it"
        )
    folder = tmp_path_factory.mktemp("office")
    docs = [
        O.letter_txt(folder / "lettre.txt"),
        O.form_odt(folder / "formulaire.odt"),
        O.attestation_docx(folder / "attestation.docx"),
    ]
    profile = (folder / "profile").as_uri()
    runs = {"": "pdf", "-pdfa1": _pdfa(1), "-pdfa2b": _pdfa(2)}
    out: dict[str, Path] = {}
    for suffix, target in runs.items():
        outdir = folder / f"out{suffix}"
        sources = docs if not suffix else docs[1:]
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                *map(str, sources),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        for src in sources:
            pdf = outdir / f"{src.stem}.pdf"
            assert pdf.is_file(), (src.name, target, done.stdout[-800:], done.stderr[-800:])
            out[f"{src.stem}{src.suffix.replace('.', '-')}{suffix}"] = pdf
    return out


def _pdfa(version: int) -> str:
    options = {"SelectPdfVersion": {"type": "long", "value": str(version)}}
    return "pdf:writer_pdf_Export:" + json.dumps(options, separators=(",", ":"))
