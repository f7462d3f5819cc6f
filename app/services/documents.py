"""Document intake use cases: attach files (PDF, JPEG, PNG, TIFF; several per item), the
dossier's resolved checklist (versions, conditions, the fund's requests), checklist facts, page
edits and reordering, fitting under the size limit.

Every file is examined in a budgeted child process first; images become PDF pages. Originals are
content-addressed: an edit stores a new file and never touches a signed one.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.domain.checklist import Facts, resolve
from app.domain.errors import DomainError
from app.domain.models import Account, ChecklistItemSpec, Document, Dossier, DossierState
from app.pdf import pages as pdf_pages
from app.pdf.check import check_file
from app.pdf.sandbox import WorkFailed, run
from app.services import complement
from app.services import dossiers as dossier_service
from app.services.context import Context
from app.services.dossiers import ChecklistLine, DocumentRefused
from app.store import audit
from app.store import dossiers as repo
from app.store.blobs import sha256_file

EDITABLE = (DossierState.DRAFT, DossierState.COMPLETE)
SENT_COPY_REASON = (
    "is the document already sent to the fund for this item; the fund needs a new one"
)
REQUESTED_NOTE = {
    "fr": "demandé par la Caisse",
    "ar": "مطلوب من طرف الصندوق",
    "en": "requested by the fund",
}


# -- the checklist ----------------------------------------------------------------------------


def facts(ctx: Context, dossier_id: str) -> dict[str, bool | int]:
    with ctx.db.read() as c:
        return repo.facts(c, dossier_id)


def fund_requests(ctx: Context, dossier_id: str) -> list[tuple[str, str]]:
    """(item code, reason) of the fund's document requests, from the last status kept."""
    with ctx.db.read() as c:
        raw = repo.remote_json(c, dossier_id)
    wanted = raw.get("requests") if raw else None
    out: list[tuple[str, str]] = []
    for r in wanted if isinstance(wanted, list) else []:
        if isinstance(r, dict) and r.get("item_code"):
            out.append((str(r["item_code"]), str(r.get("reason", ""))))
    return out


def specs_for(
    ctx: Context, dossier: Dossier, values: Facts | None = None
) -> list[ChecklistItemSpec]:
    """The dossier's concrete checklist items: the version in force when it was opened, with
    conditions applied, then any item the fund asked for that is not already listed."""
    spec = ctx.fund.dossier_types[dossier.type]
    version = spec.version_on(dossier.created_at.date())
    items = resolve(version.items, values if values is not None else facts(ctx, dossier.id))
    known = {s.code for s in items}
    labels = _all_labels(ctx)
    for code, _reason in fund_requests(ctx, dossier.id):
        if code not in known:
            known.add(code)
            items.append(ChecklistItemSpec(code, labels.get(code, {"fr": code}), True))
    return items


def _all_labels(ctx: Context) -> dict[str, dict[str, str]]:
    labels: dict[str, dict[str, str]] = {}
    for t in ctx.fund.dossier_types.values():
        for v in t.versions or ():
            for it in v.items:
                labels.setdefault(it.code, it.label)
    return labels


def _ordered(docs: Iterable[Document], positions: dict[int, int]) -> list[Document]:
    return sorted(docs, key=lambda d: (positions.get(d.id, 0), d.id))


def checklist(ctx: Context, dossier: Dossier) -> list[ChecklistLine]:
    with ctx.db.read() as c:
        positions = repo.document_positions(c, dossier.id)
    requested = dict(fund_requests(ctx, dossier.id))
    lines: list[ChecklistLine] = []
    for s in specs_for(ctx, dossier):
        docs = _ordered((d for d in dossier.documents if d.item_code == s.code), positions)
        lines.append(ChecklistLine(s, docs, requested.get(s.code)))
    return lines


def provisional(ctx: Context, dossier: Dossier) -> bool:
    spec = ctx.fund.dossier_types[dossier.type]
    return spec.version_on(dossier.created_at.date()).provisional


def set_facts(ctx: Context, actor: Account, dossier_id: str, values: dict[str, bool | int]) -> None:
    d = _editable(ctx, actor, dossier_id)
    known = ctx.fund.facts
    clean: dict[str, bool | int] = {}
    for name, value in values.items():
        if name not in known:
            raise DomainError(f"'{name}' is not a fact this fund's checklists ask about.")
        bad_count = isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 20
        if known[name].kind == "count" and bad_count:
            raise DomainError("A number of persons is between 0 and 20.")
        clean[name] = bool(value) if known[name].kind == "bool" else int(value)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        repo.set_facts(c, d.id, clean, now)
        audit.record(
            c,
            at=now,
            actor=actor.id,
            action="dossier.facts",
            subject_kind="dossier",
            subject_id=d.id,
            details={k: str(v) for k, v in sorted(clean.items())},
        )
    dossier_service.resync(ctx, actor, dossier_id)


