from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from app.pdf.check import check_pdf
from tests.support.fixtures import make_pdf


def test_valid_pdf_is_accepted(tmp_path: Path) -> None:
    v = check_pdf(make_pdf(tmp_path / "ok.pdf", pages=3))
    assert v.accepted and v.pages == 3


def test_not_a_pdf_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "photo.pdf"
    p.write_bytes(b"\xff\xd8\xff\xe0 not a pdf at all")
    v = check_pdf(p)
    assert not v.accepted and "not a PDF" in v.reason


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "ok.pdf").read_bytes()
    p = tmp_path / "cut.pdf"
    p.write_bytes(good[: len(good) // 3])
    assert not check_pdf(p).accepted


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    w = PdfWriter()
    w.add_blank_page(200, 200)
    w.encrypt("secret")
    p = tmp_path / "enc.pdf"
    with p.open("wb") as f:
        w.write(f)
    v = check_pdf(p)
    assert not v.accepted and "password" in v.reason


def test_javascript_is_refused(tmp_path: Path) -> None:
    w = PdfWriter()
    w.add_blank_page(200, 200)
    js = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('hi');"),
        }
    )
    w._root_object[NameObject("/OpenAction")] = w._add_object(js)
    p = tmp_path / "js.pdf"
    with p.open("wb") as f:
        w.write(f)
    v = check_pdf(p)
    assert not v.accepted and "JavaScript" in v.reason


def test_launch_action_is_refused(tmp_path: Path) -> None:
    w = PdfWriter()
    w.add_blank_page(200, 200)
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/Launch"),
            NameObject("/F"): TextStringObject("calc.exe"),
        }
    )
    w._root_object[NameObject("/OpenAction")] = w._add_object(action)
    p = tmp_path / "launch.pdf"
    with p.open("wb") as f:
        w.write(f)
    assert not check_pdf(p).accepted


def test_cli_exit_codes_and_one_line_per_file(tmp_path: Path) -> None:
    ok = make_pdf(tmp_path / "ok.pdf")
    bad = tmp_path / "bad.pdf"
    bad.write_text("hello")
    run = subprocess.run(
        [sys.executable, "-m", "app", "pdf", "check", str(ok), str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    lines = run.stdout.strip().splitlines()
    assert len(lines) == 2 and "accepted" in lines[0] and "refused" in lines[1]
    assert "Traceback" not in run.stderr
    run = subprocess.run(
        [sys.executable, "-m", "app", "pdf", "check", "--json", str(ok)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and '"accepted": true' in run.stdout
