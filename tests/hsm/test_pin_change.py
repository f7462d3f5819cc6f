"""A wrong PIN says how it changed the token's PIN state (flags read before and after).

SoftHSM raises "PIN count low" after a wrong PIN (real path); final try and lock are reached by
flags and CKR_PIN_LOCKED injected at the backend's boundary, as SoftHSM never sets them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from pkcs11 import exceptions as p11x

from app.signing import errors, pkcs11_backend
from app.signing.errors import PinIncorrect, PinLocked
from app.signing.handler import ScriptedHandler, TokenInfo
from app.signing.pkcs11_backend import Pkcs11Backend

pytestmark = pytest.mark.hsm


def backend(token: Any, **kwargs: Any) -> Pkcs11Backend:
    return Pkcs11Backend(
        token.module_path, token.token_label, key_label=token.rsa_key_label, **kwargs
    )


def wrong_pin(token: Any, **kwargs: Any) -> tuple[ScriptedHandler, PinIncorrect | PinLocked]:
    handler = ScriptedHandler(pins=["000000"])
    with (
        pytest.raises((PinIncorrect, PinLocked)) as caught,
        backend(token, **kwargs).open_session(handler),
    ):
        pass  # pragma: no cover - never reached
    assert isinstance(caught.value, PinIncorrect | PinLocked)
    return handler, caught.value


def test_softhsm_wrong_pins_tell_the_count_low_change(softhsm_token: Any) -> None:
    # A good login resets the token's counter: the dialog then shows no warning.
    with backend(softhsm_token).open_session(ScriptedHandler(pins=[softhsm_token.user_pin])):
        pass
    handler, first = wrong_pin(softhsm_token)
    assert not handler.asked[0].count_low  # what the officer saw before typing
    assert isinstance(first, PinIncorrect) and first.token is not None and first.token.count_low
    assert first.user_message == errors.PIN_NOW_COUNT_LOW
    handler, second = wrong_pin(softhsm_token)
    assert handler.asked[0].count_low  # the dialog warned this time
    assert second.user_message == errors.PIN_COUNT_LOW_AGAIN
    assert "000000" not in second.user_message + (second.detail or "")
    with backend(softhsm_token).open_session(ScriptedHandler(pins=[softhsm_token.user_pin])):
        pass  # SoftHSM never locks: the right PIN still works


def _flags_sequence(monkeypatch: pytest.MonkeyPatch, *states: dict[str, bool]) -> None:
    """Token reads return these PIN states in turn (the last one repeats)."""
    real = pkcs11_backend.token_info_from
    seen: list[int] = []

    def fake(token: Any) -> TokenInfo:
        state = states[min(len(seen), len(states) - 1)]
        seen.append(1)
        return replace(real(token), **state)

    monkeypatch.setattr(pkcs11_backend, "token_info_from", fake)


def test_wrong_pin_that_reaches_the_final_try(
    softhsm_token: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _flags_sequence(monkeypatch, {"count_low": True}, {"count_low": True, "final_try": True})
    handler, err = wrong_pin(softhsm_token)
    assert handler.asked[0].count_low and not handler.asked[0].final_try
    assert isinstance(err, PinIncorrect)
    assert err.user_message == errors.PIN_NOW_FINAL_TRY
    assert err.before is not None and err.token is not None and err.token.final_try


def test_wrong_pin_that_locks_the_token(
    softhsm_token: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _flags_sequence(monkeypatch, {"final_try": True}, {"locked": True})
    _handler, err = wrong_pin(softhsm_token)
    assert isinstance(err, PinLocked) and err.just_now
    assert err.user_message == errors.PIN_NOW_LOCKED


def test_ckr_pin_locked_after_the_announced_last_try(
    softhsm_token: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked_opener(token: Any, pin: Any) -> Any:
        raise p11x.PinLocked()

    _flags_sequence(monkeypatch, {"final_try": True})
    _handler, err = wrong_pin(softhsm_token, session_opener=locked_opener)
    assert isinstance(err, PinLocked) and err.just_now
    assert err.user_message == errors.PIN_NOW_LOCKED


def test_pin_change_sentences() -> None:
    clean = TokenInfo("A", "", "", "")
    low = replace(clean, count_low=True)
    last = replace(clean, count_low=True, final_try=True)
    locked = replace(clean, locked=True)
    change = errors.pin_change_message
    assert change(clean, clean) == errors.PIN_WRONG
    assert change(clean, low) == errors.PIN_NOW_COUNT_LOW
    assert change(low, low) == errors.PIN_COUNT_LOW_AGAIN
    assert change(None, low) == errors.PIN_COUNT_LOW
    assert change(low, last) == errors.PIN_NOW_FINAL_TRY
    assert change(None, last) == errors.PIN_FINAL_TRY
    assert change(last, locked) == errors.PIN_NOW_LOCKED
    assert change(locked, locked) == errors.PIN_LOCKED
    assert change(None, None) == errors.PIN_WRONG
