"""Benchmark: cold start to a usable main window (run on demand, not collected by pytest).

    .venv/bin/python -m tests.bench.bench_cold_start [--affiliates 100000] [--runs 5]
        [--importtime] [--cprofile]

Goal (issue 8): with a 100,000-affiliate cache, a fresh process reaches a usable main window
(signed in, first tab shown and painted, the data its start loads read) in <= 1 s and <= 3x a
bare PySide6 QMainWindow shown by a fresh process in the same run.

Each measure is a fresh interpreter (``python -m tests.bench.bench_cold_start --child MODE``),
timed from just before it is spawned until it reports, after its window's first paint:
- ``bare``: import QtWidgets, a QApplication and an empty QMainWindow of the same size;
- ``login``: the real GUI start (``mellaf --profile P gui`` path: profile, settings, fund
  profile, translations, the shell) up to the sign-in dialog painted: the first window an
  officer sees;
- ``main``: the same start, then the session kept in the profile (``session.resume``) signs
  in, the main window is shown and painted, and every operation its start launches has
  ended (dossier lists, queue, last sync, the delta sync with the platform).
The platform is the sandbox in its own process (as the fund's would be). The child imports
only what the real entry imports; this module imports nothing heavy at the top for that reason.
``--importtime`` prints the slowest imports of a ``main`` start; ``--cprofile`` its profile.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
STARTED = time.time()


# -- the child: one cold start ------------------------------------------------------------------


def _child(mode: str, profile: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    marks: dict[str, float] = {"python": STARTED}
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        marks["imports"] = time.time()
        app = QApplication([])
        win = QMainWindow()
        win.resize(1180, 760)
        return _show_and_report(app, win, marks, lambda: True)

    import app.cli  # what `mellaf` imports before it parses the command line
    from app.commands.common import open_context

    args = app.cli.build_parser().parse_args(["--profile", profile, "gui"])
    ctx, settings = open_context(args)
    marks["profile"] = time.time()
    from app.services import session as session_service
    from app.ui import i18n
    from app.ui.app import Shell, create_application

    marks["imports"] = time.time()
    qapp = create_application([])
    lang = i18n.install(qapp, settings.text("language"))
    shell = Shell(ctx, settings, None, lang)
    shell.quit_when_login_closes = False
    marks["shell"] = time.time()
    if mode == "login":
        dialog = shell.show_login()
        return _show_and_report(qapp, dialog, marks, lambda: True, shown=True)
    session = session_service.resume(ctx)
    if session is None:
        print("no session kept in the profile", file=sys.stderr)
        return 2
    shell._signed_in(session)  # what the sign-in dialog does once the platform said yes
    window = shell.window
    assert window is not None
    marks["window"] = time.time()
    code = _show_and_report(qapp, window, marks, lambda: not shell.runner.busy, shown=True)
    shell.shutdown()
    ctx.close()
    return code


def _show_and_report(
    app: object, win: object, marks: dict[str, float], ready: object, shown: bool = False
) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(app, QApplication) and isinstance(win, QWidget)
    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not painted
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is win
            ):
                painted.append(time.time())
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    if not shown:
        win.show()
    marks["shown"] = time.time()

    def check() -> None:
        if painted and ready():  # type: ignore[operator]
            marks["painted"] = painted[0]
            marks["ready"] = time.time()
            app.quit()

    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    if "ready" not in marks:
        print("not ready after 30 s", file=sys.stderr)
        return 3
    print(json.dumps(marks), flush=True)
    return 0


# -- the parent: a profile with a 100k cache, then fresh processes ------------------------------


def _prepare(root: Path, affiliates: int, base_url: str) -> Path:
    from datetime import UTC, datetime

    from app.config.profile import load_profile
    from app.config.settings import Settings
    from app.sandbox.seed import DEMO_COMMUNE, generate_affiliates, sandbox_password
    from app.services import session
    from app.services.context import Context
    from app.store import affiliates as repo
    from app.sync import affiliates as affiliate_sync

    profile = root / "profile"
    settings = Settings(profile / "settings.json")
    settings.set("language", "en")
    settings.set("platform_url", base_url)
    settings.set("last_account", "demo.preparer")
    settings.save()
    ctx = Context.open(profile, load_profile(settings.text("fund")))
    s = session.login(ctx, base_url, "demo.preparer", sandbox_password("demo.preparer"))
    affiliate_sync.sync(ctx, s.account, s.client)  # the cursor: a start only asks for deltas
    now = datetime.now(UTC)
    batch = []
    t = time.perf_counter()
    # Fictional records after the sandbox's own (offset: no membership number is shared).
    for a in generate_affiliates(DEMO_COMMUNE, affiliates + 1000):
        batch.append(a)
        if len(batch) == 10_000:
            with ctx.db.transaction() as c:
                repo.upsert(c, batch, now)
            batch = []
    if batch:
        with ctx.db.transaction() as c:
            repo.upsert(c, batch, now)
    with ctx.db.read() as c:
        count = c.execute("SELECT count(*) FROM affiliates").fetchone()[0]
    ctx.close()
    print(f"profile: {count} affiliates in the cache (filled in {time.perf_counter() - t:.0f} s)")
    return profile


def _measure(mode: str, profile: Path, extra: list[str] | None = None) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, *(extra or []), "-m", "tests.bench.bench_cold_start"]
    t0 = time.time()
    out = subprocess.run(
        [*command, "--child", mode, "--profile", str(profile)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"{mode} start failed ({out.returncode}):\n{out.stderr[-3000:]}")
    marks: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    times = {k: v - t0 for k, v in marks.items()}
    times["stderr_lines"] = len(out.stderr.splitlines())
    if extra:
        times["stderr"] = out.stderr  # type: ignore[assignment]
    return times


def _importtime(profile: Path) -> None:
    times = _measure("main", profile, ["-X", "importtime"])
    rows = []
    for line in str(times["stderr"]).splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        own_us, cumulative_us, name = line.split(":", 1)[1].split("|")
        rows.append((int(cumulative_us), int(own_us), name.rstrip()))
    print("slowest imports (cumulative ms, self ms, module):")
    for cumulative, own, name in sorted(rows, reverse=True)[:30]:
        print(f"  {cumulative / 1000:7.1f} {own / 1000:7.1f}  {name}")


def _cprofile(profile: Path) -> None:
    out = Path(tempfile.mkdtemp()) / "start.prof"
    _measure("main", profile, ["-m", "cProfile", "-o", str(out)])
    import pstats

    pstats.Stats(str(out)).sort_stats("cumulative").print_stats(40)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=("bare", "login", "main"))
    parser.add_argument("--profile")
    parser.add_argument("--affiliates", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--importtime", action="store_true")
    parser.add_argument("--cprofile", action="store_true")
    args = parser.parse_args()
    if args.child:
        return _child(args.child, args.profile)

    with tempfile.TemporaryDirectory(prefix="mellaf-bench-start-") as tmp_name:
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
            profile = _prepare(tmp, args.affiliates, base)
            if args.importtime:
                _importtime(profile)
            if args.cprofile:
                _cprofile(profile)
            for mode in ("bare", "login", "main"):
                _measure(mode, profile)  # warm the OS file cache: every run below is alike
            runs: dict[str, list[dict[str, float]]] = {"bare": [], "login": [], "main": []}
            for _ in range(args.runs):
                for mode in runs:
                    runs[mode].append(_measure(mode, profile))
        finally:
            server.terminate()
            server.wait(10)

    def median(mode: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[mode] if key in r)

    bare = median("bare", "ready")
    print(f"\ncold start, median of {args.runs} fresh processes (seconds from spawn):")
    for mode in runs:
        keys = [k for k in runs[mode][0] if k not in ("stderr_lines",)]
        steps = ", ".join(f"{k} {median(mode, k):.3f}" for k in keys)
        ready = median(mode, "ready")
        print(f"  {mode:5}: ready {ready:.3f} s = {ready / bare:.2f}x bare  ({steps})")
        print(f"         all runs: {[round(r['ready'], 3) for r in runs[mode]]}")
    main_ready = median("main", "ready")
    ok = main_ready <= 1.0 and main_ready <= 3 * bare
    print(
        f"goal: usable main window with {args.affiliates} affiliates <= 1 s and <= 3x bare: "
        f"{main_ready:.3f} s, {main_ready / bare:.2f}x: {'met' if ok else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
