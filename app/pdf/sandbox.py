"""Run PDF and image work in a child process with a time and a memory budget.

The child (app/pdf/worker.py) limits its own address space and CPU time (resource.setrlimit);
this side enforces the wall-clock limit and kills the child when it is over. A decompression
bomb or a pathological file therefore costs at most the budget, never the application.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.pdf import reasons as R
from app.pdf.limits import DEFAULT, Limits


class WorkFailed(Exception):
    """The child could not do the work; ``reason`` is one of app.pdf.reasons."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


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
    try:
        done = subprocess.run(
            _command(),
            input=payload,
            capture_output=True,
            text=True,
            timeout=limits.time_s,
            env=_env(),
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise WorkFailed(R.TIMEOUT) from exc
    if done.returncode != 0 or not done.stdout.strip():
        # Killed by RLIMIT_CPU (SIGXCPU) or the kernel, or died while allocating.
        if done.returncode in (-24, 128 + 24) or "CPU" in done.stderr:
            raise WorkFailed(R.TIMEOUT, done.stderr[-400:])
        if "MemoryError" in done.stderr or done.returncode in (-9, 137):
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
