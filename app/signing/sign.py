"""Sign PDF documents (PAdES) with an open signer session.

- Subfilter ``ETSI.CAdES.detached`` (PAdES), asked for explicitly: pyHanko's default is Adobe's.
- Always an incremental update: earlier signatures in the input stay valid.
- Levels: B-B; B-T (signature timestamp from ``tsa_url``); B-LT (B-T plus the revocation
  information of the chain, fetched at signing time, embedded in the DSS).
- The output is written to a temporary file in the output folder, synced, then renamed over
  ``out_path``: on any failure no partial or empty output remains and the input is untouched.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import IO, Any, TypeVar

from asn1crypto import pem as asn1_pem
from asn1crypto import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import (
    PathBuildingError,
    PathError,
    RevokedError,
    ValidationError,
)

from app.signing.backend import SignerSession
from app.signing.cms_attributes import prebuilt_pades_attributes
from app.signing.errors import (
    CertificateError,
    DocumentError,
    RevocationInfoError,
    SigningError,
    TimestampError,
)
from app.signing.output import IN_MEMORY_MAX, sign_in_memory, write_atomically
from app.signing.pdf_input import (
    CHUNK,
    describe,
    existing_empty_field,
    field_is_visible,
    new_field_name,
    open_input,
)
from app.signing.stamp import STAMP_BOX, StampText, stamp_style, stamp_text

log = logging.getLogger(__name__)

LEVELS = ("B-B", "B-T", "B-LT")
T = TypeVar("T")

#: Trust roots: PEM/DER file paths or asn1crypto certificates.
TrustRoots = Sequence[Path | str | Any]


def load_certificates(sources: Iterable[Path | str | Any]) -> list[Any]:
    """asn1crypto certificates from PEM/DER files (a PEM file may hold several) or from
    certificate objects (asn1crypto or pyca/cryptography)."""
    certs: list[Any] = []
    for source in sources:
        if not isinstance(source, Path | str):
            if hasattr(source, "public_bytes"):  # a pyca/cryptography certificate
                from cryptography.hazmat.primitives.serialization import Encoding

                source = x509.Certificate.load(source.public_bytes(Encoding.DER))
            certs.append(source)
            continue
        try:
            data = Path(source).read_bytes()
            if asn1_pem.detect(data):
                found = [x509.Certificate.load(der) for _, _, der in asn1_pem.unarmor(data, True)]
            else:
                found = [x509.Certificate.load(data)]
            for cert in found:
                cert.native  # noqa: B018 - parse now: a broken file fails here, not later
        except (OSError, ValueError, TypeError) as exc:
            raise CertificateError(
                f"The trusted root certificate file {Path(source).name} cannot be read. "
                "Check the file in the settings (a PEM or DER certificate).",
                detail=describe(exc),
            ) from exc
        certs.extend(found)
    return certs


def run_coroutine(coro: Coroutine[Any, Any, T]) -> T:
    """Run ``coro`` to completion from synchronous code.

    pyHanko's synchronous API calls ``asyncio.run`` and fails inside a running loop; here a
    running loop on this thread (Qt + qasync, Jupyter) makes the work go to a helper thread.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mellaf-sign") as pool:
        return pool.submit(asyncio.run, coro).result()


def sign_pdf(
    in_path: Path,
    out_path: Path,
    session: SignerSession,
    *,
    level: str = "B-B",
    tsa_url: str | None = None,
    field_name: str | None = None,
    reason: str | None = None,
    location: str | None = None,
    trust_roots: TrustRoots | None = None,
    timeout: float = 15.0,
    stamp: StampText | None = None,
) -> None:
    """Sign ``in_path`` into ``out_path`` (PAdES, incremental).

    ``trust_roots`` (B-LT only) anchor the chain whose revocation information is embedded;
    by default the self-signed certificates of the session's chain.
    Raises a ``SigningError`` subclass on any failure the user can act on.
    """
    coro = async_sign_pdf(
        in_path,
        out_path,
        session,
        level=level,
        tsa_url=tsa_url,
        field_name=field_name,
        reason=reason,
        location=location,
        trust_roots=trust_roots,
        timeout=timeout,
        stamp=stamp,
    )
    run_coroutine(coro)


