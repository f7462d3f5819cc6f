"""Signature fields already in a PDF: a form prepared by the fund or the administration may carry
empty signature fields, and the officer's signature (with its visible stamp) then goes into the
chosen one instead of a new stamp at the bottom of the last page."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from app.signing.errors import DocumentError


@dataclass(frozen=True, slots=True)
class SignatureField:
    """One signature field of a document."""

    name: str
    page: int | None  # 1-based page number; None when the PDF does not say
    box: tuple[float, float, float, float]  # lower-left x, y, upper-right x, y (points)
    filled: bool

    @property
    def visible(self) -> bool:
        x1, y1, x2, y2 = self.box
        return abs(x2 - x1) > 1 and abs(y2 - y1) > 1


def _page_numbers(reader: Any) -> dict[int, int]:
    """Object number of each page -> 1-based page number."""
    numbers: dict[int, int] = {}

    def walk(node: Any) -> None:
        obj = node.get_object()
        kids = obj.get("/Kids")
        if kids is None:
            numbers[node.idnum] = len(numbers) + 1
            return
        for kid in kids:
            walk(kid)

    walk(reader.root.raw_get("/Pages"))
    return numbers


def _widget(field: Any) -> Any:
    """The widget annotation of a field (the field itself, or its first kid)."""
    if "/Rect" in field:
        return field
    kids = field.get("/Kids")
    return kids[0].get_object() if kids else field


def list_signature_fields(data: bytes) -> list[SignatureField]:
    """The signature fields of a PDF (bytes), in document order."""
    # pyHanko is heavy: loaded when a document is looked at, not when Mellaf starts
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        pages = _page_numbers(reader)
        found: list[SignatureField] = []
        for name, value, ref in enumerate_sig_fields(reader, filled_status=None):
            widget = _widget(ref.get_object())
            rect = widget.get("/Rect") or [0, 0, 0, 0]
            x1, y1, x2, y2 = (float(v) for v in rect)
            page_ref: Any = widget.raw_get("/P") if "/P" in widget else None
            page = pages.get(page_ref.idnum) if hasattr(page_ref, "idnum") else None
            box = (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
            found.append(SignatureField(str(name), page, box, value is not None))
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise DocumentError(
            "The document could not be prepared for signing. Check the file, or export it "
            "again as PDF.",
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc
    return found


def empty_signature_fields(path: Path) -> list[SignatureField]:
    """The fields of the PDF at ``path`` a signature can go into (empty ones)."""
    return [f for f in list_signature_fields(Path(path).read_bytes()) if not f.filled]
