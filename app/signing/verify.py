"""Verify the signatures of a PDF file and say, in words, whether it can be relied on.

The judgement follows STACK-NOTES: each signature's bottom line (intact, valid, trusted,
timestamp, modification policy) plus coverage. On a tampered file ``valid`` can stay True
while ``intact`` is False, so both are required.

``ok`` is True only when the file holds at least one signature, every signature and document
timestamp is intact, valid and trusted, every signature covers its whole revision, and the last
signature covers the whole file - or is followed only by validation data and document
timestamps (what PAdES B-LT and B-LTA add after the signature).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import (
    async_validate_pdf_signature,
    async_validate_pdf_timestamp,
)
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.errors import NoDSSFoundError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from app.signing.backend import certificate_holder_name
from app.signing.errors import DocumentError
from app.signing.sign import TrustRoots, load_certificates, run_coroutine

log = logging.getLogger(__name__)

COVERAGE_WORDS: dict[SignatureCoverageLevel | None, str] = {
    SignatureCoverageLevel.ENTIRE_FILE: "entire file",
    SignatureCoverageLevel.ENTIRE_REVISION: "entire revision",
}

MODIFICATION_WORDS = {
    ModificationLevel.NONE: "none",
    ModificationLevel.LTA_UPDATES: "validation data and timestamps only",
    ModificationLevel.FORM_FILLING: "form filling or later signatures",
    ModificationLevel.ANNOTATIONS: "annotations",
    ModificationLevel.OTHER: "other changes",
}

_SAFE_AFTER_LAST = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)


@dataclass
class SignatureReport:
    """One signature (or document timestamp) of the file."""

    field: str
    signer: str
    signing_time: datetime | None
    level: str
    intact: bool
    valid: bool
    trusted: bool
    coverage: str
    subfilter: str
    kind: str = "signature"  # or "document timestamp"
    time_source: str = ""  # "timestamp" | "signer's clock" | ""
    modifications_after: str = "unknown"
    revision: int = 0

    @property
    def sound(self) -> bool:
        return self.intact and self.valid and self.trusted

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["signing_time"] = self.signing_time.isoformat() if self.signing_time else None
        return data


@dataclass
class VerificationReport:
    path: Path
    signatures: list[SignatureReport] = field(default_factory=list)
    ok: bool = False
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "ok": self.ok,
            "problems": list(self.problems),
            "signatures": [s.to_dict() for s in self.signatures],
        }

    def to_text(self) -> str:
        """A short report in words (for the CLI and logs)."""
        lines = [f"{self.path.name}: {'OK' if self.ok else 'NOT OK'}"]
        for n, sig in enumerate(self.signatures, start=1):
            when = sig.signing_time.isoformat(timespec="seconds") if sig.signing_time else "?"
            source = f" ({sig.time_source})" if sig.time_source else ""
            lines.append(f"  {n}. {sig.kind} {sig.field!r}")
            lines.append(f"     signer:   {sig.signer}")
            lines.append(f"     time:     {when}{source}")
            lines.append(f"     level:    {sig.level} [{sig.subfilter}]")
            lines.append(f"     coverage: {sig.coverage}; changes after: {sig.modifications_after}")
            lines.append(
                f"     intact: {_yn(sig.intact)}, valid: {_yn(sig.valid)}, "
                f"trusted: {_yn(sig.trusted)}"
            )
        lines.extend(f"  problem: {p}" for p in self.problems)
        return "\n".join(lines)


def _yn(flag: bool) -> str:
    return "yes" if flag else "no"


def verify_pdf(
    path: Path, trust_roots: TrustRoots, *, allow_fetching: bool = False
) -> VerificationReport:
    """Verify every signature of ``path`` against ``trust_roots`` (files or certificates).

    Revocation: information embedded in the file (DSS) is used; with ``allow_fetching`` the
    CRL/OCSP services named in the certificates are asked too (soft-fail when unreachable).
    Raises DocumentError when the file cannot be read as a PDF.
    """
    return run_coroutine(async_verify_pdf(path, trust_roots, allow_fetching=allow_fetching))


async def async_verify_pdf(
    path: Path, trust_roots: TrustRoots, *, allow_fetching: bool = False
) -> VerificationReport:
    path = Path(path)
    roots = load_certificates(trust_roots)
    reader, fh = _open(path)
    try:
        return await _verify_open(path, reader, roots, allow_fetching)
    finally:
        fh.close()


async def _verify_open(
    path: Path, reader: PdfFileReader, roots: list[Any], allow_fetching: bool
) -> VerificationReport:
    report = VerificationReport(path=path)

    dss = _read_dss(reader)
    dss_has_revinfo = dss is not None and bool(dss.crls or dss.ocsps)

    contexts: list[ValidationContext] = []

    def context() -> ValidationContext:
        kwargs: dict[str, Any] = {
            "trust_roots": roots,
            "allow_fetching": allow_fetching,
            "revocation_mode": "soft-fail",
        }
        vc = dss.as_validation_context(kwargs) if dss is not None else ValidationContext(**kwargs)
        contexts.append(vc)
        return vc

    try:
        await _check_all(reader, report, context, dss_has_revinfo)
    finally:
        for vc in contexts:  # release HTTP sessions inside this event loop
            await vc.aclose()  # type: ignore[no-untyped-call]
    if not roots:
        report.problems.append("No trusted root certificate was given: nothing can be trusted.")
        report.ok = False
    return report


async def _check_all(
    reader: PdfFileReader,
    report: VerificationReport,
    context: Callable[[], ValidationContext],
    dss_has_revinfo: bool,
) -> None:

    embedded = list(reader.embedded_signatures)
    doc_ts_revisions = [e.signed_revision for e in embedded if e.sig_object_type == "/DocTimeStamp"]
    last_sig_status: Any = None
    last_sig_report: SignatureReport | None = None

    for emb in embedded:
        name = str(emb.field_name)
        subfilter = str(emb.sig_object.get("/SubFilter", "")).lstrip("/")
        try:
            if emb.sig_object_type == "/DocTimeStamp":
                ts_status = await async_validate_pdf_timestamp(emb, validation_context=context())
                sig_report = SignatureReport(
                    field=name,
                    signer=certificate_holder_name(ts_status.signing_cert),
                    signing_time=ts_status.timestamp,
                    level="document timestamp",
                    intact=bool(ts_status.intact),
                    valid=bool(ts_status.valid),
                    trusted=bool(ts_status.trusted),
                    coverage=COVERAGE_WORDS.get(ts_status.coverage, "partial"),
                    subfilter=subfilter,
                    kind="document timestamp",
                    time_source="timestamp",
                    modifications_after=_modification_words(ts_status),
                    revision=emb.signed_revision,
                )
                report.signatures.append(sig_report)
                _note_problems(report, sig_report, ts_status.coverage)
                continue
            status = await async_validate_pdf_signature(emb, signer_validation_context=context())
        except Exception as exc:  # a malformed signature must not stop the report
            log.warning("signature %s could not be validated: %r", name, exc)
            sig_report = SignatureReport(
                field=name,
                signer="unknown",
                signing_time=None,
                level="unknown",
                intact=False,
                valid=False,
                trusted=False,
                coverage="unknown",
                subfilter=subfilter,
                revision=emb.signed_revision,
            )
            report.signatures.append(sig_report)
            report.problems.append(
                f"Signature {name}: it is damaged and could not be checked ({type(exc).__name__})."
            )
            continue

        ts = status.timestamp_validity
        level = _level(
            subfilter,
            has_timestamp=ts is not None,
            has_revinfo=dss_has_revinfo,
            later_doc_ts=any(r > emb.signed_revision for r in doc_ts_revisions),
        )
        sig_report = SignatureReport(
            field=name,
            signer=certificate_holder_name(status.signing_cert),
            signing_time=ts.timestamp if ts is not None else status.signer_reported_dt,
            level=level,
            intact=bool(status.intact),
            valid=bool(status.valid),
            trusted=bool(status.trusted),
            coverage=COVERAGE_WORDS.get(status.coverage, "partial"),
            subfilter=subfilter,
            time_source=(
                "timestamp"
                if ts is not None
                else ("signer's clock" if status.signer_reported_dt else "")
            ),
            modifications_after=_modification_words(status),
            revision=emb.signed_revision,
        )
        report.signatures.append(sig_report)
        _note_problems(report, sig_report, status.coverage)
        if ts is not None and not (ts.intact and ts.valid and ts.trusted):
            report.problems.append(f"Signature {name}: its timestamp is not valid or not trusted.")
        if status.intact and status.valid and not status.bottom_line and status.docmdp_ok is False:
            report.problems.append(
                f"Signature {name}: the document was changed after signing in a way the "
                "signature does not allow."
            )
        if last_sig_report is None or emb.signed_revision >= last_sig_report.revision:
            last_sig_status, last_sig_report = status, sig_report

    regular = [s for s in report.signatures if s.kind == "signature"]
    if not regular:
        report.problems.append("The file holds no signature.")
    elif last_sig_status is not None and last_sig_report is not None:
        covered = last_sig_status.coverage == SignatureCoverageLevel.ENTIRE_FILE or (
            last_sig_status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and last_sig_status.modification_level in _SAFE_AFTER_LAST
        )
        if not covered:
            report.problems.append(
                f"The last signature ({last_sig_report.field}) does not cover the whole file: "
                "content was added after it was signed."
            )
        elif not last_sig_status.bottom_line and not report.problems:
            report.problems.append(
                f"Signature {last_sig_report.field}: it does not pass validation."
            )
    report.ok = bool(regular) and not report.problems


def _open(path: Path) -> tuple[PdfFileReader, BinaryIO]:
    """A reader on the open file (read as needed, not loaded whole: a 100 MB file costs no
    100 MB of memory), and the file to close afterwards."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise DocumentError(
            f"The file {path.name} cannot be read. Check the path and its permissions.",
            detail=repr(exc),
        ) from exc
    try:
        if b"%PDF-" not in fh.read(1024):
            raise DocumentError(f"{path.name} is not a PDF file.", detail="no %PDF- header")
        fh.seek(0)
        try:
            reader = PdfFileReader(fh)
        except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
            raise DocumentError(
                f"{path.name} is a damaged PDF file; its signatures cannot be checked.",
                detail=f"{type(exc).__name__}: {exc}",
            ) from exc
        except OSError as exc:
            raise DocumentError(
                f"The file {path.name} cannot be read. Check the path and its permissions.",
                detail=repr(exc),
            ) from exc
        if reader.encrypted:
            raise DocumentError(
                f"{path.name} is encrypted; its signatures cannot be checked here.",
                detail="encrypted PDF",
            )
    except BaseException:
        fh.close()
        raise
    return reader, fh


