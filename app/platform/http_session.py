"""The requests session that talks to the platform: TLS verified with the OS trust store.

- certificates are always verified, against the operating system's trust store (truststore),
  which is where a ministry's or the fund's CA gets installed; never `verify=False`;
- a loopback URL never goes through a proxy from the environment.

requests and truststore take about 40 ms to import: `PlatformClient` imports this module when it
first talks to the platform, in a background operation, not during the window's cold start.
"""

from __future__ import annotations

import ssl
from typing import Any

import requests
import truststore
from requests.adapters import HTTPAdapter

from app import __version__

USER_AGENT = f"Mellaf/{__version__}"


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
