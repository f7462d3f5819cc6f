"""Fixtures of the platform client tests: a real sandbox over HTTP on 127.0.0.1, real clients."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.domain.models import Affiliate
from app.platform.client import PlatformClient
from app.sandbox.seed import sandbox_password
from app.sandbox.server import RunningSandbox, start_in_thread

AFFILIATES = 40  # small: seeding stays fast


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    running = start_in_thread(tmp_path_factory.mktemp("sandbox"), affiliates=AFFILIATES)
    yield running
    running.stop()


@pytest.fixture
def fresh_sandbox(tmp_path: Path) -> Iterator[RunningSandbox]:
    """A sandbox of its own, for tests that move its clock."""
    running = start_in_thread(tmp_path / "sandbox", affiliates=AFFILIATES)
    yield running
    running.stop()


ClientFactory = Callable[..., PlatformClient]


@pytest.fixture
def make_client() -> Iterator[ClientFactory]:
    """Signed-in clients (`account=None`: signed out), closed after the test."""
    made: list[PlatformClient] = []

    def make(
        base_url: str,
        account: str | None = "demo.preparer",
        timeout: tuple[float, float] = (5, 30),
    ) -> PlatformClient:
        client = PlatformClient(base_url, timeout=timeout)
        made.append(client)
        if account is not None:
            client.login(account, sandbox_password(account))
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(sandbox: RunningSandbox, make_client: ClientFactory) -> PlatformClient:
    return make_client(sandbox.base_url)


def demo_affiliates(client: PlatformClient) -> list[Affiliate]:
    page = client.list_affiliates(None, 1000)
    assert not page.has_more
    return list(page.items)


def pdf_file(path: Path, size: int, seed: int = 1) -> tuple[Path, str]:
    """A file that starts like a PDF, of exactly `size` bytes; returns it and its SHA-256."""
    head = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    body = head + random.Random(seed).randbytes(max(0, size - len(head)))
    path.write_bytes(body[:size])
    return path, hashlib.sha256(body[:size]).hexdigest()
