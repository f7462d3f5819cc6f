"""Translated words for the declared settings (``app.config.settings.DECLARED``): a label and a
description per key, the group titles, the choices and the problems ``validate`` reports.

A test checks that every declared setting shown in the dialog has a label here.
"""

from __future__ import annotations

from app.config.settings import SettingError
from app.ui.i18n import fmt, translate


def group_title(group: str) -> str:
    titles = {
        "interface": translate("Settings", "Interface"),
        "platform": translate("Settings", "Platform"),
        "token": translate("Settings", "Signing token"),
        "data": translate("Settings", "Data protection"),
    }
    return titles.get(group, group)


def labels() -> dict[str, tuple[str, str]]:
    """Setting key -> (label, description), in the interface language."""
    return {
        "language": (
            translate("Settings", "&Language"),
            translate(
                "Settings",
                "Language of the interface. Arabic mirrors the whole window. The new language "
                "applies at the next start of Mellaf.",
            ),
        ),
        "fund": (
            translate("Settings", "&Fund profile"),
            translate(
                "Settings", "The fund's rules and checklists Mellaf follows (e.g. cmr for the CMR)."
            ),
        ),
        "platform_url": (
            translate("Settings", "Platform &address"),
            translate(
                "Settings",
                "Address of the fund's platform, for example https://e-retraite.example/api/v1. "
                "Applies at the next sign-in.",
            ),
        ),
        "status_poll_seconds": (
            translate("Settings", "Status refresh (seconds)"),
            translate("Settings", "How often Mellaf asks the fund for the state of sent dossiers."),
        ),
        "last_account": (
            translate("Settings", "Last account"),
            translate("Settings", "Account proposed at the next sign-in."),
        ),
        "signing_backend": (
            translate("Settings", "Signing &with"),
            translate(
                "Settings",
                "A hardware token for real signatures; a software certificate only for the "
                "demo and training.",
            ),
        ),
        "pkcs11_module": (
            translate("Settings", "Token &middleware"),
            translate(
                "Settings",
                "File of the token's PKCS#11 library (e.g. SafeNet's eTPKCS11.dll). Empty: "
                "Mellaf looks in the usual places.",
            ),
        ),
        "token_label": (
            translate("Settings", "Token label"),
            translate("Settings", "Name of the token to use when several are connected."),
        ),
        "key_label": (
            translate("Settings", "Key label"),
            translate("Settings", "Name of the signing key on the token. Empty: the only one."),
        ),
        "token_serial": (
            translate("Settings", "Token serial number"),
            translate("Settings", "Serial number of the token to use. Empty: any token."),
        ),
        "cert_label": (
            translate("Settings", "Certificate label"),
            translate(
                "Settings",
                "The signing certificate chosen in the Token tab (Choose the signing certificate…).",  # noqa: E501
            ),
        ),
        "stamp_name_ar": (
            translate("Settings", "Name in Arabic on the stamp"),
            translate(
                "Settings", "The signer's name in Arabic letters, shown on the visible signature."
            ),
        ),
        "stamp_role": (
            translate("Settings", "Role on the stamp"),
            translate("Settings", "The signer's role shown on the visible signature."),
        ),
        "p12_path": (
            translate("Settings", "Software certificate file"),
            translate("Settings", "PKCS#12 file used by the software signing (demo, training)."),
        ),
        "signature_level": (
            translate("Settings", "Signature level"),
            translate(
                "Settings",
                "PAdES level of the signatures; B-T and B-LT need a timestamp service.",
            ),
        ),
        "tsa_url": (
            translate("Settings", "Timestamp service address"),
            translate("Settings", "Address of the timestamp service (needed for B-T and B-LT)."),
        ),
        "idle_lock_minutes": (
            translate("Settings", "Lock after idle (minutes)"),
            translate(
                "Settings",
                "Hide the window after this many minutes without use (0: never). Applies at "
                "the next start.",
            ),
        ),
        "retention_days": (
            translate("Settings", "Keep documents (days)"),
            translate(
                "Settings",
                "Documents are deleted this many days after the fund acknowledged the dossier.",
            ),
        ),
        "kiosk_purge": (
            translate("Settings", "Kiosk: delete a commune's data once acknowledged"),
            translate(
                "Settings",
                "On a computer shared by several communes, delete each commune's data as soon "
                "as the fund acknowledged it.",
            ),
        ),
        "package_trust_roots": (
            translate("Settings", "Trusted roots for offline packages"),
            translate(
                "Settings",
                "Extra root certificate files (PEM) that may sign offline packages, separated "
                "by ';'.",
            ),
        ),
    }


def choice_text(key: str, value: str) -> str:
    """How a choice of a setting reads in the dialog."""
    names = {
        ("language", "ar"): translate("Settings", "Arabic — العربية"),
        ("language", "fr"): translate("Settings", "French — Français"),
        ("language", "en"): translate("Settings", "English"),
        ("signing_backend", "pkcs11"): translate("Settings", "Hardware token (PKCS#11)"),
        ("signing_backend", "software"): translate(
            "Settings", "Software certificate (demo and training only)"
        ),
        ("signature_level", ""): translate("Settings", "The fund profile's level"),
    }
    return names.get((key, value), value)


def problem_text(error: SettingError) -> str:
    """What is wrong with a value, in words, with what to do."""
    label = labels().get(error.key, (error.key, ""))[0].replace("&", "")
    texts = {
        "not-a-number": translate("Settings", "%1: enter a whole number, for example 10."),
        "negative": translate("Settings", "%1: the number cannot be negative."),
        "url": translate(
            "Settings", "%1: enter an address that starts with https:// (or http://)."
        ),
        "missing-file": translate(
            "Settings", "%1: no file at this path. Choose an existing file with Browse…"
        ),
        "choice": translate("Settings", "%1: choose one of the proposed values."),
    }
    return fmt(
        texts.get(error.problem, translate("Settings", "%1: this value is not accepted.")), label
    )
