"""`mellaf pdf check FILE... [--json]`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.pdf.check import check_pdf


def register(sub: Any) -> None:
    pdf = sub.add_parser("pdf", help="PDF tools")
    pdf_sub = pdf.add_subparsers(dest="pdf_command", metavar="ACTION", required=True)
    check = pdf_sub.add_parser("check", help="say whether each file is acceptable")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--json", action="store_true", help="one JSON object per line")
    check.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    all_ok = True
    for name in args.files:
        verdict = check_pdf(Path(name))
        all_ok &= verdict.accepted
        if args.json:
            print(json.dumps(verdict.to_dict(), ensure_ascii=False))
        elif verdict.accepted:
            print(f"{name}: accepted ({verdict.pages} pages)")
        else:
            print(f"{name}: refused: the file {verdict.reason}")
    return 0 if all_ok else 1
