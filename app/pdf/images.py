"""Scans and photos (JPEG, PNG, multi-page TIFF) to PDF pages, losslessly where possible.

img2pdf embeds JPEG data as it is and PNG/TIFF pixels without re-encoding; each image is
placed on an A4 page (fit inside, orientation kept, EXIF rotation honoured). Images img2pdf
cannot take as they are (transparency, palettes with alpha, 16-bit) are flattened to RGB PNG
first, which keeps every visible pixel. Runs in the budgeted child process.
"""

from __future__ import annotations

import io
from pathlib import Path

import img2pdf  # type: ignore[import-untyped]
import pikepdf
from PIL import Image

A4_PT = (img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297))


def _layout() -> object:
    return img2pdf.get_layout_fun(pagesize=A4_PT, fit=img2pdf.FitMode.into, auto_orient=True)


def _flattened(path: Path) -> list[bytes]:
    """Every frame of the image as an RGB (or grey) PNG, for what img2pdf refuses."""
    out: list[bytes] = []
    with Image.open(path) as im:
        for n in range(int(getattr(im, "n_frames", 1))):
            im.seek(n)
            frame = im.convert("RGBA") if im.mode not in ("L", "RGB") else im
            if frame.mode == "RGBA":
                flat = Image.new("RGB", frame.size, "white")
                flat.paste(frame, mask=frame.getchannel("A"))
                frame = flat
            buf = io.BytesIO()
            frame.save(buf, "PNG")
            out.append(buf.getvalue())
    return out


def image_to_pdf_bytes(path: Path) -> bytes:
    try:
        data: bytes = img2pdf.convert(
            str(path), layout_fun=_layout(), rotation=img2pdf.Rotation.ifvalid
        )
    except (img2pdf.AlphaChannelError, img2pdf.ImageOpenError, ValueError):
        data = img2pdf.convert(*_flattened(path), layout_fun=_layout())
    return data


def images_to_pdf(sources: list[Path], out: Path) -> int:
    """Convert images and append PDFs, in order, into one PDF at ``out``; returns its pages."""
    result = pikepdf.new()
    keep: list[pikepdf.Pdf] = []
    for src in sources:
        if src.suffix.lower() == ".pdf":
            part = pikepdf.open(src)
        else:
            part = pikepdf.open(io.BytesIO(image_to_pdf_bytes(src)))
        keep.append(part)
        result.pages.extend(part.pages)
    result.docinfo["/Producer"] = "Mellaf (img2pdf)"
    result.save(out)
    pages = len(result.pages)
    for p in keep:
        p.close()
    result.close()
    return pages