def _read_dss(reader: PdfFileReader) -> DocumentSecurityStore | None:
    try:
        return DocumentSecurityStore.read_dss(reader)
    except NoDSSFoundError:
        return None
    except (PdfError, ValueError, KeyError) as exc:
        log.warning("unreadable DSS: %r", exc)
        return None


def _level(subfilter: str, *, has_timestamp: bool, has_revinfo: bool, later_doc_ts: bool) -> str:
    if subfilter != "ETSI.CAdES.detached":
        return "not PAdES"
    if not has_timestamp:
        # A B-B signature raised later (app.signing.ltv): validation data plus a document
        # timestamp prove it existed, with its status, at that time.
        return "B-LT" if has_revinfo and later_doc_ts else "B-B"
    if not has_revinfo:
        return "B-T"
    return "B-LTA" if later_doc_ts else "B-LT"


def _modification_words(status: Any) -> str:
    level = status.modification_level
    if level is None:
        return "unknown"
    return MODIFICATION_WORDS.get(level, str(level))


def _note_problems(report: VerificationReport, sig: SignatureReport, coverage: Any) -> None:
    what = "Document timestamp" if sig.kind == "document timestamp" else "Signature"
    if not sig.intact:
        report.problems.append(f"{what} {sig.field}: the signed content was changed after signing.")
    elif not sig.valid:
        report.problems.append(f"{what} {sig.field}: the signature value is not valid.")
    if not sig.trusted:
        report.problems.append(
            f"{what} {sig.field}: the signer's certificate is not trusted "
            "(unknown authority, expired, revoked or not meant for signing)."
        )
    if coverage not in COVERAGE_WORDS:
        report.problems.append(
            f"{what} {sig.field}: it covers only part of its revision of the file."
        )
