"""Fit a document under the platform's size limit by downsampling scanned images.

Each image drawn at more than ``dpi`` dots per inch is resampled to ``dpi``:
- grey, RGB, CMYK, ICC-based, calibrated and indexed images (8 or 16 bits, any /Decode array,
  Flate/LZW/DCT/JPEG 2000 compressed) become JPEG in the same colour space (an indexed image in
  its base space); their soft mask (/SMask) is resampled with them to the same scale;
- bilevel (1-bit black and white, e.g. fax-style CCITT scans) stays bilevel, because grey or JPEG
  would blur thin strokes and be larger: it is never brought below ``BILEVEL_DPI`` (small print
  stays legible), it is area-averaged then thresholded, and stored as CCITT G4; under that
  resolution it is only re-encoded losslessly as G4 when that is smaller;
- an image used on several pages is resampled once, for the largest page it appears on.

Anything else (stencil and colour-key masks, Separation/DeviceN/Lab colour, JBIG2, inline images,
JPEG 2000 without a decoder...) is left byte-identical and counted, with the reason in words
(app/pdf/pixels.py). Text and vector content are untouched; other streams are copied as they are.
When no image changes, the output is a byte copy of the input. Runs in the budgeted child.
"""

from __future__ import annotations

import io
import shutil
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from PIL import Image, TiffImagePlugin, features

from app.pdf import pixels as P

BILEVEL_DPI = 300
_SLACK = 1.1  # images within 10 % of the target resolution are left alone


@dataclass(frozen=True, slots=True)
class FitResult:
    before: int
    after: int
    images_resampled: int
    left: dict[str, int] = field(default_factory=dict)  # reason (pixels.ALL_SKIPS) -> images


def _extent_in(page: pikepdf.Page) -> float:
    box = page.mediabox
    side = max(abs(float(box[2]) - float(box[0])), abs(float(box[3]) - float(box[1])))
    return max(side / 72.0, 0.1)


def _walk(
    resources: object,
    extent: float,
    found: dict[tuple[int, int], tuple[pikepdf.Stream, float]],
    forms: set[tuple[int, int]],
    depth: int = 0,
) -> None:
    if not isinstance(resources, pikepdf.Dictionary) or depth > 8:
        return
    xobjects = resources.get("/XObject")
    if not isinstance(xobjects, pikepdf.Dictionary):
        return
    for _, x in xobjects.items():
        if not isinstance(x, pikepdf.Stream):
            continue
        kind = x.get("/Subtype")
        if kind == pikepdf.Name.Image:
            # Conservative: the image spans the page's longer side; on several pages, the
            # largest one (the lowest resolution it is drawn at).
            prev = found.get(x.objgen)
            found[x.objgen] = (x, max(extent, prev[1]) if prev else extent)
        elif kind == pikepdf.Name.Form and x.objgen not in forms:
            forms.add(x.objgen)
            _walk(x.get("/Resources"), extent, found, forms, depth + 1)


def _resources(page: pikepdf.Page) -> object:
    """The page's resources, inherited from the page tree when the page has none."""
    node: object = page.obj
    for _ in range(64):
        if not isinstance(node, pikepdf.Dictionary):
            return None
        found = node.get("/Resources")
        if found is not None:
            return found
        node = node.get("/Parent")
    return None


def images_of(pdf: pikepdf.Pdf) -> list[tuple[pikepdf.Stream, float]]:
    """Each image XObject once (also inside forms), with the page extent in inches it spans."""
    found: dict[tuple[int, int], tuple[pikepdf.Stream, float]] = {}
    for page in pdf.pages:
        _walk(_resources(page), _extent_in(page), found, set())
    return list(found.values())


def inline_images(pdf: pikepdf.Pdf) -> int:
    n = 0
    for page in pdf.pages:
        try:
            ops = pikepdf.parse_content_stream(page)
        except pikepdf.PdfError:
            continue
        n += sum(1 for op in ops if isinstance(op, pikepdf.ContentStreamInlineImage))
    return n


def downsample(src: Path, out: Path, *, dpi: int = 150, quality: int = 75) -> FitResult:
    """Write a downsampled copy of ``src`` to ``out`` (a byte copy when nothing changed)."""
    before = src.stat().st_size
    done = 0
    left: Counter[str] = Counter()
    part = out.with_name(out.name + ".part")
    with pikepdf.open(src) as pdf:
        for xobj, extent in images_of(pdf):
            try:
                done += _resample(pdf, xobj, extent, dpi, quality)
            except P.Unsupported as exc:
                left[exc.reason] += 1
        inline = inline_images(pdf)
        if inline:
            left[P.INLINE] += inline
        if done:
            pdf.save(
                part,
                compress_streams=False,  # untouched streams stay byte-identical
                stream_decode_level=pikepdf.StreamDecodeLevel.none,
                object_stream_mode=pikepdf.ObjectStreamMode.generate,
            )
    if not done:
        shutil.copyfile(src, part)
    part.replace(out)
    return FitResult(before, out.stat().st_size, done, dict(left))


