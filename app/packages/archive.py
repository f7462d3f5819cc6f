"""Reading and writing package files (zip) safely.

Reading never extracts by name onto the file system: members are read into memory or into a
caller's temporary file, each capped in size. Refused, with a reason: absolute paths, '..' and
backslashes (path traversal), symbolic links, duplicate names, encrypted members, unknown
compression, names outside the package layout, too many members, members or totals larger than
the limits, and suspicious compression ratios (decompression bombs).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.packages.errors import PackageRefused

MANIFEST = "manifest.json"
SEAL = "seal.p7s"
_LAYOUT = re.compile(r"^(manifest\.json|seal\.p7s|docs/[0-9a-f]{64}\.pdf|data/affiliates\.json)$")
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Limits:
    max_package_bytes: int = 2 * 1024**3
    max_members: int = 5000
    max_member_bytes: int = 200 * 1024**2
    max_total_bytes: int = 2 * 1024**3
    max_manifest_bytes: int = 16 * 1024**2
    max_seal_bytes: int = 1024**2
    max_ratio: int = 200  # uncompressed / compressed, for members above 1 MiB


DEFAULT_LIMITS = Limits()


def _check_name(info: zipfile.ZipInfo) -> None:
    name = info.filename
    mode = (info.external_attr >> 16) & 0xFFFF
    if stat.S_ISLNK(mode):
        raise PackageRefused("symlink", f"the member {name!r} is a symbolic link.")
    if "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise PackageRefused("traversal", f"the member {name!r} has an absolute or foreign path.")
    if any(part in ("..", ".") for part in name.split("/")):
        raise PackageRefused("traversal", f"the member {name!r} points outside the package.")
    if info.is_dir() or not _LAYOUT.match(name):
        raise PackageRefused("layout", f"the member {name!r} is not part of a Mellaf package.")
    if info.flag_bits & 0x1:
        raise PackageRefused("encrypted", f"the member {name!r} is encrypted.")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise PackageRefused("compression", f"the member {name!r} uses an unknown compression.")


class SafeArchive:
    """A package opened for reading, its member list checked against ``limits``."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise PackageRefused("unreadable", f"the file {path.name} cannot be read.") from exc
        if size > limits.max_package_bytes:
            raise PackageRefused("too_large", f"the file {path.name} is too large.")
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise PackageRefused("not_a_package", f"{path.name} is not a package file.") from exc
        try:
            self.members = self._check(self._zip.infolist())
        except BaseException:
            self._zip.close()
            raise

    def _check(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        lim = self.limits
        if len(infos) > lim.max_members:
            raise PackageRefused(
                "too_many", f"the package holds more than {lim.max_members} files."
            )
        members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            _check_name(info)
            if info.filename in members:
                raise PackageRefused("duplicate", f"the member {info.filename!r} appears twice.")
            members[info.filename] = info
            if info.file_size > lim.max_member_bytes:
                raise PackageRefused("too_large", f"the member {info.filename!r} is too large.")
            if info.file_size > (1 << 20) and info.file_size > lim.max_ratio * max(
                info.compress_size, 1
            ):
                raise PackageRefused(
                    "bomb", f"the member {info.filename!r} expands suspiciously (a zip bomb?)."
                )
            total += info.file_size
            if total > lim.max_total_bytes:
                raise PackageRefused("too_large", "the package expands beyond the allowed size.")
        return members

    def read_small(self, name: str, cap: int) -> bytes:
        """A member's bytes, refusing more than ``cap`` bytes whatever its header claims."""
        if name not in self.members:
            raise PackageRefused("missing", f"the package has no {name}.")
        out = bytearray()
        with self._zip.open(self.members[name]) as src:
            for chunk in _chunks(src, cap, name):
                out += chunk
        return bytes(out)

    def extract_to(self, name: str, dest: IO[bytes]) -> tuple[str, int]:
        """Copy a member into ``dest``; returns (sha256, size). Capped by the member limit."""
        if name not in self.members:
            raise PackageRefused("missing", f"the package has no {name}.")
        digest = hashlib.sha256()
        size = 0
        with self._zip.open(self.members[name]) as src:
            for chunk in _chunks(src, self.limits.max_member_bytes, name):
                digest.update(chunk)
                size += len(chunk)
                dest.write(chunk)
        return digest.hexdigest(), size

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _chunks(src: IO[bytes], cap: int, name: str) -> Iterable[bytes]:
    read = 0
    try:
        while chunk := src.read(_CHUNK):
            read += len(chunk)
            if read > cap:
                raise PackageRefused("too_large", f"the member {name!r} is larger than allowed.")
            yield chunk
    except (zipfile.BadZipFile, OSError, EOFError) as exc:  # CRC error, truncated data
        raise PackageRefused("damaged", f"the member {name!r} is damaged.") from exc


def write_package(out_path: Path, members: list[tuple[str, Path | bytes]]) -> None:
    """Write a package: a temporary file in the target folder, synced, then renamed."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out_path.parent, prefix=".mellaf-", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as z:
                for name, content in members:
                    if isinstance(content, bytes):
                        z.writestr(name, content)
                    else:
                        z.write(content, name)
            raw.flush()
            os.fsync(raw.fileno())
        tmp.replace(out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
