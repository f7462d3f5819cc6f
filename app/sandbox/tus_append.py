"""The tus PATCH (append) and HEAD of the sandbox, in place of tuspyserver's.

tuspyserver 4.4.3 spends most of a PATCH on bookkeeping rather than on the bytes: it creates,
flocks and removes a lock file, and replaces its `.info` sidecar twice, each time with an fsync
and a rename (a rename over an existing file also makes ext4 flush the new one). This module
keeps tuspyserver's on-disk layout (`<uid>` data, `<uid>.info` JSON sidecar), so its POST and
DELETE routes and the document registration read the same files, and changes how the offset
is kept, as tusd's file store does:

- the offset is the size of the data file: a PATCH appends (in writes of about 1 MiB) and does
  not touch the sidecar until the upload completes; then the sidecar gets offset = size,
  written to a temporary file and renamed, without fsync: completion follows from the data
  file's size, and the sandbox promises to survive a killed process, not a power cut;
- one asyncio lock per upload (the sandbox is a single process) instead of lock files.

Crash safety: every byte in the data file arrived at its place, so after a sandbox killed in
the middle of a PATCH, HEAD tells the client to continue after the last byte written. A PATCH
refused half-way (a body longer than announced, a failed write) is cut back to where it
started; a client that disconnects mid-body keeps what arrived. If the sandbox died between the
last byte and the completion write, the next HEAD or PATCH writes the completed sidecar.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import weakref
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from fastapi import Request, Response
from starlette.requests import ClientDisconnect

from app.sandbox.problems import ProblemError

TUS_VERSION = "1.0.0"
WRITE_BYTES = 1 << 20
_UID = re.compile(r"^[0-9a-f]{32}$")

_locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()


def _lock_for(path: Path) -> asyncio.Lock:
    key = str(path)
    lock = _locks.get(key)
    if lock is None:
        lock = asyncio.Lock()
        _locks[key] = lock
    return lock


def _not_found() -> ProblemError:
    return ProblemError(404, "not_found", "No such upload.")


def read_info(path: Path) -> dict[str, Any] | None:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) else None


def write_info(path: Path, info: dict[str, Any]) -> None:
    """Replace the sidecar atomically for other readers (temporary file, then rename)."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump(info, f, indent=4)
    tmp.replace(path)


def _expired(info: dict[str, Any]) -> bool:
    raw = info.get("expires")
    if not isinstance(raw, str) or not raw:
        return False
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when < datetime.now(UTC)


def _header_int(request: Request, name: str, *, required: bool) -> int | None:
    raw = request.headers.get(name)
    if raw is None:
        if required:
            raise ProblemError(400, "invalid_request", f"Send {name}.")
        return None
    raw = raw.strip()
    if not (raw.isascii() and raw.isdigit()):  # not "٣": int() would take Arabic-Indic digits
        raise ProblemError(400, "invalid_request", f"{name} must be a whole number of bytes.")
    return int(raw)


def check_patch_headers(request: Request) -> None:
    """Refuse a PATCH with the wrong protocol version or body type before any byte is read."""
    if request.headers.get("tus-resumable") != TUS_VERSION:
        raise ProblemError(
            412,
            "precondition_failed",
            "Send Tus-Resumable: 1.0.0.",
            headers={"Tus-Version": TUS_VERSION},
        )
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/offset+octet-stream":
        raise ProblemError(
            415, "unsupported_media_type", "Content-Type must be application/offset+octet-stream."
        )


async def _receive(request: Request, data: Path, offset: int, room: int) -> int:
    """Append the body at `offset` (the data file's end); returns the bytes kept."""
    written = 0
    pending = bytearray()
    with data.open("r+b") as f:
        f.seek(offset)
        try:
            async for part in request.stream():
                if written + len(pending) + len(part) > room:
                    raise ProblemError(
                        400, "invalid_request", "The body goes past the declared Upload-Length."
                    )
                pending += part
                if len(pending) >= WRITE_BYTES:
                    f.write(pending)
                    written += len(pending)
                    pending.clear()
        except ClientDisconnect:
            pass  # keep what arrived: the client continues from there
        except BaseException:
            f.truncate(offset)  # nothing of a refused or failed PATCH stays
            raise
        f.write(pending)
    return written + len(pending)


