"""Signing: token backends behind one protocol, the device thread, PAdES sign and verify.

Public entry points are re-exported here; see each module for details.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported on first use: pyHanko is heavy, and most starts never sign
    from app.signing.backend import Availability, SignerSession, SigningBackend
    from app.signing.device import DeviceThread, assert_device_thread, default_device
    from app.signing.errors import (
        Cancelled,
        CertificateError,
        DocumentError,
        ModuleNotFound,
        OutputError,
        PinIncorrect,
        PinLocked,
        RevocationInfoError,
        SigningError,
        TimestampError,
        TokenNotFound,
        TokenRemoved,
    )
    from app.signing.handler import ScriptedHandler, SigningHandler, TokenInfo

__all__ = [
    "Availability",
    "Cancelled",
    "CertificateError",
    "DeviceThread",
    "DocumentError",
    "ModuleNotFound",
    "OutputError",
    "PinIncorrect",
    "PinLocked",
    "RevocationInfoError",
    "ScriptedHandler",
    "SignerSession",
    "SigningBackend",
    "SigningError",
    "SigningHandler",
    "TimestampError",
    "TokenInfo",
    "TokenNotFound",
    "TokenRemoved",
    "assert_device_thread",
    "default_device",
]

_HOME = {
    "Availability": "backend",
    "SignerSession": "backend",
    "SigningBackend": "backend",
    "DeviceThread": "device",
    "assert_device_thread": "device",
    "default_device": "device",
    "ScriptedHandler": "handler",
    "SigningHandler": "handler",
    "TokenInfo": "handler",
}


def __getattr__(name: str) -> Any:
    if name in __all__:
        module = importlib.import_module(f"app.signing.{_HOME.get(name, 'errors')}")
        return getattr(module, name)
    raise AttributeError(f"module 'app.signing' has no attribute '{name}'")
