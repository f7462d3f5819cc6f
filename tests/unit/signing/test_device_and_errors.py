"""The device thread, the scripted handler, and PKCS#11 errors in words."""

from __future__ import annotations

import asyncio
import threading

import pytest
from pkcs11 import exceptions as p11x

from app.signing.device import DeviceThread, NotOnDeviceThread, assert_device_thread, default_device
from app.signing.errors import (
    Cancelled,
    PinIncorrect,
    PinLocked,
    SigningError,
    TokenRemoved,
)
from app.signing.handler import ScriptedHandler, TokenInfo
from app.signing.pkcs11_backend import map_pkcs11_error


@pytest.fixture
def device() -> DeviceThread:
    d = DeviceThread(name="unit-device")
    yield d  # type: ignore[misc]
    d.shutdown()


def test_run_executes_on_the_one_device_thread(device: DeviceThread) -> None:
    idents = {device.run(threading.get_ident) for _ in range(5)}
    assert idents == {device.thread_ident}
    assert device.thread_ident != threading.get_ident()


def test_run_from_the_device_thread_is_inline(device: DeviceThread) -> None:
    def nested() -> int:
        return device.run(threading.get_ident)  # would deadlock if it queued

    assert device.run(nested) == device.thread_ident


def test_run_async_does_not_block_the_loop(device: DeviceThread) -> None:
    async def main() -> tuple[int, int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            for _ in range(3):
                ticks += 1
                await asyncio.sleep(0)

        def slow() -> int:
            threading.Event().wait(0.05)
            return threading.get_ident()

        ident, _ = await asyncio.gather(device.run_async(slow), ticker())
        return ident, ticks

    ident, ticks = asyncio.run(main())
    assert ident == device.thread_ident
    assert ticks == 3


def test_assertion_off_the_device_thread(device: DeviceThread) -> None:
    with pytest.raises(NotOnDeviceThread):
        device.assert_current()
    device.run(device.assert_current)  # fine there
    with pytest.raises(NotOnDeviceThread):
        assert_device_thread(device)
    default_device().run(assert_device_thread)


def test_errors_raised_on_the_device_thread_reach_the_caller(device: DeviceThread) -> None:
    def boom() -> None:
        raise TokenRemoved()

    with pytest.raises(TokenRemoved):
        device.run(boom)


def test_shut_down_device_refuses_work() -> None:
    d = DeviceThread()
    d.shutdown()
    with pytest.raises(RuntimeError):
        d.run(lambda: None)


INFO = TokenInfo(label="TESTOFFICER", serial="0A1B", manufacturer="SafeNet", model="eToken 5110")


def test_scripted_handler_answers_in_order_then_from_env(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handler = ScriptedHandler(pins=["1111", None], env_var="TEST_MELLAF_PIN")
    monkeypatch.setenv("TEST_MELLAF_PIN", "2222")
    assert handler.ask_pin(INFO) == "1111"
    assert handler.ask_pin(INFO) is None
    assert handler.ask_pin(INFO) == "2222"
    assert handler.asked == [INFO, INFO, INFO]
    assert "1111" not in repr(handler)  # the script is not kept as a public attribute
    handler.show_message("hello")
    assert handler.messages == ["hello"]
    assert ScriptedHandler(confirmations=[False]).confirm("sure?") is False


def test_token_description() -> None:
    assert INFO.describe() == "TESTOFFICER (SafeNet eToken 5110)"
    assert TokenInfo("X", "", "", "").describe() == "X"


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (p11x.PinIncorrect(), PinIncorrect),
        (p11x.PinLocked(), PinLocked),
        (p11x.PinLenRange(), PinIncorrect),
        (p11x.DeviceRemoved(), TokenRemoved),
        (p11x.TokenNotPresent(), TokenRemoved),
        (p11x.SessionHandleInvalid(), TokenRemoved),
        (p11x.DeviceError(), TokenRemoved),
        (p11x.FunctionCancelled(), Cancelled),
        (p11x.GeneralError(), SigningError),
    ],
)
def test_pkcs11_errors_in_words(exc: Exception, expected: type[SigningError]) -> None:
    err = map_pkcs11_error(exc, INFO)
    assert type(err) is expected
    assert err.user_message.endswith(".")
    assert str(err) == err.user_message
    assert type(exc).__name__ in (err.detail or "")


def test_pin_messages_follow_the_token_state() -> None:
    low = TokenInfo("A", "", "", "", count_low=True)
    last = TokenInfo("A", "", "", "", count_low=True, final_try=True)
    locked = TokenInfo("A", "", "", "", locked=True)
    assert "Check the PIN and try again" in PinIncorrect(None).user_message
    assert "few tries" in PinIncorrect(low).user_message
    assert "Only one try" in PinIncorrect(last).user_message
    # a wrong PIN that locks the token is reported as locked
    assert isinstance(map_pkcs11_error(p11x.PinIncorrect(), locked), PinLocked)
