"""A small loopback HTTP/1.1 proxy that injects network faults between the client and the sandbox.

Each request read from the client is handed to a `plan`, which answers with a fault or None:

- ``drop``: close the client's connection without forwarding anything (request lost);
- ``drop_after``: forward the request, then close without relaying the answer (answer lost: the
  platform did the work, the client does not know);
- ``cut``: forward the head and half of the body, then cut both connections (an upload
  interrupted mid-chunk);
- ``error``: answer 503 without forwarding;
- ``delay``: wait `delay_s`, then forward normally.

Bounded and self-stopping: it listens on 127.0.0.1 only, serves at most `max_requests`
requests, and stops by itself after `lifetime_s` seconds. Each forwarded request uses its own
upstream connection (``Connection: close``), which keeps the relaying trivially correct.
"""

from __future__ import annotations

import random
import socket
import socketserver
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_HEAD = 64 * 1024


@dataclass(frozen=True, slots=True)
class RequestInfo:
    n: int  # 1-based number of the request through the proxy
    method: str
    path: str
    body_length: int


@dataclass(frozen=True, slots=True)
class Fault:
    kind: str  # drop | drop_after | cut | error | delay
    delay_s: float = 0.0


Plan = Callable[[RequestInfo], Fault | None]


@dataclass
class Stats:
    requests: int = 0
    faults: list[tuple[str, str, str]] = field(default_factory=list)  # kind, method, path
    patch_bytes_from_client: int = 0
    patch_bytes_forwarded: int = 0

    def count(self, kind: str) -> int:
        return sum(1 for k, _, _ in self.faults if k == kind)


def no_faults(info: RequestInfo) -> Fault | None:
    return None


def random_plan(
    seed: int,
    *,
    drop: float = 0.0,
    drop_after: float = 0.0,
    cut: float = 0.0,
    error: float = 0.0,
    delay: float = 0.0,
    delay_s: float = 0.2,
    methods: tuple[str, ...] = ("GET", "HEAD", "POST", "PATCH"),
) -> Plan:
    """Faults drawn at random (reproducible with `seed`) for requests of the given methods."""
    rng = random.Random(seed)
    lock = threading.Lock()

    def plan(info: RequestInfo) -> Fault | None:
        if info.method not in methods:
            return None
        with lock:
            x = rng.random()
        for kind, p in (
            ("drop", drop),
            ("drop_after", drop_after),
            ("cut", cut if info.body_length > 1 else 0.0),
            ("error", error),
            ("delay", delay),
        ):
            if x < p:
                return Fault(kind, delay_s)
            x -= p
        return None

    return plan


def _read_head(sock: socket.socket, buf: bytearray) -> bytes | None:
    while b"\r\n\r\n" not in buf:
        if len(buf) > MAX_HEAD:
            return None
        data = sock.recv(65536)
        if not data:
            return None
        buf += data
    end = buf.index(b"\r\n\r\n") + 4
    head = bytes(buf[:end])
    del buf[:end]
    return head


def _read_exact(sock: socket.socket, buf: bytearray, n: int) -> bytes | None:
    while len(buf) < n:
        data = sock.recv(max(65536, n - len(buf)))
        if not data:
            return None
        buf += data
    body = bytes(buf[:n])
    del buf[:n]
    return body


def _rewrite_head(head: bytes) -> tuple[bytes, str, str, int]:
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        if not line:
            continue
        name, _, value = line.partition(":")
        low = name.strip().lower()
        if low == "content-length":
            length = int(value.strip())
        if low in ("connection", "keep-alive"):
            continue
        kept.append(line)
    kept.append("Connection: close")
    return ("\r\n".join(kept) + "\r\n\r\n").encode("latin-1"), method, path, length


_PROBLEM = b'{"type":"about:blank","title":"Unavailable","status":503,"code":"unavailable"}'
_UNAVAILABLE = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\n"
    + f"Content-Length: {len(_PROBLEM)}\r\nConnection: close\r\n\r\n".encode()
    + _PROBLEM
)


class FaultProxy:
    """Listens on 127.0.0.1:`port` (0: free) and forwards to `upstream_port` on 127.0.0.1."""

    def __init__(
        self,
        upstream_port: int,
        plan: Plan = no_faults,
        *,
        lifetime_s: float = 300.0,
        max_requests: int = 20000,
        timeout_s: float = 30.0,
    ) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.plan = plan
        self.stats = Stats()
        self.max_requests = max_requests
        self.timeout_s = timeout_s
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        self._timer = threading.Timer(lifetime_s, self.stop)
        self._timer.daemon = True
        self._timer.start()
        self._stopped = False

    def url(self, upstream_base_url: str) -> str:
        """`upstream_base_url` with the proxy's port instead of the sandbox's."""
        rest = upstream_base_url.split("://", 1)[1].split("/", 1)[1]
        return f"http://127.0.0.1:{self.port}/{rest}"

    def stop(self) -> None:
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        self._timer.cancel()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- one client connection -----------------------------------------------------------------
    def _serve(self, client: socket.socket) -> None:
        client.settimeout(self.timeout_s)
        buf = bytearray()
        try:
            while True:
                head = _read_head(client, buf)
                if head is None:
                    return
                upstream_head, method, path, length = _rewrite_head(head)
                body = _read_exact(client, buf, length) if length else b""
                if body is None:
                    return
                with self._lock:
                    self.stats.requests += 1
                    n = self.stats.requests
                    if method == "PATCH":
                        self.stats.patch_bytes_from_client += len(body)
                if n > self.max_requests:
                    return
                fault = self.plan(RequestInfo(n, method, path, len(body)))
                if fault is not None:
                    with self._lock:
                        self.stats.faults.append((fault.kind, method, path))
                if fault is not None and fault.kind == "drop":
                    return
                if fault is not None and fault.kind == "error":
                    client.sendall(_UNAVAILABLE)
                    return
                if fault is not None and fault.kind == "delay":
                    time.sleep(fault.delay_s)
                if fault is not None and fault.kind == "cut":
                    self._forward(upstream_head, body[: len(body) // 2], method, complete=False)
                    return
                answer = self._forward(upstream_head, body, method, complete=True)
                if answer is None or (fault is not None and fault.kind == "drop_after"):
                    return
                client.sendall(answer)
                # The upstream answered "Connection: close": so do we.
                return
        except OSError:
            return
        finally:
            client.close()

    def _forward(self, head: bytes, body: bytes, method: str, *, complete: bool) -> bytes | None:
        with socket.create_connection(self.upstream, timeout=self.timeout_s) as up:
            up.sendall(head + body)
            if method == "PATCH":
                with self._lock:
                    self.stats.patch_bytes_forwarded += len(body)
            if not complete:
                up.shutdown(socket.SHUT_RDWR)
                return None
            chunks = []
            while data := up.recv(65536):
                chunks.append(data)
        return b"".join(chunks)
