"""The real PKCS#11 path on SoftHSM2: sign, verify, independent checkers, failures."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import pkcs11
import pytest
from pkcs11 import exceptions as p11x

from app.signing.device import DeviceThread, NotOnDeviceThread
from app.signing.errors import (
    Cancelled,
    CertificateError,
    DocumentError,
    ModuleNotFound,
    PinIncorrect,
    PinLocked,
    TokenNotFound,
    TokenRemoved,
)
from app.signing.handler import ScriptedHandler
from app.signing.pkcs11_backend import Pkcs11Backend
from app.signing.sign import sign_many, sign_pdf
from app.signing.verify import verify_pdf
from tests.unit.signing.pdfs import MARKER, make_pdf

pytestmark = pytest.mark.hsm


def backend(token: Any, key_label: str | None = None, **kwargs: Any) -> Pkcs11Backend:
    return Pkcs11Backend(
        token.module_path,
        token.token_label,
        key_label=key_label or token.rsa_key_label,
        **kwargs,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def pdfsig(path: Path, nss_db: Path) -> str:
    exe = shutil.which("pdfsig")
    if exe is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    # pdfsig exits 0 even on a digest mismatch: the text is what counts.
    run = subprocess.run(
        [exe, "-nssdir", f"sql:{nss_db}", str(path)], capture_output=True, text=True, check=False
    )
    return run.stdout + run.stderr


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("qpdf")
    if exe is None:
        pytest.skip("qpdf is not installed")
    return subprocess.run([exe, "--check", str(path)], capture_output=True, text=True, check=False)


def test_rsa_signature_verifies_and_passes_independent_checkers(
    softhsm_token: Any, nss_db: Path, tmp_path: Path
) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    handler = ScriptedHandler(pins=[softhsm_token.user_pin])
    with backend(softhsm_token).open_session(handler) as session:
        assert session.holder_name == "Test Officer RSA"
        assert "mellaf-test" in session.description
        sign_pdf(src, out, session, reason="test", location="Rabat")
    assert len(handler.asked) == 1
    assert handler.asked[0].label == softhsm_token.token_label

    report = verify_pdf(out, [softhsm_token.ca_cert_path])
    assert report.ok, report.problems
    (sig,) = report.signatures
    assert (sig.intact, sig.valid, sig.trusted) == (True, True, True)
    assert sig.signer == "Test Officer RSA"
    assert sig.level == "B-B"
    assert sig.coverage == "entire file"
    assert sig.subfilter == "ETSI.CAdES.detached"
    assert sig.signing_time is not None

    text = pdfsig(out, nss_db)
    assert "Signature is Valid" in text, text
    assert "Certificate is Trusted" in text, text
    assert "Total document signed" in text, text
    assert "ETSI.CAdES.detached" in text or "PAdES" in text, text
    assert qpdf_check(out).returncode == 0


def test_ec_key_signs_with_raw_ecdsa(softhsm_token: Any, nss_db: Path, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    handler = ScriptedHandler(pins=[softhsm_token.user_pin])
    with backend(softhsm_token, softhsm_token.ec_key_label).open_session(handler) as session:
        assert session.holder_name == "Test Officer EC"
        sign_pdf(src, out, session)
    report = verify_pdf(out, [softhsm_token.ca_cert_path])
    assert report.ok, report.problems
    assert report.signatures[0].signer == "Test Officer EC"
    text = pdfsig(out, nss_db)
    assert "Signature is Valid" in text, text
    assert "Certificate is Trusted" in text, text


def test_wrong_pin_is_reported_once_and_nothing_is_written(
    softhsm_token: Any, tmp_path: Path
) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    before = digest(src)
    out = tmp_path / "out.pdf"
    handler = ScriptedHandler(pins=["000000", softhsm_token.user_pin])
    with (
        pytest.raises(PinIncorrect) as caught,
        backend(softhsm_token).open_session(handler) as session,
    ):
        sign_pdf(src, out, session)  # pragma: no cover - never reached
    err = caught.value
    assert len(handler.asked) == 1  # never retried automatically
    assert err.token is not None and err.token.count_low  # SoftHSM sets it after a failure
    assert "000000" not in str(err) and "000000" not in (err.detail or "")
    assert "few tries" in err.user_message
    assert not out.exists()
    assert digest(src) == before
    assert leftovers(tmp_path) == []
    # The right PIN still works afterwards (SoftHSM never locks).
    with backend(softhsm_token).open_session(
        ScriptedHandler(pins=[softhsm_token.user_pin])
    ) as session:
        sign_pdf(src, out, session)
    assert out.exists()


def test_locked_pin_at_the_boundary_becomes_pin_locked(softhsm_token: Any, tmp_path: Path) -> None:
    """SoftHSM never locks: inject CKR_PIN_LOCKED where the backend logs in."""
    calls: list[int] = []

    def locked_opener(token: Any, pin: Any) -> Any:
        calls.append(threading.get_ident())
        raise p11x.PinLocked()

    src = make_pdf(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    b = backend(softhsm_token, session_opener=locked_opener)
    with pytest.raises(PinLocked) as caught, b.open_session(ScriptedHandler(pins=["1"])) as s:
        sign_pdf(src, out, s)  # pragma: no cover
    assert "locked" in caught.value.user_message
    assert calls == [b.device.thread_ident]
    assert not out.exists()


def test_cancelled_pin_prompt(softhsm_token: Any, tmp_path: Path) -> None:
    with pytest.raises(Cancelled), backend(softhsm_token).open_session(ScriptedHandler()):
        pass  # pragma: no cover


def test_unknown_token_label(softhsm_token: Any) -> None:
    handler = ScriptedHandler(pins=[softhsm_token.user_pin])
    b = Pkcs11Backend(softhsm_token.module_path, "no-such-token")
    with pytest.raises(TokenNotFound) as caught, b.open_session(handler):
        pass  # pragma: no cover
    assert handler.asked == []  # no PIN asked for a token that is not there
    assert "mellaf-test" in caught.value.user_message  # names what is connected


def test_wrong_token_serial(softhsm_token: Any) -> None:
    b = backend(softhsm_token, token_serial="0000")
    with pytest.raises(TokenNotFound), b.open_session(ScriptedHandler(pins=["x"])):
        pass  # pragma: no cover


def test_unknown_key_label(softhsm_token: Any) -> None:
    b = backend(softhsm_token, "no-such-key")
    handler = ScriptedHandler(pins=[softhsm_token.user_pin])
    with pytest.raises(CertificateError), b.open_session(handler):
        pass  # pragma: no cover


def test_two_signing_keys_need_a_key_label(softhsm_token: Any) -> None:
    b = Pkcs11Backend(softhsm_token.module_path, softhsm_token.token_label)
    handler = ScriptedHandler(pins=[softhsm_token.user_pin])
    with pytest.raises(CertificateError) as caught, b.open_session(handler):
        pass  # pragma: no cover
    assert "key label" in caught.value.user_message
    assert handler.asked == []  # found out from public objects, before the PIN


def test_cert_label_selects_the_key(softhsm_token: Any, tmp_path: Path) -> None:
    b = Pkcs11Backend(
        softhsm_token.module_path,
        softhsm_token.token_label,
        cert_label=softhsm_token.ec_key_label,
    )
    with b.open_session(ScriptedHandler(pins=[softhsm_token.user_pin])) as session:
        assert session.holder_name == "Test Officer EC"
        sign_pdf(make_pdf(tmp_path / "in.pdf"), tmp_path / "out.pdf", session)
    assert verify_pdf(tmp_path / "out.pdf", [softhsm_token.ca_cert_path]).ok


def test_missing_module(tmp_path: Path) -> None:
    b = Pkcs11Backend(str(tmp_path / "libnothing.so"), "x")
    availability = b.availability()
    assert not availability.ok
    assert "not found" in availability.reason
    with pytest.raises(ModuleNotFound) as caught, b.open_session(ScriptedHandler(pins=["1"])):
        pass  # pragma: no cover
    assert caught.value.reason == "file not found"


def test_module_that_does_not_load(tmp_path: Path) -> None:
    fake = tmp_path / "libfake.so"
    fake.write_bytes(b"this is not a shared library")
    b = Pkcs11Backend(str(fake), "x")
    assert not b.availability().ok
    with pytest.raises(ModuleNotFound) as caught, b.open_session(ScriptedHandler()):
        pass  # pragma: no cover
    assert "does not load" in caught.value.reason


def test_module_available(softhsm_token: Any) -> None:
    assert backend(softhsm_token).availability().ok


class Recorder:
    """Wraps a python-pkcs11 object; records the thread of every use."""

    def __init__(self, target: Any, log: list[tuple[str, int]]) -> None:
        self._target = target
        self._log = log

    def _wrap(self, value: Any) -> Any:
        if isinstance(value, pkcs11.types.Object):
            return Recorder(value, self._log)
        if hasattr(value, "__next__"):
            return [self._wrap(v) for v in value]
        return value

    def __getattr__(self, name: str) -> Any:
        self._log.append((name, threading.get_ident()))
        value = getattr(self._target, name)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            self._log.append((f"{name}()", threading.get_ident()))
            return self._wrap(value(*args, **kwargs))

        return call

    def __getitem__(self, key: Any) -> Any:
        self._log.append((f"[{key!r}]", threading.get_ident()))
        return self._target[key]


def test_every_token_call_runs_on_the_device_thread(softhsm_token: Any, tmp_path: Path) -> None:
    device = DeviceThread(name="test-device")
    log: list[tuple[str, int]] = []

    def opener(token: Any, pin: Any) -> Any:
        log.append(("open", threading.get_ident()))
        return Recorder(token.open(user_pin=pin), log)

    b = backend(softhsm_token, device=device, session_opener=opener)
    outs = []
    try:
        with b.open_session(ScriptedHandler(pins=[softhsm_token.user_pin])) as session:
            # sign from two other threads: the token calls still go to the device thread
            for n in range(2):
                out = tmp_path / f"out{n}.pdf"
                worker = threading.Thread(
                    target=sign_pdf, args=(make_pdf(tmp_path / f"in{n}.pdf"), out, session)
                )
                worker.start()
                worker.join()
                outs.append(out)
            with pytest.raises(NotOnDeviceThread):
                session.signer._sign_on_device(b"x", "sha256", None)  # type: ignore[attr-defined]
    finally:
        device.shutdown()
    names = {name for name, _ in log}
    assert {"open", "get_objects()", "sign()", "close()"} <= names, names
    assert {ident for _, ident in log} == {device.thread_ident}
    assert all(out.exists() for out in outs)


def test_token_removed_while_signing(softhsm_token: Any, tmp_path: Path) -> None:
    class RemovedKey:
        def __init__(self, key: Any) -> None:
            self._key = key

        def __getattr__(self, name: str) -> Any:
            return getattr(self._key, name)

        def __getitem__(self, key: Any) -> Any:
            return self._key[key]

        def sign(self, *args: Any, **kwargs: Any) -> bytes:
            raise p11x.DeviceRemoved()

    class Session:
        def __init__(self, session: Any) -> None:
            self._session = session

        def __getattr__(self, name: str) -> Any:
            return getattr(self._session, name)

        def get_objects(self, query: Any = None) -> list[Any]:
            found = list(self._session.get_objects(query))
            if query and query.get(pkcs11.Attribute.CLASS) == pkcs11.ObjectClass.PRIVATE_KEY:
                return [RemovedKey(k) for k in found]
            return found

    src = make_pdf(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    b = backend(softhsm_token, session_opener=lambda t, pin: Session(t.open(user_pin=pin)))
    handler = ScriptedHandler(pins=[softhsm_token.user_pin])
    with b.open_session(handler) as session, pytest.raises(TokenRemoved):
        sign_pdf(src, out, session)
    assert not out.exists()
    assert leftovers(tmp_path) == []


def test_non_pdf_input_is_refused(softhsm_token: Any, tmp_path: Path) -> None:
    src = tmp_path / "letter.pdf"
    src.write_text("Dear Sir, this is not a PDF.")
    out = tmp_path / "out.pdf"
    with (
        backend(softhsm_token).open_session(
            ScriptedHandler(pins=[softhsm_token.user_pin])
        ) as session,
        pytest.raises(DocumentError),
    ):
        sign_pdf(src, out, session)
    assert not out.exists()
    assert leftovers(tmp_path) == []


def test_tampered_file_is_not_ok(softhsm_token: Any, nss_db: Path, tmp_path: Path) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    with backend(softhsm_token).open_session(
        ScriptedHandler(pins=[softhsm_token.user_pin])
    ) as session:
        sign_pdf(src, out, session)
    data = bytearray(out.read_bytes())
    at = data.index(MARKER)  # inside the content stream, inside the signed byte range
    data[at] ^= 0x20  # "Mellaf" -> "mellaf"
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    report = verify_pdf(tampered, [softhsm_token.ca_cert_path])
    assert not report.ok
    assert report.signatures[0].intact is False
    assert any("changed after signing" in p for p in report.problems)
    text = pdfsig(tampered, nss_db)
    assert "Signature is Valid" not in text, text  # poppler says "Digest Mismatch."


def test_second_signature_keeps_the_first_valid(
    softhsm_token: Any, nss_db: Path, tmp_path: Path
) -> None:
    src = make_pdf(tmp_path / "in.pdf")
    once = tmp_path / "once.pdf"
    twice = tmp_path / "twice.pdf"
    with backend(softhsm_token).open_session(
        ScriptedHandler(pins=[softhsm_token.user_pin])
    ) as session:
        sign_pdf(src, once, session)
    with backend(softhsm_token, softhsm_token.ec_key_label).open_session(
        ScriptedHandler(pins=[softhsm_token.user_pin])
    ) as session:
        sign_pdf(once, twice, session)
    assert twice.read_bytes().startswith(once.read_bytes())  # incremental update
    report = verify_pdf(twice, [softhsm_token.ca_cert_path])
    assert report.ok, report.problems
    first, second = report.signatures
    assert (first.field, second.field) == ("Signature1", "Signature2")
    assert first.intact and first.valid and first.trusted
    assert first.coverage == "entire revision"
    assert second.coverage == "entire file"
    assert (first.signer, second.signer) == ("Test Officer RSA", "Test Officer EC")
    text = pdfsig(twice, nss_db)
    assert text.count("Signature is Valid") == 2, text
    assert qpdf_check(twice).returncode == 0


def test_one_pin_for_a_dossier(softhsm_token: Any, tmp_path: Path) -> None:
    pairs = [
        (make_pdf(tmp_path / f"doc{n}.pdf", pages=n + 1), tmp_path / f"doc{n}.signed.pdf")
        for n in range(3)
    ]
    seen: list[tuple[int, int, str]] = []
    handler = ScriptedHandler(pins=[softhsm_token.user_pin])
    with backend(softhsm_token).open_session(handler) as session:
        result = sign_many(pairs, session, progress=lambda *a: seen.append(a))
        assert session.documents_signed == 3
    assert result.complete
    assert result.signed == [out for _, out in pairs]
    assert len(handler.asked) == 1
    assert seen == [(0, 3, "doc0.pdf"), (1, 3, "doc1.pdf"), (2, 3, "doc2.pdf"), (3, 3, "")]
    for _, out in pairs:
        assert verify_pdf(out, [softhsm_token.ca_cert_path]).ok


def test_batch_stops_on_cancel_and_on_failure(softhsm_token: Any, tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    clicks = iter([False, True])
    with backend(softhsm_token).open_session(
        ScriptedHandler(pins=[softhsm_token.user_pin])
    ) as session:
        cancelled = sign_many(
            [(good, tmp_path / "a.pdf"), (good, tmp_path / "b.pdf")],
            session,
            cancel=lambda: next(clicks),
        )
        failed = sign_many([(bad, tmp_path / "c.pdf"), (good, tmp_path / "d.pdf")], session)
    assert cancelled.cancelled and cancelled.signed == [tmp_path / "a.pdf"]
    assert not (tmp_path / "b.pdf").exists()
    assert failed.failed is not None and failed.failed[0] == bad
    assert isinstance(failed.failed[1], DocumentError)
    assert failed.signed == [] and not (tmp_path / "c.pdf").exists()


def test_pdfsig_reports_the_signer(softhsm_token: Any, nss_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    with backend(softhsm_token).open_session(
        ScriptedHandler(pins=[softhsm_token.user_pin])
    ) as session:
        sign_pdf(make_pdf(tmp_path / "in.pdf"), out, session)
    text = pdfsig(out, nss_db)
    assert re.search(r"Signer Certificate Common Name: Test Officer RSA", text), text


def test_locked_flag_is_read_before_asking(
    softhsm_token: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SoftHSM never sets USER_PIN_LOCKED: fake the flag where the token info is read."""
    from dataclasses import replace

    from app.signing import pkcs11_backend

    real = pkcs11_backend.token_info_from
    monkeypatch.setattr(pkcs11_backend, "token_info_from", lambda t: replace(real(t), locked=True))
    handler = ScriptedHandler(pins=[softhsm_token.user_pin])
    with pytest.raises(PinLocked), backend(softhsm_token).open_session(handler):
        pass  # pragma: no cover
    assert handler.asked == []  # a locked token is not asked for a PIN


