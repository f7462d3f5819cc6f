"""Making packages: the commune's certified dossiers (to the kiosk), or a fresh extract of the
commune's affiliate cache (back to the commune). Each is sealed with the officer's token and takes
the commune's next sequence number for its kind; the number is used only once the file exists.
With a passphrase, the file is also encrypted (``crypt``); the plain zip is then made in the
profile, never on the stick, and removed once encrypted."""

from __future__ import annotations

import hashlib
import json
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError, NotAllowed
from app.domain.models import Account, Affiliate, DossierState, Role
from app.packages import crypt, ledger
from app.packages.archive import MANIFEST, SEAL, write_package
from app.packages.manifest import FileEntry, Manifest
from app.packages.seal import seal
from app.services.context import Context
from app.signing.backend import SignerSession
from app.store import affiliates as affiliates_repo
from app.store import audit
from app.store import dossiers as dossiers_repo
from app.store.blobs import sha256_file

_MAY_EXPORT = (Role.PREPARER, Role.CERTIFIER, Role.ADMIN, Role.KIOSK)


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    kind: str
    sequence: int
    items: int  # dossiers or affiliates carried


def _check_actor(actor: Account) -> None:
    if actor.role not in _MAY_EXPORT:
        raise NotAllowed(f"The role '{actor.role}' may not make packages.")


def _finish(
    ctx: Context,
    actor: Account,
    out_path: Path,
    manifest: Manifest,
    members: list[tuple[str, Path | bytes]],
    session: SignerSession,
    dossier_ids: list[str],
    passphrase: str | None,
) -> None:
    data = manifest.to_bytes()
    seal_der = seal(data, session)
    if passphrase is None:
        write_package(out_path, [(MANIFEST, data), (SEAL, seal_der), *members])
        digest = sha256_file(out_path)
    else:
        crypt.check_passphrase(passphrase)
        folder = ctx.profile_dir / "tmp"
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=folder) as scratch:
            plain = Path(scratch) / "package.mellaf"
            write_package(plain, [(MANIFEST, data), (SEAL, seal_der), *members])
            digest = sha256_file(plain)
            crypt.encrypt_file(plain, out_path, passphrase)
    now = ctx.clock()
    with ctx.db.transaction() as c:
        if ledger.last_sequence(c, "export", manifest.kind, actor.collectivity_id) >= (
            manifest.sequence
        ):
            out_path.unlink(missing_ok=True)
            raise DomainError("Another package was made meanwhile; make this one again.")
        ledger.record(
            c,
            direction="export",
            kind=manifest.kind,
            collectivity_id=actor.collectivity_id,
            sequence=manifest.sequence,
            package_id=manifest.package_id,
            manifest_sha256=digest,
            actor=actor.id,
            at=now,
        )
        if dossier_ids:
            ledger.mark_exported(c, actor.collectivity_id, manifest.sequence, dossier_ids)
        audit.record(
            c,
            at=now,
            actor=actor.id,
            action="package.export",
            subject_kind="package",
            subject_id=manifest.package_id,
            details={
                "kind": manifest.kind,
                "sequence": str(manifest.sequence),
                "items": str(len(dossier_ids) or manifest.body.get("count", 0)),
                "sha256": digest,
            },
        )


def _new_manifest(
    ctx: Context, actor: Account, kind: str, files: list[FileEntry], body: dict[str, Any]
) -> Manifest:
    with ctx.db.read() as c:
        sequence = ledger.last_sequence(c, "export", kind, actor.collectivity_id) + 1
    return Manifest(
        kind=kind,
        package_id=str(uuid.uuid4()),
        collectivity_id=actor.collectivity_id,
        sequence=sequence,
        created_at=ctx.clock().isoformat(),
        created_by=actor.id,
        files=tuple(files),
        body=body,
    )


def export_dossiers(
    ctx: Context,
    actor: Account,
    out_path: Path,
    session: SignerSession,
    *,
    passphrase: str | None = None,
) -> ExportResult:
    """Package every certified dossier of the actor's commune not carried yet."""
    _check_actor(actor)
    with ctx.db.read() as c:
        done = ledger.exported_dossiers(c, actor.collectivity_id)
        todo = [
            d
            for d in dossiers_repo.list_for(
                c, actor.collectivity_id, states=(DossierState.CERTIFIED,)
            )
            if d.id not in done
        ]
    if not todo:
        raise DomainError("No certified dossier is waiting to be carried.")
    files: dict[str, FileEntry] = {}
    members: list[tuple[str, Path | bytes]] = []
    entries = []
    for d in todo:
        docs = []
        for doc in d.documents:
            if doc.signed_sha256 is None:
                raise DomainError("A certified dossier has an unsigned document; reopen it.")
            name = f"docs/{doc.signed_sha256}.pdf"
            path = ctx.blobs.path_of(doc.signed_sha256)
            if name not in files:
                if sha256_file(path) != doc.signed_sha256:
                    raise DomainError("A signed document of this profile is damaged.")
                files[name] = FileEntry(name, doc.signed_sha256, path.stat().st_size)
                members.append((name, path))
            docs.append({"item_code": doc.item_code, "filename": doc.filename, "file": name})
        entries.append(
            {
                "id": d.id,
                "affiliate_membership_no": d.affiliate_membership_no,
                "type": str(d.type),
                "created_by": d.created_by,
                "created_at": d.created_at.isoformat(),
                "certified_by": d.certified_by or "",
                "idempotency_key": d.idempotency_key,
                "documents": docs,
            }
        )
    manifest = _new_manifest(ctx, actor, "dossiers", list(files.values()), {"dossiers": entries})
    ids = [d.id for d in todo]
    _finish(ctx, actor, out_path, manifest, members, session, ids, passphrase)
    return ExportResult(out_path, "dossiers", manifest.sequence, len(ids))


def affiliate_to_dict(a: Affiliate) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in a.__dataclass_fields__:
        value = getattr(a, name)
        if name == "periods":
            value = json.loads(affiliates_repo.periods_to_json(value))
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        elif name == "sex":
            value = str(value)
        out[name] = value
    return out


def export_affiliates(
    ctx: Context,
    actor: Account,
    out_path: Path,
    session: SignerSession,
    *,
    passphrase: str | None = None,
) -> ExportResult:
    """Package the actor's commune's affiliate cache (at the kiosk, to carry back)."""
    _check_actor(actor)
    with ctx.db.read() as c:
        rows = c.execute(
            "SELECT * FROM affiliates WHERE collectivity_id = ? ORDER BY membership_no",
            (actor.collectivity_id,),
        ).fetchall()
        found = [affiliates_repo.from_row(r) for r in rows]
    if not found:
        raise DomainError("The affiliate cache of your collectivity is empty: update it first.")
    data = json.dumps([affiliate_to_dict(a) for a in found], ensure_ascii=False).encode("utf-8")
    name = "data/affiliates.json"
    entry = FileEntry(name, hashlib.sha256(data).hexdigest(), len(data))
    manifest = _new_manifest(ctx, actor, "affiliates", [entry], {"count": len(found)})
    _finish(ctx, actor, out_path, manifest, [(name, data)], session, [], passphrase)
    return ExportResult(out_path, "affiliates", manifest.sequence, len(found))
