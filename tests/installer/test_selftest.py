"""`mellaf --self-test` from the dev venv: the same command the bundle runs after a build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import normalise_argv

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ("version", "resources", "profile", "signing", "qt", "widgets", "qtpdf", "sandbox")


def _self_test(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    return subprocess.run(
        [sys.executable, "-m", "app", "--self-test", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
        check=False,
    )


def _lines(out: str) -> dict[str, str]:
    found = {}
    for line in out.splitlines():
        status, _, rest = line.partition("  ")
        if status.strip() in ("ok", "FAIL", "skip") and ":" in rest:
            found[rest.split(":", 1)[0].strip()] = status.strip()
    return found


def test_self_test_passes_and_loads_the_token_module(softhsm_token: Any, tmp_path: Path) -> None:
    done = _self_test("--pkcs11-module", softhsm_token.module_path, home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    checks = _lines(done.stdout)
    for name in (*EXPECTED, "translations ar", "translations fr", "pkcs11"):
        assert checks.get(name) == "ok", f"{name}: {done.stdout}"
    assert "self-test passed" in done.stdout
    assert "Traceback" not in done.stderr
    assert not list(tmp_path.rglob("mellaf.sqlite")), "the self-test must not create a profile"


def test_self_test_fails_in_words_on_a_missing_module(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-middleware.so"
    done = _self_test("--pkcs11-module", str(missing), home=tmp_path)
    assert done.returncode == 1
    checks = _lines(done.stdout)
    assert checks["pkcs11"] == "FAIL"
    assert checks["signing"] == "ok"  # the other checks still ran
    assert "could not be loaded" in done.stdout and str(missing) in done.stdout
    assert "self-test FAILED: 1 of" in done.stdout


def test_self_test_flag_and_command_are_the_same() -> None:
    assert normalise_argv(["--self-test", "--pkcs11-module", "x"]) == [
        "self-test",
        "--pkcs11-module",
        "x",
    ]
    assert normalise_argv(["gui", "--demo"]) == ["gui", "--demo"]


@pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX shell scripts")
def test_installer_scripts_are_valid_shell() -> None:
    for script in ("installer/build-linux.sh", "installer/linux/install.sh"):
        done = subprocess.run(["bash", "-n", str(ROOT / script)], capture_output=True, text=True)
        assert done.returncode == 0, f"{script}: {done.stderr}"