# -- intake -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Prepared:
    pdf: Path  # the PDF to store (the original, a repaired copy or a conversion)
    pages: int
    sources: list[dict[str, object]]  # what it was made from: name, kind, repaired


def prepare(files: list[Path], work: Path) -> Prepared:
    """Examine ``files`` and make one PDF of them (in order). Raises DocumentRefused naming the
    first refused file; nothing is stored."""
    if not files:
        raise DomainError("No file was given.")
    inputs: list[Path] = []
    sources: list[dict[str, object]] = []
    total_pages = 0
    for n, f in enumerate(files):
        repaired = work / f"repaired-{n}.pdf"
        v = check_file(f, repair_to=repaired)
        if not v.accepted:
            raise DocumentRefused(f.name, v.reason)
        total_pages += v.pages
        inputs.append(repaired if v.repaired else f)
        sources.append({"name": f.name, "kind": v.kind, "pages": v.pages, "repaired": v.repaired})
    if len(inputs) == 1 and sources[0]["kind"] == "pdf":
        return Prepared(inputs[0], total_pages, sources)
    out = work / "combined.pdf"
    staged = []
    for n, p in enumerate(inputs):  # the child decides by extension: give it a clean one
        kind = str(sources[n]["kind"])
        link = work / f"in-{n}.{'pdf' if kind == 'pdf' else kind}"
        link.symlink_to(p.resolve())
        staged.append(str(link))
    try:
        answer = run({"op": "images_to_pdf", "sources": staged, "out": str(out)})
    except WorkFailed as exc:
        raise DocumentRefused(files[0].name, exc.reason) from exc
    return Prepared(out, int(answer["pages"]), sources)


def attach_files(
    ctx: Context,
    actor: Account,
    dossier_id: str,
    item_code: str,
    files: list[Path],
    *,
    combine: bool = True,
) -> list[Document]:
    """Attach ``files`` to a checklist item: as one document (combine) or one per file."""
    d = _editable(ctx, actor, dossier_id)
    if item_code not in {s.code for s in specs_for(ctx, d)}:
        raise DomainError(f"'{item_code}' is not an item of this dossier's checklist.")
    groups = [files] if combine else [[f] for f in files]
    added: list[int] = []
    for group in groups:
        with tempfile.TemporaryDirectory(dir=ctx.blobs.root / "tmp") as tmp:
            prepared = prepare(group, Path(tmp))
            if complement.sent_copy(d, item_code, sha256_file(prepared.pdf)) is not None:
                raise DocumentRefused(group[0].name, SENT_COPY_REASON)
            sha, size = ctx.blobs.put_file(prepared.pdf)
        added.append(_record(ctx, actor, d, item_code, group, sha, size, prepared))
    d = dossier_service.resync(ctx, actor, dossier_id)
    return [doc for doc in d.documents if doc.id in added]


def _record(
    ctx: Context,
    actor: Account,
    d: Dossier,
    item_code: str,
    group: list[Path],
    sha: str,
    size: int,
    prepared: Prepared,
) -> int:
    now = ctx.clock()
    name = group[0].name if len(group) == 1 else f"{group[0].stem} (+{len(group) - 1}).pdf"
    if prepared.sources[0]["kind"] != "pdf":
        name = Path(name).with_suffix(".pdf").name
    with ctx.db.transaction() as c:
        positions = repo.document_positions(c, d.id)
        same_item = [doc.id for doc in d.documents if doc.item_code == item_code]
        position = max((positions.get(i, 0) for i in same_item), default=-1) + 1
        doc_id = repo.add_document(
            c,
            dossier_id=d.id,
            item_code=item_code,
            filename=name,
            sha256=sha,
            size=size,
            added_by=actor.id,
            at=now,
        )
        repo.set_document_intake(
            c, doc_id, pages=prepared.pages, sources=prepared.sources, position=position
        )
        audit.record(
            c,
            at=now,
            actor=actor.id,
            action="document.attach",
            subject_kind="dossier",
            subject_id=d.id,
            details={"item": item_code, "sha256": sha, "files": str(len(group))},
        )
    return doc_id


def _editable(ctx: Context, actor: Account, dossier_id: str) -> Dossier:
    d = dossier_service.load(ctx, actor, dossier_id)
    if d.state not in EDITABLE:
        raise DomainError("Documents can only be changed while the dossier is being prepared.")
    return d


