"""LibreOffice as a producer: a letter (.txt), a form (.odt) and an attestation (.docx), written
by the test in French and Arabic, exported by ``soffice`` as plain PDF, PDF/A-1 and PDF/A-2b;
each is accepted by intake, then signs and validates (pyHanko, pdfsig, qpdf --check)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pikepdf
import pytest

from app.pdf.check import check_file
from tests.unit.pdf.signcheck import SignCheck, qpdf_clean, tool

PLAIN = ("lettre-txt", "formulaire-odt", "attestation-docx")
PDFA = tuple(
    f"{n}-{v}" for v in ("pdfa1", "pdfa2b") for n in ("formulaire-odt", "attestation-docx")
)


def test_every_document_was_exported(office_pdfs: dict[str, Path]) -> None:
    assert sorted(office_pdfs) == sorted(PLAIN + PDFA)


@pytest.mark.parametrize("name", PLAIN + PDFA)
def test_libreoffice_pdf_is_accepted_then_signs_and_validates(
    office_pdfs: dict[str, Path], name: str, tmp_path: Path, sign_check: SignCheck
) -> None:
    pdf = office_pdfs[name]
    verdict = check_file(pdf)  # the real intake, in the budgeted child process
    assert verdict.accepted and verdict.kind == "pdf" and not verdict.repaired, verdict
    assert verdict.pages == 1
    qpdf_clean(pdf)
    sign_check(pdf, tmp_path / f"{name}.signed.pdf")


def _text(pdf: Path) -> str:
    return subprocess.run(
        [tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("name", PLAIN + PDFA)
def test_french_and_arabic_text_survive(office_pdfs: dict[str, Path], name: str) -> None:
    text = _text(office_pdfs[name])
    assert "échéance" in text and "bénéficiaire" in text, text
    assert "المستفيد" in text and "الوثائق" in text, text


def test_pdfa_exports_declare_their_part_and_conformance(office_pdfs: dict[str, Path]) -> None:
    for name in PDFA:
        with pikepdf.open(office_pdfs[name]) as pdf:
            meta = pdf.open_metadata()
            part, level = meta.get("pdfaid:part"), meta.get("pdfaid:conformance")
        if name.endswith("pdfa2b"):
            assert (part, level) == ("2", "B"), name
        else:  # LibreOffice 7.4's PDF/A-1 export is tagged: it declares 1a (a superset of 1b)
            assert part == "1" and level in ("A", "B"), (name, level)
    with pikepdf.open(office_pdfs["lettre-txt"]) as pdf:
        assert pdf.open_metadata().get("pdfaid:part") is None


def test_the_form_export_carries_fields_and_no_javascript(office_pdfs: dict[str, Path]) -> None:
    for name in ("formulaire-odt", "formulaire-odt-pdfa2b"):
        with pikepdf.open(office_pdfs[name]) as pdf:
            fields = {str(f.get("/T")) for f in pdf.Root.AcroForm.Fields}
            assert {"matricule", "marie"} <= fields, (name, fields)
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                    assert "/JS" not in obj and obj.get("/S") != "/JavaScript", name


def test_fonts_are_embedded_as_subsets(office_pdfs: dict[str, Path]) -> None:
    for name in PLAIN + PDFA:
        with pikepdf.open(office_pdfs[name]) as pdf:
            subsets = [
                str(o.FontName)
                for o in pdf.objects
                if isinstance(o, pikepdf.Dictionary)
                and o.get("/Type") == "/FontDescriptor"
                and any(k in o for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                and re.fullmatch(r"/[A-Z]{6}\+.+", str(o.FontName))
            ]
        assert subsets, name
