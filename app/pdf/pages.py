"""Page edits on an accepted, unsigned PDF: new order, rotation, removal. Lossless: pages are
copied as they are and only their /Rotate changes. Output written to a temp file, then renamed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pikepdf


class PageEditError(ValueError):
    """The requested page edit makes no sense (the message says why)."""


@dataclass(frozen=True, slots=True)
class PageSpec:
    source: int  # 0-based page index in the input
    rotate: int = 0  # extra clockwise rotation: 0, 90, 180 or 270


def page_count(path: Path) -> int:
    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def rotations(path: Path) -> list[int]:
    with pikepdf.open(path) as pdf:
        return [int(p.obj.get("/Rotate", 0)) % 360 for p in pdf.pages]


def edit_pages(src: Path, out: Path, specs: list[PageSpec]) -> int:
    if not specs:
        raise PageEditError("A document needs at least one page; remove the document instead.")
    tmp = out.with_name(out.name + ".part")
    with pikepdf.open(src) as pdf:
        n = len(pdf.pages)
        for s in specs:
            if not 0 <= s.source < n:
                raise PageEditError("A page that does not exist was asked for.")
            if s.rotate % 90:
                raise PageEditError("Pages turn by quarter turns only.")
        with pikepdf.new() as result:
            for s in specs:
                result.pages.append(pdf.pages[s.source])
                page = result.pages[-1]
                current = int(page.obj.get("/Rotate", 0))
                page.obj.Rotate = (current + s.rotate) % 360
            result.docinfo["/Producer"] = "Mellaf"
            result.save(tmp)
    tmp.replace(out)
    return len(specs)