def _is_bilevel(xobj: pikepdf.Stream) -> bool:
    cs = xobj.get("/ColorSpace")
    indexed = isinstance(cs, pikepdf.Array) and len(cs) > 0 and str(cs[0]) == "/Indexed"
    return int(xobj.get("/BitsPerComponent", 8)) == 1 and not indexed


def _resample(pdf: pikepdf.Pdf, xobj: pikepdf.Stream, extent: float, dpi: int, q: int) -> bool:
    P.check_masks(xobj)
    w, h = int(xobj.Width), int(xobj.Height)
    bilevel = _is_bilevel(xobj)
    target = max(dpi, BILEVEL_DPI) if bilevel else dpi
    current = max(w, h) / extent
    scale = target / current if current > target * _SLACK else 1.0
    chain = P.filters(xobj)
    if scale == 1.0 and (not bilevel or chain[-1:] in (["/CCITTFaxDecode"], ["/JBIG2Decode"])):
        return False  # already readable and compact
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    px = P.decode(xobj, draft=size)
    img = px.image if px.image.size == size else px.image.resize(size, Image.Resampling.LANCZOS)
    smask = xobj.get("/SMask")
    mask = _mask(smask, scale) if isinstance(smask, pikepdf.Stream) and scale != 1.0 else None
    if px.bilevel:
        data, filt, parms = _bilevel(img)
    else:
        data, filt, parms = _jpeg(img, q), pikepdf.Name.DCTDecode, None
    old = len(xobj.read_raw_bytes())
    if mask is not None and isinstance(smask, pikepdf.Stream):
        old += len(smask.read_raw_bytes())
    if len(data) + (len(mask[0]) if mask else 0) >= old:
        return False
    xobj.write(data, filter=filt, decode_parms=parms)
    xobj.Width, xobj.Height = size
    xobj.ColorSpace = pikepdf.Name.DeviceGray if px.bilevel else px.colorspace
    xobj.BitsPerComponent = 1 if px.bilevel else 8
    for stale in ("/Decode", "/SMaskInData") + (() if parms is not None else ("/DecodeParms",)):
        if stale in xobj:
            del xobj[stale]
    if img.mode == "CMYK":  # Pillow writes Adobe-style inverted CMYK JPEG
        xobj.Decode = pikepdf.Array([1, 0] * 4)
    if mask is not None:
        data, (mw, mh) = mask
        xobj.SMask = pdf.make_stream(
            data,
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=mw,
            Height=mh,
            ColorSpace=pikepdf.Name.DeviceGray,
            BitsPerComponent=8,
            Filter=pikepdf.Name.FlateDecode,
        )
    return True


def _mask(smask: pikepdf.Stream, scale: float) -> tuple[bytes, tuple[int, int]]:
    """The soft mask brought to the same scale as its image (lossless Flate, 8-bit grey)."""
    m = P.decode(smask)
    if m.image.mode != "L":
        raise P.Unsupported(P.COLOUR_SPACE)
    mw, mh = m.image.size
    size = (max(1, round(mw * scale)), max(1, round(mh * scale)))
    small = m.image.resize(size, Image.Resampling.LANCZOS)
    return zlib.compress(small.tobytes(), 9), size


def _jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def _bilevel(img: Image.Image) -> tuple[bytes, pikepdf.Name, pikepdf.Dictionary]:
    """CCITT G4 of ``img`` thresholded at mid-grey (1-bit Flate without libtiff)."""
    bw = img.convert("1", dither=Image.Dither.NONE)
    w, h = bw.size
    if features.check("libtiff"):
        buf = io.BytesIO()
        bw.save(buf, "TIFF", compression="group4", tiffinfo={278: h})  # one strip
        tiff = buf.getvalue()
        with TiffImagePlugin.TiffImageFile(io.BytesIO(tiff)) as t:
            offsets, counts = t.tag_v2.get(273), t.tag_v2.get(279)
            photometric = t.tag_v2.get(262, 1)
        if offsets and counts and len(offsets) == 1:
            start = int(offsets[0])
            # libtiff codes 0 bits as the fax "white": with min-is-black (Pillow's choice for
            # mode "1") those are black pixels, hence BlackIs1.
            parms = pikepdf.Dictionary(K=-1, Columns=w, Rows=h, BlackIs1=photometric == 1)
            return tiff[start : start + int(counts[0])], pikepdf.Name.CCITTFaxDecode, parms
    parms = pikepdf.Dictionary(Predictor=1)
    return zlib.compress(bw.tobytes(), 9), pikepdf.Name.FlateDecode, parms
