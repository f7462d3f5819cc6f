"""`mellaf sandbox [--host H] [--port N] [--data DIR] [--affiliates N]`: serve the platform sandbox.

The first line on stdout is the base URL (e.g. http://127.0.0.1:8765/api/v1); the server runs
until SIGINT or SIGTERM. Data (SQLite, uploads, accounts.json) lives in --data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_DATA = "./sandbox-data"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "sandbox",
        help="serve the platform sandbox (fictional data, loopback only)",
        description="Serve the fund platform's sandbox: fictional affiliates and accounts for "
        "demos, training and tests. Accounts and passwords are written to DATA/accounts.json.",
    )
    p.add_argument("--host", default="127.0.0.1", help="loopback address (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port, 0 for any free one (8765)")
    p.add_argument(
        "--data", default=DEFAULT_DATA, metavar="DIR", help=f"data folder ({DEFAULT_DATA})"
    )
    p.add_argument(
        "--affiliates",
        type=int,
        default=200,
        metavar="N",
        help="affiliates of the demo commune, seeded on first start (200)",
    )
    p.add_argument(
        "--allow-non-loopback",
        action="store_true",
        help="listen on a non-loopback address anyway (the data is fictional)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.sandbox.server import serve_foreground  # FastAPI is loaded only for this command

    def announce(base_url: str) -> None:
        print(base_url, flush=True)
        print(
            f"mellaf: sandbox ready; accounts in {Path(args.data) / 'accounts.json'}; "
            "stop with Ctrl+C",
            file=sys.stderr,
            flush=True,
        )

    if args.affiliates < 0 or not 0 <= args.port <= 65535:
        print("mellaf: --affiliates and --port must be positive numbers", file=sys.stderr)
        return 2
    if not (Path(args.data) / "sandbox.sqlite").exists():
        print(
            f"mellaf: first start: creating {args.affiliates} fictional affiliates...",
            file=sys.stderr,
            flush=True,
        )
    try:
        serve_foreground(
            Path(args.data),
            host=args.host,
            port=args.port,
            affiliates=args.affiliates,
            allow_non_loopback=args.allow_non_loopback,
            announce=announce,
        )
    except (ValueError, OSError) as exc:
        print(f"mellaf: {exc}", file=sys.stderr)
        return 2
    return 0
