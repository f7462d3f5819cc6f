"""Benchmark: offline package export and import (on demand, not collected by pytest).

    .venv/bin/python -m tests.bench.bench_packages [--dossiers 20] [--pages 4]

Baseline, measured in the same run on the same signed documents: hashing every file and
verifying every document's signatures directly (the work an import cannot avoid). Prints the
export and import times and their ratio to the baseline. Goal: import <= 2x the baseline.
Uses the demo software identity (fictional, not a qualified signature).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from app.config.profile import load_profile
from app.domain.models import Account, Affiliate, Role, Sex
from app.packages.export import export_dossiers
from app.packages.load import import_package
from app.services.context import Context
from app.signing.demo_identity import ensure_demo_identity
from app.signing.handler import ScriptedHandler
from app.signing.software import SoftwareBackend
from app.signing.verify import verify_pdf
from app.store import affiliates as affiliates_repo
from app.store.blobs import sha256_file
from tests.e2e.package_helpers import certified_dossier

C = "BENCH-COMMUNE"
PREP = Account("prep.bench", "Preparer (fictional)", Role.PREPARER, C)
CERT = Account("cert.bench", "Certifier (fictional)", Role.CERTIFIER, C)


def affiliate(n: int) -> Affiliate:
    return Affiliate(
        membership_no=f"{930000000 + n}",
        ppr=f"{9300000 + n}",
        cin=f"ZB{930000 + n}",
        last_name_lat="Bench",
        first_name_lat=f"Fictif{n}",
        last_name_ar="وهمي",
        first_name_ar="اختبار",
        sex=Sex.FEMALE,
        birth_date=date(1966, 1, 1),
        hire_date=date(1990, 1, 1),
        grade="Administrateur",
        corps="administrateurs",
        collectivity_id=C,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=20)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="mellaf-bench-"))
    identity = ensure_demo_identity(root / "identity")
    fund = load_profile("cmr")
    commune = Context.open(root / "commune", fund)
    kiosk = Context.open(root / "kiosk", fund)
    for c in (commune, kiosk):
        c.trust_roots.append(identity.ca_cert_path)
    with commune.db.transaction() as c:
        affiliates_repo.upsert(c, [affiliate(n) for n in range(args.dossiers)], commune.clock())
    backend = SoftwareBackend(identity.p12_path, identity.passphrase)
    out = root / "package.mellaf"
    with backend.open_session(ScriptedHandler()) as signer:
        for n in range(args.dossiers):
            certified_dossier(commune, PREP, CERT, affiliate(n).membership_no, signer, root)
        t0 = time.perf_counter()
        made = export_dossiers(commune, CERT, out, signer)
        export_s = time.perf_counter() - t0
    with commune.db.read() as c:
        shas = [str(r[0]) for r in c.execute("SELECT signed_sha256 FROM documents")]

    def baseline() -> float:
        t0 = time.perf_counter()
        for sha in shas:
            path = commune.blobs.path_of(sha)
            sha256_file(path)
            assert verify_pdf(path, commune.trust_roots).ok
        return time.perf_counter() - t0

    before = baseline()
    t0 = time.perf_counter()
    result = import_package(kiosk, CERT, out)
    import_s = time.perf_counter() - t0
    baseline_s = min(before, baseline())  # before and after: the machine's load varies
    size_mb = out.stat().st_size / 1e6
    print(f"package: {made.items} dossiers, {len(shas)} documents, {size_mb:.2f} MB")
    print(f"export {export_s:.2f} s; baseline (hash + verify) {baseline_s:.2f} s")
    print(f"import {import_s:.2f} s = {import_s / baseline_s:.2f}x baseline (goal <= 2x)")
    assert result.items == made.items
    commune.close()
    kiosk.close()


if __name__ == "__main__":
    main()
