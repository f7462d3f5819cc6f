"""Importing packages: verify everything first, then apply in one go.

Order of checks: the archive's shape (traversal, symlinks, bombs, duplicates), the seal over the
manifest, the commune, the sequence number (replay, gap), the file list against the archive,
every file's size and SHA-256, and (for dossiers) every document's signatures. Only then are the
dossiers stored and put in the upload queue under the importing officer's account, or the
affiliates written to the cache. Any refusal is audited with its reason and changes nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.errors import NotAllowed
from app.domain.models import Account, Affiliate, Dossier, DossierState, DossierType, Role, Sex
from app.packages import crypt, ledger
from app.packages.archive import DEFAULT_LIMITS, MANIFEST, SEAL, Limits, SafeArchive
from app.packages.errors import PackageRefused
from app.packages.manifest import Manifest, parse
from app.packages.seal import SealInfo, verify_seal
from app.services import queue
from app.services.context import Context
from app.signing.errors import SigningError
from app.signing.verify import VerificationReport, verify_pdf
from app.store import affiliates as affiliates_repo
from app.store import audit
from app.store import dossiers as dossiers_repo

_MAY_QUEUE = (Role.PREPARER, Role.CERTIFIER, Role.ADMIN)


@dataclass(frozen=True, slots=True)
class ImportResult:
    kind: str
    sequence: int
    items: int
    sealed_by: str
    dossier_ids: tuple[str, ...] = ()


def import_package(
    ctx: Context,
    actor: Account,
    path: Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    passphrase: str | None = None,
) -> ImportResult:
    """Verify and take in the package at ``path`` (decrypted first when it is encrypted)."""
    try:
        if not crypt.is_encrypted(path):
            return _import(ctx, actor, path, limits)
        if passphrase is None:
            raise PackageRefused("needs_passphrase", "it is encrypted: give its passphrase.")
        folder = ctx.profile_dir / "tmp"
        with crypt.decrypted(path, passphrase, folder, limits.max_package_bytes) as plain:
            return _import(ctx, actor, plain, limits)
    except PackageRefused as exc:
        with ctx.db.transaction() as c:
            audit.record(
                c,
                at=ctx.clock(),
                actor=actor.id,
                action="package.refused",
                subject_kind="package",
                subject_id="-",
                details={"reason": exc.reason},
            )
        raise


def _import(ctx: Context, actor: Account, path: Path, limits: Limits) -> ImportResult:
    with SafeArchive(path, limits) as z:
        data = z.read_small(MANIFEST, limits.max_manifest_bytes)
        seal_der = z.read_small(SEAL, limits.max_seal_bytes)
        sealed = verify_seal(data, seal_der, ctx.trust_roots)
        m = parse(data)
        if m.collectivity_id != actor.collectivity_id:
            raise PackageRefused("collectivity", "it belongs to another collectivity.")
        digest = hashlib.sha256(data).hexdigest()
        _check_sequence(ctx, m, digest)
        listed = {f.name for f in m.files}
        present = set(z.members) - {MANIFEST, SEAL}
        if present - listed:
            raise PackageRefused("unlisted", "it holds files its manifest does not list.")
        if listed - present:
            raise PackageRefused("missing", "files listed in its manifest are missing.")
        if m.kind == "dossiers":
            return _import_dossiers(ctx, actor, z, m, digest, sealed)
        return _import_affiliates(ctx, actor, z, m, digest, sealed)


def _check_sequence(ctx: Context, m: Manifest, digest: str) -> None:
    with ctx.db.read() as c:
        last = ledger.last_sequence(c, "import", m.kind, m.collectivity_id)
        seen = ledger.seen(c, m.package_id, digest)
    if seen or m.sequence <= last:
        raise PackageRefused(
            "replay", f"package number {m.sequence} of this commune was already imported."
        )
    if m.sequence > last + 1:
        missing = (
            f"number {last + 1}"
            if m.sequence == last + 2
            else f"numbers {last + 1}-{m.sequence - 1}"
        )
        raise PackageRefused(
            "gap",
            f"package {missing} of this commune must be imported first (this is {m.sequence}).",
        )


def _record_import(
    c: sqlite3.Connection,
    ctx: Context,
    actor: Account,
    m: Manifest,
    digest: str,
    sealed: SealInfo,
    n: int,
) -> None:
    now = ctx.clock()
    ledger.record(
        c,
        direction="import",
        kind=m.kind,
        collectivity_id=m.collectivity_id,
        sequence=m.sequence,
        package_id=m.package_id,
        manifest_sha256=digest,
        actor=actor.id,
        at=now,
    )
    audit.record(
        c,
        at=now,
        actor=actor.id,
        action="package.import",
        subject_kind="package",
        subject_id=m.package_id,
        details={
            "kind": m.kind,
            "sequence": str(m.sequence),
            "items": str(n),
            "sealed_by_cert": sealed.cert_sha256,
        },
    )


def _text(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value:
        raise PackageRefused("manifest", f"a dossier of its manifest has no valid '{key}'.")
    return value


def _import_dossiers(
    ctx: Context, actor: Account, z: SafeArchive, m: Manifest, digest: str, sealed: SealInfo
) -> ImportResult:
    if actor.role not in _MAY_QUEUE:
        raise NotAllowed(f"The role '{actor.role}' may not put dossiers in the upload queue.")
    entries = m.body.get("dossiers")
    if not isinstance(entries, list) or not entries:
        raise PackageRefused("manifest", "it carries no dossier.")
    sizes = {f.name: f for f in m.files}
    staged: dict[str, Path] = {}
    verified: dict[str, VerificationReport] = {}  # by SHA-256: the queue's gate reuses them
    try:
        for name, entry in sizes.items():
            tmp = ctx.blobs.temp_path()
            staged[name] = tmp
            with tmp.open("wb") as out:
                sha, size = z.extract_to(name, out)
            if sha != entry.sha256 or size != entry.size:
                raise PackageRefused("hash", f"the file {name} does not match its manifest.")
            if name.removeprefix("docs/").removesuffix(".pdf") != sha:
                raise PackageRefused("hash", f"the file {name} is not named by its SHA-256.")
            try:
                report = verify_pdf(tmp, ctx.trust_roots)
            except SigningError as exc:
                raise PackageRefused("signature", f"the document {name} is damaged.") from exc
            if not report.ok:
                raise PackageRefused(
                    "signature",
                    f"a document's signature does not hold: {'; '.join(report.problems)}",
                )
            verified[sha] = report
        dossiers = [_dossier(e, actor, sizes) for e in entries]
        with ctx.db.read() as c:
            for d, _ in dossiers:
                if (
                    dossiers_repo.get(c, d.id) is not None
                    or c.execute(
                        "SELECT 1 FROM dossiers WHERE idempotency_key = ?", (d.idempotency_key,)
                    ).fetchone()
                ):
                    raise PackageRefused("duplicate", "a dossier it carries is already here.")
        blobs = {name: ctx.blobs.put_file(tmp)[0] for name, tmp in staged.items()}
    finally:
        for tmp in staged.values():
            with contextlib.suppress(OSError):
                tmp.unlink()
    now = ctx.clock()
    with ctx.db.transaction() as c:
        for d, docs in dossiers:
            dossiers_repo.insert(c, d)
            for doc in docs:
                sha = blobs[doc["file"]]
                doc_id = dossiers_repo.add_document(
                    c,
                    dossier_id=d.id,
                    item_code=doc["item_code"],
                    filename=doc["filename"],
                    sha256=sha,
                    size=sizes[doc["file"]].size,
                    added_by=d.created_by,
                    at=now,
                )
                dossiers_repo.set_signed(c, doc_id, sha, None)
            audit.record(
                c,
                at=now,
                actor=actor.id,
                action="dossier.import",
                subject_kind="dossier",
                subject_id=d.id,
                details={"package": m.package_id},
            )
        _record_import(c, ctx, actor, m, digest, sealed, len(dossiers))
    for d, _ in dossiers:
        queue.enqueue(ctx, actor, d.id, fresh=verified)
    return ImportResult(
        "dossiers", m.sequence, len(dossiers), sealed.holder, tuple(d.id for d, _ in dossiers)
    )


def _dossier(
    entry: Any, actor: Account, files: dict[str, Any]
) -> tuple[Dossier, list[dict[str, str]]]:
    if not isinstance(entry, dict):
        raise PackageRefused("manifest", "a dossier of its manifest is not valid.")
    created_by = _text(entry, "created_by")
    certified_by = _text(entry, "certified_by")
    if certified_by == created_by:
        raise PackageRefused("uncertified", "a dossier was certified by its own preparer.")
    try:
        d = Dossier(
            id=_text(entry, "id"),
            affiliate_membership_no=_text(entry, "affiliate_membership_no"),
            type=DossierType(_text(entry, "type")),
            state=DossierState.CERTIFIED,
            created_by=created_by,
            created_at=datetime.fromisoformat(_text(entry, "created_at")),
            collectivity_id=actor.collectivity_id,
            idempotency_key=_text(entry, "idempotency_key"),
            certified_by=certified_by,
        )
    except ValueError as exc:
        raise PackageRefused("manifest", "a dossier of its manifest is not valid.") from exc
    docs = entry.get("documents")
    if not isinstance(docs, list) or not docs:
        raise PackageRefused("manifest", "a dossier of its manifest has no document.")
    out: list[dict[str, str]] = []
    for doc in docs:
        if not isinstance(doc, dict) or doc.get("file") not in files:
            raise PackageRefused("manifest", "a document of its manifest is not in the package.")
        out.append({k: _text(doc, k) for k in ("item_code", "filename", "file")})
    return d, out


def affiliate_from_dict(raw: Any, collectivity_id: str) -> Affiliate:
    if not isinstance(raw, dict):
        raise ValueError("not an object")
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Affiliate):
        if f.name not in raw:
            continue
        value = raw[f.name]
        if f.name in ("birth_date", "hire_date"):
            value = date.fromisoformat(value)
        elif f.name == "sex":
            value = Sex(value)
        elif f.name == "periods":
            value = affiliates_repo.periods_from_json(json.dumps(value))
        values[f.name] = value
    a = Affiliate(**values)
    if a.collectivity_id != collectivity_id:
        raise ValueError("another collectivity")
    return a


def _import_affiliates(
    ctx: Context, actor: Account, z: SafeArchive, m: Manifest, digest: str, sealed: SealInfo
) -> ImportResult:
    if len(m.files) != 1 or m.files[0].name != "data/affiliates.json":
        raise PackageRefused("layout", "its affiliate extract is not where expected.")
    entry = m.files[0]
    data = z.read_small(entry.name, z.limits.max_member_bytes)
    if hashlib.sha256(data).hexdigest() != entry.sha256 or len(data) != entry.size:
        raise PackageRefused("hash", f"the file {entry.name} does not match its manifest.")
    try:
        raw = json.loads(data.decode("utf-8"))
        found = [affiliate_from_dict(a, actor.collectivity_id) for a in raw]
    except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
        raise PackageRefused("content", "its affiliate list is not valid.") from exc
    with ctx.db.transaction() as c:
        affiliates_repo.upsert(c, found, ctx.clock())
        _record_import(c, ctx, actor, m, digest, sealed, len(found))
    return ImportResult("affiliates", m.sequence, len(found), sealed.holder)
