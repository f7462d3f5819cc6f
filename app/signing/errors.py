"""Errors of the signing layer.

Every error carries ``user_message``: one plain English sentence (or two) saying what went wrong
and what to do next. The UI translates it; the CLI prints it on one line. ``detail`` holds the
technical cause for logs. Neither ever contains a PIN or a passphrase.

These are "the environment's fault" errors (token missing, PIN wrong, disk full): a bug in our
code raises something else.
"""

from __future__ import annotations

from app.signing.handler import TokenInfo


class SigningError(Exception):
    """Base class: something outside our code stopped a signature or a verification."""

    default_message = "The document could not be signed. Try again, or ask for support."

    def __init__(self, user_message: str | None = None, *, detail: str | None = None) -> None:
        self.user_message = user_message or self.default_message
        self.detail = detail
        super().__init__(self.user_message)

    def __str__(self) -> str:
        return self.user_message


class ModuleNotFound(SigningError):
    """The token middleware (PKCS#11 module) is missing or cannot be loaded."""

    def __init__(self, module_path: str, reason: str, *, detail: str | None = None) -> None:
        self.module_path = module_path
        self.reason = reason
        super().__init__(
            f"The token software could not be loaded ({reason}): {module_path}. "
            "Install the token middleware (SafeNet Authentication Client) or correct the "
            "module path in the settings.",
            detail=detail,
        )


class TokenNotFound(SigningError):
    """No connected token matches the configured label (and serial)."""

    default_message = (
        "The signing token was not found. Plug in your token, wait a few seconds and try again."
    )


# What a wrong PIN did to the token's retry counter, told from its flags read before the PIN
# was typed and right after the failure (PKCS#11 gives flags, never the number of tries left).
PIN_NOW_FINAL_TRY = (
    "The PIN is wrong. The token now allows only ONE more try: it was not at its last try "
    "before, and a further wrong PIN will lock it. Check the PIN before trying again."
)
PIN_FINAL_TRY = (
    "The PIN is wrong. Only one try is left: a further wrong PIN will lock the token. "
    "Check the PIN before trying again."
)
PIN_NOW_COUNT_LOW = (
    "The PIN is wrong. The token has counted this wrong try and now warns that few tries are "
    "left before it locks. Check the PIN before trying again."
)
PIN_COUNT_LOW_AGAIN = (
    "The PIN is wrong again: one more try was used, and few tries are left before the token "
    "locks. Check the PIN before trying again."
)
PIN_COUNT_LOW = (
    "The PIN is wrong, and few tries are left before the token locks. "
    "Check the PIN before trying again."
)
PIN_WRONG = "The PIN is wrong. Check the PIN and try again."
PIN_NOW_LOCKED = (
    "The PIN is wrong, and that was the last try: the token is now locked and cannot sign. "
    "Contact your certificate provider (Barid eSign) to unlock it with the unlock code."
)
PIN_LOCKED = (
    "The token's PIN is locked after too many wrong tries. Contact your certificate "
    "provider (Barid eSign) to unlock it with the unlock code."
)


def pin_change_message(before: TokenInfo | None, after: TokenInfo | None) -> str:
    """The sentence telling how a wrong PIN changed the token's PIN state."""
    if after is None:
        return PIN_WRONG
    if after.locked:
        return PIN_NOW_LOCKED if before is not None and not before.locked else PIN_LOCKED
    if after.final_try:
        return PIN_NOW_FINAL_TRY if before is not None and not before.final_try else PIN_FINAL_TRY
    if after.count_low:
        if before is None:
            return PIN_COUNT_LOW
        return PIN_COUNT_LOW_AGAIN if before.count_low else PIN_NOW_COUNT_LOW
    return PIN_WRONG


class PinIncorrect(SigningError):
    """The token refused the PIN. ``token`` is the PIN state read right after the failure,
    ``before`` the state shown to the officer when the PIN was asked (when known)."""

    def __init__(
        self,
        token: TokenInfo | None,
        *,
        before: TokenInfo | None = None,
        user_message: str | None = None,
        detail: str | None = None,
    ) -> None:
        self.token = token
        self.before = before
        text = user_message if user_message is not None else pin_change_message(before, token)
        super().__init__(text, detail=detail)


class PinLocked(SigningError):
    """The token's user PIN is locked (too many wrong PINs); ``just_now`` when the PIN just
    typed was the one that locked it."""

    def __init__(
        self,
        token: TokenInfo | None = None,
        *,
        just_now: bool = False,
        detail: str | None = None,
    ) -> None:
        self.token = token
        self.just_now = just_now
        super().__init__(PIN_NOW_LOCKED if just_now else PIN_LOCKED, detail=detail)


class TokenRemoved(SigningError):
    """The token was unplugged (or its session vanished) during the operation."""

    default_message = (
        "The token was removed during signing. Plug it back in and sign again; "
        "no document was changed."
    )


class CertificateError(SigningError):
    """The signing certificate is missing, expired, not yet valid or not meant for signing."""

    default_message = (
        "No usable signing certificate was found on the token. Check that you use your "
        "signature token, or contact your certificate provider."
    )


class DocumentError(SigningError):
    """The input PDF cannot be read, or is encrypted."""

    default_message = (
        "The document is not a readable PDF file. Check the file, or scan or export it again."
    )


class OutputError(SigningError):
    """The signed file cannot be written (disk full, folder read-only, no permission)."""

    default_message = (
        "The signed file could not be written. Check the free disk space and that the folder "
        "is writable, then sign again."
    )


class TimestampError(SigningError):
    """The timestamp server (TSA) did not answer or gave an unusable answer."""

    default_message = (
        "The timestamp server did not answer. Check the network connection and the timestamp "
        "server address in the settings, then sign again."
    )


class RevocationInfoError(SigningError):
    """Revocation information (CRL / OCSP) for a long-term signature could not be gathered."""

    default_message = (
        "The certificate status could not be checked online, so a long-term signature could not "
        "be made. Check the network connection and try again, or sign at level B-T."
    )


class Cancelled(SigningError):
    """The user cancelled (PIN prompt or a batch)."""

    default_message = "Signing was cancelled. No document was changed."
