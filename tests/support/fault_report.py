"""A native crash of the test process (a segmentation fault), told where CI shows it.

pytest's own fault handler prints every thread's stack on standard error, in the middle of the
output; CI keeps the beginning and the end of a long output, and the crashing thread's stack
was cut out of the middle once. Instead ``installer/dev.sh test`` sets ``MELLAF_FAULT_LOG``:
the fault handler writes there (``tests/conftest.py``), with the test that was running, and
after a failed run this module prints the threads' innermost frames, the crashing thread and
the test last. A test that runs longer than ``MELLAF_TEST_TIMEOUT_S`` (300 s) has every thread
dumped there too and ends the run: a hang then shows where it waits, in minutes, instead of
using up CI's time limit with no word.
"""

from __future__ import annotations

import sys
from pathlib import Path

OTHER_FRAMES = 4  # innermost frames shown for each of the other threads
CURRENT_FRAMES = 16  # and for the crashing one (the rest is pytest's own)


def blocks(text: str) -> tuple[list[str], list[list[str]]]:
    """The header lines (before the first thread), then each thread's lines."""
    head: list[str] = []
    threads: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith(("Current thread 0x", "Thread 0x")):
            threads.append([line])
        elif line.startswith("Extension modules:") or not line.strip():
            continue
        elif threads:
            threads[-1].append(line)
        else:
            head.append(line)
    return head, threads


def report(text: str) -> str:
    """The crash as CI should print it, what matters most last (CI keeps the end of a long
    output); "" when nothing crashed."""
    head, threads = blocks(text)
    if not threads:
        return ""
    current = [t for t in threads if t[0].startswith("Current thread")]
    what, whose = "crashed", "the crashing thread"
    if not current:  # a test ran too long: no thread crashed; the main thread (listed last,
        # the oldest) runs the test
        current, what, whose = [threads[-1]], "was stopped: a test ran too long", "the main thread"
    others = [t for t in threads if t is not current[0]]
    out = [f"== the test process {what} (fault handler)"]
    if others:
        out.append(f"-- {len(others)} other thread(s), innermost frames:")
        for t in others:
            out += [t[0], *t[1 : 1 + OTHER_FRAMES]]
    for t in current:
        out += [f"-- {whose}, innermost {CURRENT_FRAMES} frames:", *t[: 1 + CURRENT_FRAMES]]
    out += head  # the test that ran, and the fatal error
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    path = Path(argv[1])
    text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
    sys.stdout.write(report(text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
