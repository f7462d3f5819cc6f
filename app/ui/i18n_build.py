"""Compile the translation sources: ``python -m app.ui.i18n_build`` (.ts -> .qm beside them).

Uses the ``lrelease`` binary shipped inside the PySide6 wheel (the same one ``pyside6-lrelease``
runs). ``--update`` first refreshes the .ts files from the sources with ``lupdate``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import PySide6

from app.config.paths import resources_dir

UI_SOURCES = Path(__file__).resolve().parent
LANGS = ("ar", "fr", "en")  # en: plural forms only (the sources are English)


def _tool(name: str) -> Path:
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise RuntimeError(f"the Qt tool '{name}' is missing from the PySide6 installation")


def ts_files() -> list[Path]:
    """The translation sources; the English one holds only the plural forms."""
    return [resources_dir() / "translations" / f"mellaf_{lang}.ts" for lang in LANGS]


def python_sources() -> list[Path]:
    return sorted(p for p in UI_SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def compile_one(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    done = subprocess.run(
        [str(_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not qm.exists():
        raise RuntimeError(f"lrelease failed on {ts.name}: {done.stderr.strip()}")
    return qm


def update(ts: Path, *, no_obsolete: bool = True) -> None:
    """Refresh ``ts`` from the Python sources of the interface (keeps existing translations)."""
    args = [str(_tool("lupdate")), *map(str, python_sources()), "-locations", "none"]
    if no_obsolete:
        args.append("-no-obsolete")
    if ts.stem.endswith("_en"):
        args.append("-pluralonly")
    done = subprocess.run([*args, "-ts", str(ts)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed on {ts.name}: {done.stderr.strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--update", action="store_true", help="run lupdate on the sources first")
    args = parser.parse_args(argv)
    rc = 0
    for ts in ts_files():
        try:
            if args.update:
                update(ts)
            if ts.exists():
                print(f"{ts.name} -> {compile_one(ts).name}")
        except RuntimeError as exc:
            print(f"i18n_build: {exc}", file=sys.stderr)
            rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main())