async def async_sign_pdf(
    in_path: Path,
    out_path: Path,
    session: SignerSession,
    *,
    level: str = "B-B",
    tsa_url: str | None = None,
    field_name: str | None = None,
    reason: str | None = None,
    location: str | None = None,
    trust_roots: TrustRoots | None = None,
    timeout: float = 15.0,
    stamp: StampText | None = None,
) -> None:
    """The coroutine behind ``sign_pdf`` (same arguments)."""
    in_path = Path(in_path)
    out_path = Path(out_path)
    if level not in LEVELS:
        raise ValueError(f"unknown signature level {level!r}; expected one of {LEVELS}")
    if level != "B-B" and not tsa_url:
        raise ValueError(f"level {level} needs a timestamp server URL (tsa_url)")

    writer = open_input(in_path)
    validation_context = (
        _signing_validation_context(session, trust_roots) if level == "B-LT" else None
    )
    try:
        await _sign_into(
            writer,
            out_path,
            session,
            level=level,
            tsa_url=tsa_url,
            field_name=field_name,
            reason=reason,
            location=location,
            validation_context=validation_context,
            timeout=timeout,
            stamp=stamp,
        )
    finally:
        if validation_context is not None:  # close its HTTP session inside this event loop
            await validation_context.aclose()  # type: ignore[no-untyped-call]
    session.documents_signed += 1
    log.info("signed %s -> %s (%s)", in_path.name, out_path.name, level)


async def _sign_into(
    writer: IncrementalPdfFileWriter,
    out_path: Path,
    session: SignerSession,
    *,
    level: str,
    tsa_url: str | None,
    field_name: str | None,
    reason: str | None,
    location: str | None,
    validation_context: ValidationContext | None,
    timeout: float,
    stamp: StampText | None = None,
) -> None:
    existing = existing_empty_field(writer, field_name)
    field_name = field_name or new_field_name(writer)
    meta = PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=session.holder_name,
        embed_validation_info=level == "B-LT",
        validation_context=validation_context,
        use_pades_lta=False,
    )
    timestamper: RequestsHTTPTimeStamper | None = None
    if tsa_url and level != "B-B":
        timestamper = RequestsHTTPTimeStamper(tsa_url, timeout=int(timeout))  # type: ignore[no-untyped-call]
    visible: dict[str, Any] = {}
    text_params: dict[str, str] | None = None
    if stamp is None and existing and field_is_visible(writer, field_name):
        # A form's visible field is drawn in any case: with our stamp (holder and date), not
        # pyHanko's default picture and English sentence.
        stamp = StampText(when=date.today())
    if stamp is not None:
        filled = stamp if stamp.name_lat else replace(stamp, name_lat=session.holder_name)
        visible = {"stamp_style": stamp_style()}
        if not existing:  # a new stamp at the bottom of the last page
            visible["new_field_spec"] = SigFieldSpec(field_name, on_page=-1, box=STAMP_BOX)
        text_params = {"text": stamp_text(filled)}  # else drawn in the chosen field's box
    pdf_signer = PdfSigner(meta, session.signer, timestamper=timestamper, **visible)

    async def sign_into(fh: IO[bytes]) -> None:
        with prebuilt_pades_attributes(session.signer, session.certificate):
            await pdf_signer.async_sign_pdf(
                writer,
                bytes_reserved=_reserve(session, level),
                output=fh,
                chunk_size=CHUNK,  # digest in 1 MiB chunks (see pdf_input.CHUNK)
                appearance_text_params=text_params,
            )

    original = writer.input_stream.getvalue()  # the bytes read by _open_input (not a copy)

    async def write(fh: IO[bytes]) -> None:
        if len(original) <= IN_MEMORY_MAX:  # no read-back of the output: see sign_in_memory
            await sign_in_memory(fh, original, sign_into)
        else:  # big documents: written to the file and read back, one copy in memory
            await sign_into(fh)

    try:
        await write_atomically(out_path, write)
    except SigningError:
        raise
    except TimestampRequestError as exc:
        raise TimestampError(detail=describe(exc)) from exc
    except PyHankoSigningError as exc:
        raise _map_pyhanko_error(exc, level) from exc
    except OSError as exc:  # network trouble while fetching revocation information
        if level == "B-LT":
            raise RevocationInfoError(detail=describe(exc)) from exc
        raise SigningError(detail=describe(exc)) from exc
    except PdfError as exc:
        raise DocumentError(
            "The document could not be prepared for signing. Check the file, or export it "
            "again as PDF.",
            detail=describe(exc),
        ) from exc


