"""How the token layer reaches the user: a small handler interface.

The backend calls the handler from the thread that opened the session (never from the device
thread), so a Qt implementation may block on a request to the GUI thread. One exception: a key
that needs a PIN for every signature (CKA_ALWAYS_AUTHENTICATE, found on some qualified tokens)
makes ``ask_pin`` be called again before each signature, from the thread that signs.
``ScriptedHandler`` serves tests and the command line.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class TokenInfo:
    """What a token says about itself, read from its PKCS#11 token-info block.

    The PIN state flags come from the token flags (USER_PIN_COUNT_LOW, USER_PIN_FINAL_TRY,
    USER_PIN_LOCKED). Some tokens never set some of them (SoftHSM only sets count_low).
    """

    label: str
    serial: str
    manufacturer: str
    model: str
    count_low: bool = False
    final_try: bool = False
    locked: bool = False
    protected_auth_path: bool = False

    def describe(self) -> str:
        """A short human name for the token, e.g. ``"TESTOFFICER (SafeNet eToken 5110)"``."""
        maker = " ".join(part for part in (self.manufacturer, self.model) if part)
        return f"{self.label} ({maker})" if maker else self.label


class SigningHandler(Protocol):
    """The user side of a token session (implemented by the Qt layer and by scripts)."""

    def ask_pin(self, token: TokenInfo) -> str | None:
        """Ask the user PIN of ``token``; None means the user cancelled.

        ``token`` carries the PIN state (count_low, final_try) so the prompt can warn.
        """
        ...

    def show_message(self, text: str) -> None:
        """Tell the user something (e.g. "enter the PIN on the reader's keypad")."""
        ...

    def confirm(self, text: str) -> bool:
        """Ask a yes/no question; False means no."""
        ...


@dataclass
class ScriptedHandler:
    """A handler answering from a script: for tests and the command line.

    PINs are taken from ``pins`` in order; when the list is exhausted, from the environment
    variable ``env_var`` (if given and set); otherwise the prompt counts as cancelled.
    ``confirm`` answers from ``confirmations`` in order, then ``default_confirm``.
    The handler records what it was asked (token infos, messages, questions), never the PINs.
    """

    pins: Iterable[str | None] = ()
    env_var: str | None = None
    confirmations: Iterable[bool] = ()
    default_confirm: bool = True
    asked: list[TokenInfo] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._pins: deque[str | None] = deque(self.pins)
        self._confirmations: deque[bool] = deque(self.confirmations)
        # Do not keep the PIN list itself around as a public attribute.
        self.pins = ()

    def ask_pin(self, token: TokenInfo) -> str | None:
        self.asked.append(token)
        if self._pins:
            return self._pins.popleft()
        if self.env_var is not None:
            return os.environ.get(self.env_var)
        return None

    def show_message(self, text: str) -> None:
        self.messages.append(text)

    def confirm(self, text: str) -> bool:
        self.questions.append(text)
        if self._confirmations:
            return self._confirmations.popleft()
        return self.default_confirm
