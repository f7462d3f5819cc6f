"""Acceptance verdict for an incoming file: readable, unencrypted, inert, of sane dimensions.

The examination itself (app/pdf/inspect.py) runs in a budgeted child process (app/pdf/sandbox.py)
so that hostile input is refused in words and never hangs or exhausts the application.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.pdf import reasons as R
from app.pdf.limits import DEFAULT, Limits
from app.pdf.sandbox import WorkFailed, run

MAX_PAGES = DEFAULT.max_pages
MAX_PAGE_SIDE_PT = DEFAULT.max_page_side_pt
MAX_BYTES = DEFAULT.max_bytes


@dataclass(frozen=True, slots=True)
class Verdict:
    path: Path
    accepted: bool
    reason: str  # in words, completes "The file NAME …"; "accepted" when accepted
    pages: int = 0
    kind: str = ""  # "pdf", "jpeg", "png" or "tiff" when recognised
    repaired: bool = False  # a damaged cross-reference table was rebuilt (safely)

    def to_dict(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "accepted": self.accepted,
            "reason": self.reason,
            "pages": self.pages,
            "kind": self.kind,
            "repaired": self.repaired,
        }


def check_file(
    path: Path, *, name: str | None = None, limits: Limits = DEFAULT, repair_to: Path | None = None
) -> Verdict:
    """Examine a PDF or image file. A repairable PDF is accepted only when ``repair_to`` is given:
    the repaired copy is written there and is what must be kept instead of the original."""
    try:
        if path.stat().st_size > limits.max_bytes:
            return Verdict(path, False, R.TOO_LARGE)
    except OSError:
        return Verdict(path, False, R.UNREADABLE)
    request: dict[str, object] = {
        "op": "examine",
        "path": str(path.resolve()),
        "name": name or path.name,
        "repair_to": str(repair_to) if repair_to else None,
    }
    try:
        answer = run(request, limits)
    except WorkFailed as exc:
        return Verdict(path, False, exc.reason)
    if not answer.get("accepted"):
        return Verdict(path, False, str(answer.get("reason", R.CRASHED)))
    return Verdict(
        path,
        True,
        "accepted",
        int(answer.get("pages", 0)),
        str(answer.get("kind", "")),
        bool(answer.get("repaired", False)),
    )


def check_pdf(path: Path, limits: Limits = DEFAULT) -> Verdict:
    """Verdict for a file that must be a PDF and be kept as it is (an image is refused as not a
    PDF; a damaged PDF is refused, since the caller would keep the damaged file). To accept
    repairable files, use ``check_file`` with ``repair_to`` and keep the repaired copy."""
    v = check_file(path, limits=limits)
    if v.accepted and v.kind != "pdf":
        return Verdict(path, False, R.NOT_A_PDF, kind=v.kind)
    return v
