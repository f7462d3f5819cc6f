"""One PDF of a whole dossier: the cover sheet, then every document in checklist order.

The package is for printing and archiving: documents are copied page by page (qpdf, lazily,
so memory stays near the size of the inputs' structure, not their content), and the signed
files themselves are never modified: each keeps its own signature in the blob store.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf


class AssemblyError(Exception):
    """The package cannot be made (the message says why, in words)."""


def assemble(parts: list[Path], out: Path) -> int:
    """Concatenate ``parts`` into ``out`` (temp file, then rename); returns the page count."""
    if not parts:
        raise AssemblyError("There is nothing to assemble.")
    tmp = out.with_name(out.name + ".part")
    opened: list[pikepdf.Pdf] = []
    try:
        with pikepdf.new() as result:
            for part in parts:
                src = pikepdf.open(part)
                opened.append(src)
                result.pages.extend(src.pages)
            if "/AcroForm" in result.Root:
                del result.Root["/AcroForm"]  # signature fields belong to each signed file
            result.docinfo["/Producer"] = "Mellaf"
            pages = len(result.pages)
            result.save(tmp)
        tmp.replace(out)
    except (pikepdf.PdfError, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise AssemblyError(f"The dossier could not be assembled: {exc}") from exc
    finally:
        for src in opened:
            src.close()
    return pages
