"""Document intake through the services, on a real SQLite profile and real files: images and
several files per item, page edits, order, the resolved checklist, fitting, the cover sheet."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from app.domain.errors import DomainError
from app.domain.models import Account, Affiliate, DossierState, DossierType, Role, Sex
from app.pdf.pages import PageSpec, rotations
from app.services import assembly, documents, dossiers
from app.services.context import Context
from app.services.dossiers import DocumentRefused
from app.store import affiliates as affiliates_repo
from app.store import dossiers as dossiers_repo
from app.store.blobs import sha256_file
from tests.support.fixtures import make_pdf
from tests.unit.pdf.corpus import scan_jpeg, scan_png

COMMUNE = "commune-docs-test"
PREP = Account("prep.docs", "Preparer (fictional)", Role.PREPARER, COMMUNE)
AFF = Affiliate(
    membership_no="977700001",
    ppr="9977701",
    cin="ZZ977701",
    last_name_lat="Fictive",
    first_name_lat="Dossia",
    last_name_ar="وهمية",
    first_name_ar="دوسية",
    sex=Sex.FEMALE,
    birth_date=date(1964, 5, 5),
    hire_date=date(1990, 1, 1),
    grade="Administrateur",
    corps="administrateurs",
    collectivity_id=COMMUNE,
)


def _open(ctx: Context, kind: DossierType = DossierType.AGE_LIMIT) -> str:
    with ctx.db.transaction() as c:
        affiliates_repo.upsert(c, [AFF], ctx.clock())
    return dossiers.open_dossier(ctx, PREP, AFF.membership_no, kind).id


def test_images_and_pdfs_become_one_document(ctx: Context, tmp_path: Path) -> None:
    d = _open(ctx)
    tiff = tmp_path / "pages.tif"
    frames = [Image.new("L", (850, 1100), v) for v in (255, 230)]
    frames[0].save(tiff, save_all=True, append_images=frames[1:], compression="tiff_deflate")
    files = [scan_jpeg(tmp_path / "p1.jpg", (1240, 1754)), tiff, make_pdf(tmp_path / "p4.pdf")]
    [doc] = documents.attach_files(ctx, PREP, d, "cin_copy", files)
    stored = ctx.blobs.path_of(doc.original_sha256)
    with pikepdf.open(stored) as pdf:
        assert len(pdf.pages) == 4
        first = next(iter(pdf.pages[0].get_images().values()))
        assert first.Filter == pikepdf.Name.DCTDecode  # JPEG embedded as it is: lossless
    jpeg_bytes = (tmp_path / "p1.jpg").read_bytes()
    assert jpeg_bytes in stored.read_bytes()
    assert documents.page_counts(ctx, d)[doc.id] == 4
    assert doc.filename.endswith(".pdf")


def test_several_files_per_item_keep_their_order(ctx: Context, tmp_path: Path) -> None:
    d = _open(ctx)
    a, b = make_pdf(tmp_path / "a.pdf"), make_pdf(tmp_path / "b.pdf", pages=2)
    docs = documents.attach_files(ctx, PREP, d, "career_statement", [a, b], combine=False)
    assert [x.filename for x in docs] == ["a.pdf", "b.pdf"]
    documents.move_document(ctx, PREP, d, docs[1].id, -1)
    line = next(
        x
        for x in dossiers.checklist(ctx, dossiers.load(ctx, PREP, d))
        if x.spec.code == "career_statement"
    )
    assert [x.filename for x in line.documents] == ["b.pdf", "a.pdf"]


def test_refused_file_stores_nothing(ctx: Context, tmp_path: Path) -> None:
    d = _open(ctx)
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"not a pdf")
    good = make_pdf(tmp_path / "good.pdf")
    with pytest.raises(DocumentRefused, match=r"scan\.pdf is not a PDF file"):
        documents.attach_files(ctx, PREP, d, "cin_copy", [good, bad])
    assert dossiers.load(ctx, PREP, d).documents == []


def test_page_edits_store_a_new_file_and_never_touch_a_signed_one(
    ctx: Context, tmp_path: Path
) -> None:
    d = _open(ctx)
    [doc] = documents.attach_files(
        ctx, PREP, d, "cin_copy", [make_pdf(tmp_path / "x.pdf", pages=3)]
    )
    before = doc.original_sha256
    edited = documents.edit_pages(ctx, PREP, d, doc.id, [PageSpec(2, 90), PageSpec(0)])
    assert edited.original_sha256 != before and ctx.blobs.has(before)
    assert rotations(ctx.blobs.path_of(edited.original_sha256)) == [90, 0]
    assert sha256_file(ctx.blobs.path_of(before)) == before  # the original is intact
    with pytest.raises(DomainError):
        documents.edit_pages(ctx, PREP, d, doc.id, [])
    with ctx.db.transaction() as c:
        dossiers_repo.set_signed(c, doc.id, before, "{}")
    with pytest.raises(DomainError, match="signed document is never changed"):
        documents.edit_pages(ctx, PREP, d, doc.id, [PageSpec(0)])


def test_conditions_versions_and_fund_requests(ctx: Context) -> None:
    d = _open(ctx, DossierType.DEATH_IN_SERVICE)
    dossier = dossiers.load(ctx, PREP, d)
    codes = {x.spec.code: x for x in dossiers.checklist(ctx, dossier)}
    assert "marriage_certificate" in codes and not codes["marriage_certificate"].spec.required
    assert not any(c.startswith("widow_cin") for c in codes)
    documents.set_facts(ctx, PREP, d, {"married": True, "widows": 2, "orphans": 1})
    codes = {x.spec.code: x for x in dossiers.checklist(ctx, dossier)}
    assert codes["marriage_certificate"].spec.required
    assert {"widow_cin_1", "widow_cin_2", "orphan_birth_certificate_1"} <= set(codes)
    assert "2" in codes["widow_cin_2"].spec.label_for("fr")
    documents.set_facts(ctx, PREP, d, {"married": False, "widows": 0})
    codes = {x.spec.code for x in dossiers.checklist(ctx, dossier)}
    assert "marriage_certificate" not in codes and "widow_cin_1" not in codes
    with pytest.raises(DomainError):
        documents.set_facts(ctx, PREP, d, {"widows": -1})
    # The fund asks for a birth certificate: an extra, missing line that files can be attached to
    with ctx.db.transaction() as c:
        status = {"requests": [{"item_code": "birth_certificate", "reason": "illegible copy"}]}
        dossiers_repo.update(c, d, ctx.clock(), remote_json=json.dumps(status))
    lines = {x.spec.code: x for x in dossiers.checklist(ctx, dossier)}
    assert lines["birth_certificate"].missing and lines["birth_certificate"].requested
    assert "naissance" in lines["birth_certificate"].spec.label_for("fr")


def test_checklist_version_follows_the_opening_date(ctx: Context) -> None:
    spec = ctx.fund.dossier_types[DossierType.AGE_LIMIT]
    old, new = spec.version_on(date(2020, 1, 1)), spec.version_on(date(2026, 6, 1))
    assert old.version != new.version
    assert "bank_details" not in {i.code for i in old.items}
    assert "bank_details" in {i.code for i in new.items}
    assert all(v.provisional for v in spec.versions)


def test_fit_downsamples_scans_and_reports_sizes(ctx: Context, tmp_path: Path) -> None:
    d = _open(ctx)
    scans = [scan_jpeg(tmp_path / f"s{n}.jpg", (2480, 3508), n) for n in range(2)]
    [doc] = documents.attach_files(ctx, PREP, d, "career_statement", scans)
    offer = documents.fit_document(ctx, PREP, d, doc.id, dpi=100)
    assert offer.after < offer.before and not offer.applied and offer.images == 2
    assert dossiers.load(ctx, PREP, d).documents[0].original_sha256 == doc.original_sha256
    done = documents.fit_document(ctx, PREP, d, doc.id, dpi=100, apply=True)
    kept = dossiers.load(ctx, PREP, d).documents[0]
    assert done.applied and kept.size == done.after and kept.size < doc.size
    with pikepdf.open(ctx.blobs.path_of(kept.original_sha256)) as pdf:
        assert len(pdf.pages) == 2


def test_cover_sheet_lists_every_document_in_french_and_arabic(
    ctx: Context, tmp_path: Path
) -> None:
    d = _open(ctx)
    docs = [
        *documents.attach_files(ctx, PREP, d, "pension_request", [make_pdf(tmp_path / "r.pdf")]),
        *documents.attach_files(ctx, PREP, d, "cin_copy", [scan_png(tmp_path / "c.png")]),
    ]
    out = tmp_path / "cover.pdf"
    assembly.write_cover(ctx, PREP, d, out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for doc in docs:
        assert doc.original_sha256 in text
    assert "Bordereau" in text and "جدول إرسال الملف" in text and "طلب المعاش" in text
    package = tmp_path / "package.pdf"
    pages = assembly.write_package(ctx, PREP, d, package)
    assert pages == 1 + 1 + 1
    assert subprocess.run(["qpdf", "--check", str(package)], capture_output=True).returncode == 0
    for doc in docs:  # originals untouched
        assert sha256_file(ctx.blobs.path_of(doc.original_sha256)) == doc.original_sha256


def test_dossier_completeness_follows_the_checklist(ctx: Context, tmp_path: Path) -> None:
    d = _open(ctx, DossierType.REFUND)
    for n, line in enumerate(dossiers.checklist(ctx, dossiers.load(ctx, PREP, d))):
        if line.spec.required:
            documents.attach_files(ctx, PREP, d, line.spec.code, [make_pdf(tmp_path / f"{n}.pdf")])
    assert dossiers.load(ctx, PREP, d).state is DossierState.COMPLETE
