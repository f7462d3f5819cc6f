"""Where resources and per-user data live."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs


def resources_dir() -> Path:
    """The resources/ folder: beside the package in a checkout, inside the bundle when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def default_profile_dir(demo: bool = False) -> Path:
    base = Path(platformdirs.user_data_dir("Mellaf", appauthor=False))
    return base / ("demo" if demo else "default")
