"""Middleware discovery and the token list on the real SoftHSM module, with hot-plug."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from app.signing.certificates import AUTH_ONLY, USABLE
from app.signing.discovery import (
    LOAD_ERROR,
    LOADABLE,
    MISSING,
    WRONG_ARCH,
    KnownModule,
    discover,
    examine,
    report_text,
)
from app.signing.errors import CertificateError, ModuleNotFound, TokenNotFound
from app.signing.handler import ScriptedHandler
from app.signing.pkcs11_backend import Pkcs11Backend
from app.signing.tokens import list_tokens
from tests.support.softhsm import init_extra_token

pytestmark = pytest.mark.hsm


def test_softhsm_is_found_loadable_with_its_token(softhsm_token: Any) -> None:
    report = examine(KnownModule("SoftHSM", softhsm_token.module_path))
    assert report.status == LOADABLE, report.reason
    assert "SoftHSM" in report.library
    assert any(t.startswith(softhsm_token.token_label) for t in report.tokens)
    assert "ELF" in report.binary


def test_configured_path_comes_first_and_bad_ones_say_why(
    softhsm_token: Any, tmp_path: Path
) -> None:
    not_a_lib = tmp_path / "libeTPkcs11.so"
    not_a_lib.write_bytes(
        b"\x7fELF" + b"\x02\x01\x01" + b"\0" * 9 + b"\x03\x00\xb7\x00" + b"\0" * 64
    )
    reports = discover(str(not_a_lib))
    assert reports[0].path == str(not_a_lib) and reports[0].from_settings
    assert reports[0].status == WRONG_ARCH
    assert "aarch64" in reports[0].reason
    by_path = {r.path: r for r in reports}
    assert by_path["/usr/lib/libeTPkcs11.so"].status == MISSING
    assert by_path[softhsm_token.module_path].status == LOADABLE
    text = report_text(reports, header=["Mellaf test"])
    assert "wrong-architecture" in text and "missing" in text and "loadable" in text


def test_a_native_file_that_is_no_pkcs11_library_is_a_load_error(tmp_path: Path) -> None:
    fake = tmp_path / "fake.so"
    shutil.copy("/bin/true", fake)  # a real x86-64 ELF file, but no shared PKCS#11 library
    report = examine(KnownModule("test", str(fake)))
    assert report.status == LOAD_ERROR
    assert report.reason.startswith("it does not load")


def test_token_list_shows_certificates_with_verdicts(softhsm_token: Any) -> None:
    listings = list_tokens(softhsm_token.module_path)
    ours = [t for t in listings if t.info.label == softhsm_token.token_label]
    assert len(ours) == 1
    certs = {c.label: c for c in ours[0].certificates}
    assert certs[softhsm_token.rsa_key_label].status == USABLE
    assert certs[softhsm_token.rsa_key_label].holder == "Test Officer RSA"
    assert certs[softhsm_token.rsa_key_label].issuer == "Mellaf Test Issuing CA"
    assert certs["issuing-ca"].is_ca
    assert all(c.token_serial == ours[0].info.serial for c in certs.values())
    assert AUTH_ONLY not in {c.status for c in certs.values()}


def test_token_plugged_in_and_removed_while_running(softhsm_token: Any) -> None:
    before = {t.info.label for t in list_tokens(softhsm_token.module_path)}
    assert "hotplug" not in before
    old_dirs = set(softhsm_token.token_dir.iterdir())
    init_extra_token(softhsm_token.conf_path, "hotplug")
    new_dirs = set(softhsm_token.token_dir.iterdir()) - old_dirs
    try:
        # "plugged in": seen without restarting, and selectable by label
        plugged = {t.info.label: t for t in list_tokens(softhsm_token.module_path)}
        assert "hotplug" in plugged
        assert plugged["hotplug"].info.serial
        backend = Pkcs11Backend(softhsm_token.module_path, "hotplug")
        # found (no TokenNotFound), but a blank token holds no signing certificate
        with (
            pytest.raises(CertificateError),
            backend.open_session(ScriptedHandler(pins=["654321"])),
        ):
            pass
    finally:
        for folder in new_dirs:  # "pulled out"
            shutil.rmtree(folder)
    after = {t.info.label for t in list_tokens(softhsm_token.module_path)}
    assert "hotplug" not in after
    assert softhsm_token.token_label in after
    with pytest.raises(TokenNotFound):
        Pkcs11Backend(softhsm_token.module_path, "hotplug").open_session(
            ScriptedHandler(pins=["654321"])
        ).__enter__()


def test_token_list_of_a_missing_module(tmp_path: Path) -> None:
    with pytest.raises(ModuleNotFound):
        list_tokens(str(tmp_path / "nothing.so"))


def test_without_a_label_the_only_connected_token_is_used(softhsm_token: Any) -> None:
    backend = Pkcs11Backend(softhsm_token.module_path, "", key_label=softhsm_token.rsa_key_label)
    with backend.open_session(ScriptedHandler(pins=[softhsm_token.user_pin])) as session:
        assert session.token is not None
        assert session.token.label == softhsm_token.token_label
        assert session.holder_name == "Test Officer RSA"
