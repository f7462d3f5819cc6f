"""The requests session that talks to the platform, TLS verified with the OS trust store, and
one request through it with every failure turned into a PlatformError subclass.

- certificates are always verified, against the operating system's trust store (truststore),
  which is where a ministry's or the fund's CA gets installed; never `verify=False`;
- a loopback URL never goes through a proxy from the environment.

requests and truststore take about 40 ms to import: `PlatformClient` imports this module when it
first talks to the platform, in a background operation, not during the window's cold start.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
from collections.abc import Iterable, Iterator
from typing import Any

import requests
import truststore
from requests.adapters import HTTPAdapter

from app import __version__
from app.platform import dto
from app.platform.errors import (
    REFUSAL_MESSAGES,
    AuthError,
    ContractError,
    OfflineError,
    PlatformError,
    RefusedError,
    ServerError,
    TlsError,
)

USER_AGENT = f"Mellaf/{__version__}"

# urllib3 logs every request line at DEBUG, query string included (identifiers of lookups):
# keep it at INFO unless someone configured that logger on purpose.
_pool_log = logging.getLogger("urllib3.connectionpool")
if _pool_log.level == logging.NOTSET:
    _pool_log.setLevel(logging.INFO)


class TruststoreAdapter(HTTPAdapter):
    """HTTPS through truststore's SSLContext: the OS trust store, hostname checking, TLS 1.2+."""

    def __init__(self) -> None:
        self._context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self._context.minimum_version = ssl.TLSVersion.TLSv1_2
        super().__init__()

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        pool_kwargs["ssl_context"] = self._context
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["ssl_context"] = self._context
        return super().proxy_manager_for(proxy, **proxy_kwargs)


def make_session(loopback: bool) -> requests.Session:
    session = requests.Session()
    session.mount("https://", TruststoreAdapter())
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = "application/json, application/problem+json"
    if loopback:
        session.trust_env = False  # no proxy, no .netrc for the local sandbox
    return session


def send(
    session: requests.Session,
    method: str,
    url: str,
    *,
    what: str,
    expected: tuple[int, ...],
    timeout: tuple[float, float],
    headers: dict[str, str],
    data: bytes | Iterable[bytes] | None = None,
    json_body: Any = None,
    params: dict[str, str | int] | None = None,
    stream: bool = False,
) -> requests.Response:
    """One request; returns the response if its status is expected, else raises."""
    try:
        resp = session.request(
            method,
            url,
            headers=headers,
            data=data,
            json=json_body,
            params=params,
            timeout=timeout,
            allow_redirects=False,
            stream=stream,
        )
    # `from None` everywhere: requests' messages quote the URL, query string included.
    except requests.exceptions.SSLError:
        raise TlsError(f"{what}: TLS verification failed") from None
    except requests.exceptions.Timeout:
        raise OfflineError(f"{what}: no answer within the time limit") from None
    except requests.exceptions.ConnectionError as exc:
        raise OfflineError(f"{what}: connection failed ({_reason(exc)})") from None
    except requests.exceptions.RequestException as exc:
        raise OfflineError(f"{what}: transfer failed ({type(exc).__name__})") from None
    if resp.status_code in expected:
        return resp
    raise _error_for(resp, what)


def blocks(resp: requests.Response, block: int, what: str) -> Iterator[bytes]:
    """A streamed answer's body in blocks; OfflineError when the transfer stops."""
    with contextlib.closing(resp):
        try:
            yield from resp.iter_content(block)
        except requests.exceptions.RequestException as exc:
            raise OfflineError(f"{what}: transfer interrupted ({type(exc).__name__})") from None


def _reason(exc: requests.exceptions.ConnectionError) -> str:
    """A short cause without the URL: 'connection refused', 'name resolution'..."""
    text = str(exc).lower()
    for needle, reason in (
        ("refused", "connection refused"),
        ("name or service", "name resolution"),
        ("nodename", "name resolution"),
        ("getaddrinfo", "name resolution"),
        ("temporary failure in name", "name resolution"),
        ("reset", "connection reset"),
        ("aborted", "connection aborted"),
        ("unreachable", "network unreachable"),
        ("remote end closed", "connection closed"),
    ):
        if needle in text:
            return reason
    return type(exc).__name__


def _error_for(resp: requests.Response, what: str) -> PlatformError:
    status = resp.status_code
    code: str | None = None
    detail: str | None = None
    if resp.content:
        with contextlib.suppress(ValueError):
            code, detail = dto.parse_problem(resp.json())
    message = f"{what}: HTTP {status}" + (f" ({code})" if code else "")
    if status == 401:
        signing_in = code in ("bad_credentials", "account_suspended")
        user = REFUSAL_MESSAGES[code] if signing_in and code else None
        return AuthError(message, user_message=user, status=status, code=code, detail=detail)
    if status == 403:
        return AuthError(
            message,
            user_message=REFUSAL_MESSAGES["forbidden"],
            status=status,
            code=code,
            detail=detail,
        )
    if status >= 500 or status in (408, 429):
        return ServerError(message, status=status, code=code, detail=detail)
    if 400 <= status < 500:
        code = code or f"http_{status}"
        return RefusedError(
            message,
            user_message=REFUSAL_MESSAGES.get(code),
            status=status,
            code=code,
            detail=detail,
        )
    return ContractError(f"{what}: unexpected HTTP status {status}", status=status)
