"""The dossier's cover sheet (bordereau) as PDF, in French and Arabic.

Rendered with fpdf2 and HarfBuzz text shaping (uharfbuzz): Arabic letters are joined and lines
are laid out right to left by the same engine browsers use, with no Qt in this layer (the
command line and the services can build a cover sheet headless). Fonts are the system's Noto
Naskh Arabic / DejaVu (Debian packages fonts-noto-core, fonts-dejavu-core) or Windows' Arial.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

_LATIN = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
_ARABIC = (
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
_MONO = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf",
    "C:/Windows/Fonts/consola.ttf",
)


class CoverError(Exception):
    """The cover sheet cannot be made (the message says why, in words)."""


@dataclass(frozen=True, slots=True)
class CoverLine:
    label_fr: str
    label_ar: str
    filename: str
    pages: int
    sha256: str
    signed: bool


@dataclass(frozen=True, slots=True)
class CoverInfo:
    dossier_id: str
    membership_no: str
    type_fr: str
    type_ar: str
    opened_on: str  # ISO date
    made_at: str  # ISO date and time
    fund_fr: str
    fund_ar: str
    lines: tuple[CoverLine, ...]
    provisional: bool = False


def _font(candidates: tuple[str, ...]) -> str:
    for c in candidates:
        if Path(c).is_file():
            return c
    raise CoverError(
        "No font able to write the cover sheet was found (install fonts-noto-core and "
        "fonts-dejavu-core)."
    )


def render_cover(info: CoverInfo, out: Path) -> int:
    """Write the cover sheet to ``out`` (temp file, then rename); returns its page count."""
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    logging.getLogger("fpdf").setLevel(logging.ERROR)
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_font("latin", fname=_font(_LATIN))
    pdf.add_font("arabic", fname=_font(_ARABIC))
    pdf.add_font("mono", fname=_font(_MONO))
    pdf.set_text_shaping(use_shaping_engine=True)
    pdf.set_fallback_fonts(["arabic"], exact_match=False)
    pdf.set_title(f"Bordereau - dossier {info.dossier_id}")
    pdf.set_creator("Mellaf")
    pdf.set_producer("Mellaf (fpdf2)")
    pdf.add_page()
    w = pdf.epw
    _header(pdf, info, w)
    _table(pdf, info, w)
    total = sum(line.pages for line in info.lines)
    pdf.ln(4)
    pdf.set_font("latin", size=10)
    pdf.cell(w / 2, 7, f"Total : {len(info.lines)} pièces, {total} pages")
    pdf.set_font("arabic", size=11)
    pdf.cell(w / 2, 7, f"المجموع: {len(info.lines)} وثيقة، {total} صفحة", align="R")
    pdf.ln(12)
    pdf.set_font("latin", size=8)
    pdf.multi_cell(
        w,
        4,
        "Chaque pièce est identifiée par l'empreinte SHA-256 du fichier transmis "
        "(signé, s'il l'est).",
        new_x=XPos.LMARGIN,
    )
    pdf.set_font("arabic", size=9)
    pdf.cell(w, 5, "تُعرَّف كل وثيقة ببصمة الملف المُرسَل (الموقَّع إن كان موقَّعاً).", align="R")
    tmp = out.with_name(out.name + ".part")
    try:
        pdf.output(str(tmp))
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CoverError(f"The cover sheet cannot be written to {out}: {exc.strerror}") from exc
    return int(pdf.pages_count)


def _header(pdf: FPDF, info: CoverInfo, w: float) -> None:
    pdf.set_font("latin", size=15)
    pdf.cell(w / 2, 9, "Bordereau d'envoi de dossier")
    pdf.set_font("arabic", size=16)
    pdf.cell(w / 2, 9, "جدول إرسال الملف", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("latin", size=9)
    pdf.cell(w / 2, 6, info.fund_fr)
    pdf.set_font("arabic", size=10)
    pdf.cell(w / 2, 6, info.fund_ar, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    # Values (numbers, dates, references) sit once in the middle column, between the French
    # and the Arabic labels, so that no Latin value is reordered inside an Arabic line.
    rows = (
        ("Type de dossier", f"{info.type_fr}", "نوع الملف"),
        ("N° d'affiliation", info.membership_no, "رقم الانخراط"),
        ("Ouvert le", info.opened_on, "تاريخ الفتح"),
        ("Établi le", info.made_at, "تاريخ الإعداد"),
        ("Référence", info.dossier_id, "المرجع"),
    )
    for fr, value, ar in rows:
        pdf.set_font("latin", size=9)
        pdf.cell(34, 6, fr + " :")
        pdf.cell(w - 68, 6, value)
        pdf.set_font("arabic", size=10)
        text = f"{ar}: {info.type_ar}" if ar == "نوع الملف" else f"{ar}:"
        pdf.cell(34, 6, text, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if info.provisional:
        pdf.set_font("latin", size=8)
        pdf.multi_cell(
            w,
            4,
            "Liste des pièces provisoire, en attente de la liste officielle de la Caisse.",
            new_x=XPos.LMARGIN,
        )
        pdf.set_font("arabic", size=9)
        pdf.cell(
            w,
            5,
            "لائحة الوثائق مؤقتة في انتظار اللائحة الرسمية للصندوق.",
            align="R",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
    pdf.ln(4)


def _table(pdf: FPDF, info: CoverInfo, w: float) -> None:
    widths = (8, 62, 14, w - 84)
    pdf.set_fill_color(230, 236, 245)
    pdf.set_font("latin", size=8)
    heads = ("N°", "Pièce / الوثيقة", "Pages", "Fichier / SHA-256")
    for width, text in zip(widths, heads, strict=True):
        pdf.cell(width, 7, text, border=1, fill=True)
    pdf.ln(7)
    for n, line in enumerate(info.lines, 1):
        y = pdf.get_y()
        if y > pdf.h - 35:
            pdf.add_page()
            y = pdf.get_y()
        x = pdf.l_margin
        pdf.set_font("latin", size=8)
        pdf.set_xy(x + widths[0], y)
        pdf.multi_cell(widths[1], 4.5, line.label_fr, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_xy(x + widths[0], y + 4.5)
        pdf.set_font("arabic", size=9)
        pdf.multi_cell(widths[1], 5, line.label_ar, align="R", new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_xy(x + widths[0] + widths[1] + widths[2], y)
        pdf.set_font("latin", size=8)
        signed = " (signé / موقَّع)" if line.signed else ""
        pdf.cell(widths[3], 4.5, line.filename[:60] + signed)
        pdf.set_xy(x + widths[0] + widths[1] + widths[2], y + 4.5)
        pdf.set_font("mono", size=6.5)
        pdf.cell(widths[3], 5, line.sha256)
        height = 11.0
        pdf.set_font("latin", size=8)
        pdf.set_xy(x, y)
        pdf.cell(widths[0], height, str(n), border=1)
        pdf.cell(widths[1], height, "", border=1)
        pdf.cell(widths[2], height, str(line.pages), border=1, align="C")
        pdf.cell(widths[3], height, "", border=1)
        pdf.set_xy(x, y + height)
