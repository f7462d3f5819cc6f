"""Logs never carry a PIN, a password or a personal field (law 09-08).

The main flows run with every logger at DEBUG (ours and the libraries': HTTP, pyHanko, tus):
sign-in, sync, lookup by CIN and by name, dossier, one-PIN signing on SoftHSM, certification,
offline package out and in, the upload queue, local accounts and offline sign-in. Then every
captured record (message, arguments, exception text) is scanned for the secrets.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from app.config.profile import FundProfile
from app.domain.models import Account, Role
from app.packages.export import export_dossiers
from app.packages.load import import_package
from app.sandbox.seed import sandbox_password
from app.sandbox.server import start_in_thread
from app.services import accounts, affiliates, offline_login, queue, session
from app.services.context import Context
from app.store.accounts import AccountDetails
from app.sync import affiliates as affiliate_sync
from tests.e2e.package_helpers import backend, certified_dossier, handler

pytestmark = [pytest.mark.e2e, pytest.mark.hsm]

LOCAL_PASSWORD = "local secret 2026 xyz"
OFFICER = AccountDetails(full_name="Officier Imaginaire", cin="ZW424242", ppr="4242424")


def test_no_secret_or_personal_field_in_logs(
    tmp_path: Path,
    fund: FundProfile,
    softhsm_token: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    sandbox = start_in_thread(tmp_path / "sandbox", affiliates=20)
    commune = Context.open(tmp_path / "commune", fund)
    kiosk = Context.open(tmp_path / "kiosk", fund)
    for c in (commune, kiosk):
        c.trust_roots.append(Path(softhsm_token.ca_cert_path))
    try:
        url = sandbox.base_url
        prep = session.login(commune, url, "demo.preparer", sandbox_password("demo.preparer"))
        affiliate_sync.sync(commune, prep.account, prep.client)
        with commune.db.read() as c:
            people = [
                dict(r)
                for r in c.execute(
                    "SELECT membership_no, cin, last_name_lat, first_name_lat, last_name_ar,"
                    " first_name_ar FROM affiliates ORDER BY membership_no LIMIT 3"
                )
            ]
        for p in people:
            affiliates.lookup(commune, prep.account, p["cin"], prep.client)
            found = affiliates.lookup(commune, prep.account, p["last_name_lat"], prep.client)
            for a in found.affiliates:
                affiliates.sheet(commune, prep.account, a)
        cert = session.login(commune, url, "demo.certifier", sandbox_password("demo.certifier"))
        usb = tmp_path / "usb.mellaf"
        with backend(softhsm_token).open_session(handler(softhsm_token)) as signer:
            certified_dossier(
                commune, prep.account, cert.account, people[0]["membership_no"], signer, tmp_path
            )
            export_dossiers(commune, cert.account, usb, signer)
        officer = session.login(kiosk, url, "demo.certifier", sandbox_password("demo.certifier"))
        import_package(kiosk, officer.account, usb)
        assert queue.run_once(kiosk, officer.client).failed == []

        admin = Account(
            "demo.admin", "Responsable (démo)", Role.ADMIN, prep.account.collectivity_id
        )
        session.login(commune, url, admin.id, sandbox_password(admin.id))
        accounts.create(
            commune, admin, "agent.x", "Agent X", Role.PREPARER, OFFICER, LOCAL_PASSWORD
        )
        offline_login.login_offline(commune, "agent.x", LOCAL_PASSWORD)
        with pytest.raises(Exception, match="wrong"):
            offline_login.login_offline(commune, "agent.x", LOCAL_PASSWORD + "!")
        accounts.list_accounts(commune, admin)
    finally:
        commune.close()
        kiosk.close()
        sandbox.stop()

    secrets = {
        softhsm_token.user_pin,
        LOCAL_PASSWORD,
        OFFICER.full_name,
        OFFICER.cin,
        *(sandbox_password(a) for a in ("demo.preparer", "demo.certifier", "demo.admin")),
    }
    for p in people:
        secrets |= {p["cin"], p["last_name_lat"], p["last_name_ar"], p["first_name_ar"]}
    secrets = {s for s in secrets if len(s) >= 4}
    # The flows did log through our own loggers, so the scan is not vacuous. (Not a total count:
    # third-party modules such as tzlocal log once per process, so totals vary with test order.)
    ours = [r for r in caplog.records if r.name.startswith("app.")]
    assert len(ours) >= 3, sorted({r.name for r in caplog.records})
    leaks = []
    for record in caplog.records:
        text = record.getMessage()
        if record.exc_text:
            text += record.exc_text
        for s in secrets:
            if s in text:
                leaks.append(f"{record.name}: {text[:120]!r} holds a secret or personal field")
    assert leaks == []
