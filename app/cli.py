"""Command-line entry: `mellaf [--profile DIR] [--demo] [--lang L] [COMMAND ...]`.

Without a command the GUI starts. Every command returns an exit code and reports failures as one
line in words, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from app import __version__
from app.commands import accounts as accounts_commands
from app.commands import affiliates as affiliate_commands
from app.commands import data as data_commands
from app.commands import gui as gui_command
from app.commands import package as package_commands
from app.commands import pdf as pdf_commands
from app.commands import sandbox as sandbox_command
from app.commands import screenshots as screenshots_command
from app.commands import selftest as selftest_command
from app.commands import sign as sign_commands
from app.commands import token as token_commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mellaf", description="Pension dossiers for the fund's e-retraite platform."
    )
    parser.add_argument("--version", action="version", version=f"mellaf {__version__}")
    parser.add_argument("--profile", metavar="DIR", help="profile folder (database, documents)")
    parser.add_argument("--demo", action="store_true", help="demo mode: embedded sandbox")
    parser.add_argument("--lang", choices=("ar", "fr", "en"), help="interface language")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more (never secrets)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui_command.register(sub)
    sandbox_command.register(sub)
    data_commands.register(sub)
    package_commands.register(sub)
    accounts_commands.register(sub)
    affiliate_commands.register(sub)
    sign_commands.register(sub)
    token_commands.register(sub)
    pdf_commands.register(sub)
    screenshots_command.register(sub)
    selftest_command.register(sub)
    parser.set_defaults(func=gui_command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(
        selftest_command.normalise_argv(sys.argv[1:] if argv is None else argv)
    )
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        print("mellaf: interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
