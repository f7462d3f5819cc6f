"""Signing in memory (documents up to 32 MB): the output is never read back from disk, the
original bytes are not copied, and a failure leaves no file."""

from __future__ import annotations

import asyncio
import io
import os
from pathlib import Path
from typing import IO

import pytest

from app.signing.errors import OutputError
from app.signing.output import ExtendingBuffer, sign_in_memory, write_atomically


def test_extending_buffer_reads_the_original_and_the_new_revision() -> None:
    original = os.urandom(3000)
    buf = ExtendingBuffer(original)
    assert buf.readable() and buf.writable() and buf.seekable()
    # what pyHanko does: copy the original, append a revision, then patch inside it
    for at in range(0, 3000, 1024):
        assert buf.write(original[at : at + 1024]) == len(original[at : at + 1024])
    buf.write(b"REVISION-0000")
    buf.seek(3000 + 9)
    buf.write(b"1234")
    assert buf.tell() == 3013 and len(buf) == 3013
    buf.seek(0)
    assert buf.read() == original + b"REVISION-1234"
    buf.seek(-20, io.SEEK_END)  # a read across the boundary
    chunk = bytearray(50)
    assert buf.readinto(chunk) == 20
    assert bytes(chunk[:20]) == original[-7:] + b"REVISION-1234"
    assert bytes(buf.tail) == b"REVISION-1234"  # only the revision is stored


def test_extending_buffer_refuses_a_different_prefix() -> None:
    buf = ExtendingBuffer(b"%PDF-1.7 original bytes")
    with pytest.raises(OutputError):
        buf.write(b"%PDF-1.7 something else")


def test_failure_in_memory_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "signed.pdf"
    original = os.urandom(1 << 20)

    async def failing(stream: IO[bytes]) -> None:
        stream.write(original)
        raise OutputError(detail="simulated failure after the copy")

    async def produce(fh: IO[bytes]) -> None:
        await sign_in_memory(fh, original, failing)

    with pytest.raises(OutputError):
        asyncio.run(write_atomically(out, produce))
    assert list(tmp_path.iterdir()) == []  # neither the output nor a .part file


def test_in_memory_output_is_original_then_revision(tmp_path: Path) -> None:
    out = tmp_path / "signed.pdf"
    original = os.urandom(200_000)

    async def sign(stream: IO[bytes]) -> None:
        stream.write(original)
        stream.write(b"\n% new revision\n")

    async def produce(fh: IO[bytes]) -> None:
        await sign_in_memory(fh, original, sign)

    asyncio.run(write_atomically(out, produce))
    assert out.read_bytes() == original + b"\n% new revision\n"
