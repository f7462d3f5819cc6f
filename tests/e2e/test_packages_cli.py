"""`mellaf package export|import FILE` on real profiles, with the SoftHSM token."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.config.profile import load_profile
from app.config.settings import Settings
from app.sandbox.seed import sandbox_password
from app.sandbox.server import start_in_thread
from app.services import session
from app.services.context import Context
from app.sync import affiliates as affiliate_sync
from tests.e2e.package_helpers import backend, certified_dossier, handler

pytestmark = [pytest.mark.e2e, pytest.mark.hsm]


def _configure(profile: Path, token: Any) -> None:
    s = Settings(profile / "settings.json")
    s.set("signing_backend", "pkcs11")
    s.set("pkcs11_module", token.module_path)
    s.set("token_label", token.token_label)
    s.set("key_label", token.rsa_key_label)
    s.set("package_trust_roots", str(token.ca_cert_path))
    s.save()


def test_export_then_import_from_the_command_line(
    tmp_path: Path,
    softhsm_token: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sandbox = start_in_thread(tmp_path / "sandbox", affiliates=10)
    try:
        commune, kiosk = tmp_path / "commune", tmp_path / "kiosk"
        for p in (commune, kiosk):
            _configure(p, softhsm_token)
        ctx = Context.open(commune, load_profile("cmr"))
        ctx.trust_roots.append(Path(softhsm_token.ca_cert_path))
        url = sandbox.base_url
        prep = session.login(ctx, url, "demo.preparer", sandbox_password("demo.preparer"))
        affiliate_sync.sync(ctx, prep.account, prep.client)
        cert = session.login(ctx, url, "demo.certifier", sandbox_password("demo.certifier"))
        with ctx.db.read() as c:
            member = str(c.execute("SELECT membership_no FROM affiliates").fetchone()[0])
        with backend(softhsm_token).open_session(handler(softhsm_token)) as signer:
            certified_dossier(ctx, prep.account, cert.account, member, signer, tmp_path)
        ctx.close()

        monkeypatch.setenv("MELLAF_PIN", softhsm_token.user_pin)
        monkeypatch.setenv("MELLAF_PASSWORD", sandbox_password("demo.certifier"))
        monkeypatch.setenv("MELLAF_PACKAGE_PASSPHRASE", "stick-passphrase-2026")
        usb = tmp_path / "usb" / "commune.mellaf"
        export = ["--profile", str(commune), "package", "export", str(usb), "--encrypt"]
        assert main(export) == 0
        assert "package 1 (dossiers, 1 item(s))" in capsys.readouterr().out
        assert not usb.read_bytes().startswith(b"PK")  # not a readable zip on the stick

        login = ["--profile", str(kiosk), "login", "--platform", url, "--account", "demo.certifier"]
        assert main(login) == 0
        monkeypatch.setenv("MELLAF_PACKAGE_PASSPHRASE", "a-wrong-passphrase")
        assert main(["--profile", str(kiosk), "package", "import", str(usb)]) == 1
        err = capsys.readouterr().err
        assert "a-wrong-passphrase" not in err and "stick-passphrase-2026" not in err
        monkeypatch.setenv("MELLAF_PACKAGE_PASSPHRASE", "stick-passphrase-2026")
        assert main(["--profile", str(kiosk), "package", "import", str(usb)]) == 0
        assert "1 item(s) queued for sending" in capsys.readouterr().out
        assert main(["--profile", str(kiosk), "queue", "run", "--until-empty"]) == 0

        assert main(["--profile", str(kiosk), "package", "import", str(usb)]) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith("mellaf: Package refused:") and "already imported" in err
        assert "\n" not in err and softhsm_token.user_pin not in err

        (tmp_path / "junk.mellaf").write_bytes(b"not a package")
        assert main(["--profile", str(kiosk), "package", "import", str(tmp_path / "junk.mellaf")])
        assert "is not a package file" in capsys.readouterr().err
    finally:
        sandbox.stop()
