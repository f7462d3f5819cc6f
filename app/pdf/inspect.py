"""The examination of one incoming file. Runs inside the budgeted child process (see sandbox.py):
it may meet hostile input, so every loop is bounded and nothing here is trusted to be quick.

PDF structure is read with pikepdf (qpdf): lazy, robust, and able to rebuild a broken
cross-reference table. A repair is kept only when it is safe: the file is not truncated, qpdf
found every page and every stream decodes; the repaired copy is then rewritten cleanly.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
from PIL import Image

from app.pdf import reasons as R
from app.pdf.limits import Limits

KINDS = {"pdf": (".pdf",), "jpeg": (".jpg", ".jpeg"), "png": (".png",), "tiff": (".tif", ".tiff")}


class Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    pages: int
    repaired: bool = False


def sniff(head: bytes) -> str | None:
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


def examine(path: Path, name: str, limits: Limits, repair_to: Path | None) -> Finding:
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(1024)
    except OSError as exc:
        raise Refused(R.UNREADABLE) from exc
    if size == 0:
        raise Refused(R.EMPTY)
    if size > limits.max_bytes:
        raise Refused(R.TOO_LARGE)
    kind = sniff(head)
    ext = Path(name).suffix.lower()
    if kind is None:
        raise Refused(R.NOT_A_PDF if ext == ".pdf" else R.UNKNOWN_KIND)
    if ext == ".pdf" and kind != "pdf":
        raise Refused(R.NOT_A_PDF)
    if ext and ext not in KINDS[kind]:
        raise Refused(R.WRONG_EXTENSION)
    if kind == "pdf":
        return _examine_pdf(path, limits, repair_to)
    return Finding(kind, examine_image(path, limits))


# -- images -----------------------------------------------------------------------------------


def examine_image(path: Path, limits: Limits) -> int:
    """Number of pages (frames) of a JPEG, PNG or TIFF; decodes each one to catch damage."""
    Image.MAX_IMAGE_PIXELS = None  # we check dimensions ourselves, before decoding
    try:
        with Image.open(path) as im:
            frames = int(getattr(im, "n_frames", 1))
            if frames > limits.max_pages:
                raise Refused(R.TOO_MANY_PAGES)
            for n in range(frames):
                im.seek(n)
                w, h = im.size
                if (
                    w * h > limits.max_image_pixels
                    or max(w, h) > limits.max_image_side_px
                    or min(w, h) < 1
                ):
                    raise Refused(R.IMAGE_SIZE)
                im.load()
            return frames
    except Refused:
        raise
    except MemoryError:
        raise
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as exc:
        raise Refused(R.IMAGE_DAMAGED) from exc


# -- PDF --------------------------------------------------------------------------------------

_ACTIONS = {
    "/JavaScript": R.JAVASCRIPT,
    "/Launch": R.LAUNCH,
    "/URI": R.URI,
    "/SubmitForm": R.URI,
    "/ImportData": R.OTHER_ACTION,
    "/GoToR": R.OTHER_ACTION,
    "/GoToE": R.OTHER_ACTION,
    "/Rendition": R.MULTIMEDIA,
    "/Movie": R.MULTIMEDIA,
    "/Sound": R.MULTIMEDIA,
    "/RichMediaExecute": R.MULTIMEDIA,
}
_KEYS = {
    "/JS": R.JAVASCRIPT,
    "/JavaScript": R.JAVASCRIPT,
    "/AA": R.AUTO_ACTION,
    "/EmbeddedFiles": R.EMBEDDED,
    "/EF": R.EMBEDDED,
    "/XFA": R.XFA,
    "/RichMediaContent": R.MULTIMEDIA,
}
_TYPES = {"/EmbeddedFile": R.EMBEDDED}
_SUBTYPES = {
    "/FileAttachment": R.EMBEDDED,
    "/RichMedia": R.MULTIMEDIA,
    "/Movie": R.MULTIMEDIA,
    "/Sound": R.MULTIMEDIA,
    "/Screen": R.MULTIMEDIA,
}


def _tail_has_eof(path: Path) -> bool:
    with path.open("rb") as f:
        f.seek(0, 2)
        f.seek(max(0, f.tell() - 2048))
        return b"%%EOF" in f.read()


def _examine_pdf(path: Path, limits: Limits, repair_to: Path | None) -> Finding:
    if not _tail_has_eof(path):
        raise Refused(R.TRUNCATED)
    try:
        pdf = pikepdf.open(path, suppress_warnings=True)
    except pikepdf.PasswordError as exc:
        raise Refused(R.ENCRYPTED) from exc
    except (pikepdf.PdfError, ValueError, RuntimeError) as exc:
        raise Refused(R.DAMAGED) from exc
    with pdf:
        if pdf.is_encrypted:
            raise Refused(R.ENCRYPTED)
        damaged = bool(pdf.get_warnings())
        try:
            pages = _check_pages(pdf, limits)
            _check_objects(pdf, limits)
        except (pikepdf.PdfError, ValueError, RuntimeError, KeyError, TypeError) as exc:
            raise Refused(R.DAMAGED_UNSAFE if damaged else R.DAMAGED) from exc
        if damaged and pdf.get_warnings() and _unsafe(pdf.get_warnings()):
            raise Refused(R.DAMAGED_UNSAFE)
        if damaged:
            if repair_to is None:
                raise Refused(R.DAMAGED_UNSAFE)
            pdf.save(repair_to, fix_metadata_version=False)
        return Finding("pdf", pages, repaired=damaged)


def _unsafe(warnings: list[str]) -> bool:
    """qpdf's warnings that mean content is missing, not merely misplaced."""
    bad = ("unable to find", "not found", "object stream", "expected endstream", "EOF while")
    return any(any(b in w for b in bad) for w in warnings)


