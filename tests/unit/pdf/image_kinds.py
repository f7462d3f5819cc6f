"""PDFs holding one kind of scanned image each, as scanners and phones produce them, generated
here with Pillow, img2pdf and pikepdf (fictional content: colour blocks, text-like stripes, noise).

Pages are A6 (298 x 420 pt); scans are at 300 dpi (bilevel: 600 dpi), so a 100 dpi target brings
them down three-fold (bilevel: two-fold, to 300 dpi).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from pathlib import Path

import img2pdf
import pikepdf
from PIL import Image, ImageCms, ImageDraw

PAGE = (298, 420)  # A6 in points
SCAN_DPI = 300  # colour and grey scans
BILEVEL_SCAN_DPI = 600  # fax-style black and white


def px(dpi: int) -> tuple[int, int]:
    return round(PAGE[0] / 72 * dpi), round(PAGE[1] / 72 * dpi)


def picture(size: tuple[int, int]) -> Image.Image:
    """Colour blocks (checked after rendering) over text-like stripes, with some noise."""
    w, h = size
    im = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w // 2, h // 3), fill=(200, 30, 30))
    d.rectangle((w // 2, 0, w, h // 3), fill=(30, 140, 60))
    d.rectangle((0, h // 3, w // 2, 2 * h // 3), fill=(40, 60, 190))
    for y in range(2 * h // 3, h - 20, max(4, h // 60)):
        d.rectangle(
            (w // 10, y, w - w // 8 - (y % 97) % (w // 2), y + max(1, h // 200)), fill=(15, 15, 15)
        )
    noise = Image.effect_noise(size, 40).convert("RGB")
    return Image.blend(im, noise, 0.12)


def bilevel_picture(size: tuple[int, int], speckle: bool = True) -> Image.Image:
    """Black blocks and text-like stripes (with the speckle of a real scan)."""
    w, h = size
    im = Image.new("1", size, 1)
    if speckle:
        dots = Image.effect_noise(size, 50).point(lambda v: 0 if v < 10 else 255)
        im = dots.convert("1", dither=Image.Dither.NONE)
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w // 2, h // 4), fill=0)
    for y in range(h // 3, h - 40, max(8, h // 70)):
        d.rectangle((w // 10, y, w - w // 8 - (y % 131), y + max(2, h // 300)), fill=0)
    return im


def _page_with(pdf: pikepdf.Pdf, image: pikepdf.Stream, pages: int = 1) -> None:
    image = pdf.make_indirect(image) if not image.is_indirect else image
    for _ in range(pages):
        page = pdf.add_blank_page(page_size=PAGE)
        page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.obj.Contents = pdf.make_stream(b"q %d 0 0 %d 0 0 cm /Im0 Do Q" % PAGE)


def _image(
    pdf: pikepdf.Pdf, data: bytes, size: tuple[int, int], **entries: object
) -> pikepdf.Stream:
    s = pdf.make_stream(zlib.compress(data, 6))
    s.Type, s.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    s.Width, s.Height = size
    s.Filter = pikepdf.Name.FlateDecode
    s.BitsPerComponent = 8
    for k, v in entries.items():
        s[f"/{k}"] = v
    return s


def _save(pdf: pikepdf.Pdf, path: Path) -> Path:
    pdf.save(path)
    pdf.close()
    return path


def _img2pdf(path: Path, image: Image.Image, fmt: str, **save: object) -> Path:
    buf = io.BytesIO()
    image.save(buf, fmt, **save)
    layout = img2pdf.get_layout_fun(
        (img2pdf.in_to_pt(PAGE[0] / 72), img2pdf.in_to_pt(PAGE[1] / 72))
    )
    path.write_bytes(img2pdf.convert(buf.getvalue(), layout_fun=layout))
    return path


def rgb_flate(path: Path) -> Path:
    pdf = pikepdf.new()
    size = px(SCAN_DPI)
    _page_with(pdf, _image(pdf, picture(size).tobytes(), size, ColorSpace=pikepdf.Name.DeviceRGB))
    return _save(pdf, path)


def cmyk_jpeg(path: Path) -> Path:
    """Pillow writes Adobe (inverted) CMYK JPEG; img2pdf adds /Decode [1 0 1 0 1 0 1 0]."""
    return _img2pdf(path, picture(px(SCAN_DPI)).convert("CMYK"), "JPEG", quality=92)


def cmyk_flate(path: Path) -> Path:
    pdf = pikepdf.new()
    size = px(SCAN_DPI)
    data = picture(size).convert("CMYK").tobytes()
    _page_with(pdf, _image(pdf, data, size, ColorSpace=pikepdf.Name.DeviceCMYK))
    return _save(pdf, path)


def gray_inverted_decode(path: Path) -> Path:
    """8-bit grey stored negative, drawn positive through /Decode [1 0]."""
    pdf = pikepdf.new()
    size = px(SCAN_DPI)
    negative = Image.eval(picture(size).convert("L"), lambda v: 255 - v)
    decode = pikepdf.Array([1, 0])
    img = _image(pdf, negative.tobytes(), size, ColorSpace=pikepdf.Name.DeviceGray, Decode=decode)
    _page_with(pdf, img)
    return _save(pdf, path)


def _sixteen(im: Image.Image) -> bytes:
    """Big-endian 16-bit samples whose low byte is noise (as a 16-bit scanner gives)."""
    raw = im.tobytes()
    low = Image.effect_noise((len(raw), 1), 80).tobytes()
    out = bytearray(2 * len(raw))
    out[0::2], out[1::2] = raw, low
    return bytes(out)


def rgb_16bit(path: Path) -> Path:
    pdf = pikepdf.new()
    size = px(SCAN_DPI)
    img = _image(pdf, _sixteen(picture(size)), size, ColorSpace=pikepdf.Name.DeviceRGB)
    img.BitsPerComponent = 16
    _page_with(pdf, img)
    return _save(pdf, path)


def gray_16bit(path: Path) -> Path:
    pdf = pikepdf.new()
    size = px(SCAN_DPI)
    data = _sixteen(picture(size).convert("L"))
    img = _image(pdf, data, size, ColorSpace=pikepdf.Name.DeviceGray)
    img.BitsPerComponent = 16
    _page_with(pdf, img)
    return _save(pdf, path)


def bilevel_g4(path: Path) -> Path:
    """A fax-style 600 dpi scan: img2pdf passes the TIFF's CCITT G4 data through."""
    return _img2pdf(path, bilevel_picture(px(BILEVEL_SCAN_DPI)), "TIFF", compression="group4")


