"""Downsampling every kind of scanned image that scanners and phones put in PDFs: the page still
renders the same (poppler), the file shrinks, passes qpdf --check and intake, and then signs and
validates (pyHanko, pdfsig, qpdf). Kinds that are not handled are left byte-identical and
reported in words."""

from __future__ import annotations

import zlib
from pathlib import Path

import pikepdf
import pytest
from PIL import ImageChops, ImageStat, features

from app.pdf import fit
from app.pdf import pixels as P
from app.pdf.check import check_pdf
from app.pdf.sandbox import run
from tests.unit.pdf import image_kinds as K
from tests.unit.pdf.signcheck import SignCheck, qpdf_clean, render

DPI = 100
BILEVEL = {"bilevel-g4", "bilevel-flate"}


def _difference(a: Path, b: Path, page: int = 1) -> float:
    """Mean per-channel difference (0-255) of two renderings: small when they look alike."""
    diff = ImageStat.Stat(ImageChops.difference(render(a, page), render(b, page))).mean
    return max(diff)


def _described(path: Path) -> list[dict[str, object]]:
    """Each image's dictionary (without /Length) and raw bytes, to compare across files."""
    with pikepdf.open(path) as pdf:
        out = []
        for xobj, _ in fit.images_of(pdf):
            keys = {k: repr(v) for k, v in xobj.items() if k not in ("/Length", "/SMask")}
            out.append({"dict": keys, "raw": bytes(xobj.read_raw_bytes())})
        return out


@pytest.mark.parametrize("kind", sorted(K.HANDLED))
def test_each_kind_is_downsampled_renders_alike_and_signs(
    kind: str, tmp_path: Path, sign_check: SignCheck
) -> None:
    if kind == "jpeg2000" and not features.check("jpg_2000"):
        pytest.skip("Pillow was built without OpenJPEG: JPEG 2000 is left untouched")
    src = K.HANDLED[kind](tmp_path / f"{kind}.pdf")
    out = tmp_path / f"{kind}.small.pdf"
    result = fit.downsample(src, out, dpi=DPI)

    assert result.images_resampled == 1 and result.left == {}, result
    shrink = 2 if kind in BILEVEL else 4  # bilevel keeps 300 dpi: a quarter of the pixels
    assert result.after == out.stat().st_size and result.after < result.before / shrink, result
    qpdf_clean(out)
    assert _difference(src, out) < 8, kind  # same colours and shapes (no inversion, no shift)
    with pikepdf.open(out) as pdf:
        [(image, _)] = fit.images_of(pdf)
        width = int(image.Width)
        if kind in BILEVEL:  # stays black and white, at no less than 300 dpi, as CCITT G4
            assert int(image.BitsPerComponent) == 1 and image.Filter == "/CCITTFaxDecode"
            assert width == K.px(fit.BILEVEL_DPI)[0]
        else:
            assert image.Filter == "/DCTDecode" and int(image.BitsPerComponent) == 8
            assert width == K.px(DPI)[0]
        if kind == "soft-mask":  # resampled with its image
            assert (int(image.SMask.Width), int(image.SMask.Height)) == (width, int(image.Height))
    assert check_pdf(out).accepted
    sign_check(out, tmp_path / f"{kind}.signed.pdf")


def test_an_image_on_several_pages_is_resampled_once(tmp_path: Path) -> None:
    src = K.shared_image(tmp_path / "shared.pdf", pages=3)
    out = tmp_path / "small.pdf"
    result = fit.downsample(src, out, dpi=DPI)
    assert result.images_resampled == 1
    with pikepdf.open(out) as pdf:
        ids = {page.obj.Resources.XObject.Im0.objgen for page in pdf.pages}
        assert len(ids) == 1 and len(pdf.pages) == 3
    assert all(_difference(src, out, n) < 8 for n in (1, 3))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (K.inline_image, P.INLINE),
        (K.separation, P.COLOUR_SPACE),
        (K.colour_key, P.COLOUR_KEY),
        (K.stencil, P.STENCIL),
        (K.explicit_mask, P.MASKED),
    ],
)
def test_kinds_not_handled_are_left_byte_identical_with_the_reason(
    make: object, reason: str, tmp_path: Path
) -> None:
    assert callable(make)
    src = make(tmp_path / "in.pdf")
    out = tmp_path / "out.pdf"
    result = fit.downsample(src, out, dpi=DPI)
    assert result.images_resampled == 0 and result.left == {reason: 1}
    assert out.read_bytes() == src.read_bytes()
    render(src)  # a real drawable page, not a broken file that is skipped for that reason


