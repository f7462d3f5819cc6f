"""The tokens connected now, and their certificates, read without a PIN.

Every look re-initialises the PKCS#11 library first (unless one of our signing sessions is
open on it), so a token plugged in or pulled out while the application runs is seen at once:
SoftHSM and several middlewares scan their slots only at C_Initialize, and python-pkcs11 keeps
the loaded library per path. Tokens are named by label and serial, never by slot index.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.signing.certificates import CertificateInfo, describe_certificate
from app.signing.device import DeviceThread, default_device
from app.signing.errors import ModuleNotFound, SigningError
from app.signing.handler import TokenInfo

log = logging.getLogger(__name__)


@dataclass
class TokenListing:
    """A connected token: its info block (with PIN state) and its public certificates."""

    info: TokenInfo
    certificates: list[CertificateInfo] = field(default_factory=list)
    problem: str = ""  # why its certificates could not be read, if so

    def to_dict(self) -> dict[str, Any]:
        i = self.info
        return {
            "label": i.label,
            "serial": i.serial,
            "manufacturer": i.manufacturer,
            "model": i.model,
            "pin_count_low": i.count_low,
            "pin_final_try": i.final_try,
            "pin_locked": i.locked,
            "problem": self.problem,
            "certificates": [c.to_dict() for c in self.certificates],
        }


def rescan(module_path: str, lib: Any) -> bool:
    """Re-initialise ``lib`` for a fresh slot list, unless a signing session of ours is open.

    Returns True when it re-initialised. Runs on the device thread.
    """
    from app.signing import pkcs11_backend

    if pkcs11_backend.open_session_count(module_path):
        return False
    lib.reinitialize()
    return True


def _list_on_device(module_path: str, device: DeviceThread, now: datetime) -> list[TokenListing]:
    device.assert_current()
    from pkcs11 import TokenFlag
    from pkcs11 import exceptions as p11x

    from app.signing.pkcs11_backend import Pkcs11Backend, map_pkcs11_error, token_info_from

    probe = Pkcs11Backend(module_path, "", device=device)
    lib = probe.load_module_on_device()
    try:
        rescan(module_path, lib)
        slots = list(lib.get_slots(token_present=True))
    except p11x.PKCS11Error as exc:
        raise map_pkcs11_error(exc) from exc
    listings: list[TokenListing] = []
    for slot in slots:
        try:
            token = slot.get_token()
        except p11x.PKCS11Error:
            continue  # an empty or half-plugged reader
        if not token.flags & TokenFlag.TOKEN_INITIALIZED:
            continue  # SoftHSM's spare slot, a blank card
        info = token_info_from(token)
        listing = TokenListing(info)
        try:
            entries = probe.read_public_certificates(token)
        except SigningError as exc:
            listing.problem = exc.user_message
            entries = []
        for entry in entries:
            listing.certificates.append(
                describe_certificate(
                    entry.cert,
                    label=entry.label,
                    key_id=entry.id,
                    token_label=info.label,
                    token_serial=info.serial,
                    now=now,
                )
            )
        listings.append(listing)
    return listings


def list_tokens(
    module_path: str, *, device: DeviceThread | None = None, now: datetime | None = None
) -> list[TokenListing]:
    """The tokens connected through ``module_path`` now, with their public certificates.

    Raises ModuleNotFound when the module cannot be loaded.
    """
    dev = device or default_device()
    return dev.run(_list_on_device, module_path, dev, now or datetime.now(UTC))


__all__ = ["ModuleNotFound", "TokenListing", "list_tokens", "rescan"]
