"""Intake: hostile and broken files are refused with their reason, in bounded time and memory;
well-formed files from several producers are accepted and then sign and validate."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pikepdf
import pytest

from app.pdf import reasons as R
from app.pdf.check import check_file, check_pdf
from app.pdf.limits import Limits
from app.signing.demo_identity import ensure_demo_identity
from app.signing.handler import ScriptedHandler
from app.signing.sign import sign_pdf
from app.signing.software import SoftwareBackend
from app.signing.verify import verify_pdf
from tests.unit.pdf.corpus import HOSTILE_NAMES, hostile, scan_png, wellformed


@pytest.fixture(scope="module")
def hostile_set(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, str]:
    return hostile(tmp_path_factory.mktemp("hostile"))


def test_the_corpus_is_the_one_listed(hostile_set: dict[Path, str]) -> None:
    assert sorted(p.name for p in hostile_set) == sorted(HOSTILE_NAMES)


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_file_is_refused_with_its_reason(hostile_set: dict[Path, str], name: str) -> None:
    path = next(p for p in hostile_set if p.name == name)
    started = time.monotonic()
    verdict = check_file(path)
    assert not verdict.accepted
    assert verdict.reason == hostile_set[path], verdict.reason
    assert verdict.reason in R.ALL
    assert time.monotonic() - started < 30  # the budget kills anything slower


def test_children_stay_within_the_memory_budget(hostile_set: dict[Path, str]) -> None:
    for path in hostile_set:
        if hostile_set[path] in (R.BOMB, R.IMAGE_SIZE, R.TOO_MANY_PAGES):
            check_file(path)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < Limits().memory_bytes / (1024 * 1024)


def test_time_budget_turns_a_slow_examination_into_a_refusal(tmp_path: Path) -> None:
    # Even starting the child takes longer than this budget.
    verdict = check_file(scan_png(tmp_path / "a.png"), limits=Limits(time_s=0.01))
    assert not verdict.accepted and verdict.reason == R.TIMEOUT


def test_memory_budget_turns_an_exhausting_examination_into_a_refusal(tmp_path: Path) -> None:
    big = scan_png(tmp_path / "scan.png", size=(6000, 8000))
    verdict = check_file(big, limits=Limits(memory_bytes=60 * 1024 * 1024))
    assert not verdict.accepted and verdict.reason in (R.MEMORY, R.IMAGE_DAMAGED, R.CRASHED)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[SoftwareBackend, Path]:
    identity = ensure_demo_identity(tmp_path_factory.mktemp("identity"))
    return SoftwareBackend(identity.p12_path, identity.passphrase), identity.ca_cert_path


def test_wellformed_files_are_accepted_and_sign_and_validate(
    tmp_path: Path, demo: tuple[SoftwareBackend, Path]
) -> None:
    backend, ca = demo
    files = wellformed(tmp_path / "in")
    with backend.open_session(ScriptedHandler()) as session:
        for f in files:
            repaired = tmp_path / f"{f.stem}.repaired.pdf"
            verdict = check_file(f, repair_to=repaired)
            assert verdict.accepted, (f.name, verdict.reason)
            kept = repaired if verdict.repaired else f
            out = tmp_path / f"{f.stem}.signed.pdf"
            sign_pdf(kept, out, session)
            report = verify_pdf(out, [ca])
            assert report.ok, (f.name, report.problems)


def test_broken_xref_is_repaired_only_into_a_clean_copy(tmp_path: Path) -> None:
    broken = next(p for p in wellformed(tmp_path) if p.name == "broken-xref.pdf")
    without = check_file(broken)  # no place for a repaired copy: refused, not silently used
    assert not without.accepted and without.reason == R.DAMAGED_UNSAFE
    fixed = tmp_path / "fixed.pdf"
    verdict = check_file(broken, repair_to=fixed)
    assert verdict.accepted and verdict.repaired and verdict.pages == 2
    with pikepdf.open(fixed) as pdf:
        assert not pdf.get_warnings() and len(pdf.pages) == 2
    assert check_pdf(fixed).accepted and not check_pdf(fixed).repaired


def test_images_are_recognised_with_their_pages(tmp_path: Path) -> None:
    from PIL import Image

    png = scan_png(tmp_path / "a.png")
    tiff = tmp_path / "b.tiff"
    frames = [Image.new("L", (800, 1100), v) for v in (255, 200, 150)]
    frames[0].save(tiff, save_all=True, append_images=frames[1:], compression="tiff_deflate")
    assert check_file(png).kind == "png" and check_file(png).pages == 1
    v = check_file(tiff)
    assert v.accepted and v.kind == "tiff" and v.pages == 3
    assert not check_pdf(png).accepted  # a PDF is required there
