"""`mellaf token diagnose` and `mellaf token list` in a real process, on SoftHSM."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.hsm


def mellaf(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MELLAF_")}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "--profile", str(profile), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_diagnose_reports_each_candidate(softhsm_token: Any, tmp_path: Path) -> None:
    missing = tmp_path / "libeTPkcs11.so"
    run = mellaf("token", "diagnose", "--module", str(missing), profile=tmp_path / "p")
    assert run.returncode == 0, run.stderr  # SoftHSM loads: one usable module
    lines = run.stdout.splitlines()
    first = next(line for line in lines if str(missing) in line)
    assert first.startswith("missing") and "[settings]" in first
    assert any(line.startswith("loadable") and softhsm_token.module_path in line for line in lines)
    as_json = mellaf("token", "diagnose", "--json", profile=tmp_path / "p")
    reports = json.loads(as_json.stdout)
    soft = next(r for r in reports if r["path"] == softhsm_token.module_path)
    assert soft["status"] == "loadable"
    assert any(t.startswith(softhsm_token.token_label) for t in soft["tokens"])


def test_list_shows_tokens_certificates_and_pin_state(softhsm_token: Any, tmp_path: Path) -> None:
    run = mellaf("token", "list", "--module", softhsm_token.module_path, profile=tmp_path / "p")
    assert run.returncode == 0, run.stderr
    assert f"Token {softhsm_token.token_label}" in run.stdout
    assert "Test Officer RSA" in run.stdout and "usable for signing" in run.stdout
    assert softhsm_token.user_pin not in run.stdout
    data = json.loads(
        mellaf(
            "token", "list", "--module", softhsm_token.module_path, "--json", profile=tmp_path / "p"
        ).stdout
    )
    ours = next(t for t in data if t["label"] == softhsm_token.token_label)
    assert ours["pin_locked"] is False
    labels = {c["label"] for c in ours["certificates"]}
    assert {softhsm_token.rsa_key_label, softhsm_token.ec_key_label} <= labels


def test_list_with_a_missing_module_is_one_line(tmp_path: Path) -> None:
    run = mellaf("token", "list", "--module", str(tmp_path / "x.so"), profile=tmp_path / "p")
    assert run.returncode == 1
    assert run.stderr.startswith("mellaf: ") and len(run.stderr.strip().splitlines()) == 1
