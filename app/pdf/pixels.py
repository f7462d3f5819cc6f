"""Decode a PDF image XObject into the pixels a renderer draws: the component values after the
filters, the colour-space lookup (/Indexed) and the /Decode array, as a Pillow image in mode "L",
"RGB" or "CMYK". Kinds that cannot be decoded faithfully raise ``Unsupported`` with a reason in
words (fixed sentences, translated by the interface), and the caller leaves the image untouched.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pikepdf
from PIL import Image, features

# Why an image was left as it is; each completes "N image(s) left as they are: …".
COLOUR_SPACE = "their colour space is not one of grey, RGB, CMYK, ICC-based or indexed"
DEPTH = "their bit depth is not supported for this colour space"
JBIG2 = "they are JBIG2-compressed, which is already compact"
JPX_MISSING = "they are JPEG 2000 and this installation cannot read JPEG 2000"
JPX_ALPHA = "they are JPEG 2000 with transparency inside the image"
COLOUR_KEY = "they use a colour-key mask, which lossy compression would break"
STENCIL = "they are stencil masks (one colour painted through a shape)"
MATTE = "their transparency is pre-multiplied (/Matte)"
MASKED = "they carry a separate stencil mask"
UNDECODABLE = "they could not be decoded"
FILTERS = "they use a combination of compression filters that is not supported"
INLINE = "they are inline images, small and part of the page's drawing instructions"
ALL_SKIPS = (
    COLOUR_SPACE,
    DEPTH,
    JBIG2,
    JPX_MISSING,
    JPX_ALPHA,
    COLOUR_KEY,
    STENCIL,
    MATTE,
    MASKED,
    UNDECODABLE,
    FILTERS,
    INLINE,
)

_MODES = {1: "L", 3: "RGB", 4: "CMYK"}
_DEVICE = {"/DeviceGray": "L", "/DeviceRGB": "RGB", "/DeviceCMYK": "CMYK"}
_SAMPLED = {"/FlateDecode", "/LZWDecode", "/RunLengthDecode", "/ASCII85Decode", "/ASCIIHexDecode"}


class Unsupported(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Pixels:
    image: Image.Image  # "L", "RGB" or "CMYK": values as drawn (after Decode and palette)
    colorspace: pikepdf.Object  # the colour space ``image`` is in (the base of an /Indexed one)
    bilevel: bool  # black and white only (1 bit per pixel): keep it so


def filters(xobj: pikepdf.Stream) -> list[str]:
    f = xobj.get("/Filter")
    if f is None:
        return []
    if isinstance(f, pikepdf.Array):
        return [str(x) for x in f]
    return [str(f)]


def _space(cs: pikepdf.Object) -> str:
    """The Pillow mode of a non-indexed colour space, or Unsupported."""
    if isinstance(cs, pikepdf.Name):
        mode = _DEVICE.get(str(cs))
        if mode:
            return mode
    elif isinstance(cs, pikepdf.Array) and len(cs) >= 2:
        family = str(cs[0])
        if family == "/ICCBased" and isinstance(cs[1], pikepdf.Stream):
            n = int(cs[1].get("/N", 0))
            if n in _MODES:
                return _MODES[n]
        if family == "/CalGray":
            return "L"
        if family == "/CalRGB":
            return "RGB"
    raise Unsupported(COLOUR_SPACE)


def check_masks(xobj: pikepdf.Stream) -> None:
    if xobj.get("/ImageMask", False):
        raise Unsupported(STENCIL)
    mask = xobj.get("/Mask")
    if isinstance(mask, pikepdf.Array):
        raise Unsupported(COLOUR_KEY)
    if mask is not None:
        raise Unsupported(MASKED)
    smask = xobj.get("/SMask")
    if isinstance(smask, pikepdf.Stream) and "/Matte" in smask:
        raise Unsupported(MATTE)
    if int(xobj.get("/SMaskInData", 0)):
        raise Unsupported(JPX_ALPHA)


def decode(xobj: pikepdf.Stream, draft: tuple[int, int] | None = None) -> Pixels:
    """The drawn pixels of ``xobj``; ``draft`` lets a JPEG decode at a reduced scale no smaller
    than that size (faster, less memory)."""
    chain = filters(xobj)
    last = chain[-1] if chain else ""
    if any(f not in _SAMPLED for f in chain[:-1]):
        raise Unsupported(FILTERS)
    try:
        if last == "/JBIG2Decode":
            raise Unsupported(JBIG2)
        if last == "/JPXDecode":
            return _jpx(xobj, chain)
        if last == "/CCITTFaxDecode":
            return _ccitt(xobj, chain)
        if last == "/DCTDecode":
            return _dct(xobj, chain, draft)
        if last and last not in _SAMPLED:
            raise Unsupported(FILTERS)
        return _sampled(xobj)
    except (
        pikepdf.PdfError,
        OSError,
        ValueError,
        SyntaxError,
        NotImplementedError,
        Image.DecompressionBombError,
    ) as exc:
        raise Unsupported(UNDECODABLE) from exc


def _encoded(xobj: pikepdf.Stream, chain: list[str]) -> bytes:
    """The bytes the last filter decodes (earlier generic filters undone)."""
    if len(chain) == 1:
        return xobj.read_raw_bytes()
    raise Unsupported(FILTERS)


def _luts(mode: str, decode: pikepdf.Object | None, invert: bool = False) -> list[int] | None:
    """One 256-entry table per band mapping stored samples to drawn values, or None if identity."""
    bands = len(mode)
    pairs = [(0.0, 1.0)] * bands
    if isinstance(decode, pikepdf.Array) and len(decode) == 2 * bands:
        pairs = [(float(decode[2 * i]), float(decode[2 * i + 1])) for i in range(bands)]
    if not invert and all(p == (0.0, 1.0) for p in pairs):
        return None
    table: list[int] = []
    for lo, hi in pairs:
        for v in range(256):
            s = (255 - v) if invert else v
            table.append(max(0, min(255, round((lo + s / 255 * (hi - lo)) * 255))))
    return table


def _finish(im: Image.Image, xobj: pikepdf.Stream, cs: pikepdf.Object, invert: bool) -> Pixels:
    table = _luts(im.mode, xobj.get("/Decode"), invert)
    if table is not None:
        im = im.point(table)
    return Pixels(im, cs, False)


def _dct(xobj: pikepdf.Stream, chain: list[str], draft: tuple[int, int] | None) -> Pixels:
    cs = xobj.get("/ColorSpace")
    if cs is None:
        raise Unsupported(COLOUR_SPACE)
    mode = _space(cs)
    im = Image.open(io.BytesIO(_encoded(xobj, chain)))
    if im.format != "JPEG" or im.mode != mode:
        raise Unsupported(UNDECODABLE)
    if draft:
        im.draft(mode, draft)
    im.load()
    # Pillow inverts Adobe CMYK JPEGs; a PDF renderer does not (it applies /Decode instead).
    return _finish(im, xobj, cs, invert=mode == "CMYK" and "adobe" in im.info)


def _jpx(xobj: pikepdf.Stream, chain: list[str]) -> Pixels:
    if not features.check("jpg_2000"):
        raise Unsupported(JPX_MISSING)
    im = Image.open(io.BytesIO(_encoded(xobj, chain)))
    im.load()
    if im.mode not in ("L", "RGB"):
        raise Unsupported(JPX_ALPHA if "A" in im.mode else COLOUR_SPACE)
    cs = xobj.get("/ColorSpace")
    if cs is None:  # the codestream's own colour space
        cs = pikepdf.Name.DeviceGray if im.mode == "L" else pikepdf.Name.DeviceRGB
    elif _space(cs) != im.mode:
        raise Unsupported(COLOUR_SPACE)
    return Pixels(im, cs, False)  # /Decode is ignored for JPEG 2000


def _ccitt(xobj: pikepdf.Stream, chain: list[str]) -> Pixels:
    _encoded(xobj, chain)  # only CCITT alone is supported
    decode = xobj.get("/Decode")
    if decode is not None and [float(x) for x in decode] != [0.0, 1.0]:
        raise Unsupported(FILTERS)
    im = pikepdf.PdfImage(xobj).as_pil_image()
    if im.mode != "1":
        raise Unsupported(UNDECODABLE)
    return Pixels(im.convert("L"), pikepdf.Name.DeviceGray, True)


def _sampled(xobj: pikepdf.Stream) -> Pixels:
    w, h = int(xobj.Width), int(xobj.Height)
    bpc = int(xobj.get("/BitsPerComponent", 8))
    cs = xobj.get("/ColorSpace")
    data = xobj.read_bytes(decode_level=pikepdf.StreamDecodeLevel.specialized)
    if isinstance(cs, pikepdf.Array) and len(cs) == 4 and str(cs[0]) == "/Indexed":
        return _indexed(xobj, cs, data, (w, h), bpc)
    if cs is None:
        raise Unsupported(COLOUR_SPACE)
    mode = _space(cs)
    if bpc == 16:
        im = Image.frombytes(mode, (w, h), data, "raw", f"{mode};16B")
    elif bpc == 8:
        im = Image.frombytes(mode, (w, h), data, "raw", mode)
    elif mode == "L" and bpc in (1, 2, 4):
        raw = "1" if bpc == 1 else f"L;{bpc}"
        im = Image.frombytes("1" if bpc == 1 else "L", (w, h), data, "raw", raw).convert("L")
    else:
        raise Unsupported(DEPTH)
    px = _finish(im, xobj, cs, invert=False)
    return Pixels(px.image, cs, bpc == 1)


def _indexed(
    xobj: pikepdf.Stream, cs: pikepdf.Array, data: bytes, size: tuple[int, int], bpc: int
) -> Pixels:
    if bpc not in (1, 2, 4, 8) or "/Decode" in xobj:
        raise Unsupported(DEPTH)
    base = cs[1]
    mode = _space(base)
    lookup = cs[3]
    table = lookup.read_bytes() if isinstance(lookup, pikepdf.Stream) else bytes(lookup)
    n = len(mode)
    hival = min(int(cs[2]), 255, len(table) // n - 1)
    if hival < 0:
        raise Unsupported(UNDECODABLE)
    raw = "P" if bpc == 8 else f"P;{bpc}"
    index = Image.frombytes("P", size, data, "raw", raw)
    index = Image.frombytes("L", size, index.tobytes())  # the palette indices as values
    luts: list[int] = []
    for band in range(n):
        values = [table[min(i, hival) * n + band] for i in range(256)]
        luts.extend(values)
    bands = [index.point(luts[b * 256 : (b + 1) * 256]) for b in range(n)]
    im = bands[0] if n == 1 else Image.merge(mode, bands)
    return Pixels(im, base, False)
