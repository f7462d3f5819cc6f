"""The dossier's cover sheet (bordereau) and its one-file package for printing or archiving."""

from __future__ import annotations

from pathlib import Path

from app.domain.models import Account
from app.pdf import pages as pdf_pages
from app.pdf.assembly import assemble
from app.pdf.cover import CoverInfo, CoverLine, render_cover
from app.services import documents
from app.services import dossiers as dossier_service
from app.services.context import Context
from app.store import audit


def _kept(doc_signed: str | None, original: str) -> str:
    """What is sent for a document: its signed file when it has one."""
    return doc_signed or original


def cover_info(ctx: Context, actor: Account, dossier_id: str) -> CoverInfo:
    d = dossier_service.load(ctx, actor, dossier_id)
    pages = documents.page_counts(ctx, d.id)
    lines: list[CoverLine] = []
    for line in documents.checklist(ctx, d):
        for doc in line.documents:
            sha = _kept(doc.signed_sha256, doc.original_sha256)
            count = pages.get(doc.id) or pdf_pages.page_count(ctx.blobs.path_of(sha))
            lines.append(
                CoverLine(
                    line.spec.label.get("fr", line.spec.code),
                    line.spec.label.get("ar", line.spec.label.get("fr", line.spec.code)),
                    doc.filename,
                    count,
                    sha,
                    doc.signed_sha256 is not None,
                )
            )
    spec = ctx.fund.dossier_types[d.type]
    now = ctx.clock()
    return CoverInfo(
        dossier_id=d.id,
        membership_no=d.affiliate_membership_no,
        type_fr=spec.label.get("fr", str(d.type)),
        type_ar=spec.label.get("ar", spec.label.get("fr", str(d.type))),
        opened_on=d.created_at.date().isoformat(),
        made_at=now.strftime("%Y-%m-%d %H:%M"),
        fund_fr=ctx.fund.name.get("fr", ctx.fund.id),
        fund_ar=ctx.fund.name.get("ar", ctx.fund.name.get("fr", ctx.fund.id)),
        lines=tuple(lines),
        provisional=documents.provisional(ctx, d),
    )


def write_cover(ctx: Context, actor: Account, dossier_id: str, out_path: Path) -> int:
    info = cover_info(ctx, actor, dossier_id)
    count = render_cover(info, out_path)
    _audit(ctx, actor, dossier_id, "dossier.cover")
    return count


def write_package(ctx: Context, actor: Account, dossier_id: str, out_path: Path) -> int:
    """Cover sheet + every document (signed file when signed) in checklist order, as one PDF."""
    info = cover_info(ctx, actor, dossier_id)
    cover = ctx.blobs.temp_path()
    try:
        render_cover(info, cover)
        parts = [cover, *(ctx.blobs.path_of(line.sha256) for line in info.lines)]
        count = assemble(parts, out_path)
    finally:
        cover.unlink(missing_ok=True)
    _audit(ctx, actor, dossier_id, "dossier.package")
    return count


def _audit(ctx: Context, actor: Account, dossier_id: str, action: str) -> None:
    with ctx.db.transaction() as c:
        audit.record(
            c,
            at=ctx.clock(),
            actor=actor.id,
            action=action,
            subject_kind="dossier",
            subject_id=dossier_id,
        )
