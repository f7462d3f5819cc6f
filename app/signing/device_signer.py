"""pyHanko's PKCS#11 signer with every token call routed through our device thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pkcs11 import exceptions as p11x
from pkcs11.types import Session
from pyhanko.sign.pkcs11 import PKCS11Signer

from app.signing.device import DeviceThread
from app.signing.errors import CertificateError, TokenRemoved
from app.signing.pkcs11_errors import map_pkcs11_error, token_info_from


class DeviceBoundSigner(PKCS11Signer):
    """pyHanko's PKCS#11 signer, with every token call routed through our device thread.

    pyHanko runs ``kh.sign`` and object loading on the event loop's default executor; here
    they run on ``device`` (inline when the loop itself runs on the device thread).
    For keys with CKA_ALWAYS_AUTHENTICATE (a PIN per signature), ``reauth`` asks the PIN on the
    signing thread before each signature; the PIN is passed to the token and dropped.
    """

    def __init__(
        self,
        device: DeviceThread,
        session: Session,
        *,
        reauth: Callable[[], str] | None = None,
        **kwargs: Any,
    ) -> None:
        self._device = device
        self._reauth = reauth
        super().__init__(session, **kwargs)

    def _load_objects(self) -> None:
        if self._loaded:
            return
        self._device.assert_current()
        try:
            super()._load_objects()  # type: ignore[no-untyped-call]
        except p11x.NoSuchKey as exc:  # pragma: no cover - pyHanko raises PKCS11Error instead
            raise CertificateError(detail=str(exc)) from exc
        except p11x.PKCS11Error as exc:
            if type(exc) is p11x.PKCS11Error:  # pyHanko's own "could not find" errors
                raise CertificateError(
                    "The private key of the signing certificate was not found on the token. "
                    "Check the key label in the settings, or contact your certificate provider.",
                    detail=str(exc),
                ) from exc
            raise map_pkcs11_error(exc) from exc

    async def ensure_objects_loaded(self) -> None:
        if not self._loaded:
            await self._device.run_async(self._load_objects)

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        if dry_run:
            return self.estimate_raw_signature_size_bytes() * b"0"
        await self.ensure_objects_loaded()
        pin = self._reauth() if self._reauth is not None else None
        try:
            return await self._device.run_async(self._sign_on_device, data, digest_algorithm, pin)
        finally:
            del pin

    def _sign_on_device(self, data: bytes, digest_algorithm: str, pin: str | None) -> bytes:
        self._device.assert_current()
        spec = self._select_pkcs11_signing_params(
            digest_algorithm, sign_kwargs=self.sign_kwargs(data)
        )
        if spec.pre_sign_transform is not None:
            data = spec.pre_sign_transform(data)
        key = self._key_handle
        if key is None:  # pragma: no cover - _load_objects ran
            raise TokenRemoved(detail="key handle missing")
        kwargs = dict(spec.sign_kwargs)
        if pin is not None:
            kwargs["pin"] = pin
        try:
            signature: bytes = key.sign(data, **kwargs)
        except p11x.PKCS11Error as exc:
            state = None
            if isinstance(exc, p11x.PinIncorrect):  # a per-signature PIN was wrong
                try:
                    state = token_info_from(self.pkcs11_session.token.slot.get_token())
                except p11x.PKCS11Error:
                    state = None
            raise map_pkcs11_error(exc, state) from exc
        finally:
            kwargs.clear()
        if spec.post_sign_transform is not None:
            signature = spec.post_sign_transform(signature)
        return signature
