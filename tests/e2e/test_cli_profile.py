"""The profile commands as real processes against the sandbox over HTTP."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sandbox.server import RunningSandbox, start_in_thread

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=30)
    yield running
    running.stop()


def mellaf(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MELLAF_PASSWORD"}
    if password is not None:
        env["MELLAF_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def password(sandbox: RunningSandbox, account: str) -> str:
    rows = json.loads((sandbox.data_dir / "accounts.json").read_text())
    return str(next(a["password"] for a in rows if a["id"] == account))


def test_login_sync_queue_audit(sandbox: RunningSandbox, tmp_path: Path) -> None:
    profile = str(tmp_path / "p")
    run = mellaf(
        "--profile",
        profile,
        "login",
        "--platform",
        sandbox.base_url,
        "--account",
        "demo.preparer",
        password=password(sandbox, "demo.preparer"),
    )
    assert run.returncode == 0, run.stderr
    assert "demo.preparer" in run.stdout

    run = mellaf("--profile", profile, "sync")
    assert run.returncode == 0, run.stderr
    assert "received 30, applied 30" in run.stdout
    db = sqlite3.connect(Path(profile) / "mellaf.sqlite")
    assert db.execute("SELECT COUNT(*) FROM affiliates").fetchone()[0] == 30
    db.close()

    run = mellaf("--profile", profile, "queue", "status", "--json")
    assert run.returncode == 0 and run.stdout == ""
    run = mellaf("--profile", profile, "queue", "run")
    assert run.returncode == 0 and "done 0, waiting 0" in run.stdout

    run = mellaf("--profile", profile, "audit", "verify")
    assert run.returncode == 0 and "intact" in run.stdout


def test_wrong_password_is_one_line_in_words(sandbox: RunningSandbox, tmp_path: Path) -> None:
    run = mellaf(
        "--profile",
        str(tmp_path / "p"),
        "login",
        "--platform",
        sandbox.base_url,
        "--account",
        "demo.preparer",
        password="not-the-password",
    )
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert "not-the-password" not in run.stderr + run.stdout


def test_dead_platform_is_one_line_in_words(tmp_path: Path) -> None:
    run = mellaf(
        "--profile",
        str(tmp_path / "p"),
        "login",
        "--platform",
        "http://127.0.0.1:9/api/v1",
        "--account",
        "demo.preparer",
        password="x",
    )
    assert run.returncode != 0
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_sync_without_session_says_what_to_do(tmp_path: Path) -> None:
    run = mellaf("--profile", str(tmp_path / "p"), "sync")
    assert run.returncode == 1 and "mellaf login" in run.stderr
