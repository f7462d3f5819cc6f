"""Shared fixtures. Real parts only: SQLite files, the sandbox over HTTP, SoftHSM, Qt offscreen."""

from __future__ import annotations

import faulthandler
import gc
import os
from collections.abc import Iterator
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


TEST_TIMEOUT_S = float(os.environ.get("MELLAF_TEST_TIMEOUT_S", "300"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """Names the running test in the fault log; past TEST_TIMEOUT_S (setup, call and teardown
    together) every thread's stack is written there and the run ends."""
    if _fault_log is None:
        yield
        return
    _fault_log.seek(0)
    _fault_log.truncate()
    _fault_log.write(f"running: {item.nodeid}\n")
    _fault_log.flush()
    faulthandler.dump_traceback_later(TEST_TIMEOUT_S, exit=True, file=_fault_log)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    """A full collection once the test and its fixtures are done: what it left unclosed (a
    socket, a file) is reported in that test, not at random in whichever later test the
    collector happens to run (CI once failed a test on a socket an earlier load had left)."""
    yield
    gc.collect()
