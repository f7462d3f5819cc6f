"""Helpers shared by the command modules: opening the profile, one-line errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.config.paths import default_profile_dir
from app.config.profile import load_profile
from app.config.settings import Settings
from app.services.context import Context


def profile_dir(args: argparse.Namespace) -> Path:
    given = getattr(args, "profile", None)
    return Path(given) if given else default_profile_dir(demo=bool(getattr(args, "demo", False)))


def open_context(args: argparse.Namespace) -> tuple[Context, Settings]:
    folder = profile_dir(args)
    settings = Settings(folder / "settings.json")
    ctx = Context.open(folder, load_profile(settings.text("fund")))
    return ctx, settings


def fail(message: str, code: int = 1) -> int:
    print(f"mellaf: {message}", file=sys.stderr)
    return code
