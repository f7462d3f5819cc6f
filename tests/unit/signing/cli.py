"""Run the `sign` / `verify` subcommands in a real process (until `mellaf` wires them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

PROGRAM = (
    "import argparse, sys\n"
    "from app.commands.sign import register\n"
    "parser = argparse.ArgumentParser(prog='mellaf')\n"
    "register(parser.add_subparsers(dest='command', required=True))\n"
    "args = parser.parse_args(sys.argv[1:])\n"
    "sys.exit(args.func(args))\n"
)


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("MELLAF_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-c", PROGRAM, *map(str, args)],
        cwd=REPO,
        env=full_env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("mellaf: ")
    return lines[0]
