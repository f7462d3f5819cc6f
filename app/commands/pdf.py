"""`mellaf pdf check FILE... [--json]`: one verdict line per file; exit 0 only when all are
acceptable, 1 when any is refused; never a traceback."""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from app.pdf.check import Verdict, check_file


def register(sub: Any) -> None:
    pdf = sub.add_parser("pdf", help="PDF tools")
    pdf_sub = pdf.add_subparsers(dest="pdf_command", metavar="ACTION", required=True)
    check = pdf_sub.add_parser(
        "check", help="say whether each file (PDF, JPEG, PNG, TIFF) is acceptable"
    )
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--json", action="store_true", help="one JSON object per line")
    check.set_defaults(func=run_check)
    # The budgeted child process of intake, for frozen builds where `python -m` is unavailable.
    worker = pdf_sub.add_parser("worker")
    worker.set_defaults(func=run_worker)


def run_worker(args: argparse.Namespace) -> int:
    del args
    from app.pdf import worker

    return worker.main()


def _line(name: str, v: Verdict) -> str:
    if not v.accepted:
        return f"{name}: refused: the file {v.reason}"
    what = f"{v.pages} page" + ("s" if v.pages != 1 else "")
    if v.kind and v.kind != "pdf":
        what += f", {v.kind.upper()} image to be converted to PDF"
    if v.repaired:
        what += ", damaged cross-reference table repaired on intake"
    return f"{name}: accepted ({what})"


def run_check(args: argparse.Namespace) -> int:
    all_ok = True
    with tempfile.TemporaryDirectory(prefix="mellaf-check-") as tmp:
        for n, name in enumerate(args.files):
            verdict = check_file(Path(name), repair_to=Path(tmp) / f"{n}.pdf")
            all_ok &= verdict.accepted
            if args.json:
                print(json.dumps(verdict.to_dict(), ensure_ascii=False), flush=True)
            else:
                print(_line(name, verdict), flush=True)
    return 0 if all_ok else 1
