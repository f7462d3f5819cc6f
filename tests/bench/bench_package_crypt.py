"""Benchmark: encrypting and decrypting an offline package (on demand, not collected by pytest).

    .venv/bin/python -m tests.bench.bench_package_crypt [--mib 200]

Baseline, measured in the same run on the same file: reading it and hashing it with SHA-256
(what import does to every file anyway). Prints encryption and decryption times, their
throughput, and their ratio to the baseline; the key derivation (scrypt) is timed apart.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.packages import crypt

PASS = "fictional bench passphrase"


def _best(fn: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--mib", type=int, default=200)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src, enc = Path(tmp) / "plain.zip", Path(tmp) / "package.mellaf"
        with src.open("wb") as f:
            for _ in range(args.mib):
                f.write(os.urandom(1 << 20))

        def baseline() -> None:
            h = hashlib.sha256()
            with src.open("rb") as f:
                while chunk := f.read(1 << 20):
                    h.update(chunk)

        kdf = _best(lambda: crypt._key(PASS, b"0" * 16, crypt.SCRYPT_N))
        base = _best(baseline)
        encrypt = _best(lambda: crypt.encrypt_file(src, enc, PASS))

        def decrypt_once() -> None:
            with open(os.devnull, "wb") as sink:
                crypt.decrypt_to(enc, sink, PASS, 1 << 40)

        decrypt = _best(decrypt_once)
        mib = args.mib
        print(f"file: {mib} MiB; scrypt key derivation: {kdf * 1000:.0f} ms (in each figure)")
        print(f"baseline read+SHA-256: {base:.2f} s ({mib / base:.0f} MiB/s)")
        print(f"encrypt: {encrypt:.2f} s ({mib / encrypt:.0f} MiB/s), {encrypt / base:.2f}x")
        print(f"decrypt: {decrypt:.2f} s ({mib / decrypt:.0f} MiB/s), {decrypt / base:.2f}x")


if __name__ == "__main__":
    main()
