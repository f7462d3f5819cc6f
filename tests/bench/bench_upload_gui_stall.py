"""Benchmark: the GUI event loop during a 100 MB upload (run on demand, not collected by pytest).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_upload_gui_stall [--size-mb 100]

Goal (issue 6): the event loop never stalls more than 50 ms while the desktop's QueueSender
sends a 100 MB document. The app's stall probe (app/ui/stall_probe.py) ticks every 5 ms on the
GUI thread and records the longest stall, with and without the time the thread waited for a
core (a loaded machine), and samples the stacks of every stall over 40 ms; the same probe runs
2 s with the loop idle as the baseline. The sandbox runs in its own process (as the fund's
platform would), so the figure is the desktop's own work: the queue on the operation runner's
thread, progress signals, the view.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.config.profile import load_profile  # noqa: E402
from app.config.settings import Settings  # noqa: E402
from app.platform.chunking import MiB  # noqa: E402
from app.services import queue, session  # noqa: E402
from app.services.context import Context  # noqa: E402
from app.store import jobs as jobs_repo  # noqa: E402
from app.ui import i18n  # noqa: E402
from app.ui.bridge import AppEvents  # noqa: E402
from app.ui.ops import OpRunner  # noqa: E402
from app.ui.sender import QueueSender  # noqa: E402
from app.ui.stall_probe import StallProbe  # noqa: E402
from app.ui.views.queue import QueueView  # noqa: E402
from app.ui.workbench import Workbench  # noqa: E402
from tests.e2e.queue_support import accounts, certified_dossier, members  # noqa: E402


def run_until(app: QApplication, done: Callable[[], bool], limit_s: float) -> float:
    start = time.monotonic()
    while not done() and time.monotonic() - start < limit_s:
        app.processEvents()
        time.sleep(0.001)
    return time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=100)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        server = subprocess.Popen(
            [sys.executable, "-m", "app", "sandbox", "--port", "0", "--data", str(tmp / "sb")],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            base = server.stdout.readline().strip()
            ctx = Context.open(tmp / "profile", load_profile("cmr"))
            creds = accounts(tmp / "sb")
            prep = session.login(ctx, base, "demo.preparer", creds["demo.preparer"]["password"])
            cert = session.login(ctx, base, "demo.certifier", creds["demo.certifier"]["password"])
            print(f"preparing a signed {args.size_mb} MB document…", flush=True)
            member = members(cert.client, 1)[0]
            dossier = certified_dossier(
                ctx, prep.account, cert.account, member, [args.size_mb * MiB], tmp
            )
            queue.enqueue(ctx, cert.account, dossier)

            lang = i18n.install(app, "en")
            runner, events = OpRunner(), AppEvents()
            settings = Settings(tmp / "settings.json")
            wb = Workbench(ctx, settings, None, lang, runner, events, session=cert)
            sender = QueueSender(wb)
            view = QueueView(wb, sender)  # the real view receives the progress signals
            view.resize(1000, 700)
            view.show()
            probe = StallProbe()
            sampler = probe.watch_stacks(after_ms=40.0, all_threads=True)

            with probe.phase("idle"):
                idle_s = run_until(app, lambda: False, 2.0)
            sender.poll(None)
            with probe.phase("upload") as busy:
                busy_s = run_until(app, lambda: not sender.running, 600)
            sampler.stop()
            with ctx.db.read() as c:
                states = {j.state for j in jobs_repo.for_dossier(c, dossier)}
            size = args.size_mb * MiB
            print(
                f"upload {size / MiB:.0f} MiB in {busy_s:5.1f} s (idle baseline {idle_s:.1f} s),"
                f" jobs {sorted(states)}"
            )
            print(probe.report())
            print(probe.stacks_report())
            ok = busy.worst_app_ms <= 50 and states == {"done"}
            print(
                "goal: no stall > 50 ms during the upload (without the time the machine lent our"
                f" cores to others): {'met' if ok else 'NOT met'}"
            )
            probe.close()
            ctx.close()
        finally:
            server.terminate()
            server.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
