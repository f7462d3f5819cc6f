"""The Linux bundle, built for real: only with MELLAF_BUILD_BUNDLE=1 (it takes a few minutes).

    MELLAF_BUILD_BUNDLE=1 .venv/bin/pytest -q tests/installer/test_bundle.py -s

Builds with installer/build-linux.sh (which self-tests the bundle in a clean environment), then
checks the result from a copy in another folder: no path back to the checkout or the venv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import app

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "mellaf"
MAX_MB = 300  # measured 205 MB (Qt 6.12, no WebEngine): a big jump means an unwanted module

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("MELLAF_BUILD_BUNDLE") != "1", reason="set MELLAF_BUILD_BUNDLE=1 to build"
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


def _size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20  # MiB, as du -sh counts


def _clean_env(home: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}


@pytest.fixture(scope="module")
def built() -> Path:
    env = {**os.environ, "MELLAF_SKIP_SETUP": "1"}
    done = subprocess.run(
        ["bash", "installer/build-linux.sh"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    print(done.stdout[-3000:])
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "self-test passed" in done.stdout
    return BUNDLE


def test_bundle_is_complete_and_lean(built: Path) -> None:
    assert (built / "mellaf").is_file() and os.access(built / "mellaf", os.X_OK)
    for name in ("install.sh", "mellaf.desktop", "mellaf.png", "mellaf.svg"):
        assert (built / name).is_file(), name
    names = [str(p.relative_to(built)) for p in built.rglob("*")]
    assert any("libqxcb" in n for n in names) and any("libqoffscreen" in n for n in names)
    assert any("libQt6Pdf" in n for n in names)
    assert any(n.endswith("resources/translations/mellaf_ar.qm") for n in names)
    assert not [n for n in names if "WebEngine" in n or "libQt6Qml" in n or "libQt6Quick" in n]
    assert not [n for n in names if n.endswith(".ts") or "screenshots" in n]
    size = _size_mb(built)
    print(f"bundle: {size:.0f} MB in {len(names)} entries")
    assert size < MAX_MB


def test_a_copy_elsewhere_runs_without_the_checkout(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "opt" / "mellaf"
    shutil.copytree(built, copy, symlinks=True)
    home = tmp_path / "home"
    home.mkdir()
    version = subprocess.run(
        [str(copy / "mellaf"), "--version"],
        env=_clean_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        check=False,
    )
    assert version.stdout.strip() == f"mellaf {app.__version__}"
    done = subprocess.run(
        [str(copy / "mellaf"), "--self-test"],
        env=_clean_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert str(ROOT) not in done.stdout  # resources come from the copy, not the checkout
    assert str(copy) in done.stdout
