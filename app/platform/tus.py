"""tus 1.0 uploads on top of tuspy's Uploader, with every request going through our session.

tuspy 1.1.0 builds the protocol headers (Tus-Resumable, Upload-Length, base64 Upload-Metadata)
and tracks offsets, but sends its requests with module-level `requests.head/post/patch`: no
timeout, no shared session, no OS trust store. This subclass keeps tuspy's protocol code and
replaces its three network calls by our client's `send`, which adds the timeout, the bearer
token, TLS through truststore and the error mapping.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO, Protocol

import requests
from tusclient.client import TusClient
from tusclient.uploader.uploader import Uploader

from app.platform.errors import ContractError


class Send(Protocol):
    def __call__(
        self,
        method: str,
        url: str,
        *,
        what: str,
        expected: tuple[int, ...],
        headers: dict[str, str] | None = None,
        data: bytes | Iterable[bytes] | None = None,
    ) -> requests.Response: ...


class FileChangedError(Exception):
    """The file got shorter while it was being sent (not an OSError: requests would take it for
    a network failure and the queue would try again for ever)."""


# Blocks handed to the socket, as urllib3 reads a file body. Small blocks stay in the CPU's
# cache between the read and the send: 100 MiB to the sandbox on loopback took 53-56 ms in
# 16 KiB blocks, 58-63 ms in 64 KiB and 65-67 ms in 1 MiB (8 KiB: 93 ms, the loop's own cost).
READ_BLOCK = 16 * 1024


class FileSlice:
    """`length` bytes of an open file from `start`, read block by block as they are sent.

    requests sends an object with `__len__` and `__iter__` with that Content-Length and hands
    its blocks to the socket: a chunk is never held whole in memory, and reading the next block
    overlaps the server's work on the previous one (a chunk read whole first left the server
    idle meanwhile).
    """

    def __init__(self, stream: IO[bytes], start: int, length: int) -> None:
        self._stream = stream
        self._start = start
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[bytes]:
        self._stream.seek(self._start)
        left = self._length
        while left:
            block = self._stream.read(min(READ_BLOCK, left))
            if not block:
                raise FileChangedError("the file changed while it was being uploaded")
            left -= len(block)
            yield block


def _offset(resp: requests.Response, what: str) -> int:
    raw = resp.headers.get("Upload-Offset")
    if raw is None or not raw.strip().isdigit():
        raise ContractError(f"{what}: the platform sent no valid Upload-Offset")
    return int(raw)


class SessionUploader(Uploader):
    """tuspy's Uploader whose HEAD, POST and PATCH go through `send`."""

    def __init__(
        self,
        *,
        send: Send,
        endpoint: str,
        stream: IO[bytes],
        metadata: dict[str, str],
        chunk_size: int,
    ) -> None:
        self._send = send
        self._endpoint = endpoint
        self._stream = stream
        # No url: tuspy's constructor then makes no request; resuming sets url and offset later.
        super().__init__(
            file_stream=stream,
            client=TusClient(endpoint),
            chunk_size=chunk_size,
            metadata=metadata,
        )
        self.size: int = self.stop_at

    def _tus_headers(self) -> dict[str, str]:
        return dict(self.get_headers())  # type: ignore[no-untyped-call]

    def head(self, url: str) -> tuple[int, int | None]:
        """(offset, length) the platform holds for an upload URL."""
        resp = self._send(
            "HEAD", url, what="upload status", expected=(200,), headers=self._tus_headers()
        )
        raw_length = resp.headers.get("Upload-Length")
        length = int(raw_length) if raw_length and raw_length.strip().isdigit() else None
        return _offset(resp, "upload status"), length

    def get_offset(self) -> int:
        return self.head(str(self.url))[0]

    def create_url(self) -> str:
        resp = self._send(
            "POST",
            self._endpoint,
            what="upload creation",
            expected=(201,),
            headers=dict(self.get_url_creation_headers()),  # type: ignore[no-untyped-call]
        )
        location = resp.headers.get("Location")
        if not location:
            raise ContractError("upload creation: the platform sent no Location")
        return location

    def upload_chunk(self) -> None:
        start = int(self.offset)
        length = min(int(self.chunk_size), self.size - start)
        headers = self._tus_headers()
        headers["Upload-Offset"] = str(start)
        headers["Content-Type"] = "application/offset+octet-stream"
        body = FileSlice(self._stream, start, length)
        try:
            resp = self._send(
                "PATCH", str(self.url), what="upload", expected=(204,), headers=headers, data=body
            )
        except FileChangedError as exc:
            raise OSError(str(exc)) from None
        new_offset = _offset(resp, "upload")
        if not start < new_offset <= self.size:
            raise ContractError("upload: the platform's Upload-Offset went backwards or too far")
        self.offset = new_offset
