"""HTTP plumbing: the platform URL's rules (the session itself: `app.platform.http_session`).

- https only, except plain http to a loopback host (the local sandbox);
- a loopback URL never goes through a proxy from the environment.
"""

from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlsplit, urlunsplit


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
