"""The Token tab and the certificate picker, real widgets offscreen on the real SoftHSM token."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.config.profile import FundProfile
from app.config.settings import Settings
from app.services.context import Context
from app.services.signing_setup import backend_from_settings
from app.signing.certificates import AUTH_ONLY, EXPIRED, USABLE, CertificateInfo
from app.signing.handler import ScriptedHandler, TokenInfo
from app.signing.tokens import TokenListing
from app.ui import i18n
from app.ui.bridge import AppEvents
from app.ui.dialogs.certificate_picker import CertificatePickerDialog
from app.ui.ops import OpRunner
from app.ui.views.diagnostics import DiagnosticsView
from app.ui.workbench import Workbench

pytestmark = [pytest.mark.gui, pytest.mark.hsm]


@pytest.fixture
def wb(qapp: Any, qtbot: QtBot, tmp_path: Path, fund: FundProfile) -> Iterator[Workbench]:
    """A workbench whose Qt objects belong to a widget qtbot deletes on the GUI thread (a Qt
    object left to Python's garbage collector could be deleted on a worker thread later)."""
    ctx = Context.open(tmp_path / "profile", fund)
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = OpRunner(owner)
    bench = Workbench(
        ctx,
        Settings(tmp_path / "settings.json"),
        None,
        i18n.install(qapp, "en"),
        runner,
        AppEvents(owner),
    )
    yield bench
    runner.shutdown()
    ctx.close()
    gc.collect()  # here, on the GUI thread


def cert(holder: str, status: str, *, nr: bool = True, label: str = "") -> CertificateInfo:
    now = datetime.now(UTC)
    return CertificateInfo(
        label=label or holder,
        key_id="01",
        holder=holder,
        issuer="Qualified CA Test",
        serial="1",
        not_before=now,
        not_after=now,
        non_repudiation=nr,
        status=status,
        explanation="why",
        token_label="T",
        token_serial="S",
    )


def test_picker_hides_expired_and_refuses_authentication_only(qtbot: QtBot) -> None:
    listing = TokenListing(
        TokenInfo("T", "S", "Maker", "Model"),
        [
            cert("Auth Holder", AUTH_ONLY, nr=False),
            cert("Old Holder", EXPIRED),
            cert("Good Holder", USABLE),
        ],
    )
    dlg = CertificatePickerDialog([listing])
    qtbot.addWidget(dlg)
    holders = [dlg.tree.topLevelItem(i).text(0) for i in range(dlg.tree.topLevelItemCount())]
    assert holders == ["Good Holder", "Auth Holder"]  # expired hidden, usable first
    assert dlg.chosen is not None and dlg.chosen.holder == "Good Holder"
    assert dlg.ok.isEnabled()
    auth_item = dlg.tree.topLevelItem(1)
    assert auth_item.isDisabled()
    assert "Authentication certificate" in auth_item.toolTip(0)
    assert "Auth Holder" in dlg.why.text()


def test_token_tab_reports_modules_and_tokens_then_choice_is_used_to_sign(
    qtbot: QtBot, wb: Workbench, softhsm_token: Any, tmp_path: Path
) -> None:
    wb.settings.set("pkcs11_module", softhsm_token.module_path)
    view = DiagnosticsView(wb)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.findings is not None, timeout=20000)
    found = view.findings
    assert found is not None and found.module_in_use == softhsm_token.module_path
    states = {
        view.modules.topLevelItem(i).data(2, Qt.ItemDataRole.UserRole): view.modules.topLevelItem(
            i
        ).text(0)
        for i in range(view.modules.topLevelItemCount())
    }
    assert states[softhsm_token.module_path] == "Loadable"
    assert states["/usr/lib/libeTPkcs11.so"] == "Not installed"
    tokens = [view.tokens.topLevelItem(i).text(0) for i in range(view.tokens.topLevelItemCount())]
    assert any(softhsm_token.token_label in t for t in tokens)

    view.copy_report()
    copied = QGuiApplication.clipboard().text()
    assert "loadable" in copied and softhsm_token.module_path in copied

    assert view.choose_button.isEnabled()
    view.choose_certificate()
    qtbot.waitUntil(lambda: view.findChild(CertificatePickerDialog) is not None)
    picker = view.findChild(CertificatePickerDialog)
    assert picker is not None
    row = next(i for i, c in enumerate(picker.entries) if c.label == softhsm_token.ec_key_label)
    picker.tree.setCurrentItem(picker.tree.topLevelItem(row))
    picker.accept()
    qtbot.waitUntil(lambda: wb.settings.text("cert_label") == softhsm_token.ec_key_label)
    saved = Settings(wb.settings.path)
    assert saved.text("token_label") == softhsm_token.token_label
    ours = next(t for t in found.tokens if t.info.label == softhsm_token.token_label)
    assert saved.text("token_serial") == ours.info.serial != ""
    assert saved.text("key_label") == ""

    # The choice is what signs: the EC certificate, found by its label, no key label needed.
    backend = backend_from_settings(saved)
    with backend.open_session(ScriptedHandler(pins=[softhsm_token.user_pin])) as session:
        assert session.holder_name == "Test Officer EC"


def test_signature_report_dialog_shows_the_stored_verdicts(qtbot: QtBot) -> None:
    from app.domain.models import Document
    from app.ui.dialogs.signature_report import SignatureReportDialog

    good = {
        "ok": True,
        "problems": [],
        "signatures": [
            {
                "kind": "signature",
                "signer": "Test Officer",
                "signing_time": "2026-11-23T09:00:00+00:00",
                "level": "B-LT",
                "intact": True,
                "valid": True,
                "trusted": True,
                "coverage": "entire file",
            }
        ],
    }
    bad = {**good, "ok": False, "problems": ["Signature Signature1: not trusted."]}
    docs = [
        Document(1, "d", "a", "a.pdf", "0" * 64, 10, "1" * 64, json.dumps(good)),
        Document(2, "d", "b", "b.pdf", "0" * 64, 10, "2" * 64, json.dumps(bad)),
        Document(3, "d", "c", "c.pdf", "0" * 64, 10),
    ]
    dlg = SignatureReportDialog(docs, "Fictional Person")
    qtbot.addWidget(dlg)
    text = dlg.text.toPlainText()
    assert "a.pdf: can be sent" in text and "level B-LT" in text
    assert "b.pdf: must NOT be sent" in text and "not trusted" in text
    assert "c.pdf: not signed" in text


def test_a_token_plugged_in_shows_while_the_tab_is_open(
    qtbot: QtBot, wb: Workbench, softhsm_token: Any
) -> None:
    import shutil

    from tests.support.softhsm import init_extra_token

    wb.settings.set("pkcs11_module", softhsm_token.module_path)
    view = DiagnosticsView(wb)
    qtbot.addWidget(view)
    view.timer.setInterval(300)
    view.show()
    assert view.timer.isActive()

    def labels() -> list[str]:
        found = view.findings
        return [t.info.label for t in found.tokens] if found else []

    qtbot.waitUntil(lambda: softhsm_token.token_label in labels(), timeout=20000)
    old = set(softhsm_token.token_dir.iterdir())
    init_extra_token(softhsm_token.conf_path, "plugged-gui")
    added = set(softhsm_token.token_dir.iterdir()) - old
    try:
        qtbot.waitUntil(lambda: "plugged-gui" in labels(), timeout=20000)  # no click
    finally:
        for folder in added:
            shutil.rmtree(folder)
    qtbot.waitUntil(lambda: "plugged-gui" not in labels(), timeout=20000)  # pulled out
    view.hide()
    assert not view.timer.isActive()
