"""`mellaf --self-test [--pkcs11-module LIB]` (or `mellaf self-test`): check an installation.

Prints one line per check and exits 0 only when every check passed. It needs no display, no
network and no profile: everything happens in a temporary folder that is removed afterwards.

Checks: the bundled resources (fund profile, platform contract, translations), a temporary profile
database at the current schema, a PDF signed and verified with the demo software identity, Qt on
the offscreen platform (widgets, translations, QtPdf), the training sandbox over loopback HTTP,
and the PKCS#11 module given, if any (a missing token is not a failure: the module must load).
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.config.paths import resources_dir

Check = tuple[str, bool, str]


def register(sub: Any) -> None:
    cmd = sub.add_parser(
        "self-test",
        help="check this installation (also: mellaf --self-test)",
        description="Check this installation: resources, profile database, signing, Qt, "
        "sandbox and optionally the token middleware. Exit 0 when all pass.",
    )
    cmd.add_argument(
        "--pkcs11-module", metavar="LIB", help="also load this PKCS#11 module (token middleware)"
    )
    cmd.add_argument("--skip-qt", action="store_true", help=argparse.SUPPRESS)
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    checks: list[Check] = []

    def record(name: str, step: Callable[[], Check | list[Check]]) -> None:
        try:
            result = step()
        except Exception as exc:  # a self-test reports every failure and goes on
            result = (name, False, f"{type(exc).__name__}: {exc}")
        for check in result if isinstance(result, list) else [result]:
            checks.append(check)
            name_, ok, detail = check
            print(f"{'ok  ' if ok else 'FAIL'}  {name_}: {detail}", flush=True)

    # (Windows keeps files of a just-closed database busy a moment: cleanup must not fail.)
    with tempfile.TemporaryDirectory(prefix="mellaf-self-test-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        record("version", _version)
        record("resources", _resources)
        record("profile", lambda: _profile(work / "profile"))
        signed = work / "signed.pdf"
        record("signing", lambda: _sign_and_verify(work, signed))
        if not getattr(args, "skip_qt", False):
            record("qt", lambda: _qt(signed))
        record("sandbox", lambda: _sandbox(work / "sandbox"))
        module = getattr(args, "pkcs11_module", None)
        if module:
            record("pkcs11", lambda: _pkcs11(module))
        else:
            print("skip  pkcs11: no --pkcs11-module given", flush=True)

    failed = [c for c in checks if not c[1]]
    seconds = time.monotonic() - started
    if failed:
        names = ", ".join(c[0] for c in failed)
        print(
            f"self-test FAILED: {len(failed)} of {len(checks)} checks ({names}) in {seconds:.1f} s"
        )
        return 1
    print(f"self-test passed: {len(checks)} checks in {seconds:.1f} s")
    return 0


def _version() -> Check:
    from app.services.version import version_info

    info = version_info()
    where = "bundle" if info.frozen else "source"
    return (
        "version",
        True,
        f"mellaf {info.describe()}, {where}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}",
    )


def _resources() -> Check:
    from app.config.profile import load_profile
    from app.sandbox.server import contract_path

    fund = load_profile("cmr")
    contract = contract_path()
    if not contract.is_file():
        return ("resources", False, f"platform contract missing: {contract}")
    translations = resources_dir() / "translations"
    missing = [
        f"mellaf_{code}.qm"
        for code in ("ar", "fr", "en")
        if not (translations / f"mellaf_{code}.qm").is_file()
    ]
    if missing:
        return ("resources", False, f"compiled translations missing: {', '.join(missing)}")
    return (
        "resources",
        True,
        f"fund profile {fund.id} {fund.version} ({len(fund.dossier_types)} dossier types), "
        f"contract {contract.name}, translations ar/fr/en, in {resources_dir()}",
    )


def _profile(folder: Path) -> Check:
    from app.config.profile import load_profile
    from app.services.context import Context
    from app.store.db import SCHEMA_VERSION

    ctx = Context.open(folder, load_profile("cmr"))
    try:
        with ctx.db.read() as c:
            version = int(c.execute("PRAGMA user_version").fetchone()[0])
            mode = str(c.execute("PRAGMA journal_mode").fetchone()[0])
        ok = version == SCHEMA_VERSION and ctx.db.integrity_ok()
        return ("profile", ok, f"temporary profile at schema {version} ({mode}), integrity ok")
    finally:
        ctx.close()


def _sign_and_verify(work: Path, signed: Path) -> Check:
    from pypdf import PdfWriter

    from app.signing.demo_identity import ensure_demo_identity
    from app.signing.handler import ScriptedHandler
    from app.signing.sign import sign_pdf
    from app.signing.software import SoftwareBackend
    from app.signing.verify import verify_pdf

    source = work / "unsigned.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": "Mellaf self-test (fictional)"})
    with source.open("wb") as fh:
        writer.write(fh)
    identity = ensure_demo_identity(work / "identity")
    backend = SoftwareBackend(identity.p12_path, identity.passphrase)
    with backend.open_session(ScriptedHandler()) as session:
        sign_pdf(source, signed, session, reason="Mellaf self-test")
    report = verify_pdf(signed, [identity.ca_cert_path])
    if not report.ok:
        return ("signing", False, "; ".join(report.problems) or "verification failed")
    sig = report.signatures[-1]
    return (
        "signing",
        True,
        f"PAdES {sig.level} by the demo software identity, verified: intact, valid, trusted, "
        f"{sig.coverage}",
    )


def _qt(signed: Path) -> list[Check]:
    if not signed.is_file():
        return [("qt", False, "skipped: the signing check made no PDF to render")]
    from app.ui.selfcheck import check_qt  # Qt is loaded only here

    return check_qt(signed)


def _sandbox(folder: Path) -> Check:
    from app.sandbox.server import API_PREFIX, start_in_thread

    sandbox = start_in_thread(folder, affiliates=5)
    try:
        url = sandbox.base_url + "/health"
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
            healthy = response.status == 200
        with urllib.request.urlopen(  # noqa: S310 - loopback
            sandbox.base_url + "/openapi.yaml", timeout=10
        ) as response:
            contract = response.read()
        ok = healthy and b"openapi:" in contract
        return (
            "sandbox",
            ok,
            f"training sandbox answered on 127.0.0.1:{sandbox.port}{API_PREFIX} "
            f"(health, contract {len(contract)} bytes)",
        )
    finally:
        sandbox.stop()


def _pkcs11(module: str) -> Check:
    from app.signing.pkcs11_backend import Pkcs11Backend

    backend = Pkcs11Backend(module, token_label="")
    available = backend.availability()
    if not available.ok:
        return ("pkcs11", False, available.reason)
    import pkcs11  # loaded and cached by availability()

    lib = pkcs11.lib(module)
    slots = lib.get_slots()
    tokens = lib.get_slots(token_present=True)
    return (
        "pkcs11",
        True,
        f"{Path(module).name} loaded ({lib.manufacturer_id.strip()} {lib.library_description}"
        f"), {len(slots)} slot(s), {len(tokens)} with a token",
    )
