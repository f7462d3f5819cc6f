"""Hostile, broken and well-formed files, generated here (nothing downloaded; fictional content).

``hostile(folder)`` returns {file: words expected in the refusal}; ``wellformed(folder)`` returns
files from several producers that must be accepted (and must sign and validate).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from pathlib import Path

import img2pdf
import pikepdf
from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from app.pdf import reasons as R


def _pypdf(path: Path, mutate: Callable[[PdfWriter], None] | None = None, pages: int = 1) -> Path:
    w = PdfWriter()
    for _ in range(pages):
        w.add_blank_page(595, 842)
    if mutate:
        mutate(w)
    with path.open("wb") as f:
        w.write(f)
    return path


def _open_action(kind: str, **extra: str) -> Callable[[PdfWriter], None]:
    def mutate(w: PdfWriter) -> None:
        d = DictionaryObject({NameObject("/S"): NameObject(kind)})
        for k, v in extra.items():
            d[NameObject("/" + k)] = TextStringObject(v)
        w._root_object[NameObject("/OpenAction")] = w._add_object(d)

    return mutate


def _link_annotation(w: PdfWriter) -> None:
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/URI"),
            NameObject("/URI"): TextStringObject("http://example.invalid/"),
        }
    )
    annot = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([NumberObject(0)] * 4),
            NameObject("/A"): action,
        }
    )
    w.pages[0][NameObject("/Annots")] = ArrayObject([w._add_object(annot)])


def _page_aa(w: PdfWriter) -> None:
    js = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("1")}
    )
    w.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): w._add_object(js)})


def _xfa(w: PdfWriter) -> None:
    w._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): TextStringObject("<xdp/>")}
    )


def _embedded(w: PdfWriter) -> None:
    w.add_attachment("notes.txt", b"fictional attachment")


def bomb(path: Path) -> Path:
    """One content stream that inflates to 320 MiB of zeros (about 320 KB on disk)."""
    comp = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    raw = b"".join(comp.compress(chunk) for _ in range(320)) + comp.flush()
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(595, 842))
        stream = pikepdf.Stream(pdf, raw)
        stream.Filter = pikepdf.Name.FlateDecode
        pdf.pages[0].obj.Contents = pdf.make_indirect(stream)
        pdf.save(path, compress_streams=False)
    return path


def _huge_image_pdf(path: Path) -> Path:
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(595, 842))
        img = pikepdf.Stream(pdf, zlib.compress(b"\0" * 1000))
        img.Type, img.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        img.Width, img.Height = 100_000, 100_000
        img.ColorSpace, img.BitsPerComponent = pikepdf.Name.DeviceGray, 8
        img.Filter = pikepdf.Name.FlateDecode
        pdf.pages[0].obj.Resources = pikepdf.Dictionary(
            XObject=pikepdf.Dictionary(Im0=pdf.make_indirect(img))
        )
        pdf.save(path)
    return path


def _many_pages(path: Path) -> Path:
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(595, 842))
        page = pdf.pages[0].obj
        for _ in range(2100):
            pdf.pages.append(pikepdf.Page(page))
        pdf.save(path)
    return path


def _broken_xref(good: Path, path: Path) -> Path:
    """A whole file whose cross-reference offsets are wrong (a repairable defect)."""
    data = bytearray(good.read_bytes())
    start = data.rfind(b"startxref")
    xref = data.rfind(b"xref", 0, start)
    body = data[xref:start].replace(b"0000000", b"0000009")  # shift every offset
    path.write_bytes(bytes(data[:xref]) + bytes(body) + bytes(data[start:]))
    return path


def _png_bomb(path: Path) -> Path:
    """A PNG header declaring 60000 x 60000 pixels."""
    Image.new("L", (1, 1)).save(path)
    data = bytearray(path.read_bytes())
    data[16:24] = (60000).to_bytes(4, "big") + (60000).to_bytes(4, "big")
    crc = zlib.crc32(bytes(data[12:29]))
    data[29:33] = crc.to_bytes(4, "big")
    path.write_bytes(bytes(data))
    return path


HOSTILE_NAMES = (
    "empty.pdf",
    "text.pdf",
    "truncated.pdf",
    "pdf-named.jpg",
    "garbage-after-header.pdf",
    "photo.pdf",
    "cut-photo.jpg",
    "password.pdf",
    "owner-password.pdf",
    "javascript.pdf",
    "launch.pdf",
    "uri.pdf",
    "gotor.pdf",
    "page-aa.pdf",
    "xfa.pdf",
    "embedded.pdf",
    "giant-page.pdf",
    "many-pages.pdf",
    "bomb.pdf",
    "huge-image.pdf",
    "huge.png",
)


def hostile(folder: Path) -> dict[Path, str]:
    folder.mkdir(parents=True, exist_ok=True)
    ok = _pypdf(folder / "base.pdf", pages=3)
    good = ok.read_bytes()
    cases: dict[Path, str] = {}

    def put(name: str, data: bytes, reason: str) -> None:
        (folder / name).write_bytes(data)
        cases[folder / name] = reason

    put("empty.pdf", b"", R.EMPTY)
    put("text.pdf", b"hello, not a pdf", R.NOT_A_PDF)
    put("truncated.pdf", good[: len(good) // 2], R.TRUNCATED)
    put("pdf-named.jpg", good, R.WRONG_EXTENSION)
    put("garbage-after-header.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50 + b"\n%%EOF\n", R.DAMAGED)
    jpeg = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(jpeg, "JPEG")
    put("photo.pdf", jpeg.getvalue(), R.NOT_A_PDF)
    put("cut-photo.jpg", jpeg.getvalue()[:200], R.IMAGE_DAMAGED)

    def enc(w: PdfWriter) -> None:
        w.encrypt("secret")

    cases[_pypdf(folder / "password.pdf", enc)] = R.ENCRYPTED

    def owner_only(w: PdfWriter) -> None:
        w.encrypt("", "owner-secret")

    cases[_pypdf(folder / "owner-password.pdf", owner_only)] = R.ENCRYPTED
    js = _open_action("/JavaScript", JS="app.alert(1)")
    cases[_pypdf(folder / "javascript.pdf", js)] = R.JAVASCRIPT
    launch = _open_action("/Launch", F="calc.exe")
    cases[_pypdf(folder / "launch.pdf", launch)] = R.LAUNCH
    cases[_pypdf(folder / "uri.pdf", _link_annotation)] = R.URI
    gotor = _open_action("/GoToR", F="other.pdf")
    cases[_pypdf(folder / "gotor.pdf", gotor)] = R.OTHER_ACTION
    cases[_pypdf(folder / "page-aa.pdf", _page_aa)] = R.AUTO_ACTION
    cases[_pypdf(folder / "xfa.pdf", _xfa)] = R.XFA
    cases[_pypdf(folder / "embedded.pdf", _embedded)] = R.EMBEDDED

    def giant(w: PdfWriter) -> None:
        w.pages[0].mediabox.upper_right = (200000, 200000)

    cases[_pypdf(folder / "giant-page.pdf", giant)] = R.PAGE_SIZE
    cases[_many_pages(folder / "many-pages.pdf")] = R.TOO_MANY_PAGES
    cases[bomb(folder / "bomb.pdf")] = R.BOMB
    cases[_huge_image_pdf(folder / "huge-image.pdf")] = R.IMAGE_SIZE
    cases[_png_bomb(folder / "huge.png")] = R.IMAGE_SIZE
    ok.unlink()
    return cases


def scan_png(path: Path, size: tuple[int, int] = (1240, 1754), mode: str = "L") -> Path:
    """A fictional 'scanned' page: stripes and blocks (compresses like a scan of text)."""
    im = Image.new(mode, size, "white")
    for y in range(100, size[1] - 100, 40):
        im.paste(0 if mode == "L" else (20, 20, 20), (100, y, size[0] - 100 - (y % 300), y + 12))
    im.save(path)
    return path


def scan_jpeg(path: Path, size: tuple[int, int] = (2480, 3508), seed: int = 0) -> Path:
    """A noisy RGB page like a photo or colour scan (does not compress away)."""
    noise = Image.effect_noise(size, 60 + seed % 7).convert("RGB")
    noise.save(path, "JPEG", quality=90)
    return path


def wellformed(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = [_pypdf(folder / "pypdf.pdf", pages=2)]
    png = scan_png(folder / "scan.png")
    (folder / "img2pdf.pdf").write_bytes(img2pdf.convert(str(png)))
    files.append(folder / "img2pdf.pdf")
    with pikepdf.new() as pdf:
        pdf.add_blank_page(page_size=(612, 792))
        pdf.save(
            folder / "qpdf-objstreams.pdf", object_stream_mode=pikepdf.ObjectStreamMode.generate
        )
    files.append(folder / "qpdf-objstreams.pdf")
    files.append(_broken_xref(files[0], folder / "broken-xref.pdf"))
    return files