def bilevel_flate(path: Path, dpi: int = BILEVEL_SCAN_DPI, speckle: bool = True) -> Path:
    pdf = pikepdf.new()
    size = px(dpi)
    img = _image(
        pdf, bilevel_picture(size, speckle).tobytes(), size, ColorSpace=pikepdf.Name.DeviceGray
    )
    img.BitsPerComponent = 1
    _page_with(pdf, img)
    return _save(pdf, path)


def indexed_png(path: Path) -> Path:
    """A palette PNG (16 colours, 4 bits): img2pdf keeps it /Indexed."""
    pal = picture(px(SCAN_DPI)).quantize(16, dither=Image.Dither.NONE)
    return _img2pdf(path, pal, "PNG")


def icc_based(path: Path) -> Path:
    """An RGB scan tagged with an sRGB ICC profile: img2pdf writes [/ICCBased ...]."""
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return _img2pdf(path, picture(px(SCAN_DPI)), "PNG", icc_profile=srgb)


def icc_rgb_jpeg(path: Path) -> Path:
    """An RGB JPEG drawn through a three-component ICC colour space (sRGB profile)."""
    pdf = pikepdf.new()
    size = px(SCAN_DPI)
    buf = io.BytesIO()
    picture(size).save(buf, "JPEG", quality=95)
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    icc = pdf.make_stream(profile, N=3, Alternate=pikepdf.Name.DeviceRGB)
    img = pdf.make_stream(buf.getvalue())
    img.Type, img.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    img.Width, img.Height = size
    img.Filter, img.BitsPerComponent = pikepdf.Name.DCTDecode, 8
    img.ColorSpace = pikepdf.Array([pikepdf.Name.ICCBased, icc])
    _page_with(pdf, img)
    return _save(pdf, path)


