"""The crash report CI prints: the crashing thread and the test last, the others briefly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.fault_report import CURRENT_FRAMES, OTHER_FRAMES, report

ROOT = Path(__file__).resolve().parents[2]


def test_a_real_crash_is_reported_with_its_thread_and_test(tmp_path: Path) -> None:
    """A child process with the suite's fault handler set up crashes for real."""
    log = tmp_path / "fault.log"
    code = (
        "import threading, time, faulthandler\n"
        "import tests.conftest as c\n"
        "class Item: nodeid = 'tests/x.py::test_y'\n"
        "running = c.pytest_runtest_protocol(Item(), None)\n"
        "next(running)\n"
        "threading.Thread(target=time.sleep, args=(30,), daemon=True).start()\n"
        "def crash_here():\n"
        "    faulthandler._sigsegv()\n"
        "crash_here()\n"
    )
    env = {**os.environ, "MELLAF_FAULT_LOG": str(log)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert done.returncode != 0
    text = report(log.read_text(encoding="utf-8"))
    lines = text.splitlines()
    assert "running: tests/x.py::test_y" in lines
    current = lines.index(next(ln for ln in lines if ln.startswith("Current thread")))
    assert "crash_here" in lines[current + 1]  # the crashing thread's innermost frame
    assert lines[-1] == "Fatal Python error: Segmentation fault"  # kept by CI's tail
    others = lines.index(next(ln for ln in lines if "other thread(s)" in ln))
    assert others < current
    assert any("threading.py" in ln for ln in lines[others:current])  # the sleeping thread


def test_the_other_threads_are_cut_short_and_nothing_is_said_without_a_crash() -> None:
    frames = [f'  File "m.py", line {n} in f{n}' for n in range(20)]
    dump = "\n".join(
        [
            *("running: t", "Fatal Python error: Segmentation fault", ""),
            *("Thread 0x1 (most recent call first):", *frames, ""),
            *("Current thread 0x2 (most recent call first):", *frames, ""),
        ]
    )
    out = report(dump).splitlines()
    assert out.count('  File "m.py", line 0 in f0') == 2  # both threads' innermost frame
    assert out.count(frames[CURRENT_FRAMES - 1]) == 1 and frames[CURRENT_FRAMES] not in out
    first_other = out.index("Thread 0x1 (most recent call first):")
    assert out[first_other + 1 : first_other + 1 + OTHER_FRAMES] == frames[:OTHER_FRAMES]
    assert report("running: t\n") == ""


def test_a_test_that_runs_too_long_ends_the_run_with_the_main_threads_stack(
    tmp_path: Path,
) -> None:
    log = tmp_path / "fault.log"
    code = (
        "import threading, time\n"
        "import tests.conftest as c\n"
        "class Item: nodeid = 'tests/x.py::test_stuck'\n"
        "running = c.pytest_runtest_protocol(Item(), None)\n"
        "next(running)\n"
        "threading.Thread(target=time.sleep, args=(30,), daemon=True).start()\n"
        "def stuck_here():\n"
        "    time.sleep(30)\n"
        "stuck_here()\n"
    )
    env = {**os.environ, "MELLAF_FAULT_LOG": str(log), "MELLAF_TEST_TIMEOUT_S": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 1  # ended by the watchdog, well before the 30 s sleep
    lines = report(log.read_text(encoding="utf-8")).splitlines()
    assert lines[0] == "== the test process was stopped: a test ran too long (fault handler)"
    main = lines.index(next(ln for ln in lines if ln.startswith("-- the main thread")))
    assert "stuck_here" in lines[main + 2]
    assert "running: tests/x.py::test_stuck" in lines[main:]
