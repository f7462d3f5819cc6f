"""The offer to reduce a document's size: before/after sizes, and in words which images were
left as they are and why; agreeing replaces the document with the smaller copy."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from pytestqt.qtbot import QtBot

from app.domain.models import DossierType
from app.sandbox.seed import sandbox_password
from app.services import documents, dossiers, session
from app.sync import affiliates as affiliate_sync
from app.ui.app import Shell
from app.ui.views import preview_actions
from tests.ui.helpers import answer, sign_in, wait_box, wait_idle
from tests.unit.pdf import image_kinds as K

pytestmark = pytest.mark.gui


def _mixed_scan(folder: Path) -> Path:
    """Page 1: a colour-keyed image (left as it is); page 2: a CMYK JPEG scan (reduced)."""
    out = folder / "scan.pdf"
    with (
        pikepdf.open(K.colour_key(folder / "a.pdf")) as a,
        pikepdf.open(K.cmyk_jpeg(folder / "b.pdf")) as b,
    ):
        a.pages.extend(b.pages)
        a.save(out)
    return out


def _dossier_with(shell: Shell, scan: Path) -> tuple[str, int]:
    """An age-limit dossier whose first checklist item holds ``scan``: (dossier id, document)."""
    ctx = shell.wb.ctx
    assert shell.wb.demo is not None
    base = shell.wb.demo.sandbox.base_url
    prep = session.login(ctx, base, "demo.preparer", sandbox_password("demo.preparer"))
    affiliate_sync.sync(ctx, prep.account, prep.client)
    with ctx.db.read() as c:
        membership = c.execute(
            "SELECT membership_no FROM affiliates WHERE collectivity_id = ?"
            " ORDER BY membership_no LIMIT 1 OFFSET 22",
            (prep.account.collectivity_id,),
        ).fetchone()[0]
    d = dossiers.open_dossier(ctx, prep.account, membership, DossierType.AGE_LIMIT)
    code = dossiers.checklist(ctx, d)[0].spec.code
    [doc] = documents.attach_files(ctx, prep.account, d.id, code, [scan])
    return d.id, doc.id


def test_offer_shows_sizes_and_what_is_left_then_reduces(
    qtbot: QtBot, shell: Shell, tmp_path: Path
) -> None:
    shell.start()
    win = sign_in(qtbot, shell, "demo.preparer")
    dossier_id, doc_id = _dossier_with(shell, _mixed_scan(tmp_path))
    ctx, actor = shell.wb.ctx, shell.wb.actor
    assert actor is not None
    [doc] = [x for x in dossiers.load(ctx, actor, dossier_id).documents if x.id == doc_id]
    win.open_dossier(dossier_id)
    view = win.dossier
    qtbot.waitUntil(lambda: view.bundle is not None, timeout=10_000)
    wait_idle(qtbot, shell)

    preview_actions.reduce_size(view, doc.id)
    box = wait_box(qtbot, "fitOffer")
    detail = box.informativeText()
    assert "Before:" in detail and "after:" in detail, detail
    assert "1 image" in detail and "colour-key mask" in detail, detail
    answer(qtbot, box, "confirmYes")
    wait_idle(qtbot, shell)

    def reduced() -> bool:
        now = next(x for x in dossiers.load(ctx, actor, dossier_id).documents if x.id == doc.id)
        return now.size < doc.size and now.original_sha256 != doc.original_sha256

    qtbot.waitUntil(reduced, timeout=20_000)
