"""Offline packages end to end: a commune without internet, a kiosk at the province, the fund.

The commune signs in once (accounts and affiliate cache), then works offline: dossiers are
prepared, signed on the SoftHSM token, certified and exported to a sealed package. The kiosk
imports it under the officer's account and its queue sends the dossiers to the sandbox over HTTP.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.config.profile import FundProfile
from app.domain.errors import DomainError
from app.domain.models import DossierState
from app.packages.errors import PackageRefused
from app.packages.export import export_affiliates, export_dossiers
from app.packages.load import import_package
from app.sandbox.seed import sandbox_password
from app.sandbox.server import RunningSandbox, start_in_thread
from app.services import dossiers, queue, session
from app.services.context import Context
from app.store import audit
from app.store import jobs as jobs_repo
from app.sync import affiliates as affiliate_sync
from tests.e2e.package_helpers import backend, certified_dossier, handler

pytestmark = [pytest.mark.e2e, pytest.mark.hsm]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=40)
    yield running
    running.stop()


def _profile(path: Path, fund: FundProfile, token: Any) -> Context:
    c = Context.open(path, fund)
    c.trust_roots.append(Path(token.ca_cert_path))
    return c


@pytest.fixture
def profiles(
    tmp_path: Path, fund: FundProfile, softhsm_token: Any
) -> Iterator[tuple[Context, Context]]:
    commune = _profile(tmp_path / "commune", fund, softhsm_token)
    kiosk = _profile(tmp_path / "kiosk", fund, softhsm_token)
    yield commune, kiosk
    commune.close()
    kiosk.close()


def _login(ctx: Context, sandbox: RunningSandbox, account: str) -> session.UserSession:
    return session.login(ctx, sandbox.base_url, account, sandbox_password(account))


def _members(ctx: Context, n: int, offset: int = 0) -> list[str]:
    with ctx.db.read() as c:
        rows = c.execute(
            "SELECT membership_no FROM affiliates ORDER BY membership_no LIMIT ? OFFSET ?",
            (n, offset),
        ).fetchall()
    return [str(r[0]) for r in rows]


def test_commune_to_kiosk_to_fund(
    sandbox: RunningSandbox,
    profiles: tuple[Context, Context],
    softhsm_token: Any,
    tmp_path: Path,
) -> None:
    commune, kiosk = profiles
    prep = _login(commune, sandbox, "demo.preparer")
    cert = _login(commune, sandbox, "demo.certifier")
    affiliate_sync.sync(commune, prep.account, prep.client)

    # From here the commune has no network: prepare, sign, certify, export.
    usb = tmp_path / "usb" / "commune-1.mellaf"
    with backend(softhsm_token).open_session(handler(softhsm_token)) as signer:
        ids = [
            certified_dossier(commune, prep.account, cert.account, m, signer, tmp_path)
            for m in _members(commune, 2)
        ]
        made = export_dossiers(commune, cert.account, usb, signer)
        assert (made.sequence, made.items) == (1, 2)
        with pytest.raises(DomainError, match="No certified dossier"):
            export_dossiers(commune, cert.account, tmp_path / "usb" / "again.mellaf", signer)
    assert not (tmp_path / "usb" / "again.mellaf").exists()
    signed = {
        doc.signed_sha256 for d in ids for doc in dossiers.get(commune, cert.account, d).documents
    }

    # At the kiosk, the officer signs in and imports: the dossiers join the upload queue.
    officer = _login(kiosk, sandbox, "demo.certifier")
    result = import_package(kiosk, officer.account, usb)
    assert set(result.dossier_ids) == set(ids) and result.sequence == 1
    for d in ids:
        assert dossiers.get(kiosk, officer.account, d).state is DossierState.QUEUED
    run = queue.run_once(kiosk, officer.client)
    assert run.failed == [] and run.waiting == 0
    for d in ids:
        here = dossiers.get(kiosk, officer.account, d)
        assert here.state is DossierState.SUBMITTED and here.remote_id
        remote = officer.client.get_dossier(here.remote_id)
        assert {x.sha256 for x in remote.documents} <= signed

    # The same file again is a replay.
    with pytest.raises(PackageRefused) as refused:
        import_package(kiosk, officer.account, usb)
    assert refused.value.reason == "replay"
    with kiosk.db.read() as c:
        assert audit.first_broken(c) is None
        entries = audit.entries(c)
    imports = [e for e in entries if e.action == "package.import"]
    assert len(imports) == 1 and imports[0].actor == "demo.certifier"
    assert any(e.action == "package.refused" and e.details["reason"] == "replay" for e in entries)


def test_gap_refused_until_the_missing_package_comes(
    sandbox: RunningSandbox,
    profiles: tuple[Context, Context],
    softhsm_token: Any,
    tmp_path: Path,
) -> None:
    commune, kiosk = profiles
    prep = _login(commune, sandbox, "demo.preparer")
    cert = _login(commune, sandbox, "demo.certifier")
    affiliate_sync.sync(commune, prep.account, prep.client)
    first, second = tmp_path / "p1.mellaf", tmp_path / "p2.mellaf"
    with backend(softhsm_token).open_session(handler(softhsm_token)) as signer:
        a, b = _members(commune, 2, offset=10)
        certified_dossier(commune, prep.account, cert.account, a, signer, tmp_path)
        assert export_dossiers(commune, cert.account, first, signer).sequence == 1
        certified_dossier(commune, prep.account, cert.account, b, signer, tmp_path)
        assert export_dossiers(commune, cert.account, second, signer).sequence == 2

    officer = _login(kiosk, sandbox, "demo.preparer")
    with pytest.raises(PackageRefused, match="number 1") as refused:
        import_package(kiosk, officer.account, second)
    assert refused.value.reason == "gap"
    with kiosk.db.read() as c:
        assert c.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 0
    assert import_package(kiosk, officer.account, first).items == 1
    assert import_package(kiosk, officer.account, second).items == 1
    with kiosk.db.read() as c:
        assert len([j for j in jobs_repo.all_jobs(c) if j.kind == "submit"]) == 2


def test_affiliate_extract_carried_back_to_the_commune(
    sandbox: RunningSandbox,
    profiles: tuple[Context, Context],
    softhsm_token: Any,
    tmp_path: Path,
) -> None:
    commune, kiosk = profiles
    officer = _login(kiosk, sandbox, "demo.preparer")
    affiliate_sync.sync(kiosk, officer.account, officer.client)
    extract = tmp_path / "extract.mellaf"
    with backend(softhsm_token).open_session(handler(softhsm_token)) as signer:
        made = export_affiliates(kiosk, officer.account, extract, signer)
    assert made.items == 40 and made.sequence == 1

    local = _login(commune, sandbox, "demo.preparer")  # accounts known; cache still empty
    with commune.db.read() as c:
        assert c.execute("SELECT COUNT(*) FROM affiliates").fetchone()[0] == 0
    result = import_package(commune, local.account, extract)
    assert result.kind == "affiliates" and result.items == 40
    with commune.db.read() as c, kiosk.db.read() as k:
        q = "SELECT membership_no, ppr, cin, birth_date FROM affiliates ORDER BY membership_no"
        assert [tuple(r) for r in c.execute(q)] == [tuple(r) for r in k.execute(q)]

    # Another commune's officer cannot load it.
    other = _login(commune, sandbox, "other.preparer")
    with pytest.raises(PackageRefused) as refused:
        import_package(commune, other.account, extract)
    assert refused.value.reason == "collectivity"
