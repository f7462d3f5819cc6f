"""Package encryption: a round trip, and every change to the file refused with a reason."""

from __future__ import annotations

import io
import json
import os
import struct
from pathlib import Path

import pytest

from app.domain.errors import DomainError
from app.packages import crypt
from app.packages.errors import PackageRefused

PASS = "fictional passphrase 42"
FAST = 1 << 14  # the lowest cost the reader accepts: keeps the tests quick


def _encrypt(tmp_path: Path, data: bytes) -> Path:
    src, out = tmp_path / "plain.zip", tmp_path / "usb" / "package.mellaf"
    src.write_bytes(data)
    crypt.encrypt_file(src, out, PASS, n=FAST)
    return out


def _decrypt(path: Path, passphrase: str = PASS, max_bytes: int = 1 << 30) -> bytes:
    out = io.BytesIO()
    crypt.decrypt_to(path, out, passphrase, max_bytes)
    return out.getvalue()


def _split(path: Path) -> tuple[bytes, list[bytes]]:
    raw = path.read_bytes()
    (length,) = struct.unpack(">H", raw[len(crypt.MAGIC) : len(crypt.MAGIC) + 2])
    start = len(crypt.MAGIC) + 2 + length
    body = raw[start:]
    size = crypt.CHUNK + crypt.TAG
    return raw[:start], [body[i : i + size] for i in range(0, len(body), size)]


@pytest.mark.parametrize("size", [0, 1, crypt.CHUNK, 2 * crypt.CHUNK + 12345])
def test_round_trip(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    path = _encrypt(tmp_path, data)
    assert crypt.is_encrypted(path) and not crypt.is_encrypted(tmp_path / "plain.zip")
    assert _decrypt(path) == data
    if size > 64:
        assert data[:64] not in path.read_bytes()
    assert [p.name for p in path.parent.iterdir()] == ["package.mellaf"]  # no temporary left


def _refused(path: Path, reason: str, passphrase: str = PASS) -> None:
    with pytest.raises(PackageRefused) as exc:
        _decrypt(path, passphrase)
    assert exc.value.reason == reason, exc.value


def test_wrong_passphrase(tmp_path: Path) -> None:
    _refused(_encrypt(tmp_path, b"PK fictional"), "passphrase", "another passphrase 42")


def test_changes_are_detected(tmp_path: Path) -> None:
    path = _encrypt(tmp_path, os.urandom(3 * crypt.CHUNK + 10))
    head, chunks = _split(path)
    assert len(chunks) == 4
    cases = {
        "truncated": head + b"".join(chunks[:3]),  # the last chunk dropped
        "extended": head + b"".join(chunks) + chunks[1],
        "reordered": head + chunks[1] + chunks[0] + b"".join(chunks[2:]),
        "flipped": head + chunks[0][:-1] + bytes([chunks[0][-1] ^ 1]) + b"".join(chunks[1:]),
        "empty": head,
    }
    for name, content in cases.items():
        bad = tmp_path / f"{name}.mellaf"
        bad.write_bytes(content)
        _refused(bad, "passphrase")
    fields = json.loads(head[len(crypt.MAGIC) + 2 :])
    fields["chunk"] = crypt.CHUNK  # same settings, other salt: the header is authenticated
    fields["salt"] = "QUFBQUFBQUFBQUFBQUFBQQ=="
    header = json.dumps(fields).encode()
    bad = tmp_path / "header.mellaf"
    bad.write_bytes(crypt.MAGIC + struct.pack(">H", len(header)) + header + b"".join(chunks))
    _refused(bad, "passphrase")


def test_hostile_header_refused_before_any_work(tmp_path: Path) -> None:
    path = _encrypt(tmp_path, b"PK fictional")
    head, chunks = _split(path)
    fields = json.loads(head[len(crypt.MAGIC) + 2 :])
    for key, value in (("n", 1 << 30), ("kdf", "none"), ("chunk", 1 << 31)):
        changed = json.dumps({**fields, key: value}).encode()
        bad = tmp_path / f"{key}.mellaf"
        bad.write_bytes(crypt.MAGIC + struct.pack(">H", len(changed)) + changed + chunks[0])
        _refused(bad, "not_a_package")
    for junk in (crypt.MAGIC, crypt.MAGIC + b"\xff\xff{}", crypt.MAGIC + b"\x00\x02[]"):
        bad = tmp_path / "junk.mellaf"
        bad.write_bytes(junk)
        _refused(bad, "not_a_package")


def test_size_cap(tmp_path: Path) -> None:
    path = _encrypt(tmp_path, os.urandom(2 * crypt.CHUNK))
    with pytest.raises(PackageRefused) as exc:
        _decrypt(path, max_bytes=crypt.CHUNK)
    assert exc.value.reason == "too_large"


def test_short_passphrase(tmp_path: Path) -> None:
    src = tmp_path / "plain.zip"
    src.write_bytes(b"PK")
    with pytest.raises(DomainError, match="at least"):
        crypt.encrypt_file(src, tmp_path / "out.mellaf", "short")
    assert not (tmp_path / "out.mellaf").exists()
