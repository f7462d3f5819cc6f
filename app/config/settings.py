"""Settings declared once, with type, default and description; stored as JSON per profile."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str


DECLARED: tuple[Setting, ...] = (
    Setting("language", str, "fr", "Interface language: ar, fr or en."),
    Setting("fund", str, "cmr", "Fund profile folder under resources/profiles."),
    Setting("platform_url", str, "", "Base URL of the fund's platform API (…/api/v1)."),
    Setting("last_account", str, "", "Account id proposed at the next sign-in."),
    Setting(
        "signing_backend", str, "pkcs11", "pkcs11 (hardware token) or software (PKCS#12, demo)."
    ),
    Setting("pkcs11_module", str, "", "Path of the token middleware's PKCS#11 library."),
    Setting("token_label", str, "", "Label of the signing token to use."),
    Setting("key_label", str, "", "Label of the signing key on the token (empty: the only one)."),
    Setting("token_serial", str, "", "Serial number of the signing token (empty: any serial)."),
    Setting("cert_label", str, "", "Label of the chosen signing certificate on the token."),
    Setting("stamp_name_ar", str, "", "Signer's name in Arabic letters on the visible stamp."),
    Setting("stamp_role", str, "", "Signer's role on the visible stamp (e.g. the HR office)."),
    Setting("p12_path", str, "", "PKCS#12 file of the software backend (demo and training)."),
    Setting("signature_level", str, "", "PAdES level; empty: the fund profile's level."),
    Setting("tsa_url", str, "", "Timestamp service URL for PAdES B-T and above."),
    Setting("status_poll_seconds", int, 60, "How often dossier statuses are refreshed."),
    Setting(
        "idle_lock_minutes", int, 10, "Lock the session after this many idle minutes (0: never)."
    ),
    Setting(
        "retention_days", int, 90, "Purge documents this many days after the fund acknowledges."
    ),
    Setting("kiosk_purge", bool, False, "Kiosk: purge a commune's data once acknowledged."),
    Setting(
        "package_trust_roots",
        str,
        "",
        "Extra trusted root certificates (PEM) for offline packages, separated by ';'.",
    ),
)
_BY_KEY = {s.key: s for s in DECLARED}


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                self._values = {k: v for k, v in raw.items() if k in _BY_KEY}
        except (OSError, ValueError):
            self._values = {}

    def get(self, key: str) -> Any:
        spec = _BY_KEY[key]
        value = self._values.get(key, spec.default)
        return value if isinstance(value, spec.type) else spec.default

    def text(self, key: str) -> str:
        return str(self.get(key))

    def set(self, key: str, value: Any) -> None:
        spec = _BY_KEY[key]
        if not isinstance(value, spec.type):
            raise TypeError(f"setting {key} takes {spec.type.__name__}")
        self._values[key] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(self._values, f, indent=2, ensure_ascii=False)
        Path(tmp).replace(self.path)
