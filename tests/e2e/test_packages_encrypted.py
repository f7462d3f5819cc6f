"""Encrypted offline packages: made at the commune with a passphrase, opened at the kiosk.

The stick carries nothing readable: no manifest, no PDF. The kiosk needs the passphrase; a wrong
one is refused and audited; the plain copy used for verifying never stays in the profile.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.config.profile import FundProfile
from app.domain.models import DossierState
from app.packages import crypt
from app.packages.errors import PackageRefused
from app.packages.export import export_dossiers
from app.packages.load import import_package
from app.sandbox.seed import sandbox_password
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services import dossiers, session
from app.services.context import Context
from app.store import audit
from app.sync import affiliates as affiliate_sync
from tests.e2e.package_helpers import backend, certified_dossier, handler

pytestmark = [pytest.mark.e2e, pytest.mark.hsm]

PASSPHRASE = "fictional commune passphrase"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=20)
    yield running
    running.stop()


def _profile(path: Path, fund: FundProfile, token: Any) -> Context:
    c = Context.open(path, fund)
    c.trust_roots.append(Path(token.ca_cert_path))
    return c


def test_encrypted_package_commune_to_kiosk(
    sandbox: RunningSandbox, fund: FundProfile, softhsm_token: Any, tmp_path: Path
) -> None:
    commune = _profile(tmp_path / "commune", fund, softhsm_token)
    kiosk = _profile(tmp_path / "kiosk", fund, softhsm_token)
    try:
        url = sandbox.base_url
        prep = session.login(commune, url, "demo.preparer", sandbox_password("demo.preparer"))
        cert = session.login(commune, url, "demo.certifier", sandbox_password("demo.certifier"))
        affiliate_sync.sync(commune, prep.account, prep.client)
        with commune.db.read() as c:
            member = str(c.execute("SELECT membership_no FROM affiliates LIMIT 1").fetchone()[0])
        usb = tmp_path / "usb" / "commune.mellaf"
        with backend(softhsm_token).open_session(handler(softhsm_token)) as signer:
            d = certified_dossier(commune, prep.account, cert.account, member, signer, tmp_path)
            made = export_dossiers(commune, cert.account, usb, signer, passphrase=PASSPHRASE)
        assert made.items == 1
        raw = usb.read_bytes()
        assert crypt.is_encrypted(usb)
        assert b"manifest.json" not in raw and b"%PDF" not in raw and d.encode() not in raw
        assert sorted(p.name for p in usb.parent.iterdir()) == ["commune.mellaf"]
        assert not list((commune.profile_dir / "tmp").iterdir())  # the plain zip is gone

        officer = session.login(kiosk, url, "demo.certifier", sandbox_password("demo.certifier"))
        for given, reason in ((None, "needs_passphrase"), ("wrong passphrase 123", "passphrase")):
            with pytest.raises(PackageRefused) as refused:
                import_package(kiosk, officer.account, usb, passphrase=given)
            assert refused.value.reason == reason
        result = import_package(kiosk, officer.account, usb, passphrase=PASSPHRASE)
        assert result.dossier_ids == (d,) and result.sequence == 1
        assert dossiers.get(kiosk, officer.account, d).state is DossierState.QUEUED
        assert not list((kiosk.profile_dir / "tmp").iterdir())
        with pytest.raises(PackageRefused) as again:
            import_package(kiosk, officer.account, usb, passphrase=PASSPHRASE)
        assert again.value.reason == "replay"  # the sequence rules hold inside the envelope
        with kiosk.db.read() as c:
            reasons = [
                e.details.get("reason") for e in audit.entries(c) if e.action == "package.refused"
            ]
            assert audit.first_broken(c) is None
        assert sorted(map(str, reasons)) == ["needs_passphrase", "passphrase", "replay"]
    finally:
        commune.close()
        kiosk.close()
