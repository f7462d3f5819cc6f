"""Run PDF and image work in a child process with a time and a memory budget.

The child (app/pdf/worker.py) limits its own address space and CPU time (resource.setrlimit);
on Windows this side puts it in a Job Object with a memory limit (app/pdf/winjob.py). This side
enforces the wall-clock limit and kills the child when it is over. A decompression
bomb or a pathological file therefore costs at most the budget, never the application.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.pdf import reasons as R
from app.pdf import winjob
from app.pdf.limits import DEFAULT, Limits

log = logging.getLogger(__name__)


class WorkFailed(Exception):
    """The child could not do the work; ``reason`` is one of app.pdf.reasons."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


# Windows: a child that failed to allocate past its job's limit outside Python's reach.
_STATUS_NO_MEMORY = 0xC0000017


def _confine(child: subprocess.Popen[str], limits: Limits) -> winjob.Job | None:
    """Windows: the child's memory budget as a Job Object (Linux/macOS: see app/pdf/worker.py).

    Windows 8 and later nest jobs, so this also works when Mellaf itself runs in one. Should it
    fail anyway, the child runs with the wall-clock budget only; the reason goes to the log.
    """
    if sys.platform != "win32":
        return None
    try:
        return winjob.confine(child.pid, limits.memory_bytes)
    except OSError as exc:
        log.warning("intake child without a memory budget: %s", exc)
        return None


def _command() -> list[str]:
    if getattr(sys, "frozen", False):  # a PyInstaller build: the executable is Mellaf itself
        return [sys.executable, "pdf", "worker"]
    return [sys.executable, "-m", "app.pdf.worker"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONWARNINGS", None)
    return env


def run(request: dict[str, Any], limits: Limits = DEFAULT) -> dict[str, Any]:
    """Send ``request`` to a fresh child; its JSON answer, or WorkFailed."""
    payload = json.dumps({**request, "limits": asdict(limits)})
    with subprocess.Popen(
        _command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    ) as child:
        job = _confine(child, limits)  # before the child has anything to work on
        try:
            out, err = child.communicate(payload, timeout=limits.time_s)
        except subprocess.TimeoutExpired as exc:
            child.kill()
            child.communicate()
            raise WorkFailed(R.TIMEOUT) from exc
        except BaseException:  # as subprocess.run: never leave the child behind
            child.kill()
            raise
        finally:
            if job is not None:
                job.close()
    done = subprocess.CompletedProcess(child.args, child.returncode, out, err)
    if done.returncode != 0 or not done.stdout.strip():
        # Killed by RLIMIT_CPU (SIGXCPU) or the kernel, or died while allocating.
        if done.returncode in (-24, 128 + 24) or "CPU" in done.stderr:
            raise WorkFailed(R.TIMEOUT, done.stderr[-400:])
        if "MemoryError" in done.stderr or done.returncode in (-9, 137, _STATUS_NO_MEMORY):
            raise WorkFailed(R.MEMORY, done.stderr[-400:])
        raise WorkFailed(R.CRASHED, done.stderr[-400:])
    try:
        answer = json.loads(done.stdout)
    except ValueError as exc:
        raise WorkFailed(R.CRASHED, done.stdout[-400:]) from exc
    if not isinstance(answer, dict):
        raise WorkFailed(R.CRASHED)
    if answer.get("error") == "memory":
        raise WorkFailed(R.MEMORY)
    if "error" in answer:
        raise WorkFailed(R.CRASHED, str(answer.get("detail", "")))
    return answer