def _check_pages(pdf: pikepdf.Pdf, limits: Limits) -> int:
    declared = pdf.Root.get("/Pages", pikepdf.Dictionary()).get("/Count", 0)
    if int(declared) > limits.max_pages:
        raise Refused(R.TOO_MANY_PAGES)
    count = len(pdf.pages)
    if count == 0:
        raise Refused(R.NO_PAGES)
    if count > limits.max_pages:
        raise Refused(R.TOO_MANY_PAGES)
    if int(declared) != count:
        raise Refused(R.DAMAGED_UNSAFE)
    for page in pdf.pages:
        box = page.mediabox
        unit = float(page.obj.get("/UserUnit", 1))
        w = abs(float(box[2]) - float(box[0])) * unit
        h = abs(float(box[3]) - float(box[1])) * unit
        if max(w, h) > limits.max_page_side_pt or min(w, h) < limits.min_page_side_pt:
            raise Refused(R.PAGE_SIZE)
    return count


def _check_objects(pdf: pikepdf.Pdf, limits: Limits) -> None:
    total = [0]
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            _check_dict(obj, 0)
            _check_stream(obj, limits, total)
        elif isinstance(obj, pikepdf.Dictionary | pikepdf.Array):
            _check_dict(obj, 0)


def _check_dict(obj: Any, depth: int) -> None:
    """Look for active content in ``obj`` and its direct children (indirect ones are visited
    on their own by the caller's walk over every object)."""
    if depth > 64:
        raise Refused(R.DAMAGED)
    if isinstance(obj, pikepdf.Array):
        for item in obj:
            if isinstance(item, pikepdf.Dictionary | pikepdf.Array) and not item.is_indirect:
                _check_dict(item, depth + 1)
        return
    if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        return
    for key in obj.keys():  # noqa: SIM118 - pikepdf objects iterate differently
        if key in _KEYS:
            raise Refused(_KEYS[key])
    action = obj.get("/S")
    if isinstance(action, pikepdf.Name) and str(action) in _ACTIONS:
        raise Refused(_ACTIONS[str(action)])
    for field, table in (("/Type", _TYPES), ("/Subtype", _SUBTYPES)):
        value = obj.get(field)
        if isinstance(value, pikepdf.Name) and str(value) in table:
            raise Refused(table[str(value)])
    for key in obj.keys():  # noqa: SIM118
        child = obj.get(key)
        if isinstance(child, pikepdf.Dictionary | pikepdf.Array) and not child.is_indirect:
            _check_dict(child, depth + 1)


def _check_stream(stream: pikepdf.Stream, limits: Limits, total: list[int]) -> None:
    if stream.get("/Subtype") == pikepdf.Name.Image:
        w, h = int(stream.get("/Width", 0)), int(stream.get("/Height", 0))
        if w * h > limits.max_image_pixels or max(w, h) > limits.max_image_side_px:
            raise Refused(R.IMAGE_SIZE)
    filters = stream.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else [str(filters)]
    if filters is None or names[0] != "/FlateDecode":
        return  # image codecs are bounded by the dimension check; others by the memory budget
    raw = stream.read_raw_bytes()
    decoded = _inflated_size(raw, limits.max_stream_decoded)
    total[0] += decoded
    if (
        decoded > limits.max_stream_decoded
        or total[0] > limits.max_total_decoded
        or (decoded > 32 * 1024 * 1024 and decoded > limits.max_expansion_ratio * len(raw))
    ):
        raise Refused(R.BOMB)


def _inflated_size(raw: bytes, cap: int) -> int:
    """How many bytes ``raw`` inflates to, stopping just past ``cap``; memory stays small."""
    d = zlib.decompressobj()
    size = 0
    data = raw
    try:
        while data and size <= cap:
            size += len(d.decompress(data, 1 << 20))
            data = d.unconsumed_tail
        if size <= cap:
            size += len(d.flush())
    except zlib.error:
        return size  # damaged streams are the renderer's problem; the size is what matters
    return size
