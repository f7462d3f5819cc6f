"""Benchmark: initial load of N affiliates from the sandbox's export (transfer included), and a
delta sync of 1,000 changed records. Run on demand:

    .venv/bin/python -m tests.bench.bench_affiliates_sync [N] [--compare]   (N: 1,000,000)

--compare first times the load with and without staging (app/sync/staging.py) in the same run.

The sandbox runs as its own process (`mellaf sandbox`), the initial load as `mellaf sync` in
another, whose peak RSS and CPU time are read from wait4(); the sandbox's CPU time during the
load is read from /proc. Targets (issue #3): initial load <= 40 s with peak RSS <= 300 MB; delta
of 1,000 <= 1 s. Baseline in the same run: the raw transfer of the export (HTTP GET, bytes only),
to show what the cache work costs on top. The machine is shared: CPU times (user + system) are
the figures that do not depend on what else runs; the wall times do.
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
_TICK = os.sysconf("SC_CLK_TCK")


def cpu_of(pid: int) -> float:
    """User + system CPU seconds of a running process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def timed_sync(
    py: str, profile: Path, server_pid: int, staged: bool | None
) -> tuple[float, float, float, float, str]:
    """`mellaf sync` in its own process: wall s, peak RSS MB, CPU s, sandbox CPU s, output.
    `staged` forces app.sync.affiliates.STAGED (None: as shipped)."""
    args = ["-m", "app", "--profile", str(profile), "sync"]
    if staged is not None:
        code = (
            "import sys; import app.sync.affiliates as s; from app.cli import main;"
            f" s.STAGED = {staged}; sys.exit(main(sys.argv[1:]))"
        )
        args = ["-c", code, *args[2:]]
    t, server_cpu = time.perf_counter(), cpu_of(server_pid)
    proc = subprocess.Popen([py, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    server_cpu = cpu_of(server_pid) - server_cpu
    out = proc.stdout.read() if proc.stdout else ""
    err = proc.stderr.read() if proc.stderr else ""
    assert status == 0, err
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, server_cpu, out


def main(n: int, compare: bool = False) -> None:
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
        t, server_cpu = time.perf_counter(), cpu_of(server.pid)
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
        print(
            f"baseline raw export transfer: {size / 1e6:.0f} MB in {raw:.1f} s"
            f" (sandbox CPU {cpu_of(server.pid) - server_cpu:.1f} s)"
        )

        for staged in (False, True) if compare else ():
            other = root / f"profile-staged-{staged}"
            subprocess.run(
                [*login[:4], str(other), *login[5:], "--account", ACCOUNT],
                env=env,
                check=True,
                capture_output=True,
            )
            wall, rss_mb, cpu, server_cpu, _ = timed_sync(py, other, server.pid, staged)
            print(
                f"  same run, staged={staged}: {wall:.1f} s, CPU {cpu:.1f} s (sandbox"
                f" {server_cpu:.1f} s), peak RSS {rss_mb:.0f} MB, load {os.getloadavg()[0]:.1f}"
            )
            shutil.rmtree(other, ignore_errors=True)

        load, rss_mb, cpu, server_cpu, out = timed_sync(py, profile, server.pid, None)
        print(f"initial load (mellaf sync): {out.strip()}")
        print(
            f"initial load of {n:,}: {load:.1f} s (target <= 40 s), peak RSS {rss_mb:.0f} MB"
            f" (target <= 300 MB); {load / raw:.1f}x the raw transfer; CPU of the sync process"
            f" {cpu:.1f} s, of the sandbox {server_cpu:.1f} s (user + system: what the load costs"
            " whatever else the machine runs)"
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
    counts = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(counts[0]) if counts else 1_000_000, "--compare" in sys.argv)
