"""Writing a signed file safely: into a temporary file beside the target, synced, then renamed.

On any failure the temporary file is removed: no partial or empty output remains, and an input
signed in place is untouched. Write errors become ``OutputError`` in words (disk full,
read-only folder, missing folder).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import IO, Any

from app.signing.errors import OutputError


async def write_atomically(
    out_path: Path, produce: Callable[[IO[bytes]], Coroutine[Any, Any, None]]
) -> None:
    """Run ``produce(fh)`` into a temporary file beside ``out_path``, then rename it over.

    On any failure the temporary file is removed: no partial or empty output remains.
    """
    folder = out_path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise output_error(exc, out_path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w+b") as raw:
            guarded = _GuardedFile(raw, out_path)
            await produce(guarded)  # type: ignore[arg-type]
            try:
                raw.flush()
                os.fsync(raw.fileno())
            except OSError as exc:
                raise output_error(exc, out_path) from exc
        if tmp.stat().st_size == 0:  # never hand out an empty "signed" file
            raise OutputError(detail="signer produced no bytes")
        try:
            tmp.replace(out_path)
        except OSError as exc:
            raise output_error(exc, out_path) from exc
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


class _GuardedFile:
    """The output stream handed to pyHanko: a failed write becomes an OutputError.

    (Only writes: other OSErrors inside pyHanko, e.g. from the network, are not output errors.)
    """

    def __init__(self, raw: IO[bytes], out_path: Path) -> None:
        self._raw = raw
        self._out_path = out_path

    def write(self, data: bytes) -> int:
        try:
            return self._raw.write(data)
        except OSError as exc:
            raise output_error(exc, self._out_path) from exc

    def flush(self) -> None:
        try:
            self._raw.flush()
        except OSError as exc:
            raise output_error(exc, self._out_path) from exc

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def output_error(exc: OSError, out_path: Path) -> OutputError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        text = (
            f"The disk is full: {out_path.name} could not be written. Free some space, then "
            "sign again."
        )
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        text = (
            f"The folder {out_path.parent} cannot be written to (read-only or no permission). "
            "Choose another folder, then sign again."
        )
    elif exc.errno == errno.ENOENT:
        text = f"The folder {out_path.parent} does not exist. Choose another folder."
    else:
        text = OutputError.default_message
    return OutputError(text, detail=f"{type(exc).__name__}: {exc}")
