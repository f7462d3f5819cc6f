"""Benchmark: cold start to a usable main window (run on demand, not collected by pytest).

    .venv/bin/python -m tests.bench.bench_cold_start [--affiliates 100000] [--runs 5]
        [--source] [--before DIR] [--importtime] [--cprofile]

Goal (issue 8): with a 100,000-affiliate cache, a fresh process reaches a usable main window in
<= 1 s and <= 3x a bare PySide6 QMainWindow shown by a fresh process in the same run.

Each measure is a fresh interpreter (``python -m tests.bench.bench_cold_start --child MODE``),
timed from just before it is spawned:
- ``bare``: import QtWidgets, a QApplication and an empty QMainWindow of the same size;
- ``login``: the real GUI start (``mellaf --profile P gui`` path: profile, settings, fund
  profile, translations, the shell) up to the sign-in dialog: the first window an officer sees;
- ``main``: the same start, then the session kept in the profile (``session.resume``) signs
  in (with the account's preferences, read as the sign-in's worker reads them) and the main
  window is shown.

Marks, in seconds from the spawn:
- ``painted``: the window's first paint;
- ``usable``: after that paint, a key event posted to the focused widget has been delivered:
  the window is on screen, painted and answers input. This is the goal's measure;
- ``data``: every operation the start launched has ended (dashboard, dossier lists, queue,
  last sync, the delta sync with the platform): the first tab's figures arrive between
  ``usable`` and ``data``, in the background, while the window already answers.

``cpu_usable`` and ``cpu_data`` are the CPU seconds the child used (all its threads) up to
those marks: on this shared 2-core machine they vary far less with the load than wall time.

By default the children run as an installed Mellaf does, from compiled bytecode (PyInstaller
ships .pyc; here a cache in the run's temporary folder, filled by the warm-up runs); ``--source``
runs them as a development checkout with ``PYTHONDONTWRITEBYTECODE=1`` (every module of ours
compiled at each start, about 0.25 s more). ``--before DIR`` also measures another checkout of
Mellaf (e.g. ``git worktree add DIR HEAD``) in the same run, interleaved, on its own profile
prepared by its own code: figures before and after a change, under the same load.
The platform is the sandbox in its own process (as the fund's would be). The child imports only
what the real entry imports; this module imports nothing heavy at the top for that reason.
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
        bare = QApplication([])
        win = QMainWindow()
        win.resize(1180, 760)
        return _show_and_report(bare, win, marks, lambda: True)

    import app.cli  # what `mellaf` imports before it parses the command line
    from app.commands.common import open_context

    argv = ["--profile", profile, "gui"]
    try:  # the parser of the command given (since issue 8), as `mellaf` builds it
        parser = app.cli.build_parser(argv)
    except TypeError:  # a checkout from before: every command's
        parser = app.cli.build_parser()
    args = parser.parse_args(argv)
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
    try:  # what the sign-in dialog's worker reads with the session (absent before issue 8)
        from app.services import preferences
    except ImportError:
        shell._signed_in(session)
    else:
        shell._signed_in(session, preferences.load(ctx, session.account))
    window = shell.window
    assert window is not None
    marks["window"] = time.time()

    def idle() -> bool:  # the loads began (after the first paint, since issue 8) and ended
        return bool(getattr(window, "started_loads", True)) and not shell.runner.busy

    code = _show_and_report(qapp, window, marks, idle, shown=True)
    shell.shutdown()
    ctx.close()
    return code


def _show_and_report(
    app: object, win: object, marks: dict[str, float], idle: object, shown: bool = False
) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(app, QApplication) and isinstance(win, QWidget)
    painted: list[float] = []
    answered: list[float] = []
    probed: list[float] = []  # when the key event was posted

    class Spy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not painted
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is win
            ):
                painted.append(time.time())
            if (
                probed
                and not answered
                and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Shift
            ):
                answered.append(time.time())
            return False

    spy = Spy()
    app.installEventFilter(spy)
    if not shown:
        win.show()
    marks["shown"] = time.time()

    def check() -> None:
        if painted and not probed:  # painted: does it answer a key now?
            target = QApplication.focusWidget() or win
            key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
            probed.append(time.time())
            QCoreApplication.postEvent(target, key)
        if answered and "usable" not in marks:
            marks["painted"], marks["usable"] = painted[0], answered[0]
            marks["cpu_usable"] = time.process_time()  # all threads, since the process began
        if "usable" in marks and idle():  # type: ignore[operator]
            marks["data"] = time.time()
            marks["cpu_data"] = time.process_time()
            app.quit()

    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    if "data" not in marks:
        print(f"not usable with its data after 30 s: {sorted(marks)}", file=sys.stderr)
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


class Variant:
    """One checkout of Mellaf measured: its source folder, its profile, how its children run."""

    def __init__(self, name: str, source: Path, profile: Path, env: dict[str, str]) -> None:
        self.name, self.source, self.profile, self.env = name, source, profile, env

    def command(self, extra: list[str] | None = None) -> list[str]:
        # This file runs the child, the checkout's own `app` is imported (PYTHONPATH first).
        return [sys.executable, *(extra or []), str(Path(__file__).resolve())]


def _child_env(source: Path, run_dir: Path, from_source: bool, tag: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(source))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if from_source:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:  # as installed: compiled once (by the warm-up runs), then loaded
        env["PYTHONPYCACHEPREFIX"] = str(run_dir / f"pycache-{tag}")
    return env


def _measure(variant: Variant, mode: str, extra: list[str] | None = None) -> dict[str, float]:
    t0 = time.time()
    out = subprocess.run(
        [*variant.command(extra), "--child", mode, "--profile", str(variant.profile)],
        cwd=variant.source,
        env=variant.env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(
            f"{variant.name} {mode} start failed ({out.returncode}):\n{out.stderr[-3000:]}"
        )
    marks: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    times = {k: v if k.startswith("cpu_") else v - t0 for k, v in marks.items()}
    if extra:
        times["stderr"] = out.stderr  # type: ignore[assignment]
    return times


def _importtime(variant: Variant) -> None:
    times = _measure(variant, "main", ["-X", "importtime"])
    rows = []
    for line in str(times["stderr"]).splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        own_us, cumulative_us, name = line.split(":", 1)[1].split("|")
        rows.append((int(cumulative_us), int(own_us), name.rstrip()))
    print(f"slowest imports of {variant.name} (cumulative ms, self ms, module):")
    for cumulative, own, name in sorted(rows, reverse=True)[:30]:
        print(f"  {cumulative / 1000:7.1f} {own / 1000:7.1f}  {name}")


def _cprofile(variant: Variant) -> None:
    out = Path(tempfile.mkdtemp()) / "start.prof"
    _measure(variant, "main", ["-m", "cProfile", "-o", str(out)])
    import pstats

    pstats.Stats(str(out)).sort_stats("cumulative").print_stats(40)


def _prepare_with(source: Path, root: Path, affiliates: int, base_url: str) -> Path:
    """A profile prepared by the checkout at ``source`` (its own schema and seeding)."""
    env = dict(os.environ, PYTHONPATH=str(source))
    subprocess.run(
        [
            *(sys.executable, str(Path(__file__).resolve()), "--prepare", str(root)),
            *("--affiliates", str(affiliates), "--base", base_url),
        ],
        cwd=source,
        env=env,
        check=True,
    )
    return root / "profile"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", choices=("bare", "login", "main"))
    parser.add_argument("--profile")
    parser.add_argument("--prepare", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--affiliates", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", action="store_true", help="run from source, no bytecode")
    parser.add_argument("--before", metavar="DIR", help="another checkout, measured alike")
    parser.add_argument("--now", metavar="DIR", help="the checkout measured (default: this one)")
    parser.add_argument("--importtime", action="store_true")
    parser.add_argument("--cprofile", action="store_true")
    args = parser.parse_args()
    if args.child:
        return _child(args.child, args.profile)
    if args.prepare:
        _prepare(Path(args.prepare), args.affiliates, args.base)
        return 0

    modes = ("bare", "login", "main")
    now = Path(args.now).resolve() if args.now else REPO
    with tempfile.TemporaryDirectory(prefix="mellaf-bench-start-") as tmp_name:
        tmp = Path(tmp_name)
        server = subprocess.Popen(
            [sys.executable, "-m", "app", "sandbox", "--port", "0", "--data", str(tmp / "sb")],
            cwd=now,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            base = server.stdout.readline().strip()
            variants = [
                Variant(
                    "now",
                    now,
                    _prepare_with(now, tmp / "now", args.affiliates, base),
                    _child_env(now, tmp, args.source, "now"),
                )
            ]
            if args.before:
                before = Path(args.before).resolve()
                variants.append(
                    Variant(
                        "before",
                        before,
                        _prepare_with(before, tmp / "before", args.affiliates, base),
                        _child_env(before, tmp, args.source, "before"),
                    )
                )
            if args.importtime:
                _importtime(variants[0])
            if args.cprofile:
                _cprofile(variants[0])
            # the bare window once (the same for every checkout), then each checkout's starts
            plan = [(variants[0], "bare")] + [(v, m) for v in variants for m in modes[1:]]
            for v, mode in plan:  # warm the OS file cache and the bytecode: runs below alike
                _measure(v, mode)
            runs: dict[tuple[str, str], list[dict[str, float]]] = {(v.name, m): [] for v, m in plan}
            for _ in range(args.runs):  # interleaved: a burst of load hits every start alike
                for v, mode in plan:
                    runs[v.name, mode].append(_measure(v, mode))
        finally:
            server.terminate()
            server.wait(10)

    def median(key: tuple[str, str], mark: str) -> float:
        return statistics.median(r[mark] for r in runs[key] if mark in r)

    bare = median(("now", "bare"), "usable")
    how = "from source (no bytecode)" if args.source else "from compiled bytecode, as installed"
    print(f"\ncold start, {how}; median of {args.runs} fresh processes (s from spawn):")
    for key in runs:
        marks = [k for k in runs[key][0] if k != "python" and not k.startswith("cpu_")]
        steps = ", ".join(f"{k} {median(key, k):.3f}" for k in marks)
        usable = median(key, "usable")
        name = f"{key[0]} {key[1]}"
        print(f"  {name:12}: usable {usable:.3f} s = {usable / bare:.2f}x bare  ({steps})")
        print(f"                all runs: {[round(r['usable'], 3) for r in runs[key]]}")
    cpu_bare = median(("now", "bare"), "cpu_usable")
    print("CPU seconds of the child up to usable / data (median):")
    for key in runs:
        cpu = median(key, "cpu_usable")
        name = f"{key[0]} {key[1]}"
        print(
            f"  {name:12}: {cpu:.3f} / {median(key, 'cpu_data'):.3f} s = {cpu / cpu_bare:.2f}x bare"
        )
    main_usable = median(("now", "main"), "usable")
    ok = main_usable <= 1.0 and main_usable <= 3 * bare
    print(
        f"goal: usable main window with {args.affiliates} affiliates <= 1 s and <= 3x bare: "
        f"{main_usable:.3f} s, {main_usable / bare:.2f}x: {'met' if ok else 'NOT met'}; "
        f"its data (dashboard, lists, sync) {median(('now', 'main'), 'data'):.3f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
