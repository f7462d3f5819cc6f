"""Opening a PDF for signing, and its signature fields: refusals in words (not found, not a
PDF, damaged, password-protected) and pyHanko's incremental writer without a needless copy."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign.fields import enumerate_sig_fields

from app.signing.errors import DocumentError
from app.signing.output import ExtendingBuffer

#: Copy and digest the document in 1 MiB chunks (pyHanko's default of 4 KiB costs a Python loop
#: turn per 4 KiB: a third of the time on a 20 MB file).
CHUNK = 1 << 20


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


class _Writer(IncrementalPdfFileWriter):
    """pyHanko's incremental writer that does not copy the original revision into a buffer
    already holding it (``ExtendingBuffer``): 20 MB of copying saved on a 20 MB document."""

    def _write_header(self, stream: Any) -> None:
        if isinstance(stream, ExtendingBuffer) and stream.skip_original(
            self.input_stream.getvalue()  # the bytes given to BytesIO (not a copy)
        ):
            return
        super()._write_header(stream)  # type: ignore[no-untyped-call]


def open_input(in_path: Path) -> IncrementalPdfFileWriter:
    try:
        data = in_path.read_bytes()
    except FileNotFoundError as exc:
        raise DocumentError(
            f"The document {in_path.name} was not found. Check that it was not moved or deleted.",
            detail=repr(exc),
        ) from exc
    except OSError as exc:
        raise DocumentError(
            f"The document {in_path.name} cannot be read. Check the file and its permissions.",
            detail=repr(exc),
        ) from exc
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(
            f"{in_path.name} is not a PDF file. Scan or export the document again as PDF.",
            detail="no %PDF- header",
        )
    try:
        writer = _Writer(BytesIO(data))
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise DocumentError(
            f"{in_path.name} is a damaged PDF file. Scan or export the document again as PDF.",
            detail=describe(exc),
        ) from exc
    writer.IO_CHUNK_SIZE = CHUNK  # the copy of the original revision into the output
    if writer.prev.encrypted:
        raise DocumentError(
            f"{in_path.name} is protected by a password (encrypted). Ask for an unprotected "
            "copy, or export it again without protection.",
            detail="encrypted PDF",
        )
    return writer


def existing_empty_field(writer: IncrementalPdfFileWriter, name: str | None) -> bool:
    """Whether ``name`` is an empty signature field of the document (then the signature goes
    into it); a filled one is refused, an unknown name makes a new field."""
    if not name:
        return False
    for found, value, _ in enumerate_sig_fields(writer, with_name=name):
        if found == name:
            if value is not None:
                raise DocumentError(
                    "The document already holds a signature in that field. Choose another "
                    "field name.",
                    detail=f"field {name} is signed",
                )
            return True
    return False


def field_is_visible(writer: IncrementalPdfFileWriter, name: str) -> bool:
    """Whether the field ``name`` has a box of its own on a page (not a zero-size one)."""
    for found, _, ref in enumerate_sig_fields(writer, with_name=name):
        if found != name:
            continue
        field_obj = ref.get_object()
        kids = field_obj.get("/Kids")
        widget = field_obj if "/Rect" in field_obj or not kids else kids[0].get_object()
        rect = widget.get("/Rect")
        if rect is None or len(rect) != 4:
            return False
        x1, y1, x2, y2 = (float(v) for v in rect)
        return abs(x2 - x1) > 1 and abs(y2 - y1) > 1
    return False


def new_field_name(writer: IncrementalPdfFileWriter) -> str:
    existing = {name for name, _, _ in enumerate_sig_fields(writer)}
    n = 1
    while f"Signature{n}" in existing:
        n += 1
    return f"Signature{n}"
