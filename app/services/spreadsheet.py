"""Tables written for spreadsheets: CSV (UTF-8 with a byte-order mark) or XLSX (openpyxl).

Written to a temporary file beside the target, then renamed: a failed export leaves no partial
file and never replaces a good one.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from app.domain.errors import DomainError

KINDS = ("csv", "xlsx")


def atomic_write(target: Path, write: Callable[[IO[bytes]], None]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_csv(target: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """UTF-8 with a byte-order mark (spreadsheets then read the Arabic names right)."""

    def write(f: IO[bytes]) -> None:
        text = io.TextIOWrapper(f, encoding="utf-8-sig", newline="")
        w = csv.writer(text)
        w.writerow(header)
        w.writerows(rows)
        text.flush()
        text.detach()

    atomic_write(target, write)


def write_xlsx(
    target: Path, header: Sequence[str], rows: Sequence[Sequence[str]], sheet: str
) -> None:
    try:
        from openpyxl import Workbook
    except ImportError as exc:  # an installation without the optional package
        raise DomainError("XLSX export needs the openpyxl package; export as CSV instead.") from exc

    book = Workbook(write_only=True)
    page = book.create_sheet(sheet)
    page.append(list(header))
    for r in rows:
        page.append(list(r))
    atomic_write(target, book.save)


def write_table(
    target: Path, kind: str, header: Sequence[str], rows: Sequence[Sequence[str]], sheet: str
) -> None:
    """``kind`` is "csv" or "xlsx"."""
    if kind == "csv":
        write_csv(target, header, rows)
    elif kind == "xlsx":
        write_xlsx(target, header, rows, sheet)
    else:
        raise DomainError("Unknown export format: choose CSV or XLSX.")
