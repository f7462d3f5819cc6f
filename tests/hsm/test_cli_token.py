"""`sign` / `verify` with the SoftHSM token, in real processes."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from tests.unit.signing.cli import one_line_error, run_cli
from tests.unit.signing.pdfs import make_pdf

pytestmark = pytest.mark.hsm


def token_args(token: Any, src: Path, out: Path) -> list[str | Path]:
    return [
        "sign", "--in", src, "--out", out,
        "--pkcs11-module", token.module_path,
        "--token-label", token.token_label,
        "--key-label", token.rsa_key_label,
    ]  # fmt: skip


def test_sign_with_the_token_then_verify(softhsm_token: Any, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    result = run_cli(
        *token_args(softhsm_token, src, out), env={"MELLAF_PIN": softhsm_token.user_pin}
    )
    assert result.returncode == 0, result.stderr
    assert softhsm_token.user_pin not in result.stdout + result.stderr
    checked = run_cli("verify", out, "--trust", softhsm_token.ca_cert_path)
    assert checked.returncode == 0, checked.stderr
    assert "Test Officer RSA" in checked.stdout


def test_wrong_pin(softhsm_token: Any, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    out = tmp_path / "out.pdf"
    result = run_cli(*token_args(softhsm_token, src, out), env={"MELLAF_PIN": "999999"})
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert "PIN is wrong" in line
    assert "999999" not in result.stderr + result.stdout
    assert not out.exists()
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before


def test_no_pin_and_no_terminal(softhsm_token: Any, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    result = run_cli(*token_args(softhsm_token, make_pdf(tmp_path / "in.pdf"), out))
    assert result.returncode == 1
    assert "MELLAF_PIN" in one_line_error(result.stderr)
    assert not out.exists()


def test_unknown_token(softhsm_token: Any, tmp_path: Path) -> None:
    args = token_args(softhsm_token, make_pdf(tmp_path / "in.pdf"), tmp_path / "out.pdf")
    args[args.index("--token-label") + 1] = "absent-token"
    result = run_cli(*args, env={"MELLAF_PIN": softhsm_token.user_pin})
    assert result.returncode == 1
    assert "was not found" in one_line_error(result.stderr)
