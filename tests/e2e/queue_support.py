"""Helpers for the queue's end-to-end tests: certified dossiers made quickly, the sandbox's view.

The queue's tests are about transport, not the token (the walking skeleton signs on SoftHSM):
their documents are real PDFs of chosen sizes signed with the software demo identity (PKCS#12),
put in the real blob store of a real profile, in dossiers recorded certified by a real
certifier account. The queue's own gate verifies them again at queue time.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from app.domain.models import Account, Dossier, DossierState, DossierType
from app.platform.client import PlatformClient
from app.services.context import Context
from app.signing.demo_identity import DemoIdentity, ensure_demo_identity
from app.signing.handler import ScriptedHandler
from app.signing.sign import sign_pdf
from app.signing.software import SoftwareBackend
from app.store import audit
from app.store import dossiers as dossiers_repo


def accounts(sandbox_data: Path) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in json.loads((sandbox_data / "accounts.json").read_text())}


def members(client: PlatformClient, n: int, *, not_ending_in: str = "7") -> list[str]:
    page = client.list_affiliates(None, 200)
    found = [a.membership_no for a in page.items if not a.membership_no.endswith(not_ending_in)]
    assert len(found) >= n, "the sandbox has too few affiliates for this test"
    return found[:n]


def padded_pdf(folder: Path, size: int) -> Path:
    """A valid one-page PDF of about `size` bytes (random padding: no two files alike)."""
    path = folder / f"{uuid.uuid4().hex}.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": "Fictional test document"})
    padding = DecodedStreamObject()
    padding.set_data(os.urandom(max(1, size)))
    writer.root_object[NameObject("/MellafTestPadding")] = writer._add_object(padding)
    with path.open("wb") as f:
        writer.write(f)
    return path


def demo_signer(folder: Path) -> DemoIdentity:
    return ensure_demo_identity(folder)


def signed_blob(ctx: Context, identity: DemoIdentity, tmp: Path, size: int) -> tuple[str, int]:
    src = padded_pdf(tmp, size)
    out = tmp / f"{src.stem}-signed.pdf"
    backend = SoftwareBackend(identity.p12_path, identity.passphrase)
    with backend.open_session(ScriptedHandler()) as session:
        sign_pdf(src, out, session, level="B-B", reason="Mellaf queue test")
    return ctx.blobs.put_file(out)


def certified_dossier(
    ctx: Context, prep: Account, cert: Account, membership_no: str, sizes: list[int], tmp: Path
) -> str:
    """A dossier recorded as signed by `prep` and certified by `cert`, documents of `sizes`.

    Signed with the demo identity kept in `tmp`, whose CA joins the profile's trust roots.
    """
    identity = demo_signer(tmp)
    if identity.ca_cert_path not in ctx.trust_roots:
        ctx.trust_roots.append(identity.ca_cert_path)
    now = ctx.clock()
    d = Dossier(
        id=str(uuid.uuid4()),
        affiliate_membership_no=membership_no,
        type=DossierType.AGE_LIMIT,
        state=DossierState.CERTIFIED,
        created_by=prep.id,
        created_at=now,
        collectivity_id=prep.collectivity_id,
        idempotency_key=str(uuid.uuid4()),
        certified_by=cert.id,
    )
    codes = [s.code for s in ctx.fund.checklist(DossierType.AGE_LIMIT)]
    blobs = [signed_blob(ctx, identity, tmp, size) for size in sizes]
    with ctx.db.transaction() as c:
        dossiers_repo.insert(c, d)
        for n, (sha, size) in enumerate(blobs):
            doc_id = dossiers_repo.add_document(
                c,
                dossier_id=d.id,
                item_code=codes[n % len(codes)],
                filename=f"piece-{n + 1}.pdf",
                sha256=sha,
                size=size,
                added_by=prep.id,
                at=now,
            )
            dossiers_repo.set_signed(c, doc_id, sha, "{}")
        audit.record(
            c,
            at=now,
            actor=cert.id,
            action="dossier.certify",
            subject_kind="dossier",
            subject_id=d.id,
        )
    return d.id


def sandbox_rows(sandbox_data: Path, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
    """Read the sandbox's own database (a second, read-only connection)."""
    conn = sqlite3.connect(f"file:{sandbox_data / 'sandbox.sqlite'}?mode=ro", uri=True)
    try:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()
