"""HTTP plumbing: base URL rules and a requests session that verifies TLS with the OS trust store.

- https only, except plain http to a loopback host (the local sandbox);
- certificates are always verified, against the operating system's trust store (truststore),
  which is where a ministry's or the fund's CA gets installed; never `verify=False`;
- a loopback URL never goes through a proxy from the environment.
"""

from __future__ import annotations

import ipaddress
import ssl
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
import truststore
from requests.adapters import HTTPAdapter

from app import __version__

USER_AGENT = f"Mellaf/{__version__}"


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalize_base_url(url: str) -> tuple[str, bool]:
    """(base URL without trailing slash, whether it is a loopback host); ValueError if unusable."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = parts.hostname
    if scheme not in ("https", "http") or not host:
        raise ValueError("the platform URL must start with https:// and name a host")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError("the platform URL must not carry credentials, a query or a fragment")
    try:
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise ValueError("the platform URL has an invalid port") from None
    loopback = is_loopback_host(host)
    if scheme == "http" and not loopback:
        raise ValueError(
            "plain http is allowed only for a platform on this computer (loopback); use https"
        )
    base = urlunsplit((scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
    return base, loopback


def same_origin(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)

    def port(p: Any) -> int | None:
        return p.port or {"http": 80, "https": 443}.get(p.scheme.lower())

    return (
        pa.scheme.lower() == pb.scheme.lower()
        and (pa.hostname or "").lower() == (pb.hostname or "").lower()
        and port(pa) == port(pb)
    )


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
