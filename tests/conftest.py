"""Shared fixtures. Real parts only: SQLite files, the sandbox over HTTP, SoftHSM, Qt offscreen."""

from __future__ import annotations

import faulthandler
import os
from typing import TextIO

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.support.softhsm", "tests.support.pki", "tests.support.fixtures"]

# A native crash is written to this file (see tests/support/fault_report.py), with the test that
# was running; installer/dev.sh prints it after the run.
_fault_log: TextIO | None = None
if os.environ.get("MELLAF_FAULT_LOG"):
    _fault_log = open(os.environ["MELLAF_FAULT_LOG"], "w", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(_fault_log, all_threads=True)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    if _fault_log is not None:
        _fault_log.seek(0)
        _fault_log.truncate()
        _fault_log.write(f"running: {item.nodeid}\n")
        _fault_log.flush()
