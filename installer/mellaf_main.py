"""Entry point of the PyInstaller bundle: the same as the ``mellaf`` command.

A frozen program has no ``python`` to run helper processes with, so code that starts
``sys.executable -m app.X`` (the PDF worker of app/pdf/sandbox.py) reaches this script with
``-m app.X``: those modules, and only Mellaf's own, run as ``__main__`` here.
"""

import runpy
import sys


def _run_module() -> bool:
    args = sys.argv[1:]
    if len(args) < 2 or args[0] != "-m" or not args[1].startswith("app."):
        return False
    module = args[1]
    sys.argv = [sys.argv[0], *args[2:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    return True


if __name__ == "__main__":
    if not _run_module():
        from app.cli import main  # not imported by helper processes: they start faster

        sys.exit(main())
