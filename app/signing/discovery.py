"""Finding the token middleware: known PKCS#11 module paths per OS, each judged in words.

The commonest support call of desktop signing is "middleware not found". Every candidate (the
path chosen in the settings first, then the known paths of SafeNet Authentication Client,
Thales IDPrime, OpenSC and, for tests, SoftHSM) is reported as one of:

- ``missing``: no file at that path;
- ``wrong-architecture``: the file is a library built for another kind of computer (read from
  its ELF / PE / Mach-O header, without loading it);
- ``load-error``: the file is there but the PKCS#11 library does not load or initialise;
- ``loadable``: it loads; its maker, description and version and the number of connected
  tokens are given.

Loading runs on the device thread (it initialises the library).
"""

from __future__ import annotations

import contextlib
import os
import platform
import struct
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.signing.device import DeviceThread, default_device

MISSING = "missing"
WRONG_ARCH = "wrong-architecture"
LOAD_ERROR = "load-error"
LOADABLE = "loadable"


@dataclass(frozen=True)
class KnownModule:
    vendor: str
    path: str


_LINUX: tuple[KnownModule, ...] = (
    KnownModule("SafeNet Authentication Client", "/usr/lib/libeTPkcs11.so"),
    KnownModule("SafeNet Authentication Client", "/usr/lib64/libeTPkcs11.so"),
    KnownModule("SafeNet Authentication Client", "/usr/lib/x86_64-linux-gnu/libeTPkcs11.so"),
    KnownModule("Thales IDPrime", "/usr/lib/libIDPrimePKCS11.so"),
    KnownModule("Thales IDPrime", "/usr/lib/x64-athena/libIDPrimePKCS11.so"),
    KnownModule("OpenSC", "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"),
    KnownModule("OpenSC", "/usr/lib/opensc-pkcs11.so"),
    KnownModule("OpenSC", "/usr/lib64/opensc-pkcs11.so"),
    KnownModule("SoftHSM (tests)", "/usr/lib/softhsm/libsofthsm2.so"),
    KnownModule("SoftHSM (tests)", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
)
_WINDOWS: tuple[KnownModule, ...] = (
    KnownModule("SafeNet Authentication Client", r"C:\Windows\System32\eTPKCS11.dll"),
    KnownModule("Thales IDPrime", r"C:\Windows\System32\IDPrimePKCS11.dll"),
    KnownModule("Thales IDPrime", r"C:\Windows\System32\IDPrimePKCS1164.dll"),
    KnownModule("OpenSC", r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll"),
    KnownModule("SoftHSM (tests)", r"C:\SoftHSM2\lib\softhsm2-x64.dll"),
)
_MACOS: tuple[KnownModule, ...] = (
    KnownModule("SafeNet Authentication Client", "/usr/local/lib/libeTPkcs11.dylib"),
    KnownModule(
        "Thales IDPrime", "/Library/Frameworks/eToken.framework/Versions/A/libIDPrimePKCS11.dylib"
    ),
    KnownModule("OpenSC", "/Library/OpenSC/lib/opensc-pkcs11.so"),
    KnownModule("SoftHSM (tests)", "/usr/local/lib/softhsm/libsofthsm2.so"),
)


def known_modules(system: str | None = None) -> tuple[KnownModule, ...]:
    """The known middleware paths for ``system`` (default: this computer's)."""
    system = system or platform.system()
    if system == "Windows":
        return _WINDOWS
    if system == "Darwin":
        return _MACOS
    return _LINUX


# ------------------------------------------------------------------------------ binary header

# ELF e_machine, PE Machine and Mach-O cputype values, by the names platform.machine() gives.
_ELF_MACHINES = {3: "x86", 62: "x86_64", 40: "arm", 183: "aarch64"}
_PE_MACHINES = {0x14C: "x86", 0x8664: "x86_64", 0x1C0: "arm", 0xAA64: "aarch64"}
_MACHO_CPUS = {7: "x86", 0x01000007: "x86_64", 12: "arm", 0x0100000C: "aarch64"}
_ALIASES = {
    "amd64": "x86_64",
    "x64": "x86_64",
    "i386": "x86",
    "i686": "x86",
    "x86": "x86",
    "arm64": "aarch64",
    "armv7l": "arm",
}


@dataclass(frozen=True)
class BinaryKind:
    """What a library file's header says: format (ELF, PE, Mach-O), machine, word size."""

    format: str
    machine: str
    bits: int

    def describe(self) -> str:
        return f"{self.format} {self.machine} ({self.bits}-bit)"


def host_machine() -> tuple[str, int]:
    """This Python process's machine name (normalised) and word size."""
    raw = platform.machine().lower()
    bits = 64 if sys.maxsize > 2**32 else 32
    machine = _ALIASES.get(raw, raw)
    if machine == "x86_64" and bits == 32:
        machine = "x86"
    return machine, bits


def read_binary_kind(path: Path) -> BinaryKind | None:
    """The format and machine of a shared library from its header; None if unrecognised."""
    try:
        with path.open("rb") as f:
            head = f.read(4096)
            if head[:4] == b"\x7fELF" and len(head) >= 20:
                bits = 64 if head[4] == 2 else 32
                order = "<" if head[5] == 1 else ">"
                (machine,) = struct.unpack_from(order + "H", head, 18)
                return BinaryKind("ELF", _ELF_MACHINES.get(machine, f"machine {machine}"), bits)
            if head[:2] == b"MZ" and len(head) >= 0x40:
                (pe_offset,) = struct.unpack_from("<I", head, 0x3C)
                f.seek(pe_offset)
                pe = f.read(6)
                if pe[:4] != b"PE\0\0" or len(pe) < 6:
                    return None
                (machine,) = struct.unpack_from("<H", pe, 4)
                name = _PE_MACHINES.get(machine, f"machine 0x{machine:x}")
                bits = 64 if machine in (0x8664, 0xAA64) else 32
                return BinaryKind("PE", name, bits)
            if len(head) >= 8:
                magic = struct.unpack_from("<I", head, 0)[0]
                if magic in (0xFEEDFACE, 0xFEEDFACF):
                    cpu = struct.unpack_from("<i", head, 4)[0] & 0xFFFFFFFF
                    bits = 64 if magic == 0xFEEDFACF else 32
                    return BinaryKind("Mach-O", _MACHO_CPUS.get(cpu, f"cpu {cpu}"), bits)
                if head[:4] == b"\xca\xfe\xba\xbe":
                    return BinaryKind("Mach-O", "universal", 64)
    except OSError:
        return None
    return None


def _native_format() -> str:
    if sys.platform == "win32":
        return "PE"
    if sys.platform == "darwin":
        return "Mach-O"
    return "ELF"


# Why a module cannot be used, as a code with arguments: the interface words each in the
# officer's language (app/ui/views/diagnostics.py); ``reason`` keeps the English for reports.
NO_FILE = "no-file"
IS_FOLDER = "folder"
UNKNOWN_FORMAT = "unknown-format"
OTHER_OS = "other-os"
OTHER_MACHINE = "other-machine"
DOES_NOT_LOAD = "does-not-load"

REASON_TEXTS = {
    NO_FILE: "no file at this path",
    IS_FOLDER: "this path is a folder, not a library file",
    UNKNOWN_FORMAT: "it is not a shared library this computer can load (unknown file format)",
    OTHER_OS: "it is a {0} library (for another operating system); this computer needs {1}",
    OTHER_MACHINE: (
        "it is built for {0} ({1}-bit) but Mellaf runs as {2} ({3}-bit); "
        "install the {3}-bit middleware"
    ),
    DOES_NOT_LOAD: "it does not load: {0}",
}


def reason_text(code: str, args: tuple[str, ...]) -> str:
    """The English sentence of a reason code (for logs, the CLI and the copied report)."""
    return REASON_TEXTS[code].format(*args).rstrip(": ")


def architecture_finding(kind: BinaryKind | None) -> tuple[str, tuple[str, ...]] | None:
    """Why a library with header ``kind`` cannot load here, as (code, args); None when it fits."""
    if kind is None:
        return UNKNOWN_FORMAT, ()
    machine, bits = host_machine()
    if kind.format != _native_format():
        return OTHER_OS, (kind.format, _native_format())
    if kind.machine == "universal":
        return None
    if kind.machine != machine or kind.bits != bits:
        return OTHER_MACHINE, (kind.machine, str(kind.bits), machine, str(bits))
    return None


def architecture_problem(kind: BinaryKind | None) -> str | None:
    """Why a library with header ``kind`` cannot load in this process; None when it fits."""
    finding = architecture_finding(kind)
    return reason_text(*finding) if finding is not None else None


# ------------------------------------------------------------------------------ candidates


@dataclass
class ModuleReport:
    """The verdict on one candidate module."""

    path: str
    vendor: str
    status: str  # MISSING | WRONG_ARCH | LOAD_ERROR | LOADABLE
    reason: str = ""  # in English (reports, logs); see reason_code for the interface
    reason_code: str = ""  # NO_FILE, IS_FOLDER, ... ("" when loadable)
    reason_args: tuple[str, ...] = ()
    binary: str = ""
    library: str = ""  # maker, description and version, when it loads
    tokens: list[str] = field(default_factory=list)  # "label (serial)"
    from_settings: bool = False

    @property
    def ok(self) -> bool:
        return self.status == LOADABLE

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_line(self) -> str:
        where = " [settings]" if self.from_settings else ""
        head = f"{self.status:<18} {self.path}{where} — {self.vendor}"
        extra = self.reason or self.library
        if self.binary:
            extra = f"{extra}; {self.binary}" if extra else self.binary
        lines = [head]
        if extra:
            lines.append(f"    {extra}")
        if self.status == LOADABLE:
            tokens = ", ".join(self.tokens) if self.tokens else "no token connected"
            lines.append(f"    tokens: {tokens}")
        return "\n".join(lines)


def candidates(configured: str | None = None, system: str | None = None) -> list[KnownModule]:
    """The configured path (if any) first, then the known paths; no duplicates."""
    out: list[KnownModule] = []
    seen: set[str] = set()
    if configured:
        out.append(KnownModule("configured in the settings", configured))
        seen.add(_identity(configured))
    for known in known_modules(system):
        if _identity(known.path) not in seen:  # one library reached by two paths: once
            seen.add(_identity(known.path))
            out.append(known)
    return out


def _identity(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def _probe_loaded(path: str) -> tuple[str, list[str]]:
    """Load ``path`` (on the device thread) and describe it and its tokens."""
    import pkcs11
    from pkcs11 import TokenFlag
    from pkcs11 import exceptions as p11x

    lib = pkcs11.lib(path)
    from app.signing.tokens import rescan

    with contextlib.suppress(p11x.PKCS11Error):
        rescan(path, lib)  # a fresh slot list: tokens plugged in since the last look
    major, minor = lib.library_version
    library = f"{lib.manufacturer_id.strip()} — {lib.library_description.strip()} {major}.{minor}"
    tokens: list[str] = []
    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except p11x.PKCS11Error:
            continue
        if not token.flags & TokenFlag.TOKEN_INITIALIZED:
            continue  # a blank card, SoftHSM's spare slot
        serial = token.serial.decode("ascii", "replace").strip()
        tokens.append(f"{token.label.strip()} ({serial})" if serial else token.label.strip())
    return library, tokens


def _because(report: ModuleReport, code: str, args: tuple[str, ...] = ()) -> None:
    report.reason_code = code
    report.reason_args = args
    report.reason = reason_text(code, args)


def examine(
    module: KnownModule, *, device: DeviceThread | None = None, from_settings: bool = False
) -> ModuleReport:
    """Judge one candidate: missing, wrong architecture, load error, or loadable."""
    report = ModuleReport(module.path, module.vendor, MISSING, from_settings=from_settings)
    path = Path(module.path)
    if not path.exists():
        _because(report, NO_FILE)
        return report
    if not path.is_file():
        report.status = LOAD_ERROR
        _because(report, IS_FOLDER)
        return report
    kind = read_binary_kind(path)
    report.binary = kind.describe() if kind is not None else ""
    finding = architecture_finding(kind)
    if finding is not None:
        report.status = WRONG_ARCH
        _because(report, *finding)
        return report
    dev = device or default_device()
    try:
        library, tokens = dev.run(_probe_loaded, module.path)
    except Exception as exc:  # any failure to load or initialise is the finding itself
        report.status = LOAD_ERROR
        _because(report, DOES_NOT_LOAD, (f"{type(exc).__name__}: {exc}".rstrip(": "),))
        return report
    report.status = LOADABLE
    report.library = library
    report.tokens = tokens
    return report


def discover(
    configured: str | None = None,
    *,
    device: DeviceThread | None = None,
    system: str | None = None,
    include_missing: bool = True,
) -> list[ModuleReport]:
    """Every candidate module with its verdict (configured path first)."""
    reports = [
        examine(c, device=device, from_settings=bool(configured) and c.path == configured)
        for c in candidates(configured, system)
    ]
    if include_missing:
        return reports
    return [r for r in reports if r.status != MISSING or r.from_settings]


def first_loadable(reports: Iterable[ModuleReport]) -> ModuleReport | None:
    return next((r for r in reports if r.ok), None)


def report_text(reports: Sequence[ModuleReport], *, header: Sequence[str] = ()) -> str:
    """A plain-text report for support (copied from the diagnostics view or the CLI)."""
    machine, bits = host_machine()
    lines = [
        *header,
        f"Computer: {platform.system()} {machine} ({bits}-bit), Python {platform.python_version()}",
        "",
    ]
    lines.extend(r.to_line() for r in reports)
    return "\n".join(lines)
