"""Settings declared once, with type, default, description, group and check; stored as JSON per
profile (the profile folder is per OS user, see ``app.config.paths``).

The settings dialog is generated from ``DECLARED``; ``validate`` is the one place that judges a
value, for the dialog, the first-run assistant and the command line alike.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.config.paths import resources_dir

# Groups of the settings dialog, in order; "internal" settings are kept by Mellaf itself.
GROUPS = ("interface", "platform", "token", "data")
LANGUAGES = ("ar", "fr", "en")
SIGNING_BACKENDS = ("pkcs11", "software")
SIGNATURE_LEVELS = ("", "B-B", "B-T", "B-LT")


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    group: str = "internal"  # one of GROUPS, or "internal" (not shown in the dialog)
    check: str = ""  # "url", "path", "paths" (';'-separated) or "choice"; ints are always >= 0
    choices: tuple[str, ...] = ()  # for check="choice"; empty: the fund profiles (key "fund")


DECLARED: tuple[Setting, ...] = (
    Setting(
        "language",
        str,
        "fr",
        "Interface language: ar, fr or en.",
        "interface",
        "choice",
        LANGUAGES,
    ),
    Setting(
        "fund", str, "cmr", "Fund profile folder under resources/profiles.", "platform", "choice"
    ),
    Setting(
        "platform_url",
        str,
        "",
        "Base URL of the fund's platform API (…/api/v1).",
        "platform",
        "url",
    ),
    Setting(
        "status_poll_seconds", int, 60, "How often dossier statuses are refreshed.", "platform"
    ),
    Setting("last_account", str, "", "Account id proposed at the next sign-in."),
    Setting(
        "signing_backend",
        str,
        "pkcs11",
        "pkcs11 (hardware token) or software (PKCS#12, demo).",
        "token",
        "choice",
        SIGNING_BACKENDS,
    ),
    Setting(
        "pkcs11_module",
        str,
        "",
        "Path of the token middleware's PKCS#11 library.",
        "token",
        "path",
    ),
    Setting("token_label", str, "", "Label of the signing token to use.", "token"),
    Setting(
        "key_label",
        str,
        "",
        "Label of the signing key on the token (empty: the only one).",
        "token",
    ),
    Setting(
        "token_serial",
        str,
        "",
        "Serial number of the signing token (empty: any serial).",
        "token",
    ),
    Setting(
        "cert_label", str, "", "Label of the chosen signing certificate on the token.", "token"
    ),
    Setting(
        "stamp_name_ar", str, "", "Signer's name in Arabic letters on the visible stamp.", "token"
    ),
    Setting(
        "stamp_role",
        str,
        "",
        "Signer's role on the visible stamp (e.g. the HR office).",
        "token",
    ),
    Setting(
        "p12_path",
        str,
        "",
        "PKCS#12 file of the software backend (demo and training).",
        "token",
        "path",
    ),
    Setting(
        "signature_level",
        str,
        "",
        "PAdES level; empty: the fund profile's level.",
        "token",
        "choice",
        SIGNATURE_LEVELS,
    ),
    Setting("tsa_url", str, "", "Timestamp service URL for PAdES B-T and above.", "token", "url"),
    Setting(
        "idle_lock_minutes",
        int,
        10,
        "Lock the session after this many idle minutes (0: never).",
        "data",
    ),
    Setting(
        "retention_days",
        int,
        90,
        "Purge documents this many days after the fund acknowledges.",
        "data",
    ),
    Setting("kiosk_purge", bool, False, "Kiosk: purge a commune's data once acknowledged.", "data"),
    Setting(
        "package_trust_roots",
        str,
        "",
        "Extra trusted root certificates (PEM) for offline packages, separated by ';'.",
        "data",
        "paths",
    ),
)
_BY_KEY = {s.key: s for s in DECLARED}


def declared(key: str) -> Setting:
    return _BY_KEY[key]


def fund_profiles(root: Path | None = None) -> tuple[str, ...]:
    """The fund profiles shipped (folders of resources/profiles with a profile.yaml)."""
    base = root or resources_dir() / "profiles"
    try:
        return tuple(sorted(p.name for p in base.iterdir() if (p / "profile.yaml").is_file()))
    except OSError:
        return ()


def choices_of(spec: Setting) -> tuple[str, ...]:
    if spec.check != "choice":
        return ()
    return spec.choices or fund_profiles()


class SettingError(ValueError):
    """A value a setting does not accept. ``problem`` names the rule broken (for the UI's
    words): not-a-number, negative, url, missing-file, choice, type."""

    def __init__(self, key: str, problem: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.problem = problem


def looks_like_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in text


def validate(key: str, value: Any) -> Any:
    """``value`` converted to the setting's type, or ``SettingError`` saying what is wrong."""
    spec = _BY_KEY[key]
    if spec.type is bool:
        if not isinstance(value, bool):
            raise SettingError(key, "type", f"{key}: yes or no expected")
        return value
    if spec.type is int:
        if isinstance(value, bool):
            raise SettingError(key, "not-a-number", f"{key}: a whole number is expected")
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise SettingError(key, "not-a-number", f"{key}: a whole number is expected") from None
        if number < 0:
            raise SettingError(key, "negative", f"{key}: the number cannot be negative")
        return number
    text = str(value).strip()
    if spec.check == "choice":
        allowed = choices_of(spec)
        if text not in allowed:
            raise SettingError(key, "choice", f"{key}: one of {', '.join(allowed)} expected")
    elif spec.check == "url" and text and not looks_like_url(text):
        raise SettingError(key, "url", f"{key}: an address like https://host/api/v1 expected")
    elif spec.check in ("path", "paths") and text:
        paths = [p.strip() for p in text.split(";")] if spec.check == "paths" else [text]
        missing = [p for p in paths if p and not Path(p).is_file()]
        if missing:
            raise SettingError(key, "missing-file", f"{key}: no file at {missing[0]}")
    return text


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

    @property
    def exists(self) -> bool:
        """Whether a settings file was ever saved here (the first run has none)."""
        return self.path.is_file()

    def get(self, key: str) -> Any:
        spec = _BY_KEY[key]
        value = self._values.get(key, spec.default)
        if spec.type is int and isinstance(value, bool):
            return spec.default
        return value if isinstance(value, spec.type) else spec.default

    def text(self, key: str) -> str:
        return str(self.get(key))

    def set(self, key: str, value: Any) -> None:
        spec = _BY_KEY[key]
        if not isinstance(value, spec.type):
            raise TypeError(f"setting {key} takes {spec.type.__name__}")
        self._values[key] = value

    def save(self) -> None:
        """Write the whole file to a temporary name, then rename: never half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(self._values, f, indent=2, ensure_ascii=False)
                f.flush()
                os.fsync(f.fileno())
            Path(tmp).replace(self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
