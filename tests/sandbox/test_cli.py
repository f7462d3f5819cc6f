"""`mellaf sandbox`: the base URL on the first line of stdout, a clean exit on SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from app.commands import sandbox as sandbox_command

RUN = (
    "import argparse, sys\n"
    "from app.commands import sandbox\n"
    "p = argparse.ArgumentParser()\n"
    "sub = p.add_subparsers()\n"
    "sandbox.register(sub)\n"
    "args = p.parse_args(sys.argv[1:])\n"
    "sys.exit(args.func(args))\n"
)


def test_defaults() -> None:
    parser = argparse.ArgumentParser()
    sandbox_command.register(parser.add_subparsers())
    args = parser.parse_args(["sandbox"])
    assert (args.host, args.port, args.data, args.affiliates) == (
        "127.0.0.1",
        8765,
        "./sandbox-data",
        200,
    )
    assert args.func is sandbox_command.run


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serves_until_signalled(tmp_path: Path, sig: signal.Signals) -> None:
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            RUN,
            "sandbox",
            "--port",
            "0",
            "--data",
            str(tmp_path / "d"),
            "--affiliates",
            "5",
        ],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api/v1")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(base_url + "/health", timeout=10) as resp:
            assert json.load(resp)["status"] == "ok"
        assert (tmp_path / "d" / "accounts.json").exists()
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert out == ""  # nothing after the URL


def test_refuses_a_public_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    sandbox_command.register(parser.add_subparsers())
    args = parser.parse_args(["sandbox", "--host", "0.0.0.0", "--data", str(tmp_path)])
    assert args.func(args) == 2
    assert "loopback" in capsys.readouterr().err