def test_in_a_mixed_file_only_the_handled_image_changes(
    tmp_path: Path, sign_check: SignCheck
) -> None:
    key, plain = K.colour_key(tmp_path / "a.pdf"), K.rgb_flate(tmp_path / "b.pdf")
    src = tmp_path / "mixed.pdf"
    with pikepdf.open(key) as a, pikepdf.open(plain) as b:
        a.pages.extend(b.pages)
        a.save(src)
    out = tmp_path / "out.pdf"
    result = fit.downsample(src, out, dpi=DPI)
    assert result.images_resampled == 1 and result.left == {P.COLOUR_KEY: 1}
    before, after = _described(src), _described(out)
    assert after[0] == before[0]  # the colour-keyed image: same dictionary, same bytes
    assert after[1] != before[1] and out.stat().st_size < src.stat().st_size * 0.6
    assert _difference(src, out, 1) < 1 and _difference(src, out, 2) < 8
    sign_check(out, tmp_path / "signed.pdf")


def test_jpeg2000_without_a_decoder_is_left_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not features.check("jpg_2000"):
        pytest.skip("Pillow cannot write JPEG 2000 here to make the test file")
    src = K.jpeg2000(tmp_path / "jpx.pdf")
    real = features.check
    monkeypatch.setattr(P.features, "check", lambda name: name != "jpg_2000" and real(name))
    out = tmp_path / "out.pdf"
    result = fit.downsample(src, out, dpi=DPI)
    assert result.left == {P.JPX_MISSING: 1} and out.read_bytes() == src.read_bytes()


def test_bilevel_at_a_readable_resolution_is_only_recompressed_losslessly(tmp_path: Path) -> None:
    src = K.bilevel_flate(tmp_path / "bw300.pdf", dpi=300, speckle=False)
    out = tmp_path / "out.pdf"
    result = fit.downsample(src, out, dpi=DPI)
    assert result.images_resampled == 1 and result.after < result.before
    with pikepdf.open(src) as a, pikepdf.open(out) as b:
        assert fit.images_of(b)[0][0].Filter == "/CCITTFaxDecode"
        old = pikepdf.PdfImage(fit.images_of(a)[0][0]).as_pil_image()
        new = pikepdf.PdfImage(fit.images_of(b)[0][0]).as_pil_image()
        assert new.size == old.size and ImageChops.difference(old, new).getbbox() is None


def test_an_image_already_at_the_target_resolution_is_kept(tmp_path: Path) -> None:
    src = tmp_path / "low.pdf"
    with pikepdf.open(K.rgb_flate(tmp_path / "hi.pdf")) as pdf:
        [(image, _)] = fit.images_of(pdf)
        small = pikepdf.PdfImage(image).as_pil_image().resize(K.px(DPI))
        image.write(zlib.compress(small.tobytes()), filter=pikepdf.Name.FlateDecode)
        image.Width, image.Height = small.size
        pdf.save(src)
    result = fit.downsample(src, tmp_path / "out.pdf", dpi=DPI)
    assert result.images_resampled == 0 and result.left == {}
    assert (tmp_path / "out.pdf").read_bytes() == src.read_bytes()


def test_the_budgeted_child_reports_sizes_and_what_was_left(tmp_path: Path) -> None:
    key, cmyk = K.colour_key(tmp_path / "a.pdf"), K.cmyk_jpeg(tmp_path / "b.pdf")
    src = tmp_path / "mixed.pdf"
    with pikepdf.open(key) as a, pikepdf.open(cmyk) as b:
        a.pages.extend(b.pages)
        a.save(src)
    answer = run({"op": "downsample", "path": str(src), "out": str(tmp_path / "o.pdf"), "dpi": 100})
    assert answer["images"] == 1 and answer["left"] == {P.COLOUR_KEY: 1}
    assert answer["after"] < answer["before"] == src.stat().st_size


def test_every_reason_for_leaving_an_image_is_marked_for_translation() -> None:
    from app.ui.views.preview_texts import FIT_LEFT

    assert FIT_LEFT == P.ALL_SKIPS


def test_images_in_resources_inherited_from_the_page_tree_are_found(tmp_path: Path) -> None:
    src = tmp_path / "inherited.pdf"
    with pikepdf.open(K.rgb_flate(tmp_path / "plain.pdf")) as pdf:
        page = pdf.pages[0].obj
        pdf.Root.Pages.Resources = page.Resources
        del page["/Resources"]
        pdf.save(src)
    out = tmp_path / "out.pdf"
    result = fit.downsample(src, out, dpi=DPI)
    assert result.images_resampled == 1 and result.after < result.before / 4
    assert _difference(src, out) < 8
