"""`sign` / `verify` from the command line with a PKCS#12 file, in real processes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.unit.signing.cli import one_line_error, run_cli
from tests.unit.signing.pdfs import MARKER, make_pdf

PASS = "cli-pass"


@pytest.fixture(scope="module")
def p12(test_pki: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "officer.p12"
    test_pki.issue_pkcs12(path, "Test Officer CLI", PASS.encode())
    return path


def test_sign_then_verify(p12: Path, test_pki: Any, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    signed = run_cli(
        "sign", "--in", src, "--out", out, "--p12", p12, env={"MELLAF_P12_PASSWORD": PASS}
    )
    assert signed.returncode == 0, signed.stderr
    assert "Test Officer CLI" in signed.stdout
    assert signed.stderr == ""

    text = run_cli("verify", out, "--trust", test_pki.root_pem)
    assert text.returncode == 0, text.stderr
    for words in ("Test Officer CLI", "B-B", "entire file", "time:"):
        assert words in text.stdout

    as_json = run_cli("verify", out, "--trust", test_pki.root_pem, "--json")
    assert as_json.returncode == 0
    data = json.loads(as_json.stdout)
    assert data["ok"] is True
    assert data["signatures"][0]["signer"] == "Test Officer CLI"
    assert data["signatures"][0]["coverage"] == "entire file"


def test_sign_b_t(p12: Path, test_pki: Any, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    signed = run_cli(
        "sign", "--in", make_pdf(tmp_path / "in.pdf"), "--out", out, "--p12", p12,
        "--level", "B-T", "--tsa", test_pki.tsa_url,
        env={"MELLAF_P12_PASSWORD": PASS},
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    data = json.loads(run_cli("verify", out, "--trust", test_pki.root_pem, "--json").stdout)
    assert data["signatures"][0]["level"] == "B-T"


def test_wrong_password_one_line_and_no_output(p12: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    result = run_cli(
        "sign", "--in", make_pdf(tmp_path / "in.pdf"), "--out", out, "--p12", p12,
        env={"MELLAF_P12_PASSWORD": "nope"},
    )  # fmt: skip
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert "password is wrong" in line
    assert "nope" not in result.stderr + result.stdout
    assert not out.exists()


def test_not_a_pdf(p12: Path, tmp_path: Path) -> None:
    src = tmp_path / "in.pdf"
    src.write_text("hello")
    out = tmp_path / "out.pdf"
    result = run_cli(
        "sign", "--in", src, "--out", out, "--p12", p12, env={"MELLAF_P12_PASSWORD": PASS}
    )
    assert result.returncode == 1
    assert "not a PDF" in one_line_error(result.stderr)
    assert not out.exists()


def test_usage_errors(p12: Path, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    no_tsa = run_cli("sign", "--in", src, "--out", tmp_path / "o.pdf", "--p12", p12,
                     "--level", "B-T")  # fmt: skip
    assert no_tsa.returncode == 2
    assert "--tsa" in one_line_error(no_tsa.stderr)
    no_label = run_cli("sign", "--in", src, "--out", tmp_path / "o.pdf",
                       "--pkcs11-module", "/x.so")  # fmt: skip
    assert no_label.returncode == 2
    assert "--token-label" in one_line_error(no_label.stderr)
    both = run_cli("sign", "--in", src, "--out", tmp_path / "o.pdf", "--p12", p12,
                   "--pkcs11-module", "/x.so")  # fmt: skip
    assert both.returncode == 2  # argparse: not allowed together


def test_missing_module(tmp_path: Path) -> None:
    result = run_cli(
        "sign", "--in", make_pdf(tmp_path / "in.pdf"), "--out", tmp_path / "o.pdf",
        "--pkcs11-module", tmp_path / "libmissing.so", "--token-label", "T",
    )  # fmt: skip
    assert result.returncode == 1
    assert "could not be loaded (file not found)" in one_line_error(result.stderr)


def test_verify_failures(p12: Path, test_pki: Any, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    run_cli("sign", "--in", make_pdf(tmp_path / "in.pdf"), "--out", out, "--p12", p12,
            env={"MELLAF_P12_PASSWORD": PASS})  # fmt: skip
    data = bytearray(out.read_bytes())
    data[data.index(MARKER)] ^= 0x20
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    result = run_cli("verify", tampered, "--trust", test_pki.root_pem)
    assert result.returncode == 1
    assert "changed after signing" in one_line_error(result.stderr)
    assert "intact: no" in result.stdout

    untrusted = run_cli("verify", out)  # no trust anchor given
    assert untrusted.returncode == 1
    one_line_error(untrusted.stderr)

    unsigned = run_cli("verify", make_pdf(tmp_path / "plain.pdf"), "--trust", test_pki.root_pem)
    assert unsigned.returncode == 1
    assert "no signature" in one_line_error(unsigned.stderr)

    junk = tmp_path / "junk.pdf"
    junk.write_text("junk")
    broken = run_cli("verify", junk, "--trust", test_pki.root_pem)
    assert broken.returncode == 1
    assert "not a PDF" in one_line_error(broken.stderr)


def test_sign_offline_b_b_with_a_stamp_then_raise_to_b_lt(
    p12: Path, test_pki: Any, tmp_path: Path
) -> None:
    bb = tmp_path / "bb.pdf"
    signed = run_cli(
        "sign", "--in", make_pdf(tmp_path / "in.pdf"), "--out", bb, "--p12", p12,
        "--visible", "--stamp-name-ar", "موظف تجريبي", "--stamp-role", "RH",
        env={"MELLAF_P12_PASSWORD": PASS},
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    lt = tmp_path / "lt.pdf"
    raised = run_cli(
        "raise-lt", "--in", bb, "--out", lt, "--tsa", test_pki.tsa_url,
        "--trust", test_pki.root_pem,
    )  # fmt: skip
    assert raised.returncode == 0, raised.stderr
    assert "B-LT" in raised.stdout
    data = json.loads(run_cli("verify", lt, "--trust", test_pki.root_pem, "--json").stdout)
    assert data["ok"] is True
    assert [s["kind"] for s in data["signatures"]] == ["signature", "document timestamp"]

    down = run_cli(
        "raise-lt", "--in", bb, "--out", tmp_path / "x.pdf", "--tsa", "http://127.0.0.1:9/tsa",
        "--trust", test_pki.root_pem,
    )  # fmt: skip
    assert down.returncode == 1
    assert "timestamp server" in one_line_error(down.stderr)
    assert not (tmp_path / "x.pdf").exists()