def _reserve(session: SignerSession, level: str) -> int:
    """Room for the CMS signature container, in bytes, with a wide margin.

    Given up front, it spares pyHanko a complete dry-run signature to measure the container
    (a tenth of a second on every document). Certificates are embedded once each; the
    signature value and signed attributes take at most a few kilobytes; a timestamp token
    brings its own certificate chain.
    """
    certs = sum(len(c.dump()) for c in [session.certificate, *session.cert_chain])
    room = 8192 + 2 * certs
    if level != "B-B":
        room += 16384
    return room


def _signing_validation_context(
    session: SignerSession, trust_roots: TrustRoots | None
) -> ValidationContext:
    if trust_roots:
        roots = load_certificates(trust_roots)
    else:
        roots = [c for c in session.cert_chain if c.self_signed == "maybe" or c.self_issued]
    if not roots:
        raise RevocationInfoError(
            "The root certificate of the signing certificate is needed for a long-term "
            "signature. Add it in the settings, or sign at level B-T.",
            detail="no trust roots for B-LT",
        )
    return ValidationContext(
        trust_roots=roots,
        other_certs=list(session.cert_chain),
        allow_fetching=True,
        revocation_mode="require",
    )


def _map_pyhanko_error(exc: PyHankoSigningError, level: str) -> SigningError:
    # An error of ours raised inside the signer (token removed...) travels as the cause.
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, SigningError):
            return cause
        if isinstance(cause, TimestampRequestError):
            return TimestampError(detail=describe(cause))
        cause = cause.__cause__ or cause.__context__
    text = str(exc)
    reason = _certvalidator_reason(exc)
    if isinstance(reason, RevokedError):
        return CertificateError(
            "The signing certificate has been revoked by its authority. Do not sign with it; "
            "contact your certificate provider.",
            detail=f"{text}: {reason}",
        )
    if isinstance(reason, PathBuildingError):
        return CertificateError(
            "The signing certificate does not lead to a trusted root certificate. Check the "
            "trusted root certificates in the settings.",
            detail=f"{text}: {reason}",
        )
    if level == "B-LT" and (
        reason is not None or "validat" in text.lower() or "revocation" in text.lower()
    ):
        return RevocationInfoError(detail=f"{text}: {reason}" if reason else text)
    if "filled already" in text or "already exists" in text:
        return DocumentError(
            "The document already holds a signature in that field. Choose another field name.",
            detail=text,
        )
    if "forbids all changes" in text or "Certification" in text:
        return DocumentError(
            "The document is certified against further changes and cannot be signed again.",
            detail=text,
        )
    return SigningError(detail=text)


def _certvalidator_reason(exc: BaseException) -> BaseException | None:
    """The certificate-validation error behind a pyHanko SigningError, if any."""
    cause = exc.__cause__ or exc.__context__
    while cause is not None:
        if isinstance(cause, PathError | ValidationError):
            return cause
        cause = cause.__cause__ or cause.__context__
    return None


@dataclass
class BatchResult:
    """What ``sign_many`` did: outputs written, and whether it stopped early and why."""

    signed: list[Path] = field(default_factory=list)
    cancelled: bool = False
    failed: tuple[Path, SigningError] | None = None

    @property
    def complete(self) -> bool:
        return not self.cancelled and self.failed is None


def sign_many(
    pairs: Iterable[tuple[Path, Path]],
    session: SignerSession,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    **options: Any,
) -> BatchResult:
    """Sign a dossier's documents with one session (one PIN entry).

    ``pairs`` are (input, output) paths. ``progress(done, total, current_name)`` is called
    before each document and once at the end; ``cancel()`` is checked before each document.
    Stops at the first failure (reported in ``result.failed``); outputs already written stay
    valid. ``options`` are passed to ``sign_pdf`` (level, tsa_url, reason...).
    """
    items = list(pairs)
    total = len(items)
    result = BatchResult()
    for index, (in_path, out_path) in enumerate(items):
        if cancel is not None and cancel():
            result.cancelled = True
            break
        if progress is not None:
            progress(index, total, Path(in_path).name)
        try:
            sign_pdf(Path(in_path), Path(out_path), session, **options)
        except SigningError as exc:
            result.failed = (Path(in_path), exc)
            break
        result.signed.append(Path(out_path))
    if progress is not None:
        progress(len(result.signed), total, "")
    return result