def with_soft_mask(path: Path) -> Path:
    """An RGB image with a soft mask (transparent corner) of the same size."""
    pdf = pikepdf.new()
    size = px(SCAN_DPI)
    alpha = Image.new("L", size, 255)
    ImageDraw.Draw(alpha).ellipse((0, 0, size[0] // 2, size[1] // 2), fill=0)
    mask = _image(pdf, alpha.tobytes(), size, ColorSpace=pikepdf.Name.DeviceGray)
    img = _image(pdf, picture(size).tobytes(), size, ColorSpace=pikepdf.Name.DeviceRGB)
    img.SMask = pdf.make_indirect(mask)
    _page_with(pdf, img)
    return _save(pdf, path)


def jpeg2000(path: Path) -> Path:
    return _img2pdf(path, picture(px(SCAN_DPI)), "JPEG2000", quality_mode="dB", quality_layers=[40])


def shared_image(path: Path, pages: int = 3) -> Path:
    pdf = pikepdf.new()
    size = px(SCAN_DPI)
    img = _image(pdf, picture(size).tobytes(), size, ColorSpace=pikepdf.Name.DeviceRGB)
    _page_with(pdf, pdf.make_indirect(img), pages=pages)
    return _save(pdf, path)


def inline_image(path: Path) -> Path:
    """A page whose only image is inline (BI ... ID ... EI)."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=PAGE)
    data = picture((60, 80)).convert("L").tobytes().hex().encode()
    page.obj.Contents = pdf.make_stream(
        b"q 298 0 0 420 0 0 cm BI /W 60 /H 80 /CS /G /BPC 8 /F /AHx ID " + data + b"> EI Q"
    )
    return _save(pdf, path)


def separation(path: Path) -> Path:
    """A spot-colour (Separation) scan: not handled, left as it is."""
    pdf = pikepdf.new()
    size = px(SCAN_DPI)
    tint = pdf.make_stream(
        b"{ dup 0.2 mul exch dup 0.9 mul exch 0.1 mul }",
        FunctionType=4,
        Domain=[0, 1],
        Range=[0, 1, 0, 1, 0, 1],
    )
    cs = pikepdf.Array(
        [pikepdf.Name.Separation, pikepdf.Name("/Spot"), pikepdf.Name.DeviceRGB, tint]
    )
    img = _image(pdf, picture(size).convert("L").tobytes(), size, ColorSpace=cs)
    _page_with(pdf, img)
    return _save(pdf, path)


def colour_key(path: Path) -> Path:
    """An RGB image with a colour-key /Mask array: JPEG would break the exact key."""
    pdf = pikepdf.new()
    size = px(SCAN_DPI)
    img = _image(pdf, picture(size).tobytes(), size, ColorSpace=pikepdf.Name.DeviceRGB)
    img.Mask = pikepdf.Array([250, 255, 250, 255, 250, 255])
    _page_with(pdf, img)
    return _save(pdf, path)


def stencil(path: Path) -> Path:
    """A 1-bit /ImageMask: one colour painted through a shape (left as it is)."""
    pdf = pikepdf.new()
    size = px(BILEVEL_SCAN_DPI)
    img = _image(pdf, bilevel_picture(size).tobytes(), size, ImageMask=True)
    del img["/BitsPerComponent"]
    _page_with(pdf, img)
    return _save(pdf, path)


def explicit_mask(path: Path) -> Path:
    """An RGB image with a separate 1-bit stencil /Mask (left as it is)."""
    pdf = pikepdf.new()
    size = px(SCAN_DPI)
    mask = _image(pdf, bilevel_picture(size, speckle=False).tobytes(), size, ImageMask=True)
    del mask["/BitsPerComponent"]
    img = _image(pdf, picture(size).tobytes(), size, ColorSpace=pikepdf.Name.DeviceRGB)
    img.Mask = pdf.make_indirect(mask)
    _page_with(pdf, img)
    return _save(pdf, path)


HANDLED: dict[str, Callable[[Path], Path]] = {
    "rgb-flate": rgb_flate,
    "cmyk-jpeg-adobe": cmyk_jpeg,
    "cmyk-flate": cmyk_flate,
    "gray-decode-inverted": gray_inverted_decode,
    "rgb-16bit": rgb_16bit,
    "gray-16bit": gray_16bit,
    "bilevel-g4": bilevel_g4,
    "bilevel-flate": bilevel_flate,
    "indexed": indexed_png,
    "icc-rgb": icc_based,
    "icc-rgb-jpeg": icc_rgb_jpeg,
    "soft-mask": with_soft_mask,
    "jpeg2000": jpeg2000,
    "shared": shared_image,
}