class _Upload:
    """One upload of a collectivity's folder, read under its lock."""

    def __init__(self, folder: Path, uuid: str) -> None:
        if not _UID.match(uuid):
            raise _not_found()
        self.data = folder / uuid
        self.info_path = folder / f"{uuid}.info"
        self.lock = _lock_for(self.data)

    def load(self) -> tuple[dict[str, Any], int]:
        """(sidecar, offset = bytes held); 404 when unknown, 410 when expired."""
        info = read_info(self.info_path)
        try:
            offset = self.data.stat().st_size
        except OSError:
            raise _not_found() from None
        if info is None:
            raise _not_found()
        if _expired(info):
            raise ProblemError(410, "gone", "This upload has expired.")
        self.complete_if_full(info, offset, got=0)
        return info, offset

    def complete_if_full(self, info: dict[str, Any], offset: int, got: int) -> None:
        size = info.get("size")
        if size is None or offset != int(size) or info.get("offset") == offset:
            return
        info["offset"] = offset
        info["upload_chunk_size"] = got
        info["upload_part"] = int(info.get("upload_part") or 0) + 1
        if self.data.is_file():  # not terminated meanwhile
            write_info(self.info_path, info)


def _headers(offset: int) -> dict[str, str]:
    return {"Tus-Resumable": TUS_VERSION, "Upload-Offset": str(offset), "Cache-Control": "no-store"}


async def append(request: Request, uuid: str, folder: Path) -> Response:
    """PATCH /uploads/{uuid} for an upload of the caller's collectivity (its folder)."""
    check_patch_headers(request)
    upload = _Upload(folder, uuid)
    async with upload.lock:
        info, offset = upload.load()
        if info.get("is_final"):
            raise ProblemError(403, "forbidden", "A final concatenated upload cannot change.")
        claimed = _header_int(request, "upload-offset", required=True)
        length = _header_int(request, "upload-length", required=False)
        if info.get("defer_length") and length is not None:
            info["size"], info["defer_length"] = length, False
            write_info(upload.info_path, info)
        if claimed != offset:
            raise ProblemError(409, "offset_mismatch", "Upload-Offset differs: ask with HEAD.")
        size = info.get("size")
        room = (int(size) if size is not None else 1 << 62) - offset
        declared = _header_int(request, "content-length", required=False)
        if declared is not None and declared > room:
            raise ProblemError(
                400, "invalid_request", "The body goes past the declared Upload-Length."
            )
        got = await _receive(request, upload.data, offset, room)
        offset += got
        upload.complete_if_full(info, offset, got)
    headers = _headers(offset)
    if isinstance(info.get("expires"), str):
        headers["Upload-Expires"] = info["expires"]
    return Response(status_code=204, headers=headers)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


async def status(request: Request, uuid: str, folder: Path) -> Response:
    """HEAD /uploads/{uuid}: the offset held (the data file's size), the length, the name."""
    if request.headers.get("tus-resumable") != TUS_VERSION:
        raise ProblemError(
            412,
            "precondition_failed",
            "Send Tus-Resumable: 1.0.0.",
            headers={"Tus-Version": TUS_VERSION},
        )
    upload = _Upload(folder, uuid)
    async with upload.lock:
        info, offset = upload.load()
    headers = _headers(offset)
    if info.get("defer_length") or info.get("size") is None:
        headers["Upload-Defer-Length"] = "1"
    else:
        headers["Upload-Length"] = str(int(info["size"]))
    metadata = info.get("metadata") or {}
    named = [(k, metadata.get(k)) for k in ("filename", "filetype")]
    shown = ", ".join(f"{k} {_b64(v)}" for k, v in named if isinstance(v, str) and v)
    if shown:
        headers["Upload-Metadata"] = shown
    return Response(status_code=200, headers=headers)
