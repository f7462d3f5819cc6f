"""PKCS#11 backend: a hardware token (Barid eSign on SafeNet middleware), or SoftHSM in tests.

Rules kept here (see STACK-NOTES):
- the token is chosen by label (and serial), never by slot index: slot ids are not stable;
- the PIN state flags are read before asking the PIN, and again after a wrong PIN;
- the PIN is asked once per session through the handler, never retried automatically, and not
  kept after login;
- every PKCS#11 call runs on the device thread (``assert_device_thread``), including the ones
  pyHanko's signer makes (``DeviceBoundSigner``);
- PKCS#11 errors become ``SigningError`` subclasses with words for the user.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pkcs11
from asn1crypto import x509
from pkcs11 import Attribute, ObjectClass, TokenFlag
from pkcs11 import exceptions as p11x
from pkcs11.types import Session, Token

from app.signing.backend import (
    Availability,
    SignerSession,
    certificate_holder_name,
    check_signing_certificate,
    has_non_repudiation,
)
from app.signing.device import DeviceThread, default_device
from app.signing.device_signer import DeviceBoundSigner
from app.signing.errors import (
    Cancelled,
    CertificateError,
    ModuleNotFound,
    PinLocked,
    TokenNotFound,
)
from app.signing.handler import SigningHandler, TokenInfo
from app.signing.pkcs11_errors import map_pkcs11_error, token_info_from

log = logging.getLogger(__name__)

#: Opens a logged-in session on a token: ``opener(token, pin)``; ``pin`` is a ``str`` or
#: ``pkcs11.PROTECTED_AUTH``. The seam lets tests inject token failures at the boundary.
SessionOpener = Callable[[Token, Any], Session]

#: Sessions we hold open, per module path (touched only on the device thread). A module is
#: re-initialised (to rescan hot-plugged tokens) only when none is open.
_open_sessions: dict[str, int] = {}


def open_session_count(module_path: str) -> int:
    """How many signing sessions of ours are open on ``module_path`` (device thread)."""
    return _open_sessions.get(str(module_path), 0)


def default_session_opener(token: Token, pin: Any) -> Session:
    return token.open(user_pin=pin)


@dataclass
class _CertEntry:
    label: str
    id: bytes
    cert: Any  # asn1crypto x509.Certificate

    @property
    def is_ca(self) -> bool:
        return bool(self.cert.ca)


@dataclass
class _Selection:
    """What the public (not logged-in) look at the token found."""

    token: TokenInfo
    cert: _CertEntry | None = None
    others: list[_CertEntry] = field(default_factory=list)


@dataclass
class _Opened:
    session: Session
    signer: DeviceBoundSigner
    cert: Any
    chain: list[Any]
    token: TokenInfo


class Pkcs11Backend:
    """Signs with a key inside a PKCS#11 token."""

    name = "pkcs11"

    def __init__(
        self,
        module_path: str,
        token_label: str,
        key_label: str | None = None,
        cert_label: str | None = None,
        token_serial: str | None = None,
        *,
        device: DeviceThread | None = None,
        session_opener: SessionOpener | None = None,
    ) -> None:
        self.module_path = str(module_path)
        self.token_label = token_label
        self.key_label = key_label
        self.cert_label = cert_label
        self.token_serial = token_serial
        self._device = device or default_device()
        self._opener: SessionOpener = session_opener or default_session_opener

    @property
    def device(self) -> DeviceThread:
        return self._device

    # ----------------------------------------------------------------- availability
    def availability(self) -> Availability:
        try:
            self._device.run(self._load_module)
        except ModuleNotFound as exc:
            return Availability(False, exc.user_message)
        return Availability(True)

    def load_module_on_device(self) -> Any:
        """The loaded python-pkcs11 library (device thread); ModuleNotFound in words."""
        return self._load_module()

    def _load_module(self) -> Any:
        self._device.assert_current()
        path = self.module_path
        if not os.path.exists(path):  # noqa: PTH110 - a str path, as python-pkcs11 wants
            raise ModuleNotFound(path, "file not found")
        if not os.path.isfile(path):  # noqa: PTH113
            raise ModuleNotFound(path, "not a file")
        try:
            # python-pkcs11 caches the loaded library per path and initialises it once.
            return pkcs11.lib(path)
        except p11x.PKCS11Error as exc:
            raise ModuleNotFound(
                path,
                "it does not load; it may be damaged or built for another kind of computer",
                detail=str(exc),
            ) from exc
        except (OSError, RuntimeError) as exc:  # pragma: no cover - defensive
            raise ModuleNotFound(path, "it does not load", detail=repr(exc)) from exc

    # ----------------------------------------------------------------- token lookup
    def _matching_tokens(self, lib: Any) -> tuple[list[Token], list[str]]:
        self._device.assert_current()
        matches: list[Token] = []
        seen: list[str] = []
        for slot in lib.get_slots(token_present=True):
            try:
                token = slot.get_token()
            except p11x.PKCS11Error:
                continue  # an empty or half-plugged reader
            if not token.flags & TokenFlag.TOKEN_INITIALIZED:
                continue  # a blank card, SoftHSM's spare slot
            label = token.label.strip()
            serial = token.serial.decode("ascii", "replace").strip()
            seen.append(label)
            if self.token_label and label != self.token_label:
                continue  # no label configured: any token (if only one is connected)
            if self.token_serial is not None and serial != self.token_serial:
                continue
            matches.append(token)
        return matches, seen

    def _find_token(self) -> Token:
        self._device.assert_current()
        lib = self._load_module()
        try:
            if _open_sessions.get(self.module_path, 0) == 0:
                # Slot lists go stale after hot-plug (SoftHSM and some middlewares scan slots
                # only at C_Initialize): look afresh unless a session of ours is open.
                lib.reinitialize()
            matches, seen = self._matching_tokens(lib)
        except p11x.PKCS11Error as exc:
            raise map_pkcs11_error(exc) from exc
        if not matches and not self.token_label:
            raise TokenNotFound(detail=f"seen={seen!r}")
        if not matches:
            wanted = self.token_label + (
                f" (serial {self.token_serial})" if self.token_serial else ""
            )
            others = [s for s in seen if s]
            extra = f" Connected tokens: {', '.join(others)}." if others else ""
            raise TokenNotFound(
                f"The signing token {wanted} was not found.{extra} Plug in your token, wait a "
                "few seconds and try again.",
                detail=f"seen={seen!r}",
            )
        if len(matches) > 1 and not self.token_label:
            raise TokenNotFound(
                f"Several tokens are connected ({', '.join(seen)}). Unplug the others, or "
                "choose the signing certificate in the Token tab.",
            )
        if len(matches) > 1:
            raise TokenNotFound(
                f"Several tokens named {self.token_label} are connected. Unplug the others, or "
                "set the token's serial number in the settings.",
            )
        return matches[0]

    def _current_info(self, token: Token) -> TokenInfo | None:
        """The token's info read afresh (the PIN flags change after a failed login)."""
        self._device.assert_current()
        try:
            return token_info_from(token.slot.get_token())
        except p11x.PKCS11Error:
            return None

    # ----------------------------------------------------------------- certificates
    def read_public_certificates(self, token: Token) -> list[_CertEntry]:
        """The certificates readable without a PIN (device thread), as SigningErrors."""
        self._device.assert_current()
        try:
            public = token.open()
        except p11x.PKCS11Error as exc:
            raise map_pkcs11_error(exc) from exc
        try:
            return self._read_certs(public)
        except p11x.PKCS11Error as exc:
            raise map_pkcs11_error(exc) from exc
        finally:
            _close_quietly(public)

    def _read_certs(self, session: Session) -> list[_CertEntry]:
        self._device.assert_current()
        entries: list[_CertEntry] = []
        for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
            try:
                value = obj[Attribute.VALUE]
                label = obj[Attribute.LABEL]
                cert_id = obj[Attribute.ID]
            except p11x.AttributeTypeInvalid:
                continue
            try:
                cert = x509.Certificate.load(bytes(value))
                cert.native  # noqa: B018 - parse now, so a broken object is skipped here
            except ValueError:
                log.warning("skipping an unparsable certificate object on the token")
                continue
            entries.append(_CertEntry(label=str(label), id=bytes(cert_id or b""), cert=cert))
        return entries

    def _choose_cert(
        self, entries: Sequence[_CertEntry], *, key_id: bytes | None = None
    ) -> _CertEntry | None:
        """Pick the signing certificate among the token's certificates (None: not visible)."""
        if self.cert_label is not None:
            named = [e for e in entries if e.label == self.cert_label]
            if len(named) == 1:
                return named[0]
            if not named:
                return None
            raise CertificateError(
                f"Several certificates are labelled {self.cert_label} on the token. "
                "Set a key label in the settings.",
            )
        if key_id is not None:
            same = [e for e in entries if e.id == key_id and not e.is_ca]
            if same:
                return same[0]
        if self.key_label is not None:
            same_label = [e for e in entries if e.label == self.key_label and not e.is_ca]
            if len(same_label) == 1:
                return same_label[0]
            if key_id is None:
                return None  # decide once the key is visible (after login)
        leaves = [e for e in entries if not e.is_ca]
        if not leaves:
            return None
        signing = [e for e in leaves if has_non_repudiation(e.cert)]
        if not signing:
            raise CertificateError(
                "The token holds no certificate meant for signatures (non-repudiation). "
                "Use your signature token, or contact your certificate provider.",
            )
        now = datetime.now(UTC)
        current = [
            e
            for e in signing
            if e.cert["tbs_certificate"]["validity"]["not_before"].native
            <= now
            <= e.cert["tbs_certificate"]["validity"]["not_after"].native
        ]
        pool = current or signing
        if len(pool) > 1:
            labels = ", ".join(e.label for e in pool)
            raise CertificateError(
                f"Several signing certificates are on the token ({labels}). "
                "Set the key label to use in the settings.",
            )
        return pool[0]

    # ----------------------------------------------------------------- session phases
    def _probe(self) -> _Selection:
        """Before the PIN: find the token, read its PIN state and its public certificates."""
        self._device.assert_current()
        token = self._find_token()
        selection = _Selection(token=token_info_from(token))
        if selection.token.locked:
            return selection
        try:
            public = token.open()
        except p11x.PKCS11Error as exc:
            raise map_pkcs11_error(exc) from exc
        try:
            entries = self._read_certs(public)
        except p11x.PKCS11Error as exc:
            raise map_pkcs11_error(exc) from exc
        finally:
            _close_quietly(public)
        selection.cert = self._choose_cert(entries)
        selection.others = [e for e in entries if e.is_ca]
        return selection

    def _login(
        self, pin: Any, selection: _Selection, reauth_pin: Callable[[], str] | None
    ) -> _Opened:
        """Log in with ``pin`` (then forgotten), locate key and certificate, build the signer."""
        self._device.assert_current()
        token = self._find_token()
        try:
            session = self._opener(token, pin)
        except p11x.PKCS11Error as exc:
            pin_error = isinstance(exc, p11x.PinIncorrect | p11x.PinLocked)
            info = self._current_info(token) if pin_error else None
            # ``before`` is the state the PIN dialog showed: the message tells the change.
            before = selection.token if pin_error else None
            raise map_pkcs11_error(exc, info or selection.token, before=before) from exc
        finally:
            del pin
        _open_sessions[self.module_path] = _open_sessions.get(self.module_path, 0) + 1
        try:
            return self._prepare(session, token, selection, reauth_pin)
        except BaseException:
            self._close(session)
            raise

    def _prepare(
        self,
        session: Session,
        token: Token,
        selection: _Selection,
        reauth_pin: Callable[[], str] | None,
    ) -> _Opened:
        self._device.assert_current()
        try:
            entry = selection.cert
            if entry is None and self.key_label is None:
                entries = self._read_certs(session)  # private certificates, now visible
                entry = self._choose_cert(entries)
                selection.others = [e for e in entries if e.is_ca] or selection.others
            key = self._find_key(session, entry)
            if self.key_label is not None and (entry is None or entry.id != key.id):
                entries = self._read_certs(session)
                entry = self._choose_cert(entries, key_id=key.id)
                selection.others = [e for e in entries if e.is_ca] or selection.others
            if entry is None:
                raise CertificateError(
                    "The signing certificate was not found on the token. Contact your "
                    "certificate provider.",
                    detail=f"key id {key.id.hex()} has no certificate",
                )
            check_signing_certificate(entry.cert)
            always_auth = _bool_attr(key, Attribute.ALWAYS_AUTHENTICATE)
            chain = [e.cert for e in selection.others]
            is_ec = entry.cert.public_key.algorithm == "ec"
            signer = DeviceBoundSigner(
                self._device,
                session,
                reauth=reauth_pin if always_auth else None,
                signing_cert=entry.cert,
                ca_chain=chain,
                key_id=key.id if self.key_label is None else None,
                key_label=self.key_label,
                other_certs_to_pull=(),
                # SoftHSM offers only raw ECDSA; every token offers CKM_ECDSA.
                use_raw_mechanism=is_ec,
            )
            signer._load_objects()
        except p11x.PKCS11Error as exc:
            raise map_pkcs11_error(exc) from exc
        return _Opened(
            session=session,
            signer=signer,
            cert=entry.cert,
            chain=chain,
            token=self._current_info(token) or selection.token,
        )

    def _find_key(self, session: Session, entry: _CertEntry | None) -> Any:
        self._device.assert_current()
        query: dict[Attribute, Any] = {
            Attribute.CLASS: ObjectClass.PRIVATE_KEY,
            Attribute.SIGN: True,
        }
        if self.key_label is not None:
            query[Attribute.LABEL] = self.key_label
        elif entry is not None and entry.id:
            query[Attribute.ID] = entry.id
        keys = list(session.get_objects(query))
        if len(keys) == 1:
            return keys[0]
        if not keys:
            what = f"labelled {self.key_label} " if self.key_label else ""
            raise CertificateError(
                f"No signing key {what}was found on the token. Check the key label in the "
                "settings, or contact your certificate provider.",
            )
        raise CertificateError(
            "Several signing keys are on the token. Set the key label to use in the settings.",
        )

    def _close(self, session: Session) -> None:
        self._device.assert_current()
        _close_quietly(session)
        count = _open_sessions.get(self.module_path, 1) - 1
        if count > 0:
            _open_sessions[self.module_path] = count
        else:
            _open_sessions.pop(self.module_path, None)

    # ----------------------------------------------------------------- public
    @contextmanager
    def open_session(self, handler: SigningHandler) -> Iterator[SignerSession]:
        """Find the token, ask the PIN once, log in; yield the session; log out on exit."""
        selection = self._device.run(self._probe)
        info = selection.token
        if info.locked:
            raise PinLocked(info)
        if selection.cert is not None:
            check_signing_certificate(selection.cert.cert)  # before spending a PIN try

        def ask() -> str:
            answer = handler.ask_pin(info)
            if answer is None:
                raise Cancelled()
            return answer

        pin: Any
        if info.protected_auth_path:
            handler.show_message("Enter the PIN on the token reader's keypad.")
            pin = pkcs11.PROTECTED_AUTH
        else:
            pin = ask()
        try:
            opened = self._device.run(self._login, pin, selection, ask)
        finally:
            del pin
        try:
            yield SignerSession(
                signer=opened.signer,
                certificate=opened.cert,
                cert_chain=opened.chain,
                holder_name=certificate_holder_name(opened.cert),
                description=opened.token.describe(),
                backend_name=self.name,
                token=opened.token,
                device=self._device,
            )
        finally:
            self._device.run(self._close, opened.session)


def _bool_attr(obj: Any, attribute: Attribute) -> bool:
    try:
        return bool(obj[attribute])
    except p11x.PKCS11Error:
        return False


def _close_quietly(session: Session) -> None:
    try:
        session.close()
    except p11x.PKCS11Error as exc:  # a removed token: nothing left to close
        log.info("closing the token session failed: %s", type(exc).__name__)


__all__ = ["Pkcs11Backend", "map_pkcs11_error", "open_session_count", "token_info_from"]
