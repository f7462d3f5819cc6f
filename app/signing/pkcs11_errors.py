"""PKCS#11 token facts and errors in words: the token-info block with its PIN state flags, and
python-pkcs11 exceptions turned into ``SigningError`` subclasses for the user."""

from __future__ import annotations

from pkcs11 import TokenFlag
from pkcs11 import exceptions as p11x
from pkcs11.types import Token

from app.signing.errors import (
    Cancelled,
    PinIncorrect,
    PinLocked,
    SigningError,
    TokenRemoved,
)
from app.signing.handler import TokenInfo

_REMOVED_ERRORS: tuple[type[Exception], ...] = (
    p11x.DeviceRemoved,
    p11x.TokenNotPresent,
    p11x.TokenNotRecognised,
    p11x.SessionHandleInvalid,
    p11x.SessionClosed,
    p11x.KeyHandleInvalid,
    p11x.ObjectHandleInvalid,
)


def token_info_from(token: Token) -> TokenInfo:
    """Read a python-pkcs11 Token (label, serial, maker, model, PIN state flags)."""
    flags = token.flags
    return TokenInfo(
        label=token.label.strip(),
        serial=token.serial.decode("ascii", "replace").strip(),
        manufacturer=token.manufacturer_id.strip(),
        model=token.model.strip(),
        count_low=bool(flags & TokenFlag.USER_PIN_COUNT_LOW),
        final_try=bool(flags & TokenFlag.USER_PIN_FINAL_TRY),
        locked=bool(flags & TokenFlag.USER_PIN_LOCKED),
        protected_auth_path=bool(flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH),
    )


def map_pkcs11_error(
    exc: Exception, token: TokenInfo | None = None, *, before: TokenInfo | None = None
) -> SigningError:
    """Turn a python-pkcs11 exception into a SigningError with words for the user.

    ``token`` is the PIN state read after the failure (for PIN errors), ``before`` the state
    read before the PIN was asked: the message then says how the wrong PIN changed it.
    """
    detail = f"{type(exc).__name__}: {exc}"
    was_open = before is not None and not before.locked
    if isinstance(exc, p11x.PinIncorrect):
        if token is not None and token.locked:
            return PinLocked(token, just_now=was_open, detail=detail)
        return PinIncorrect(token, before=before, detail=detail)
    if isinstance(exc, p11x.PinLocked):
        # Locked on this login: the PIN just typed used the last try the token announced.
        last = before is not None and before.final_try and not before.locked
        return PinLocked(token, just_now=last, detail=detail)
    if isinstance(exc, p11x.PinLenRange | p11x.PinInvalid):
        return PinIncorrect(
            token,
            user_message=(
                "The PIN does not have the length or characters the token accepts. "
                "Check the PIN and try again."
            ),
            detail=detail,
        )
    if isinstance(exc, p11x.PinExpired):
        return SigningError(
            "The token's PIN has expired. Change it with the token software "
            "(SafeNet Authentication Client), then sign again.",
            detail=detail,
        )
    if isinstance(exc, _REMOVED_ERRORS):
        return TokenRemoved(detail=detail)
    if isinstance(exc, p11x.DeviceError | p11x.DeviceMemory):
        return TokenRemoved(
            "The token stopped answering. Unplug it, plug it back in and sign again; "
            "no document was changed.",
            detail=detail,
        )
    if isinstance(exc, p11x.FunctionCancelled):
        return Cancelled(detail=detail)
    return SigningError(
        "The token reported an error. Unplug it, plug it back in and try again; "
        "if it persists, ask for support.",
        detail=detail,
    )
