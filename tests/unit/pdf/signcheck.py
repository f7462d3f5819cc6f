"""Sign a PDF and check the result three independent ways: pyHanko (our verify_pdf), poppler's
pdfsig against an NSS database trusting the test root, and ``qpdf --check``; and render a page
with pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from app.signing.handler import ScriptedHandler
from app.signing.sign import sign_pdf
from app.signing.software import SoftwareBackend
from app.signing.verify import verify_pdf

PASS = b"pdf-intake-pass"


def tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        pytest.skip(f"{name} is not installed (Debian: poppler-utils / qpdf)")
    return exe


def qpdf_clean(path: Path) -> None:
    run = subprocess.run([tool("qpdf"), "--check", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, (path.name, run.stdout[-600:], run.stderr[-600:])


def render(path: Path, page: int = 1, dpi: int = 20) -> Image.Image:
    """Page ``page`` of ``path`` as drawn by poppler (fails if poppler cannot draw it)."""
    stem = path.with_name(f"{path.name}.p{page}")
    run = subprocess.run(
        [
            tool("pdftoppm"),
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            "-singlefile",
            str(path),
            str(stem),
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0 and not run.stderr.strip(), (path.name, run.stderr[-600:])
    with Image.open(stem.with_name(stem.name + ".png")) as im:
        return im.convert("RGB")


class SignCheck:
    def __init__(self, p12: Path, root: Path, nss_db: Path) -> None:
        self.backend = SoftwareBackend(p12, PASS)
        self.root, self.nss_db = root, nss_db

    def __call__(self, src: Path, out: Path) -> None:
        with self.backend.open_session(ScriptedHandler()) as session:
            sign_pdf(src, out, session)
        report = verify_pdf(out, [self.root])
        assert report.ok, (src.name, report.problems)
        run = subprocess.run(
            [tool("pdfsig"), "-nssdir", f"sql:{self.nss_db}", str(out)],
            capture_output=True,
            text=True,
        )
        text = run.stdout + run.stderr
        assert "Signature is Valid" in text and "Total document signed" in text, (src.name, text)
        assert "Digest Mismatch" not in text, text
        qpdf_clean(out)
