"""Encrypting a package file with a passphrase, for the trip on a USB stick.

Construction: the key is scrypt(passphrase, random salt) (32 bytes); the package is cut into
chunks of ``CHUNK`` bytes, each sealed with AES-256-GCM (the ``cryptography`` package) under the
nonce ``prefix (7 random bytes) || chunk counter (4 bytes, big-endian) || last flag (1 byte)``
and the whole header as associated data: the STREAM construction (Hoang, Reyhanitabar, Rogaway,
Vizár 2015), so reordered, dropped, truncated or appended chunks are all detected, as is any
change to the header. The sealed zip inside is unchanged: after decryption it is verified
exactly like a plain package (seal, hashes, signatures, sequence).

File layout: ``MAGIC``, a 2-byte big-endian header length, the header (JSON), then the chunks.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.domain.errors import DomainError
from app.packages.errors import PackageRefused

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"MELLAF-ENC\x01"
CHUNK = 1 << 20
TAG = 16
SCRYPT_N = 1 << 15
_ALLOWED_N = {1 << 14, 1 << 15, 1 << 16, 1 << 17}  # a hostile header cannot ask for more
_MAXMEM = 256 * 1024 * 1024
MIN_PASSPHRASE = 12


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise DomainError(
            f"A package passphrase needs at least {MIN_PASSPHRASE} characters; give it to the "
            "kiosk by another way than the USB stick."
        )


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _key(passphrase: str, salt: bytes, n: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=8, p=1, maxmem=_MAXMEM, dklen=32
    )


def _aead(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # on use: the GUI starts fast

    return AESGCM(key)


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


def encrypt_file(src: Path, out_path: Path, passphrase: str, *, n: int = SCRYPT_N) -> None:
    """Write ``src`` encrypted to ``out_path`` (a temporary file beside it, synced, renamed)."""
    check_passphrase(passphrase)
    salt, prefix = os.urandom(16), os.urandom(7)
    header = json.dumps(
        {
            "kdf": "scrypt",
            "n": n,
            "salt": base64.b64encode(salt).decode("ascii"),
            "cipher": "AES-256-GCM-STREAM",
            "chunk": CHUNK,
            "prefix": base64.b64encode(prefix).decode("ascii"),
        },
        sort_keys=True,
    ).encode("ascii")
    head = MAGIC + struct.pack(">H", len(header)) + header
    aead = _aead(_key(passphrase, salt, n))
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out_path.parent, prefix=".mellaf-", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as f:
            out.write(head)
            counter = 0
            block = f.read(CHUNK)
            while True:
                following = f.read(CHUNK)
                last = not following
                out.write(aead.encrypt(_nonce(prefix, counter, last), block, head))
                if last:
                    break
                block, counter = following, counter + 1
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _read_header(f: IO[bytes]) -> tuple[bytes, dict[str, object]]:
    bad = PackageRefused("not_a_package", "the encrypted package's header is damaged.")
    magic = f.read(len(MAGIC))
    if magic != MAGIC:
        raise bad
    raw_len = f.read(2)
    if len(raw_len) != 2:
        raise bad
    (length,) = struct.unpack(">H", raw_len)
    header = f.read(length)
    if len(header) != length:
        raise bad
    try:
        fields = json.loads(header)
    except ValueError as exc:
        raise bad from exc
    if not isinstance(fields, dict):
        raise bad
    return magic + raw_len + header, fields


def decrypt_to(src: Path, out: IO[bytes], passphrase: str, max_bytes: int) -> int:
    """Decrypt ``src`` into ``out``; returns the plain size. Refuses a wrong passphrase, any
    change, truncation or extension of the file, and plain data above ``max_bytes``."""
    from cryptography.exceptions import InvalidTag

    wrong = PackageRefused("passphrase", "the passphrase is wrong, or the file was changed.")
    with src.open("rb") as f:
        head, h = _read_header(f)
        try:
            n = int(str(h["n"]))
            salt = base64.b64decode(str(h["salt"]), validate=True)
            prefix = base64.b64decode(str(h["prefix"]), validate=True)
            chunk = int(str(h["chunk"]))
        except (KeyError, ValueError) as exc:
            raise PackageRefused(
                "not_a_package", "the encrypted package's header is damaged."
            ) from exc
        if (
            h.get("kdf") != "scrypt"
            or h.get("cipher") != "AES-256-GCM-STREAM"
            or n not in _ALLOWED_N
            or chunk != CHUNK
            or len(prefix) != 7
            or len(salt) < 16
        ):
            raise PackageRefused("not_a_package", "the encrypted package uses unknown settings.")
        aead = _aead(_key(passphrase, salt, n))
        counter, total = 0, 0
        block = f.read(CHUNK + TAG)
        while True:
            following = f.read(CHUNK + TAG)
            last = not following
            try:
                plain = aead.decrypt(_nonce(prefix, counter, last), block, head)
            except InvalidTag:
                raise wrong from None
            total += len(plain)
            if total > max_bytes:
                raise PackageRefused("too_large", "the encrypted package is too large.")
            out.write(plain)
            if last:
                return total
            block, counter = following, counter + 1


@contextlib.contextmanager
def decrypted(src: Path, passphrase: str, folder: Path, max_bytes: int) -> Iterator[Path]:
    """A temporary plain copy of ``src`` in ``folder`` (the profile), removed afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, prefix=".package-", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            decrypt_to(src, out, passphrase, max_bytes)
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)
