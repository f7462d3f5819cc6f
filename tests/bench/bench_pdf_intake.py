"""Benchmark: dossier assembly, its memory, and intake verdicts on the hostile set (on demand,
not collected by pytest).

    .venv/bin/python -m tests.bench.bench_pdf_intake [--docs 30] [--total-mb 50] [--rss-mb 100]

Goals (issue 4):
- assembling 30 scanned documents (~50 MB) takes <= 2x `qpdf --empty --pages ... --` on the
  same inputs, measured in the same run (best of several runs each);
- peak RSS while assembling a 100 MB dossier <= file size + 100 MB (in a fresh process);
- the intake verdict on each file of the hostile set takes <= 5 s and <= 300 MB (each child
  process measured on its own with wait4).
Also measured (no goal in the issue): downsampling each kind of scanned image in the budgeted
child (time, its peak memory, before/after size), against `qpdf IN OUT` on the same file, and an
A4 600 dpi colour scan (the largest common case) against the child's memory budget.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

import img2pdf
from PIL import Image

from app.pdf.assembly import assemble
from app.pdf.limits import Limits
from tests.unit.pdf.corpus import hostile

REPO = Path(__file__).resolve().parents[2]
MB = 1024 * 1024


def scanned_docs(folder: Path, count: int, total_mb: float) -> list[Path]:
    """``count`` one-page PDFs of noisy colour 'scans' (JPEG, embedded as is), ~total_mb."""
    per = total_mb * MB / count
    side = 800
    out = []
    while True:  # grow the picture until one JPEG weighs about `per`
        probe = folder / "probe.jpg"
        Image.effect_noise((side, int(side * 1.41)), 80).convert("RGB").save(probe, quality=92)
        if probe.stat().st_size >= per or side > 6000:
            break
        side = int(side * (per / probe.stat().st_size) ** 0.5) + 16
    for n in range(count):
        jpg = folder / f"scan{n}.jpg"
        Image.effect_noise((side, int(side * 1.41)), 70 + n % 20).convert("RGB").save(
            jpg, quality=92
        )
        pdf = folder / f"scan{n}.pdf"
        pdf.write_bytes(img2pdf.convert(str(jpg)))
        jpg.unlink()
        out.append(pdf)
    return out


def best(fn: object, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return min(times)


def bench_assembly(folder: Path, docs: int, total_mb: float) -> None:
    parts = scanned_docs(folder, docs, total_mb)
    size = sum(p.stat().st_size for p in parts) / MB
    ours = best(lambda: assemble(parts, folder / "ours.pdf"))
    cmd = ["qpdf", "--empty", "--pages", *map(str, parts), "--", str(folder / "qpdf.pdf")]
    theirs = best(lambda: subprocess.run(cmd, check=True))
    ratio = ours / theirs
    print(f"assembly: {docs} documents, {size:.1f} MB")
    print(f"  Mellaf assemble  {ours:.3f} s")
    print(f"  qpdf --pages     {theirs:.3f} s")
    print(f"  ratio            {ratio:.2f} (goal <= 2.0) {'OK' if ratio <= 2 else 'OVER'}")


# The child reports its own peak (VmHWM, reset by exec); ru_maxrss would count the parent's
# memory at fork time.
_CHILD = """
import sys
from pathlib import Path
from app.pdf.assembly import assemble
parts = [Path(p) for p in sys.argv[2:]]
assemble(parts, Path(sys.argv[1]))
status = Path("/proc/self/status").read_text().splitlines()
print(next(int(s.split()[1]) for s in status if s.startswith("VmHWM:")))
"""


def bench_rss(folder: Path, total_mb: float) -> None:
    parts = scanned_docs(folder, 60, total_mb)
    size = sum(p.stat().st_size for p in parts) / MB
    out = folder / "big.pdf"
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, str(out), *map(str, parts)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    rss = int(run.stdout.strip()) / 1024
    verdict = "OK" if rss <= size + 100 else "OVER"
    print(f"memory: assembling {len(parts)} documents, {size:.1f} MB")
    print(f"  peak RSS {rss:.0f} MB (goal <= {size + 100:.0f} MB) {verdict}")


def bench_hostile(folder: Path) -> None:
    cases = hostile(folder)
    limits = asdict(Limits())
    worst_t = worst_m = 0.0
    print("hostile set: verdict time and peak memory of each examination")
    for path, expected in sorted(cases.items()):
        request = json.dumps(
            {"op": "examine", "path": str(path), "name": path.name, "limits": limits}
        )
        t = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "app.pdf.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=REPO,
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(request.encode())
        proc.stdin.close()
        answer = json.loads(proc.stdout.read() or b"{}")
        _, _, usage = os.wait4(proc.pid, 0)
        proc.returncode = 0
        took = time.perf_counter() - t
        # the child's own peak (VmHWM); ru_maxrss would include the parent's size at fork
        mem = float(answer.get("peak_mb") or usage.ru_maxrss / 1024)
        worst_t, worst_m = max(worst_t, took), max(worst_m, mem)
        said = "refused as expected" if answer.get("reason") == expected else answer
        print(f"  {path.name:26} {took:5.2f} s {mem:6.0f} MB  {said}")
    print(f"  worst: {worst_t:.2f} s (goal <= 5), {worst_m:.0f} MB (goal <= 300)")


def _child(request: dict[str, object]) -> tuple[dict[str, object], float]:
    t = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "app.pdf.worker"],
        input=json.dumps({**request, "limits": asdict(Limits())}),
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    return json.loads(run.stdout), time.perf_counter() - t


def bench_fit(folder: Path) -> None:
    from tests.unit.pdf import image_kinds as K

    a4 = folder / "a4-600dpi.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "a4.jpg"
        K.picture((4961, 7016)).save(big, "JPEG", quality=92)
        a4_pt = (img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297))
        a4.write_bytes(img2pdf.convert(str(big), layout_fun=img2pdf.get_layout_fun(a4_pt)))
    files = {**{k: make(folder / f"{k}.pdf") for k, make in K.HANDLED.items()}, "A4-600": a4}
    budget = Limits().memory_bytes / MB
    print(f"downsampling to 150 dpi in the child (memory budget {budget:.0f} MB)")
    for name, path in files.items():
        t = time.perf_counter()
        subprocess.run(["qpdf", str(path), str(folder / "copy.pdf")], check=True)
        base = time.perf_counter() - t
        out = folder / f"{name}.small.pdf"
        answer, took = _child({"op": "downsample", "path": str(path), "out": str(out)})
        if "error" in answer:
            print(f"  {name:22} failed: {answer}")
            continue
        before, after = int(str(answer["before"])), int(str(answer["after"]))
        print(
            f"  {name:22} {took:5.2f} s ({took / base:5.1f}x qpdf copy) "
            f"{float(str(answer.get('peak_mb') or 0)):5.0f} MB  "
            f"{before / MB:6.2f} -> {after / MB:5.2f} MB  left={answer.get('left')}"
        )


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--docs", type=int, default=30)
    p.add_argument("--total-mb", type=float, default=50)
    p.add_argument("--rss-mb", type=float, default=100)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="mellaf-bench-") as tmp:
        root = Path(tmp)
        for sub in ("a", "r", "h", "f"):
            (root / sub).mkdir()
        bench_assembly(root / "a", args.docs, args.total_mb)
        bench_rss(root / "r", args.rss_mb)
        bench_hostile(root / "h")
        bench_fit(root / "f")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