def _unsigned(d: Dossier, document_id: int) -> Document:
    doc = next((x for x in d.documents if x.id == document_id), None)
    if doc is None:
        raise DomainError("This document is not part of the dossier.")
    if doc.signed_sha256:
        raise DomainError(
            "A signed document is never changed. Remove it and attach the corrected file."
        )
    return doc


# -- page edits, order, size -------------------------------------------------------------------


def edit_pages(
    ctx: Context,
    actor: Account,
    dossier_id: str,
    document_id: int,
    specs: list[pdf_pages.PageSpec],
) -> Document:
    """New page order / rotation / removal for an unsigned document (stored as a new file)."""
    d = _editable(ctx, actor, dossier_id)
    doc = _unsigned(d, document_id)
    out = ctx.blobs.temp_path()
    try:
        try:
            count = pdf_pages.edit_pages(ctx.blobs.path_of(doc.original_sha256), out, specs)
        except pdf_pages.PageEditError as exc:
            raise DomainError(str(exc)) from exc
        sha, size = ctx.blobs.put_file(out)
    finally:
        out.unlink(missing_ok=True)
    _replace(ctx, actor, d, doc, sha, size, count, "document.pages")
    return next(x for x in _editable(ctx, actor, dossier_id).documents if x.id == document_id)


def _replace(
    ctx: Context,
    actor: Account,
    d: Dossier,
    doc: Document,
    sha: str,
    size: int,
    pages: int,
    action: str,
) -> None:
    now = ctx.clock()
    with ctx.db.transaction() as c:
        repo.replace_document_file(c, doc.id, sha, size, pages)
        audit.record(
            c,
            at=now,
            actor=actor.id,
            action=action,
            subject_kind="dossier",
            subject_id=d.id,
            details={"document": str(doc.id), "sha256": sha, "before": doc.original_sha256},
        )


def move_document(
    ctx: Context, actor: Account, dossier_id: str, document_id: int, delta: int
) -> None:
    """Move a document up (-1) or down (+1) among the documents of its item."""
    d = _editable(ctx, actor, dossier_id)
    doc = next((x for x in d.documents if x.id == document_id), None)
    if doc is None:
        raise DomainError("This document is not part of the dossier.")
    with ctx.db.transaction() as c:
        positions = repo.document_positions(c, d.id)
        siblings = _ordered((x for x in d.documents if x.item_code == doc.item_code), positions)
        i = next(n for n, x in enumerate(siblings) if x.id == document_id)
        j = max(0, min(len(siblings) - 1, i + delta))
        siblings.insert(j, siblings.pop(i))
        for n, x in enumerate(siblings):
            repo.set_document_position(c, x.id, n)


@dataclass(frozen=True, slots=True)
class FitOutcome:
    before: int
    after: int
    images: int  # images resampled
    applied: bool
    # Images left as they are: (reason in words, from app.pdf.pixels.ALL_SKIPS; how many)
    left: tuple[tuple[str, int], ...] = ()


def fit_document(
    ctx: Context,
    actor: Account,
    dossier_id: str,
    document_id: int,
    *,
    dpi: int | None = None,
    apply: bool = False,
) -> FitOutcome:
    """Downsample the scanned images of an unsigned document; with ``apply`` the smaller copy
    replaces it (only when smaller), else only the before/after sizes are computed."""
    d = _editable(ctx, actor, dossier_id)
    doc = _unsigned(d, document_id)
    out = ctx.blobs.temp_path()
    try:
        try:
            answer = run(
                {
                    "op": "downsample",
                    "path": str(ctx.blobs.path_of(doc.original_sha256)),
                    "out": str(out),
                    "dpi": dpi or ctx.fund.documents.downsample_dpi,
                }
            )
        except WorkFailed as exc:
            raise DocumentRefused(doc.filename, exc.reason) from exc
        before, after = int(answer["before"]), int(answer["after"])
        smaller = after < before
        if apply and smaller:
            sha, size = ctx.blobs.put_file(out)
            pages = pdf_pages.page_count(ctx.blobs.path_of(sha))
            _replace(ctx, actor, d, doc, sha, size, pages, "document.downsample")
    finally:
        out.unlink(missing_ok=True)
    left = tuple((str(k), int(v)) for k, v in dict(answer.get("left") or {}).items())
    return FitOutcome(before, after, int(answer["images"]), apply and smaller, left)


def oversized(ctx: Context, dossier: Dossier) -> list[Document]:
    limit = ctx.fund.documents.max_bytes
    return [doc for doc in dossier.documents if doc.size > limit]


def page_counts(ctx: Context, dossier_id: str) -> dict[int, int | None]:
    with ctx.db.read() as c:
        return repo.document_pages(c, dossier_id)
