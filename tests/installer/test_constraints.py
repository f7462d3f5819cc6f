"""installer/constraints.txt pins every Python package a setup installs; it must agree with the
pins of pyproject.toml, or pip refuses to install (or a fresh setup drifts from what CI tested)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)(\[[^\]]*\])?==([^\s;#]+)")


def _name(raw: str) -> str:
    return re.sub(r"[-_.]+", "-", raw).lower()


def _constraints() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "installer/constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = _PIN.match(line)
        assert match, f"not a plain pin: {line!r}"
        name = _name(match.group(1))
        assert name not in pins, f"{name} pinned twice"
        pins[name] = match.group(3)
    return pins


def test_constraints_agree_with_the_project_pins() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"]) + list(project["optional-dependencies"]["dev"])
    pins = _constraints()
    checked = 0
    for requirement in wanted:
        match = _PIN.match(requirement)
        if match is None:
            assert _name(requirement) in pins, f"{requirement} is pinned nowhere"
            continue
        name = _name(match.group(1))
        assert pins.get(name) == match.group(3), f"{name}: pyproject {match.group(3)}"
        checked += 1
    assert checked >= 20 and "cryptography" in pins