def test_final_try_is_shown_to_the_prompt(
    softhsm_token: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from app.signing import pkcs11_backend

    real = pkcs11_backend.token_info_from
    monkeypatch.setattr(
        pkcs11_backend, "token_info_from", lambda t: replace(real(t), final_try=True)
    )
    handler = ScriptedHandler(pins=["000000"])
    with pytest.raises(PinIncorrect) as caught, backend(softhsm_token).open_session(handler):
        pass  # pragma: no cover
    assert handler.asked[0].final_try
    assert "Only one try" in caught.value.user_message


def test_key_needing_a_pin_per_signature(softhsm_token: Any, tmp_path: Path) -> None:
    """CKA_ALWAYS_AUTHENTICATE keys (some qualified tokens): the PIN is asked for each
    signature, through the handler, on the signing thread; a wrong one writes nothing."""
    pin = softhsm_token.user_pin
    handler = ScriptedHandler(pins=[pin, pin, pin, "000000"])
    b = backend(softhsm_token, softhsm_token.always_key_label)
    with b.open_session(handler) as session:
        for n in range(2):
            sign_pdf(make_pdf(tmp_path / f"in{n}.pdf"), tmp_path / f"out{n}.pdf", session)
        with pytest.raises(PinIncorrect):
            sign_pdf(make_pdf(tmp_path / "in2.pdf"), tmp_path / "out2.pdf", session)
        with pytest.raises(Cancelled):  # the handler has no PIN left: cancelled
            sign_pdf(make_pdf(tmp_path / "in3.pdf"), tmp_path / "out3.pdf", session)
    assert len(handler.asked) == 5  # login, two signatures, the wrong one, the cancelled one
    for n in range(2):
        assert verify_pdf(tmp_path / f"out{n}.pdf", [softhsm_token.ca_cert_path]).ok
    assert not (tmp_path / "out2.pdf").exists() and not (tmp_path / "out3.pdf").exists()
    assert leftovers(tmp_path) == []
