"""The command line loads only the module of the command it runs; its table of commands matches
what the modules register, and `--help` still lists them all."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from app.cli import COMMANDS, build_parser


def _commands(parser: argparse.ArgumentParser) -> list[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_the_table_names_what_each_module_registers() -> None:
    every = build_parser()
    assert _commands(every) == [name for names in COMMANDS.values() for name in names]
    for names in COMMANDS.values():
        for name in names:
            assert set(names) <= set(_commands(build_parser([name])))


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ["gui"]),
        (["--profile", "queue", "--demo"], ["gui"]),  # a profile folder named like a command
        (["--lang", "ar", "--demo"], ["gui"]),
        (["-v", "queue", "status"], ["login", "queue", "audit"]),
        (["--profile=/p", "verify", "x.pdf"], ["sign", "raise-lt", "verify"]),
        (["sandbox", "--help"], ["sandbox"]),
    ],
)
def test_only_the_named_command_is_registered(argv: list[str], expected: list[str]) -> None:
    assert _commands(build_parser(argv)) == expected


@pytest.mark.parametrize("argv", [["--help"], ["-h", "queue"], ["no-such-command"]])
def test_help_and_unknown_commands_see_them_all(argv: list[str]) -> None:
    assert len(_commands(build_parser(argv))) == sum(len(n) for n in COMMANDS.values())


def test_the_gui_start_imports_no_other_command() -> None:
    code = (
        "import sys, app.cli;"
        "args = app.cli.build_parser(['--demo']).parse_args(['--demo']);"
        "print(args.func.__module__);"
        "print(sorted(m for m in sys.modules if m.startswith('app.commands.')"
        " or m in ('requests', 'app.services.account_sync')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    module, loaded = out.stdout.split("\n")[:2]
    assert module == "app.commands.gui"
    assert loaded == "['app.commands.common', 'app.commands.gui']"


def test_help_lists_every_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app.cli", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    for names in COMMANDS.values():
        for name in names:
            assert f"    {name} " in out.stdout or f"    {name}\n" in out.stdout
