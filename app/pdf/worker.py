"""Child-process entry: ``python -m app.pdf.worker`` reads one JSON request on stdin, applies its
own time and address-space limits, does the work and writes one JSON answer on stdout.

Hostile input can only exhaust this process: the application sees a refusal, not a crash.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.pdf.limits import Limits


def _apply_limits(limits: Limits) -> None:
    """Linux: address space (RLIMIT_AS) and CPU time. macOS: the same calls, but its kernel does
    not enforce RLIMIT_AS (only RLIMIT_CPU and the parent's wall clock bind there). Windows: the
    parent has put this process in a Job Object with a memory limit (app/pdf/winjob.py)."""
    if sys.platform == "win32":
        return
    import resource

    wanted = (
        (resource.RLIMIT_AS, limits.memory_bytes, limits.memory_bytes),
        (resource.RLIMIT_CPU, limits.cpu_s, limits.cpu_s + 1),
    )
    for what, soft, hard in wanted:
        _, current = resource.getrlimit(what)
        if current != resource.RLIM_INFINITY:  # never above what this process may have
            soft, hard = min(soft, current), min(hard, current)
        try:
            resource.setrlimit(what, (soft, hard))
        except (ValueError, OSError):  # macOS may refuse RLIMIT_AS values; CPU still applies
            if what != resource.RLIMIT_AS or sys.platform != "darwin":
                raise


def handle(request: dict[str, Any]) -> dict[str, Any]:
    from app.pdf import fit, images, inspect

    limits = Limits(**request.get("limits", {}))
    op = request["op"]
    if op == "examine":
        repair = request.get("repair_to")
        try:
            found = inspect.examine(
                Path(request["path"]),
                str(request["name"]),
                limits,
                Path(repair) if repair else None,
            )
        except inspect.Refused as exc:
            return {"accepted": False, "reason": exc.reason}
        return {
            "accepted": True,
            "kind": found.kind,
            "pages": found.pages,
            "repaired": found.repaired,
        }
    if op == "images_to_pdf":
        pages = images.images_to_pdf([Path(p) for p in request["sources"]], Path(request["out"]))
        return {"pages": pages}
    if op == "downsample":
        r = fit.downsample(
            Path(request["path"]), Path(request["out"]), dpi=int(request.get("dpi", 150))
        )
        return {
            "before": r.before,
            "after": r.after,
            "images": r.images_resampled,
            "left": r.left,
        }
    raise ValueError(f"unknown operation {op!r}")


def _peak_mb() -> float | None:
    """This process's own peak resident memory (Linux: VmHWM, which exec resets)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def main() -> int:
    request = json.loads(sys.stdin.read())
    _apply_limits(Limits(**request.get("limits", {})))
    try:
        answer = handle(request)
    except MemoryError:
        answer = {"error": "memory"}
    except Exception as exc:  # the parent turns this into words
        answer = {"error": "failed", "detail": type(exc).__name__}
    answer["peak_mb"] = _peak_mb()
    sys.stdout.write(json.dumps(answer))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
