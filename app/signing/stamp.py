"""The visible signature stamp: the signer's name in Latin and Arabic letters, the date and the
role, in a box at the bottom of the last page (optional per fund profile).

Text is set with an embedded OpenType font (subset) shaped by HarfBuzz, one line per script, so
the Arabic line is joined and right-to-left while the Latin lines stay left-to-right. DejaVu
Sans covers both scripts; Noto Naskh / Noto Sans Arabic serve when it is absent (then Latin
letters may fall back to missing glyphs, so DejaVu is preferred).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from app.signing.errors import SigningError

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "C:/Windows/Fonts/DejaVuSans.ttf",
    "C:/Windows/Fonts/arial.ttf",  # Arial covers Arabic on Windows
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
)

#: Where the stamp goes on the last page (PDF points, from the bottom-left corner).
STAMP_BOX = (315, 24, 575, 104)


@dataclass(frozen=True)
class StampText:
    """What the stamp says. An empty ``name_lat`` is filled with the certificate holder's name."""

    name_lat: str = ""
    name_ar: str = ""
    role: str = ""
    when: date | None = None

    def lines(self) -> list[str]:
        out = [self.name_lat] if self.name_lat else []
        if self.name_ar:
            out.append(self.name_ar)
        if self.role:
            out.append(self.role)
        if self.when is not None:
            out.append(f"Signed on {self.when:%Y-%m-%d}")
        return out


def find_font(candidates: tuple[str, ...] = FONT_CANDIDATES) -> Path:
    for name in candidates:
        path = Path(name)
        if path.is_file():
            return path
    raise SigningError(
        "No font for the visible signature stamp was found on this computer. Install the "
        "DejaVu fonts, or turn the visible stamp off in the fund profile.",
        detail="no stamp font",
    )


#: What the stamp font keeps: Latin, Arabic (with presentation forms) and direction marks.
_UNICODES = (
    list(range(0x20, 0x250))
    + list(range(0x600, 0x700))
    + list(range(0xFB50, 0xFE00))
    + list(range(0xFE70, 0xFF00))
    + [0x200C, 0x200D, 0x200E, 0x200F]
)


@functools.lru_cache(maxsize=2)
def _font_bytes(font_path: str) -> bytes:
    """The font cut down to Latin and Arabic, on a 1000-unit em, cached on disk.

    pyHanko writes glyph widths and positions in font units where PDF expects thousandths of
    an em: right only for 1000-unit fonts (Noto), twice too wide for DejaVu's 2048. Rescaling
    takes seconds, so the result is kept in the temporary folder for the next runs.
    """
    source = Path(font_path)
    raw = source.read_bytes()
    key = hashlib.sha256(raw).hexdigest()[:16]
    cached = Path(tempfile.gettempdir()) / f"mellaf-stamp-font-{key}.ttf"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    from fontTools import subset  # type: ignore[import-untyped]
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
    from fontTools.ttLib.scaleUpem import scale_upem  # type: ignore[import-untyped]

    font = TTFont(BytesIO(raw))
    options = subset.Options()
    options.layout_features = ["*"]  # Arabic joining and ligatures
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=_UNICODES)
    subsetter.subset(font)
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    out = BytesIO()
    font.save(out)
    data = out.getvalue()
    with contextlib.suppress(OSError):  # no cache is only slower
        fd, tmp = tempfile.mkstemp(dir=cached.parent, suffix=".part")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        Path(tmp).replace(cached)
    return data


def _font_factory(font_path: Path) -> Any:
    """pyHanko's OpenType font factory, reading the font from memory (pyHanko's own opens the
    file and never closes it)."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    data = _font_bytes(str(font_path))

    class InMemoryFontFactory(GlyphAccumulatorFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(
                writer=writer,
                font_handle=BytesIO(data),
                font_size=self.font_size,
                obj_stream=obj_stream,
            )

    return InMemoryFontFactory(str(font_path), font_size=9)


def stamp_style(font_path: Path | None = None) -> Any:
    """A pyHanko TextStampStyle with the embedded font; the text comes from ``stamp_text``."""
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    try:
        font = _font_factory(font_path or find_font())
    except ImportError as exc:  # pyHanko's "opentype" extra (fontTools, uharfbuzz) is missing
        raise SigningError(
            "The visible signature stamp cannot be drawn: a component is missing from this "
            "installation. Reinstall Mellaf, or turn the visible stamp off in the fund profile.",
            detail=repr(exc),
        ) from exc
    except OSError as exc:
        raise SigningError(
            "The font of the visible signature stamp cannot be read. Reinstall the DejaVu "
            "fonts, or turn the visible stamp off in the fund profile.",
            detail=repr(exc),
        ) from exc
    return TextStampStyle(
        stamp_text="%(text)s",
        text_box_style=TextBoxStyle(font=font, font_size=9, leading=12),
        border_width=1,
        background=None,
    )


def stamp_text(stamp: StampText) -> str:
    """The stamp's text (given to pyHanko as the value of ``%(text)s``)."""
    return "\n".join(stamp.lines())
