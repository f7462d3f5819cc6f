"""The platform sandbox: a FastAPI app over SQLite, served by uvicorn on the loopback interface.

It is a training and test double of the fund's platform, with fictional data only. It refuses to
listen on anything but a loopback address unless explicitly allowed.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import signal
import socket
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

import uvicorn
from fastapi import FastAPI
from fastapi.responses import FileResponse

from app.config.paths import resources_dir
from app.sandbox.affiliate_export import router as affiliate_export_router
from app.sandbox.auth import SandboxState
from app.sandbox.corrections import router as corrections_router
from app.sandbox.db import SandboxDB
from app.sandbox.problems import install_problem_handlers
from app.sandbox.routes import API_VERSION, router
from app.sandbox.seed import seed_database, write_accounts_file
from app.sandbox.uploads import create_upload_router

log = logging.getLogger(__name__)

# tuspyserver logs each upload's metadata (file names) at INFO: keep such data out of logs.
_tus_log = logging.getLogger("tuspyserver")
if _tus_log.level == logging.NOTSET:
    _tus_log.setLevel(logging.WARNING)

API_PREFIX = "/api/v1"
DEFAULT_PORT = 8765


def contract_path() -> Path:
    return resources_dir() / "openapi" / "platform.yaml"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_host(host: str, allow_non_loopback: bool) -> None:
    if not is_loopback(host) and not allow_non_loopback:
        raise ValueError(
            f"the sandbox listens on loopback addresses only (got {host!r}); it is a training "
            "tool with fictional data. Pass allow_non_loopback=True (--allow-non-loopback) to "
            "override."
        )


def create_app(data_dir: Path, affiliates: int = 200) -> FastAPI:
    """The sandbox application over DATA_DIR/sandbox.sqlite, seeded on first use."""
    if affiliates < 0:
        raise ValueError("affiliates must be >= 0")
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    uploads = data_dir / "uploads"
    uploads.mkdir(exist_ok=True)
    db = SandboxDB(data_dir / "sandbox.sqlite")
    try:
        seed_database(db, affiliates)
        write_accounts_file(data_dir)
    except BaseException:
        db.close()
        raise
    state = SandboxState(db=db, data_dir=data_dir, uploads_dir=uploads)

    app = FastAPI(
        title="Mellaf platform sandbox",
        version=API_VERSION,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,  # the contract is resources/openapi/platform.yaml, served below
    )
    app.state.sandbox = state
    install_problem_handlers(app)
    app.include_router(router, prefix=API_PREFIX)
    app.include_router(create_upload_router(state), prefix=API_PREFIX)
    app.include_router(affiliate_export_router, prefix=API_PREFIX)
    app.include_router(corrections_router, prefix=API_PREFIX)

    @app.get(API_PREFIX + "/openapi.yaml", include_in_schema=False)
    def contract() -> FileResponse:
        return FileResponse(contract_path(), media_type="application/yaml")

    return app


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY on accepted sockets only when the
    # protocol says TCP, and without it every keep-alive request waits ~40 ms (Nagle against
    # delayed ACKs).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _base_url(sock: socket.socket, host: str) -> str:
    port = sock.getsockname()[1]
    shown = f"[{host.strip('[]')}]" if ":" in host else host
    return f"http://{shown}:{port}{API_PREFIX}"


def _config(app: FastAPI, log_config: bool) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        access_log=False,  # request lines carry identifiers (CIN...) in query strings
        log_level="info" if log_config else "warning",
        log_config=uvicorn.config.LOGGING_CONFIG if log_config else None,
        ws="none",
        lifespan="off",
        timeout_graceful_shutdown=3,
        server_header=False,
    )


@dataclass
class RunningSandbox:
    """A sandbox served by uvicorn on a daemon thread; `stop()` ends it."""

    base_url: str
    data_dir: Path
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _app: FastAPI = field(repr=False)

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1].split("/", 1)[0])

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        state: SandboxState = self._app.state.sandbox
        state.db.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _wait_healthy(base_url: str, thread: threading.Thread, deadline: float) -> None:
    url = base_url + "/health"
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
    while True:
        if not thread.is_alive():
            raise RuntimeError("the sandbox server stopped while starting")
        try:
            with opener.open(url, timeout=1) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError("the sandbox did not answer /health in time")
        time.sleep(0.02)


def start_in_thread(
    data_dir: Path,
    host: str = "127.0.0.1",
    port: int = 0,
    affiliates: int = 200,
    *,
    allow_non_loopback: bool = False,
    startup_timeout: float = 30.0,
) -> RunningSandbox:
    """Serve the sandbox on a daemon thread (port 0: a free port); returns once /health answers."""
    check_host(host, allow_non_loopback)
    app = create_app(data_dir, affiliates)
    state: SandboxState = app.state.sandbox
    try:
        sock = _bind(host, port)
    except BaseException:
        state.db.close()
        raise
    base_url = _base_url(sock, host)
    server = uvicorn.Server(_config(app, log_config=False))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="mellaf-sandbox", daemon=True
    )
    thread.start()
    running = RunningSandbox(base_url, Path(data_dir), server, thread, app)
    try:
        _wait_healthy(base_url, thread, time.monotonic() + startup_timeout)
    except BaseException:
        running.stop()
        sock.close()
        raise
    return running


class _ForegroundServer(uvicorn.Server):
    """uvicorn re-raises SIGINT/SIGTERM after a graceful shutdown; we want a plain return."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        def stop(sig: int, frame: FrameType | None) -> None:
            self.should_exit = True

        previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)


def serve_foreground(
    data_dir: Path,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    affiliates: int = 200,
    *,
    allow_non_loopback: bool = False,
    announce: Callable[[str], None] | None = None,
) -> None:
    """Serve until SIGINT/SIGTERM; `announce` gets the base URL once the socket is bound."""
    check_host(host, allow_non_loopback)
    app = create_app(data_dir, affiliates)
    state: SandboxState = app.state.sandbox
    try:
        sock = _bind(host, port)
        try:
            if announce is not None:
                announce(_base_url(sock, host))
            _ForegroundServer(_config(app, log_config=True)).run(sockets=[sock])
        finally:
            sock.close()
    finally:
        state.db.close()
