"""Raise signed PDFs to long-term validity later, without the token.

A commune without a network signs at PAdES B-B. Later, at a connected kiosk, each signed file
gets (1) the revocation information of every signature's chain (CRL / OCSP, fetched now) and
the chain certificates in the document security store (DSS), then (2) a document timestamp from
the configured timestamp service, whose own validation data is added after it. The result
carries what a verifier needs for the long term (the level reported is B-LT) and its earlier
signatures stay valid: everything is an incremental update. No key is needed: the token can stay
in the officer's pocket.
"""

from __future__ import annotations

import logging
from io import BytesIO
from pathlib import Path
from typing import IO, Any

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper
from pyhanko.sign.validation.dss import async_add_validation_info
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathError, RevokedError

from app.signing.errors import (
    CertificateError,
    DocumentError,
    RevocationInfoError,
    SigningError,
    TimestampError,
)
from app.signing.output import write_atomically
from app.signing.pdf_input import open_input
from app.signing.sign import TrustRoots, load_certificates, run_coroutine

log = logging.getLogger(__name__)


def raise_to_lt(
    in_path: Path,
    out_path: Path,
    *,
    tsa_url: str,
    trust_roots: TrustRoots,
    timeout: float = 15.0,
) -> None:
    """Add validation data and a document timestamp to the signed PDF ``in_path``.

    Writes ``out_path`` atomically (it may equal ``in_path``). Raises DocumentError when the
    file holds no signature, RevocationInfoError / CertificateError when the chain's status
    cannot be established, TimestampError when the timestamp service does not answer.
    """
    run_coroutine(
        async_raise_to_lt(
            in_path, out_path, tsa_url=tsa_url, trust_roots=trust_roots, timeout=timeout
        )
    )


async def async_raise_to_lt(
    in_path: Path,
    out_path: Path,
    *,
    tsa_url: str,
    trust_roots: TrustRoots,
    timeout: float = 15.0,
) -> None:
    if not tsa_url:
        raise TimestampError(
            "No timestamp server is configured: a long-term signature needs one. Set its "
            "address in the settings.",
            detail="tsa_url empty",
        )
    roots = load_certificates(trust_roots)
    if not roots:
        raise RevocationInfoError(
            "The trusted root certificates of the fund profile are needed to gather the "
            "certificate status. Check the profile's trust anchors.",
            detail="no trust roots",
        )
    data = open_input(Path(in_path)).prev.stream.getvalue()  # checks: PDF, not encrypted
    vc = ValidationContext(trust_roots=roots, allow_fetching=True, revocation_mode="require")
    try:
        data = await _add_signature_validation_data(data, vc, Path(in_path).name)
        stamper = PdfTimeStamper(
            RequestsHTTPTimeStamper(tsa_url, timeout=int(timeout)),  # type: ignore[no-untyped-call]
        )
        writer = IncrementalPdfFileWriter(BytesIO(data))

        async def write(fh: IO[bytes]) -> None:
            await stamper.async_timestamp_pdf(writer, "sha256", validation_context=vc, output=fh)

        await write_atomically(Path(out_path), write)
    except SigningError:
        raise
    except TimestampRequestError as exc:
        raise TimestampError(detail=_describe(exc)) from exc
    except PyHankoSigningError as exc:
        raise _map_error(exc) from exc
    except (PathError, RevokedError) as exc:
        raise _map_error(exc) from exc
    except OSError as exc:
        raise RevocationInfoError(detail=_describe(exc)) from exc
    except PdfError as exc:
        raise DocumentError(
            "The signed document could not be completed. Check the file.", detail=_describe(exc)
        ) from exc
    finally:
        await vc.aclose()  # type: ignore[no-untyped-call]
    log.info("raised %s to long-term validity", Path(in_path).name)


async def _add_signature_validation_data(data: bytes, vc: ValidationContext, name: str) -> bytes:
    """One DSS update per signature of the file (earliest first)."""
    reader = PdfFileReader(BytesIO(data))
    count = len([e for e in reader.embedded_regular_signatures])
    if count == 0:
        raise DocumentError(
            f"{name} holds no signature: sign it before adding long-term validation data.",
            detail="no signature",
        )
    for index in range(count):
        reader = PdfFileReader(BytesIO(data))
        emb = reader.embedded_regular_signatures[index]
        out: Any = await async_add_validation_info(emb, vc, output=BytesIO())
        data = out.getvalue()
    return data


def _map_error(exc: Exception) -> SigningError:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, RevokedError):
            return CertificateError(
                "A signing certificate of this document has been revoked: the document cannot "
                "be made long-term valid. Sign it again with a valid certificate.",
                detail=_describe(cause),
            )
        if isinstance(cause, PathBuildingError):
            return CertificateError(
                "A signing certificate of this document does not lead to a trusted root "
                "certificate of the fund profile.",
                detail=_describe(cause),
            )
        if isinstance(cause, TimestampRequestError):
            return TimestampError(detail=_describe(cause))
        cause = cause.__cause__ or cause.__context__
    return RevocationInfoError(detail=_describe(exc))


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
