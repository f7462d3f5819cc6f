"""Why a package is refused, in words."""

from __future__ import annotations

from app.domain.errors import DomainError


class PackageRefused(DomainError):
    """The package cannot be used; ``reason`` is a short code, the message says why in words."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"Package refused: {message}")
        self.reason = reason
