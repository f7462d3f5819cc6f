"""The version the app shows, with the build facts a bundle carries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import app
from app.services.version import BUILD_INFO_FILE, VersionInfo, version_info


def test_source_checkout_has_no_build_facts(tmp_path: Path) -> None:
    info = version_info(tmp_path)
    assert info == VersionInfo(version=app.__version__)
    assert info.describe() == f"{app.__version__} (source checkout)"


def test_bundle_build_facts_are_read(tmp_path: Path) -> None:
    (tmp_path / BUILD_INFO_FILE).write_text(
        json.dumps({"commit": "1a2b3c4d5e6f7a8b", "built": "2026-11-23"}), encoding="utf-8"
    )
    info = version_info(tmp_path)
    assert info.frozen and info.commit == "1a2b3c4d5e6f"
    assert info.describe() == f"{app.__version__} (build 1a2b3c4d5e6f, 2026-11-23)"


@pytest.mark.parametrize("content", ["not json", "[1, 2]", ""])
def test_a_damaged_build_file_is_ignored(tmp_path: Path, content: str) -> None:
    (tmp_path / BUILD_INFO_FILE).write_text(content, encoding="utf-8")
    assert version_info(tmp_path).version == app.__version__


@pytest.mark.gui
def test_header_shows_the_version(qtbot: object) -> None:
    from app.ui.views.header import HeaderBar

    header = HeaderBar()
    qtbot.addWidget(header)  # type: ignore[attr-defined]
    assert app.__version__ in header.version.text()
