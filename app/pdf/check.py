"""Basic acceptance checks for an incoming PDF: is it a readable, unencrypted, inert PDF?

The full hostile-content intake (budgets, repairs, images) builds on this.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

MAX_PAGES = 2000
MAX_PAGE_SIDE_PT = 14400  # 5.08 m: PDF 1.7's largest page
MAX_BYTES = 200 * 1024 * 1024

_ACTIVE_KEYS = ("/JavaScript", "/JS", "/Launch", "/EmbeddedFiles", "/XFA", "/OpenAction", "/AA")


@dataclass(frozen=True, slots=True)
class Verdict:
    path: Path
    accepted: bool
    reason: str  # in words; "accepted" when accepted
    pages: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "accepted": self.accepted,
            "reason": self.reason,
            "pages": self.pages,
        }


def _refuse(path: Path, reason: str) -> Verdict:
    return Verdict(path, False, reason)


def _scan_for_active(obj: Any, depth: int = 0, seen: set[int] | None = None) -> str | None:
    """Walk the document catalog looking for active content keys; bounded depth."""
    seen = seen if seen is not None else set()
    if depth > 12:
        return None
    try:
        resolved = obj.get_object() if hasattr(obj, "get_object") else obj
    except (PyPdfError, RecursionError, ValueError):
        return None
    if id(resolved) in seen:
        return None
    seen.add(id(resolved))
    if isinstance(resolved, dict):
        for key in resolved:
            if key in _ACTIVE_KEYS and key != "/OpenAction":
                return str(key)
            if key == "/OpenAction":
                action = resolved[key]
                action = action.get_object() if hasattr(action, "get_object") else action
                if isinstance(action, dict) and action.get("/S") in ("/JavaScript", "/Launch"):
                    return str(action.get("/S"))
            if key in ("/Parent", "/P"):
                continue
            found = _scan_for_active(resolved[key], depth + 1, seen)
            if found:
                return found
    elif isinstance(resolved, list):
        for item in resolved:
            found = _scan_for_active(item, depth + 1, seen)
            if found:
                return found
    return None


def check_pdf(path: Path) -> Verdict:
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(1024)
    except OSError as exc:
        return _refuse(path, f"cannot be read ({exc.strerror})")
    if size == 0:
        return _refuse(path, "is empty")
    if size > MAX_BYTES:
        return _refuse(path, f"is too large ({size // (1024 * 1024)} MB)")
    if b"%PDF-" not in head:
        return _refuse(path, "is not a PDF file")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            return _refuse(path, "is protected by a password; ask for an unprotected copy")
        pages = len(reader.pages)
        if pages == 0:
            return _refuse(path, "has no pages")
        if pages > MAX_PAGES:
            return _refuse(path, f"has an absurd number of pages ({pages})")
        for page in reader.pages:
            box = page.mediabox
            if max(float(box.width), float(box.height)) > MAX_PAGE_SIDE_PT:
                return _refuse(path, "has a page of absurd size")
        active = _scan_for_active(reader.trailer["/Root"])
        if active:
            what = {
                "/JavaScript": "JavaScript",
                "/JS": "JavaScript",
                "/Launch": "an action that launches programs",
                "/EmbeddedFiles": "embedded files",
                "/XFA": "an XFA form",
                "/AA": "automatic actions",
            }.get(active, active)
            return _refuse(path, f"contains {what}, which is not allowed")
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, RecursionError) as exc:
        return _refuse(path, f"is damaged and cannot be read ({type(exc).__name__})")
    return Verdict(path, True, "accepted", pages)
