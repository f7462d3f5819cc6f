"""Command-line entry: `mellaf [--profile DIR] [--demo] [--lang L] [COMMAND ...]`.

Without a command the GUI starts. Every command returns an exit code and reports failures as one
line in words, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from app import __version__

# The commands each module of app.commands registers, in the order `--help` lists them. Only the
# module of the command given is imported: the GUI start (no command) imports none of the others
# and their services (about 15 ms of a 0.3 s cold start, issue 8). A test checks this table
# against what the modules register.
COMMANDS: dict[str, tuple[str, ...]] = {
    "gui": ("gui",),
    "sandbox": ("sandbox",),
    "data": ("login", "queue", "audit"),
    "package": ("package",),
    "accounts": ("accounts", "retention"),
    "affiliates": ("sync", "affiliate"),
    "sign": ("sign", "raise-lt", "verify"),
    "token": ("token",),
    "pdf": ("pdf",),
    "screenshots": ("screenshots",),
    "selftest": ("self-test",),
}
# Options of `mellaf` itself that take a value (skipped when looking for the command).
_VALUED_OPTIONS = ("--profile", "--lang")


def _modules_for(argv: Sequence[str] | None) -> list[str]:
    """The command modules to register for `argv`: the command's own (and the GUI's, the
    default), or every one when `argv` asks for help, names no known command or is None."""
    if argv is None:
        return list(COMMANDS)
    args = iter(argv)
    for token in args:
        if token in ("-h", "--help"):
            return list(COMMANDS)
        if token in _VALUED_OPTIONS:
            next(args, None)
        elif not token.startswith("-"):
            module = next((m for m, names in COMMANDS.items() if token in names), None)
            return list(COMMANDS) if module is None else [module]  # unknown: argparse says so
    return ["gui"]


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv` (only the commands it may name: see `COMMANDS`); every command's
    when `argv` is None."""
    parser = argparse.ArgumentParser(
        prog="mellaf", description="Pension dossiers for the fund's e-retraite platform."
    )
    parser.add_argument("--version", action="version", version=f"mellaf {__version__}")
    parser.add_argument("--profile", metavar="DIR", help="profile folder (database, documents)")
    parser.add_argument("--demo", action="store_true", help="demo mode: embedded sandbox")
    parser.add_argument("--lang", choices=("ar", "fr", "en"), help="interface language")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more (never secrets)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _modules_for(argv):
        importlib.import_module(f"app.commands.{name}").register(sub)
    from app.commands import gui as gui_command

    parser.set_defaults(func=gui_command.run)
    return parser


def normalise_argv(argv: Sequence[str]) -> list[str]:
    """Let ``--self-test`` stand for the ``self-test`` command."""
    args = list(argv)
    if "--self-test" in args:
        args[args.index("--self-test")] = "self-test"
    return args


def main(argv: Sequence[str] | None = None) -> int:
    words = normalise_argv(sys.argv[1:] if argv is None else argv)
    args = build_parser(words).parse_args(words)
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
