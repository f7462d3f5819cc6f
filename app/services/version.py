"""The version Mellaf shows (window, ``--version``, self-test) and what a bundle says of its build.

A bundle built by ``installer/build-linux.sh`` or the Windows workflow carries
``resources/build-info.json`` (``{"commit": ..., "built": ...}``); a source checkout has none.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from app import __version__
from app.config.paths import resources_dir

BUILD_INFO_FILE = "build-info.json"


@dataclass(frozen=True)
class VersionInfo:
    version: str
    commit: str = ""
    built: str = ""
    frozen: bool = False

    def describe(self) -> str:
        """One line for people: ``"0.1.0 (build 1a2b3c4, 2026-11-23)"``."""
        if not self.frozen:
            return f"{self.version} (source checkout)"
        facts = [f"build {self.commit}" if self.commit else "", self.built]
        kept = [f for f in facts if f]
        return f"{self.version} ({', '.join(kept)})" if kept else self.version


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def version_info(resources: Path | None = None) -> VersionInfo:
    """The running version, with the build facts of a bundle when it has them."""
    frozen = is_frozen()
    path = (resources or resources_dir()) / BUILD_INFO_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    return VersionInfo(
        version=__version__,
        commit=str(data.get("commit", ""))[:12],
        built=str(data.get("built", "")),
        frozen=frozen or bool(data),
    )
