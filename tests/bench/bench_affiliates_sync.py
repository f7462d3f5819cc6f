"""Benchmark: initial load of N affiliates from the sandbox's export (transfer included), and a
delta sync of 1,000 changed records. Run on demand:

    .venv/bin/python -m tests.bench.bench_affiliates_sync [N]      (default 1,000,000)

The sandbox runs as its own process (`mellaf sandbox`), the initial load as `mellaf sync` in
another, whose peak RSS is read from wait4(). Targets (issue #3): initial load <= 40 s with peak
RSS <= 300 MB; delta of 1,000 <= 1 s. Baseline in the same run: the raw transfer of the export
(HTTP GET, bytes only), to show what the cache work costs on top.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

from app.config.profile import load_profile
from app.domain.models import Account, Role
from app.platform.client import PlatformClient
from app.sandbox.seed import DEMO_COMMUNE, sandbox_password
from app.services.context import Context
from app.sync import affiliates as affiliate_sync

ACCOUNT = "demo.preparer"


def main(n: int) -> None:
    root = Path(tempfile.mkdtemp(prefix="mellaf-bench-sync-"))
    data, profile = root / "sandbox", root / "profile"
    py = sys.executable
    t0 = time.perf_counter()
    server = subprocess.Popen(
        [py, "-m", "app", "sandbox", "--port", "0", "--data", str(data), "--affiliates", str(n)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        base = server.stdout.readline().strip()
        print(f"sandbox seeded with {n:,} affiliates in {time.perf_counter() - t0:.1f} s: {base}")
        env = dict(os.environ, MELLAF_PASSWORD=sandbox_password(ACCOUNT))
        login = [py, "-m", "app", "--profile", str(profile), "login", "--platform", base]
        subprocess.run([*login, "--account", ACCOUNT], env=env, check=True, capture_output=True)

        # baseline: the bytes of the export, nothing parsed or stored
        client = PlatformClient(base)
        client.login(ACCOUNT, sandbox_password(ACCOUNT))
        token = client.token
        t = time.perf_counter()
        size = 0
        with requests.get(
            base + "/affiliates/export",
            headers={"Authorization": f"Bearer {token}"},
            stream=True,
            timeout=600,
        ) as r:
            for block in r.iter_content(1 << 20):
                size += len(block)
        raw = time.perf_counter() - t
        print(f"baseline raw export transfer: {size / 1e6:.0f} MB in {raw:.1f} s")

        t = time.perf_counter()
        proc = subprocess.Popen(
            [py, "-m", "app", "--profile", str(profile), "sync"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        load = time.perf_counter() - t
        out = proc.stdout.read() if proc.stdout else ""
        err = proc.stderr.read() if proc.stderr else ""
        assert status == 0, err
        rss_mb = usage.ru_maxrss / 1024
        cpu = usage.ru_utime + usage.ru_stime
        print(f"initial load (mellaf sync): {out.strip()}")
        print(
            f"initial load of {n:,}: {load:.1f} s (target <= 40 s), peak RSS {rss_mb:.0f} MB"
            f" (target <= 300 MB); {load / raw:.1f}x the raw transfer; CPU of the sync process"
            f" {cpu:.1f} s (user + system: what the load costs whatever else the machine runs)"
        )
        print(f"machine load average during the run: {os.getloadavg()[0]:.1f} (2 cores here)")

        r = requests.post(base + "/sandbox/affiliates/touch", json={"count": 1000}, timeout=600)
        assert r.status_code == 200
        ctx = Context.open(profile, load_profile("cmr"))
        actor = Account(ACCOUNT, "", Role.PREPARER, DEMO_COMMUNE)
        t = time.perf_counter()
        result = affiliate_sync.sync(ctx, actor, client)
        delta = time.perf_counter() - t
        assert result.received == 1000, result
        print(f"delta sync of {result.applied:,} changed records: {delta * 1000:.0f} ms (<= 1 s)")
        ok = ctx.db.integrity_ok()
        print(f"integrity_check after the syncs: {'ok' if ok else 'FAILED'}")
        ctx.close()
        client.close()
    finally:
        server.terminate()
        server.wait(30)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
