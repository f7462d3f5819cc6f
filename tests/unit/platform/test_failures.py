"""How the client reports a platform that is down, slow, failing, lying or impersonated."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest

from app.domain.models import IdentifierKind
from app.platform.client import PlatformClient
from app.platform.errors import (
    ContractError,
    OfflineError,
    PlatformError,
    RefusedError,
    ServerError,
    TlsError,
)

from .netutil import CannedServer, free_port, make_pki, reply

HEALTHY = b'{"status": "ok", "version": "1"}'


def test_nobody_listening_is_offline() -> None:
    port = free_port()
    with (
        PlatformClient(f"http://127.0.0.1:{port}/api/v1", token="t0ken-secret") as client,
        pytest.raises(OfflineError) as caught,
    ):
        client.lookup_affiliate(IdentifierKind.CIN, "AB123456")
    exc = caught.value
    assert exc.retryable
    assert "connection refused" in str(exc)
    assert "reached" in exc.user_message
    # Nothing personal or secret in the error, nor in a chained one.
    assert exc.__cause__ is None and exc.__suppress_context__
    for text in (str(exc), exc.user_message, repr(exc)):
        assert "AB123456" not in text and "t0ken-secret" not in text


def test_an_unknown_host_is_offline() -> None:
    with (
        PlatformClient("https://platform.invalid/api/v1", timeout=(2, 2)) as client,
        pytest.raises(OfflineError),
    ):
        client.health()


def test_a_silent_server_times_out() -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:  # accepts, never answers
        port = listener.getsockname()[1]
        with PlatformClient(f"http://127.0.0.1:{port}/api/v1", timeout=(1, 0.3)) as client:
            started = time.monotonic()
            with pytest.raises(OfflineError, match="time limit"):
                client.health()
            assert time.monotonic() - started < 3


@pytest.mark.parametrize(
    ("status", "body", "content_type"),
    [
        (
            500,
            b'{"type":"x","title":"t","status":500,"detail":"d","code":"internal_error"}',
            "application/problem+json",
        ),
        (503, b"<html>Service Unavailable</html>", "text/html"),
        (429, b"", "text/plain"),
    ],
)
def test_server_failures(status: int, body: bytes, content_type: str) -> None:
    with (
        CannedServer(reply(status, body, content_type)) as server,
        PlatformClient(f"http://127.0.0.1:{server.port}/api/v1") as client,
        pytest.raises(ServerError) as caught,
    ):
        client.health()
    assert caught.value.status == status
    assert caught.value.retryable
    assert "try again" in caught.value.user_message


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (200, b"<html>captive portal</html>"),  # not JSON
        (200, b'{"status": "ok"'),  # truncated JSON
        (200, b'["ok"]'),  # not an object
        (200, b'{"status": "ok", "version": 1}'),  # wrong type
        (302, b""),  # redirects are not part of the contract
    ],
)
def test_answers_outside_the_contract(status: int, body: bytes) -> None:
    with (
        CannedServer(reply(status, body)) as server,
        PlatformClient(f"http://127.0.0.1:{server.port}/api/v1") as client,
        pytest.raises(ContractError) as caught,
    ):
        client.health()
    assert not caught.value.retryable
    assert "does not understand" in caught.value.user_message


def test_a_dossier_with_a_wrong_field_is_a_contract_error() -> None:
    payload = {
        "id": "D1",
        "type": "age_limit",
        "membership_no": "123456789",
        "local_reference": "L",
        "stage": "teleported",
        "history": [],
        "requests": [],
        "documents": [],
    }
    with (
        CannedServer(reply(200, json.dumps(payload).encode())) as server,
        PlatformClient(f"http://127.0.0.1:{server.port}/api/v1", token="t") as client,
        pytest.raises(ContractError, match=r"dossier\.stage"),
    ):
        client.get_dossier("D1")


def test_a_refusal_without_a_problem_body() -> None:
    with (
        CannedServer(reply(418, b"I'm a teapot", "text/plain")) as server,
        PlatformClient(f"http://127.0.0.1:{server.port}/api/v1", token="t") as client,
        pytest.raises(RefusedError) as caught,
    ):
        client.get_dossier("D1")
    assert caught.value.code == "http_418"
    assert caught.value.user_message == "The platform refused the request."


def test_an_untrusted_certificate_is_refused(tmp_path: Path) -> None:
    _, server_pem = make_pki(tmp_path)
    with (
        CannedServer(reply(200, HEALTHY), server_pem) as server,
        PlatformClient(f"https://127.0.0.1:{server.port}/api/v1") as client,
        pytest.raises(TlsError) as caught,
    ):
        client.health()
    assert isinstance(caught.value, OfflineError)
    assert "not secure" in caught.value.user_message


def test_a_certificate_trusted_by_the_system_is_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca_pem, server_pem = make_pki(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_pem))  # what OpenSSL's trust store reads
    with CannedServer(reply(200, HEALTHY), server_pem) as server:
        with PlatformClient(f"https://127.0.0.1:{server.port}/api/v1") as client:
            assert client.health().status == "ok"
        # The same trusted certificate under another name is refused: hostnames are checked.
        with (
            PlatformClient(f"https://localhost:{server.port}/api/v1") as client,
            pytest.raises(TlsError),
        ):
            client.health()


@pytest.mark.parametrize(
    "url",
    [
        "http://platform.example.ma/api/v1",  # plain http off this computer
        "http://10.0.0.5:8765/api/v1",
        "ftp://127.0.0.1/api/v1",
        "https:///api/v1",
        "https://user:pw@platform.example.ma/api/v1",
        "https://platform.example.ma/api/v1?x=1",
    ],
)
def test_unusable_base_urls(url: str) -> None:
    with pytest.raises(ValueError):
        PlatformClient(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://platform.example.ma/api/v1/",
        "http://127.0.0.1:8765/api/v1",
        "http://localhost:8765/api/v1",
        "http://[::1]:8765/api/v1",
    ],
)
def test_usable_base_urls(url: str) -> None:
    with PlatformClient(url) as client:
        assert client.base_url == url.rstrip("/")


def test_every_failure_is_a_platform_error() -> None:
    for cls in (OfflineError, TlsError, ServerError, ContractError, RefusedError):
        assert issubclass(cls, PlatformError)
        assert cls("x").user_message
