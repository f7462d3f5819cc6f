"""Windows: the memory budget of the intake child, as a Job Object.

Linux bounds the child with RLIMIT_AS, which Windows lacks. Here the parent creates a Job Object
whose ProcessMemoryLimit caps the child's committed memory (an allocation past it fails, so Python
raises MemoryError and the child answers "memory"), assigns the child to it before sending the
request, and holds the job's handle: KILL_ON_JOB_CLOSE ends the child if the parent goes away,
and DIE_ON_UNHANDLED_EXCEPTION stops a crashed child from waiting on an error-report dialog.

The structures are declared with fixed-width types (not ctypes.wintypes, whose DWORD is 8 bytes
on Linux) so their layout can be checked on any platform; the kernel32 calls exist only on
Windows (mypy checks them with --platform win32). Untested on a real Windows machine so far.
"""

from __future__ import annotations

import ctypes
import sys

JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9  # JobObjectExtendedLimitInformation
PROCESS_TERMINATE = 0x0001
PROCESS_SET_QUOTA = 0x0100

_DWORD = ctypes.c_uint32
_LARGE_INTEGER = ctypes.c_int64
_SIZE_T = ctypes.c_size_t  # also ULONG_PTR: pointer-sized on Windows as here
_ULONGLONG = ctypes.c_uint64


class IO_COUNTERS(ctypes.Structure):
    _fields_ = [
        ("ReadOperationCount", _ULONGLONG),
        ("WriteOperationCount", _ULONGLONG),
        ("OtherOperationCount", _ULONGLONG),
        ("ReadTransferCount", _ULONGLONG),
        ("WriteTransferCount", _ULONGLONG),
        ("OtherTransferCount", _ULONGLONG),
    ]


class JOBOBJECT_BASIC_LIMIT_INFORMATION(ctypes.Structure):
    _fields_ = [
        ("PerProcessUserTimeLimit", _LARGE_INTEGER),
        ("PerJobUserTimeLimit", _LARGE_INTEGER),
        ("LimitFlags", _DWORD),
        ("MinimumWorkingSetSize", _SIZE_T),
        ("MaximumWorkingSetSize", _SIZE_T),
        ("ActiveProcessLimit", _DWORD),
        ("Affinity", _SIZE_T),
        ("PriorityClass", _DWORD),
        ("SchedulingClass", _DWORD),
    ]


class JOBOBJECT_EXTENDED_LIMIT_INFORMATION(ctypes.Structure):
    _fields_ = [
        ("BasicLimitInformation", JOBOBJECT_BASIC_LIMIT_INFORMATION),
        ("IoInfo", IO_COUNTERS),
        ("ProcessMemoryLimit", _SIZE_T),
        ("JobMemoryLimit", _SIZE_T),
        ("PeakProcessMemoryUsed", _SIZE_T),
        ("PeakJobMemoryUsed", _SIZE_T),
    ]


def limit_information(memory_bytes: int) -> JOBOBJECT_EXTENDED_LIMIT_INFORMATION:
    """The limits given to the job: each process's committed memory, and end with the job."""
    info = JOBOBJECT_EXTENDED_LIMIT_INFORMATION()
    info.BasicLimitInformation.LimitFlags = (
        JOB_OBJECT_LIMIT_PROCESS_MEMORY
        | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
        | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    )
    info.ProcessMemoryLimit = memory_bytes
    return info


class Job:
    """A Job Object holding one child; ``close`` ends the child if it is still running."""

    def __init__(self, handle: int) -> None:
        self.handle = handle

    def close(self) -> None:
        if self.handle:
            _close_handle(self.handle)
            self.handle = 0


if sys.platform == "win32":
    _k32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _HANDLE = ctypes.c_void_p
    _k32.CreateJobObjectW.argtypes = [ctypes.c_void_p, ctypes.c_wchar_p]
    _k32.CreateJobObjectW.restype = _HANDLE
    _k32.SetInformationJobObject.argtypes = [_HANDLE, ctypes.c_int, ctypes.c_void_p, _DWORD]
    _k32.SetInformationJobObject.restype = ctypes.c_int
    _k32.OpenProcess.argtypes = [_DWORD, ctypes.c_int, _DWORD]
    _k32.OpenProcess.restype = _HANDLE
    _k32.AssignProcessToJobObject.argtypes = [_HANDLE, _HANDLE]
    _k32.AssignProcessToJobObject.restype = ctypes.c_int
    _k32.CloseHandle.argtypes = [_HANDLE]
    _k32.CloseHandle.restype = ctypes.c_int

    def _close_handle(handle: int) -> None:
        _k32.CloseHandle(handle)

    def _fail() -> OSError:
        return ctypes.WinError(ctypes.get_last_error())

    def confine(pid: int, memory_bytes: int) -> Job:
        """Put process ``pid`` in a new job limiting its committed memory to ``memory_bytes``."""
        job = _k32.CreateJobObjectW(None, None)
        if not job:
            raise _fail()
        try:
            info = limit_information(memory_bytes)
            size = ctypes.sizeof(info)
            cls = JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS
            if not _k32.SetInformationJobObject(job, cls, ctypes.byref(info), size):
                raise _fail()
            process = _k32.OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, 0, pid)
            if not process:
                raise _fail()
            try:
                if not _k32.AssignProcessToJobObject(job, process):
                    raise _fail()
            finally:
                _k32.CloseHandle(process)
        except OSError:
            _k32.CloseHandle(job)
            raise
        return Job(int(job))

else:

    def _close_handle(handle: int) -> None:
        raise OSError("Job Objects exist only on Windows")

    def confine(pid: int, memory_bytes: int) -> Job:
        """Elsewhere the child limits itself (RLIMIT_AS, app/pdf/worker.py)."""
        raise OSError("Job Objects exist only on Windows")
