"""Fit a document under the platform's size limit by downsampling scanned images.

Each page image drawn at more than ``dpi`` dots per inch is resampled to ``dpi`` and stored as
JPEG (colour or grey); bilevel images (fax-style black and white) and images with masks are
kept. Text and vector content are untouched. Runs in the budgeted child process.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PIL import Image


@dataclass(frozen=True, slots=True)
class FitResult:
    before: int
    after: int
    images_resampled: int


def _page_extent_pt(page: pikepdf.Page) -> float:
    box = page.mediabox
    return max(abs(float(box[2]) - float(box[0])), abs(float(box[3]) - float(box[1])))


def downsample(src: Path, out: Path, *, dpi: int = 150, quality: int = 75) -> FitResult:
    """Write a downsampled copy of ``src`` to ``out`` (even when nothing changed)."""
    before = src.stat().st_size
    done = 0
    seen: set[tuple[int, int]] = set()
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            extent_in = _page_extent_pt(page) / 72.0
            images = page.get_images()
            for key in list(images.keys()):
                xobj = images[key]
                if xobj.objgen in seen:
                    continue
                seen.add(xobj.objgen)
                if isinstance(xobj, pikepdf.Stream) and _resample(xobj, extent_in, dpi, quality):
                    done += 1
        pdf.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return FitResult(before, out.stat().st_size, done)


def _resample(xobj: pikepdf.Stream, extent_in: float, dpi: int, quality: int) -> bool:
    if "/SMask" in xobj or "/Mask" in xobj or int(xobj.get("/BitsPerComponent", 8)) != 8:
        return False
    w, h = int(xobj.Width), int(xobj.Height)
    # Conservative: assume the image spans the page's longer side.
    current_dpi = max(w, h) / max(extent_in, 0.1)
    if current_dpi <= dpi * 1.1:
        return False
    try:
        pil = pikepdf.PdfImage(xobj).as_pil_image()
    except (pikepdf.PdfError, NotImplementedError, ValueError, OSError):
        return False
    if pil.mode not in ("L", "RGB"):
        if pil.mode == "1":
            return False
        pil = pil.convert("RGB")
    scale = dpi / current_dpi
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    small = pil.resize(size, Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=quality, optimize=True)
    data = buf.getvalue()
    if len(data) >= len(xobj.read_raw_bytes()):
        return False
    xobj.write(data, filter=pikepdf.Name.DCTDecode)
    xobj.Width, xobj.Height = size
    xobj.ColorSpace = pikepdf.Name.DeviceGray if small.mode == "L" else pikepdf.Name.DeviceRGB
    xobj.BitsPerComponent = 8
    for stale in ("/DecodeParms", "/Decode"):
        if stale in xobj:
            del xobj[stale]
    return True
