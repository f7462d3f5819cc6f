"""Writing a signed file safely: into a temporary file beside the target, synced, then renamed.

On any failure the temporary file is removed: no partial or empty output remains, and an input
signed in place is untouched. Write errors become ``OutputError`` in words (disk full,
read-only folder, missing folder).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import io
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


#: Up to this size the signed output is built in memory (see ``sign_in_memory``); above it,
#: pyHanko writes to the file and reads it back, keeping memory near one copy of the document.
IN_MEMORY_MAX = 32 * 1024 * 1024


class ExtendingBuffer(io.RawIOBase):
    """A readable, writable, seekable stream holding ``original`` followed by what is written
    after it, without copying ``original``.

    pyHanko writes an incremental update by copying the input, then appending the new
    revision, and reads the whole output back to digest it. Here the copy of the original is
    skipped (``skip_original``; otherwise writes over it must be the same bytes: checked on a
    sample) and reads of it come straight from memory; only the new revision is stored.
    """

    def __init__(self, original: bytes) -> None:
        super().__init__()
        self.original = memoryview(original)
        self.tail = bytearray()
        self.pos = 0

    def skip_original(self, source: object) -> bool:
        """Stand after the original instead of receiving a copy of it, when ``source`` is the
        very bytes object this buffer extends (then the copy could only repeat them)."""
        if source is not self.original.obj or self.pos != 0:
            return False
        self.pos = len(self.original)
        return True

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def __len__(self) -> int:
        return len(self.original) + len(self.tail)

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.pos, io.SEEK_END: len(self)}[whence]
        self.pos = max(0, base + offset)
        return self.pos

    def write(self, data: Any) -> int:
        chunk = memoryview(data).cast("B")
        size = len(chunk)
        n = len(self.original)
        if self.pos < n:  # the copy of the original: keep ours, check a sample
            over = min(size, n - self.pos)
            probe = min(over, 64)
            if chunk[:probe] != self.original[self.pos : self.pos + probe]:
                raise OutputError(detail="the signed revision does not extend the original")
            self.pos += over
            chunk = chunk[over:]
        if len(chunk):
            at = self.pos - n
            if at > len(self.tail):
                self.tail.extend(bytes(at - len(self.tail)))
            self.tail[at : at + len(chunk)] = chunk
            self.pos += len(chunk)
        return size

    def readinto(self, buffer: Any) -> int:
        out = memoryview(buffer).cast("B")
        n = len(self.original)
        done = 0
        if self.pos < n:
            take = min(len(out), n - self.pos)
            out[:take] = self.original[self.pos : self.pos + take]
            done = take
        if done < len(out) and self.pos + done >= n:
            at = self.pos + done - n
            piece = self.tail[at : at + len(out) - done]
            out[done : done + len(piece)] = piece
            done += len(piece)
        self.pos += done
        return done


async def sign_in_memory(
    fh: IO[bytes],
    original: bytes,
    sign: Callable[[IO[bytes]], Coroutine[Any, Any, object]],
) -> None:
    """Write an incremental signature of ``original`` into ``fh`` without reading it back.

    ``sign(stream)`` signs into an ``ExtendingBuffer`` (the original bytes in memory, the new
    revision appended). Meanwhile the original bytes go to disk (written and synced) on a helper
    thread, so the digest never re-reads the file and the disk works while the processor
    hashes; then only the new revision is written. The verification after signing re-reads the
    file from disk, so a difference between what was hashed and what was written cannot pass.
    """

    def put_original() -> None:
        fh.write(original)
        if isinstance(fh, _GuardedFile):
            fh.sync()
        else:
            fh.flush()
            os.fsync(fh.fileno())

    pending = asyncio.get_running_loop().run_in_executor(None, put_original)
    buffer = ExtendingBuffer(original)
    try:
        await sign(buffer)  # type: ignore[arg-type]
    except BaseException:
        with contextlib.suppress(Exception):
            await pending  # the file stays open until the helper is done with it
        raise
    await pending
    fh.write(buffer.tail)


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

    def sync(self) -> None:
        """Flush and fsync: the bytes written so far are on disk."""
        try:
            self._raw.flush()
            os.fsync(self._raw.fileno())
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
