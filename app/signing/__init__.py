"""Signing: token backends behind one protocol, the device thread, PAdES sign and verify.

Public entry points are re-exported here; see each module for details.
"""

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
