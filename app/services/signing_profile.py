"""The ``signature:`` block of the fund profile, read without loading the signing layer (the
GUI asks for it while the officer looks at the signing dialog)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from app.config.paths import resources_dir


def profile_signature_block(fund_id: str, root: Path | None = None) -> dict[str, Any]:
    """The ``signature:`` block of the fund profile (empty when absent or unreadable)."""
    path = (root or resources_dir() / "profiles") / fund_id / "profile.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    block = data.get("signature") if isinstance(data, dict) else None
    return block if isinstance(block, dict) else {}
