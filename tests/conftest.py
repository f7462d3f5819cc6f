"""Shared fixtures. Real parts only: SQLite files, the sandbox over HTTP, SoftHSM, Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.support.softhsm", "tests.support.pki", "tests.support.fixtures"]
