"""The Windows memory budget (Job Object) checked where it can be on any platform: structure
sizes and field offsets against the documented Windows layout, flag values, the bytes handed
to SetInformationJobObject. The kernel32 calls themselves only run on Windows."""

from __future__ import annotations

import ctypes
import sys

import pytest

from app.pdf import sandbox, winjob
from app.pdf.limits import Limits

W = winjob
POINTER = ctypes.sizeof(ctypes.c_void_p)
# Documented sizes (winnt.h; x64 and x86 builds of Windows).
SIZES = {8: {"basic": 64, "extended": 144}, 4: {"basic": 48, "extended": 112}}
BASIC_OFFSETS = {
    8: {
        "PerProcessUserTimeLimit": 0,
        "PerJobUserTimeLimit": 8,
        "LimitFlags": 16,
        "MinimumWorkingSetSize": 24,
        "MaximumWorkingSetSize": 32,
        "ActiveProcessLimit": 40,
        "Affinity": 48,
        "PriorityClass": 56,
        "SchedulingClass": 60,
    },
    4: {
        "PerProcessUserTimeLimit": 0,
        "PerJobUserTimeLimit": 8,
        "LimitFlags": 16,
        "MinimumWorkingSetSize": 20,
        "MaximumWorkingSetSize": 24,
        "ActiveProcessLimit": 28,
        "Affinity": 32,
        "PriorityClass": 36,
        "SchedulingClass": 40,
    },
}
EXTENDED_OFFSETS = {
    8: {"IoInfo": 64, "ProcessMemoryLimit": 112, "JobMemoryLimit": 120, "PeakJobMemoryUsed": 136},
    4: {"IoInfo": 48, "ProcessMemoryLimit": 96, "JobMemoryLimit": 100, "PeakJobMemoryUsed": 108},
}


def test_structures_have_the_documented_windows_layout() -> None:
    assert ctypes.sizeof(W.IO_COUNTERS) == 48
    assert ctypes.sizeof(W.JOBOBJECT_BASIC_LIMIT_INFORMATION) == SIZES[POINTER]["basic"]
    assert ctypes.sizeof(W.JOBOBJECT_EXTENDED_LIMIT_INFORMATION) == SIZES[POINTER]["extended"]
    for name, offset in BASIC_OFFSETS[POINTER].items():
        assert getattr(W.JOBOBJECT_BASIC_LIMIT_INFORMATION, name).offset == offset, name
    for name, offset in EXTENDED_OFFSETS[POINTER].items():
        assert getattr(W.JOBOBJECT_EXTENDED_LIMIT_INFORMATION, name).offset == offset, name


def test_flags_and_constants_have_the_documented_values() -> None:
    assert W.JOB_OBJECT_LIMIT_PROCESS_MEMORY == 0x100
    assert W.JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION == 0x400
    assert W.JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE == 0x2000
    assert W.JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS == 9
    assert (W.PROCESS_TERMINATE, W.PROCESS_SET_QUOTA) == (0x1, 0x100)


def test_the_limit_given_to_the_job_is_the_memory_budget() -> None:
    budget = Limits().memory_bytes
    info = W.limit_information(budget)
    raw = bytes(info)
    flags = int.from_bytes(raw[16:20], "little")
    assert flags == 0x100 | 0x2000 | 0x400
    at = EXTENDED_OFFSETS[POINTER]["ProcessMemoryLimit"]
    assert int.from_bytes(raw[at : at + POINTER], "little") == budget
    # Nothing else is limited: no time, working-set, process-count or job-wide memory limit.
    assert info.BasicLimitInformation.PerProcessUserTimeLimit == 0
    assert info.BasicLimitInformation.ActiveProcessLimit == 0 and info.JobMemoryLimit == 0


@pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows fallback")
def test_elsewhere_the_child_limits_itself() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        W.confine(1, 1 << 20)
    answer = sandbox.run({"op": "examine", "path": "/nonexistent", "name": "x.pdf"})
    assert isinstance(answer, dict)  # no job involved: the worker ran and answered
